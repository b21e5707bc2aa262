#include "ingest/text_metadata.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(IngestTextMetadata, HeadlineBylineAndDateLine) {
  TextMetadata m = DetectTextMetadata(
      "Chlorine cloud forces thousands from homes\n\nBy Marta Savchuk\n\n"
      "Wednesday, March 13, 2024\n\nThousands of residents were evacuated on Tuesday.\n");
  EXPECT_EQ(m.title.value_or(""), "Chlorine cloud forces thousands from homes");
  EXPECT_EQ(m.author.value_or(""), "Marta Savchuk");
  EXPECT_EQ(m.published.value_or(""), "2024-03-13");
  EXPECT_FALSE(m.outlet.has_value());
}

TEST(IngestTextMetadata, WireDatelineGivesOutletAndDateOnlyWithYear) {
  TextMetadata m = DetectTextMetadata(
      "Plant director suspended\n"
      "PRYLUZHNE, Ukraine, March 14 (Dnipro Wire) - The director was suspended on Thursday.\n");
  EXPECT_EQ(m.title.value_or(""), "Plant director suspended");
  EXPECT_EQ(m.outlet.value_or(""), "Dnipro Wire");
  EXPECT_FALSE(m.published.has_value());  // no year in the dateline

  m = DetectTextMetadata("KYIV, March 14, 2024 (Dnipro Wire) - Officials said more.\nSecond.");
  EXPECT_FALSE(m.title.has_value());  // the first line is a sentence, not a headline
  EXPECT_EQ(m.published.value_or(""), "2024-03-14");
}

TEST(IngestTextMetadata, NoTitleWhenTheTextStartsWithABodySentence) {
  EXPECT_FALSE(DetectTextMetadata("The council met on Monday.\n\nIt voted.").title.has_value());
  EXPECT_FALSE(DetectTextMetadata("Single line headline only").title.has_value());  // no body
  EXPECT_FALSE(DetectTextMetadata("- a bullet point\n- another\n\nBody.").title.has_value());
  EXPECT_FALSE(DetectTextMetadata("").title.has_value());
  // A date line first, then body: the date is read, there is no headline.
  TextMetadata m = DetectTextMetadata("Friday, July 21, 2017\n\nA group of teenagers won.");
  EXPECT_FALSE(m.title.has_value());
  EXPECT_EQ(m.published.value_or(""), "2017-07-21");
}

TEST(IngestTextMetadata, APhotoCaptionBeforeTheHeadlineIsSkipped) {
  TextMetadata m = DetectTextMetadata(
      "The governor at a briefing in Pryluzhne on March 13, 2024\n"
      "Governor says the leak is under control\n"
      "The regional governor said on Wednesday that the leak had been stopped.\n");
  EXPECT_EQ(m.title.value_or(""), "Governor says the leak is under control");
  // A headline ending in a year alone is still a headline.
  m = DetectTextMetadata("Budget cuts planned for 2024\nThe council said it would cut spending.\n");
  EXPECT_EQ(m.title.value_or(""), "Budget cuts planned for 2024");
}

TEST(IngestTextMetadata, HeadlineShapes) {
  EXPECT_TRUE(LooksLikeHeadline("Putin's Concern"));
  EXPECT_TRUE(LooksLikeHeadline("Who ordered the valve replaced?"));
  EXPECT_TRUE(LooksLikeHeadline("\xE2\x80\x9CWe were not warned\xE2\x80\x9D, residents say"));
  EXPECT_FALSE(LooksLikeHeadline("Flood"));                         // one word
  EXPECT_FALSE(LooksLikeHeadline("The water rose in the night."));  // final period
  EXPECT_FALSE(LooksLikeHeadline("Related:"));
  EXPECT_FALSE(LooksLikeHeadline("https://example.com/story"));
  EXPECT_FALSE(LooksLikeHeadline("By Jane Doe and John Roe"));
  EXPECT_FALSE(LooksLikeHeadline("lower-case start of a wrapped line"));
  EXPECT_FALSE(LooksLikeHeadline(std::string(300, 'A')));
}

}  // namespace
}  // namespace claimtrace
