#include "lang/abbreviations.h"

#include <gtest/gtest.h>

namespace claimtrace::lang {
namespace internal {
bool AbbreviationTablesSorted();
}

namespace {

TEST(Lang, AbbreviationTablesAreSortedForBinarySearch) {
  EXPECT_TRUE(internal::AbbreviationTablesSorted());
}

TEST(Lang, AbbreviationLookupIsCaseInsensitive) {
  EXPECT_EQ(LookupAbbreviation("Gen"), AbbrevKind::kTitle);
  EXPECT_EQ(LookupAbbreviation("LT"), AbbrevKind::kTitle);
  EXPECT_EQ(LookupAbbreviation("feb"), AbbrevKind::kGeneral);
  EXPECT_EQ(LookupAbbreviation("Inc"), AbbrevKind::kGeneral);
  EXPECT_EQ(LookupAbbreviation("No"), AbbrevKind::kNumberPrefix);
  EXPECT_EQ(LookupAbbreviation("said"), AbbrevKind::kNone);
  EXPECT_EQ(LookupAbbreviation(""), AbbrevKind::kNone);
  EXPECT_EQ(LookupAbbreviation("averyveryverylongwordindeed"), AbbrevKind::kNone);
  EXPECT_EQ(LookupAbbreviation("Müller"), AbbrevKind::kNone);
}

TEST(Lang, SentenceStartersAreClosedClassWords) {
  EXPECT_TRUE(IsSentenceStarter("The"));
  EXPECT_TRUE(IsSentenceStarter("however"));
  EXPECT_FALSE(IsSentenceStarter("Bush"));
  EXPECT_FALSE(IsSentenceStarter("President"));
}

}  // namespace
}  // namespace claimtrace::lang
