#include "lang/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  SplitSentences(text, &tokens, &spans, &ranges);
  std::vector<std::string> out;
  for (const ByteSpan& s : spans) out.emplace_back(text.substr(s.start, s.size()));
  return out;
}

using V = std::vector<std::string>;

TEST(Lang, SentencesSplitOnTerminalsAndKeepClosingQuotes) {
  EXPECT_EQ(
      Sentences("He left. She stayed! Why? “We will win.” Putin said. (Really.) Yes."),
      (V{"He left.", "She stayed!", "Why?", "“We will win.”", "Putin said.", "(Really.)", "Yes."}));
  EXPECT_EQ(Sentences("'It is over.' Then he went."), (V{"'It is over.'", "Then he went."}));
  EXPECT_EQ(Sentences("He said “Go!” and left."), (V{"He said “Go!” and left."}));
  EXPECT_EQ(Sentences("“Why?” he asked."), (V{"“Why?” he asked."}));
}

TEST(Lang, SentencesDoNotSplitAfterTitlesAndInitials) {
  EXPECT_EQ(Sentences("Gen. Smith and Lt. Col. Jones met Mr. Putin. George W. Bush came."),
            (V{"Gen. Smith and Lt. Col. Jones met Mr. Putin.", "George W. Bush came."}));
  EXPECT_EQ(Sentences("It began on Feb. 24 in the U.S. Army base."),
            (V{"It began on Feb. 24 in the U.S. Army base."}));
  EXPECT_EQ(Sentences("It is No. 10 on the list."), (V{"It is No. 10 on the list."}));
}

TEST(Lang, SentencesSplitAfterAbbreviationBeforeSentenceStarter) {
  EXPECT_EQ(Sentences("He moved to the U.S. The war went on."),
            (V{"He moved to the U.S.", "The war went on."}));
  EXPECT_EQ(Sentences("He works for Acme Inc. He is happy."),
            (V{"He works for Acme Inc.", "He is happy."}));
}

TEST(Lang, SentencesHeadlinesAndParagraphs) {
  EXPECT_EQ(
      Sentences("Russian Spy Defects\n\nA spy has defected.\nPhoto: AFP via Getty Images\n"
                "The end"),
      (V{"Russian Spy Defects", "A spy has defected.", "Photo: AFP via Getty Images", "The end"}));
  // A wrapped line (next line starts lower case, or the line ends in a comma) is joined.
  EXPECT_EQ(Sentences("The spy, identified as\nArtem, spoke to the\npress and left."),
            (V{"The spy, identified as\nArtem, spoke to the\npress and left."}));
  EXPECT_EQ(Sentences("It said:\n“We are here.”"), (V{"It said:\n“We are here.”"}));
}

TEST(Lang, SentencesBulletsStartNewSentences) {
  EXPECT_EQ(Sentences("- Whistleblower said it\n- The war dragged on\n• Third point\nBy JOHN DOE-\n"
                      "Vladimir Putin's risk grows."),
            (V{"- Whistleblower said it", "- The war dragged on", "• Third point", "By JOHN DOE-",
               "Vladimir Putin's risk grows."}));
}

TEST(Lang, SentencesEllipsisAndLowerCaseContinuation) {
  EXPECT_EQ(Sentences("He waited... Then he left. It was 5 p.m. when he came."),
            (V{"He waited...", "Then he left.", "It was 5 p.m. when he came."}));
}

TEST(Lang, SentencesTokenRangesCoverEveryTokenAndFlagStarts) {
  std::string text = "One. Two three. Four";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  SplitSentences(text, &tokens, &spans, &ranges);
  ASSERT_EQ(ranges.size(), 3u);
  EXPECT_EQ(ranges[0], (std::pair<uint32_t, uint32_t>{0, 2}));
  EXPECT_EQ(ranges[1], (std::pair<uint32_t, uint32_t>{2, 5}));
  EXPECT_EQ(ranges[2], (std::pair<uint32_t, uint32_t>{5, 6}));
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool start = i == 0 || i == 2 || i == 5;
    EXPECT_EQ((tokens[i].flags & kTokenSentenceStart) != 0, start) << i;
  }
}

TEST(Lang, SentencesEmptyInput) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences("   \n\n").empty());
  EXPECT_EQ(Sentences("word"), (V{"word"}));
}

TEST(Lang, SentencesVeryLongRunIsCut) {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "word ";
  std::vector<std::string> s = Sentences(text);
  EXPECT_EQ(s.size(), 3u);
}

}  // namespace
}  // namespace claimtrace::lang
