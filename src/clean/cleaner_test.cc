#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "claimtrace/clean.h"
#include "clean/text_features.h"
#include "clean/text_normalize.h"

namespace claimtrace {
namespace {

std::vector<std::string> SortedWords(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view w : Words(text)) out.emplace_back(w);
  std::sort(out.begin(), out.end());
  return out;
}

// Nothing is lost or altered: the kept text and the removed pieces hold exactly the words of
// the (NFC) input.
void ExpectNothingLost(std::string_view input, const CleanedText& c) {
  std::string all = c.text;
  for (const RemovedPiece& r : c.removed) all += "\n" + r.text;
  EXPECT_EQ(SortedWords(all), SortedWords(ToNfc(input)));
}

TEST(Clean, HeaderExample) {
  CleanedText c = CleanText("Body.\n\nLeave a Comment");
  EXPECT_EQ(c.text, "Body.");
  ASSERT_EQ(c.removed.size(), 1u);
  EXPECT_EQ(c.removed[0].text, "Leave a Comment");
  EXPECT_EQ(c.removed[0].rule, "comment_prompt");
  EXPECT_EQ(c.removed[0].reason, RemovalReason::kBoilerplate);
}

TEST(Clean, PromptWordsInsideSentencesSurvive) {
  const std::string text =
      "Ministry opens consultation\n\n"
      "He urged readers to leave a comment on the ministry's website before Friday.\n\n"
      "\xE2\x80\x9CShare this article with your neighbours,\xE2\x80\x9D the mayor said.\n";
  CleanedText c = CleanText(text);
  EXPECT_TRUE(c.removed.empty());
  EXPECT_EQ(c.text,
            "Ministry opens consultation\n\n"
            "He urged readers to leave a comment on the ministry's website before Friday.\n\n"
            "\xE2\x80\x9CShare this article with your neighbours,\xE2\x80\x9D the mayor said.");
}

TEST(Clean, WhitespaceAndUnicodeNormalisedWithoutChangingWords) {
  CleanedText c = CleanText(
      "\xEF\xBB\xBF  Cafe\xCC\x81 owners\xC2\xA0\xC2\xA0protest \r\n\r\n\r\n"
      "\tThey\xE2\x80\x8B said so.   \n\n\n");
  EXPECT_EQ(c.text, "Caf\xC3\xA9 owners protest\n\nThey said so.");
  EXPECT_TRUE(c.removed.empty());
}

TEST(Clean, RemovedPiecesInInputOrderAndTeaserBlocksAsOnePiece) {
  std::string text = "Ferry operator suspends night crossings after engine fire\n\n";
  text += "By Lena Kovac\n\n";
  text +=
      "The operator of the island ferry service suspended all night crossings on Tuesday after "
      "a fire broke out in the engine room of its largest vessel shortly after it left port.\n\n"
      "Forty-two passengers and nine crew members were brought back by a coastguard tug, the "
      "harbour master said, and nobody was seriously hurt in the fire or the evacuation.\n\n"
      "Inspectors from the maritime safety agency boarded the vessel on Wednesday and began "
      "examining the engine room, the fuel lines and the fire suppression system.\n\n"
      "Share this article\n\n"
      "Most read\n\nCouncil votes to close two libraries\n\nStorm cuts power to 20,000 homes\n\n"
      "Leave a Reply\n";
  CleanedText c = CleanText(text);
  ASSERT_EQ(c.removed.size(), 4u);
  EXPECT_EQ(c.removed[0].rule, "byline");
  EXPECT_EQ(c.removed[1].rule, "share_prompt");
  EXPECT_EQ(c.removed[2].rule, "teaser_list");
  EXPECT_EQ(
      c.removed[2].text,
      "Most read\n\nCouncil votes to close two libraries\n\nStorm cuts power to 20,000 homes");
  EXPECT_EQ(c.removed[3].rule, "comment_prompt");
  EXPECT_EQ(c.text.substr(0, 60), "Ferry operator suspends night crossings after engine fire\n\nT");
  ExpectNothingLost(text, c);
}

TEST(Clean, EmptyAndDegenerateInputs) {
  EXPECT_EQ(CleanText("").text, "");
  EXPECT_EQ(CleanText(" \n\t\r\n").text, "");
  CleanedText only_prompt = CleanText("Subscribe now");
  EXPECT_EQ(only_prompt.text, "");
  EXPECT_EQ(only_prompt.removed.size(), 1u);
  EXPECT_EQ(CleanText("bad \xFF byte").text, "bad \xEF\xBF\xBD byte");
}

TEST(Clean, IdempotentAndLosslessOnRandomDocuments) {
  const char* const pieces[] = {
      "Officials said the plant would reopen next week after repairs.",
      "The governor visited the hospital on Wednesday and spoke to doctors there.",
      "Leave a Comment",
      "Share this article",
      "READ MORE: Flood barrier plan approved",
      "-",
      "Most read",
      "Putin's Concern",
      "Photo: Anna Bondar",
      "By Ivan Petrenko",
      "Friday, July 21, 2017",
      "Source: Read Full Article",
      "The report said the valve had failed an inspection in January and was not replaced",
      "The\nwrapped line continues",
      "Prices rose\xC2\xA0 sharply.",
      "Thank you."};
  std::mt19937 rng(9);
  for (int trial = 0; trial < 400; ++trial) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 14);
    for (int k = 0; k < n; ++k) {
      text += pieces[rng() % std::size(pieces)];
      text += (rng() % 3 == 0) ? "\n" : "\n\n";
    }
    CleanedText once = CleanText(text);
    ExpectNothingLost(text, once);
    CleanedText twice = CleanText(once.text);
    // Cleaning clean text changes nothing, except position-dependent rules may see new edges.
    for (const RemovedPiece& r : twice.removed) {
      EXPECT_TRUE(r.rule == "source_footer" || r.rule == "dateline" || r.rule == "byline" ||
                  r.rule == "teaser_list" || r.rule == "verbatim_repeat" ||
                  r.rule == "repeated_caption")
          << r.rule << " in trial " << trial;
    }
    EXPECT_EQ(once.text.find("\n\n\n"), std::string::npos);
    EXPECT_TRUE(once.text.empty() || once.text.back() != '\n');
  }
}

TEST(Clean, PathologicalTextsFinish) {
  // Many caption-like lines sharing their words, many labels, one huge paragraph: each rule
  // must stay linear (a quadratic rule would make this test time out).
  std::string captions, labels, huge;
  for (int i = 0; i < 20000; ++i) {
    captions += "The governor visited the flooded district number " + std::to_string(i % 97) +
                " with the mayor today\n";
    captions += "The governor visited the flooded district number " + std::to_string(i % 89) +
                " with the mayor.\n";
    labels += "Related\n";
  }
  for (int i = 0; i < 200000; ++i) huge += "word ";
  for (const std::string* text : {&captions, &labels, &huge}) {
    CleanedText c = CleanText(*text);
    EXPECT_FALSE(c.text.empty() && c.removed.empty());
  }
}

}  // namespace
}  // namespace claimtrace
