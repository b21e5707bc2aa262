// Unit tests for text_features.h: word scanning, stemming, content words, numbers.
#include "resolve/text_features.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace claimtrace::resolve {
namespace {

using ::testing::DoubleNear;
using ::testing::ElementsAre;

TEST(Resolve, WordScannerFoldsCaseJoinsDigitGroupsAndDropsPossessives) {
  EXPECT_THAT(FoldedWords("Russia's 7,000 troops don't WIN 1.5%"),
              ElementsAre("russia", "7000", "troops", "dont", "win", "1.5"));
  EXPECT_THAT(FoldedWords("Кирилл Буданов — «ГУР»"), ElementsAre("кирилл", "буданов", "гур"));
  EXPECT_THAT(FoldedWords(""), ElementsAre());
  EXPECT_THAT(FoldedWords("  ,,, -- "), ElementsAre());
}

TEST(Resolve, WordScannerReportsSpansAndFlags) {
  WordScanner scan("Hello, 12 world");
  ASSERT_TRUE(scan.Next());
  EXPECT_EQ(scan.span(), (ByteSpan{0, 5}));
  EXPECT_TRUE(scan.capitalized());
  ASSERT_TRUE(scan.Next());
  EXPECT_TRUE(scan.numeric());
  ASSERT_TRUE(scan.Next());
  EXPECT_EQ(scan.span(), (ByteSpan{10, 15}));
  EXPECT_FALSE(scan.Next());
}

TEST(Resolve, WordScannerSurvivesInvalidUtf8) {
  std::string bad = "abc\xff\xfe def";
  EXPECT_THAT(FoldedWords(bad), ElementsAre("abc", "def"));
}

TEST(Resolve, StemMakesInflectionsMeet) {
  EXPECT_EQ(Stem("forces"), Stem("force"));
  EXPECT_EQ(Stem("killed"), Stem("kill"));
  EXPECT_EQ(Stem("running"), Stem("run"));
  EXPECT_EQ(Stem("casualties"), Stem("casualty"));
  EXPECT_EQ(Stem("estimated"), Stem("estimate"));
  EXPECT_EQ(Stem("dies"), Stem("die"));
}

TEST(Resolve, ContentWordsSkipStopwordsAndNumbers) {
  EXPECT_THAT(ContentWords("The war is lost, he said, and 5,000 soldiers died"),
              ElementsAre("war", "lost", "soldier", "died"));
}

TEST(Resolve, NumbersInNormalisesFigures) {
  EXPECT_THAT(NumbersIn("between 7,000 and 15,000 soldiers"), ElementsAre(7000, 15000));
  EXPECT_THAT(NumbersIn("1.5 million people and $6bn"), ElementsAre(1.5e6, 6e9));
  EXPECT_THAT(NumbersIn("five generals, two dozen tanks"), ElementsAre(5, 24));
  EXPECT_THAT(NumbersIn("twenty-five dead"), ElementsAre(25));
  EXPECT_THAT(NumbersIn("88% of the vote, a third of its forces"),
              ElementsAre(DoubleNear(1.0 / 3, 1e-6), 88));
  // Dates are not figures.
  EXPECT_THAT(NumbersIn("on March 2, 2022 and 24 February"), ElementsAre());
  EXPECT_THAT(NumbersIn("the 2nd battalion"), ElementsAre());
}

}  // namespace
}  // namespace claimtrace::resolve
