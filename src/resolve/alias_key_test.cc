// Unit tests for alias_key.h: alias normalisation and initialisms.
#include "resolve/alias_key.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace claimtrace::resolve {
namespace {

using ::testing::ElementsAre;

TEST(Resolve, AliasKeyNormalisesSpelling) {
  EXPECT_EQ(AliasKey("the Kremlin"), "kremlin");
  EXPECT_EQ(AliasKey("The Kremlin's"), "kremlin");
  EXPECT_EQ(AliasKey("U.S."), "us");
  EXPECT_EQ(AliasKey("AT&T"), "at and t");
  EXPECT_EQ(AliasKey("Federal  Security-Service"), "federal security service");
  EXPECT_EQ(AliasKey("O'Brien"), "obrien");
  EXPECT_EQ(AliasKey("The"), "the");  // a lone "the" is kept, not emptied
  EXPECT_EQ(AliasKey("..."), "");
  EXPECT_EQ(AliasWordCount("federal security service"), 3u);
  EXPECT_EQ(AliasWordCount(""), 0u);
}

TEST(Resolve, InitialismsAreRecognisedAndDerived) {
  EXPECT_TRUE(LooksLikeInitialism("FSB"));
  EXPECT_TRUE(LooksLikeInitialism("U.N."));
  EXPECT_TRUE(LooksLikeInitialism("DoD"));
  EXPECT_FALSE(LooksLikeInitialism("Kremlin"));
  EXPECT_FALSE(LooksLikeInitialism("A"));
  EXPECT_FALSE(LooksLikeInitialism("NATO-led"));
  EXPECT_EQ(InitialismLetters("U.N."), "un");
  EXPECT_EQ(InitialismOf("North Atlantic Treaty Organization"), "nato");
  EXPECT_EQ(InitialismOf("Federal Bureau of Investigation"), "fbi");
  EXPECT_EQ(InitialismOf("the Kremlin"), "");
  EXPECT_THAT(AliasContentWords("bureau of investigation"), ElementsAre("bureau", "investigation"));
}

}  // namespace
}  // namespace claimtrace::resolve
