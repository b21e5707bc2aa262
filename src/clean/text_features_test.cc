#include "clean/text_features.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(CleanTextFeatures, WordsKeepInnerApostrophesAndHyphens) {
  std::vector<std::string_view> w =
      Words("Putin\xE2\x80\x99s long-term plan, \xE2\x80\x9Cworst\xE2\x80\x9D (2022) don't");
  EXPECT_EQ(w, (std::vector<std::string_view>{"Putin\xE2\x80\x99s", "long-term", "plan", "worst",
                                              "2022", "don't"}));
  EXPECT_EQ(
      Words("\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBA\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB4\xD1\x80, hi").size(),
      2u);
  EXPECT_EQ(CountWords("  a b\n c "), 3u);
}

TEST(CleanTextFeatures, ContentWordsAndNames) {
  EXPECT_EQ(ContentWords("The ministry said it would act on the Report."),
            (std::vector<std::string>{"ministry", "act", "report"}));
  EXPECT_EQ(Names("Officials in Kyiv said. The Governor met Oleksandr Hrytsenko."),
            (std::vector<std::string>{"kyiv", "governor", "oleksandr", "hrytsenko"}));
  EXPECT_TRUE(IsFunctionWord("the"));
  EXPECT_TRUE(IsFunctionWord("they're"));
  EXPECT_FALSE(IsFunctionWord("ministry"));
  EXPECT_EQ(LowerAscii("Don\xE2\x80\x99t"), "don't");
}

TEST(CleanTextFeatures, Sentences) {
  EXPECT_EQ(SplitSentences("He left. She stayed! Did they? Yes."),
            (std::vector<std::string_view>{"He left.", "She stayed!", "Did they?", "Yes."}));
  EXPECT_EQ(SplitSentences("Mr. Smith met Dr. Jones in the U.S. Army base. Then he left."),
            (std::vector<std::string_view>{"Mr. Smith met Dr. Jones in the U.S. Army base.",
                                           "Then he left."}));
  EXPECT_EQ(SplitSentences("\xE2\x80\x9CWe will stay,\xE2\x80\x9D she said. "
                           "\xE2\x80\x9CNo.\xE2\x80\x9D Then J. K. Rowling spoke")
                .size(),
            3u);
  EXPECT_EQ(SplitSentences("a claim today. pictured: a woman walks").size(),
            1u);  // lower-case after
  EXPECT_EQ(SplitSentences("A claim today. Pictured: A woman walks").size(), 2u);
  EXPECT_EQ(SplitSentences("No final period").size(), 1u);
}

TEST(CleanTextFeatures, SentencePunctuationAtTheEnd) {
  EXPECT_TRUE(EndsWithSentencePunctuation("He said so."));
  EXPECT_TRUE(EndsWithSentencePunctuation("\xE2\x80\x9CReally?\xE2\x80\x9D"));
  EXPECT_TRUE(EndsWithSentencePunctuation("(and then.)"));
  EXPECT_FALSE(EndsWithSentencePunctuation("Putin's Concern"));
  EXPECT_FALSE(EndsWithSentencePunctuation("Cleanup continues, March 23, 2022"));
}

}  // namespace
}  // namespace claimtrace
