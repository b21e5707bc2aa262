#include "clean/boilerplate_rules.h"

#include <gtest/gtest.h>

#include <random>

namespace claimtrace {
namespace {

std::string RuleOf(std::string_view p, ParagraphPosition pos = {}) {
  std::optional<BoilerplateMatch> m = MatchBoilerplate(p, pos);
  return m ? std::string(m->rule) : "";
}

TEST(CleanBoilerplate, Prompts) {
  EXPECT_EQ(RuleOf("Leave a Comment"), "comment_prompt");
  EXPECT_EQ(RuleOf("Leave a Reply Cancel reply"), "comment_prompt");
  EXPECT_EQ(RuleOf("No comments:"), "comment_prompt");
  EXPECT_EQ(RuleOf("Post a Comment"), "comment_prompt");
  EXPECT_EQ(RuleOf("Note: only a member of this blog may post a comment."), "comment_prompt");
  EXPECT_EQ(RuleOf("12 Comments"), "comment_prompt");
  EXPECT_EQ(RuleOf("Leave a review"), "review_prompt");
  EXPECT_EQ(RuleOf("Was this article helpful?"), "review_prompt");
  EXPECT_EQ(RuleOf("Subscribe now to keep reading and get access to the full archive."),
            "subscribe_prompt");
  EXPECT_EQ(RuleOf("Discover more from International Research"), "subscribe_prompt");
  EXPECT_EQ(RuleOf("Continue reading"), "subscribe_prompt");
  EXPECT_EQ(RuleOf("Sign up for our newsletter"), "subscribe_prompt");
  EXPECT_EQ(RuleOf("Sign up for our free Morning Briefing newsletter"), "subscribe_prompt");
  EXPECT_EQ(RuleOf("Share this article"), "share_prompt");
  EXPECT_EQ(RuleOf("Share on Facebook"), "share_prompt");
  EXPECT_EQ(RuleOf("Facebook Twitter WhatsApp Email"), "share_prompt");
  EXPECT_EQ(RuleOf("\xE2\x96\xBA Share"), "share_prompt");
  EXPECT_EQ(RuleOf("ADVERTISEMENT"), "advertisement");
  EXPECT_EQ(RuleOf("Story continues below advertisement"), "advertisement");
}

TEST(CleanBoilerplate, TeasersFootersCredits) {
  EXPECT_EQ(RuleOf("READ MORE: 365 days of the siege: a look back at how the year unfolded"),
            "read_more");
  EXPECT_EQ(RuleOf("Read more"), "read_more");
  EXPECT_EQ(RuleOf("Related: Council votes to close two libraries"), "read_more");
  EXPECT_EQ(RuleOf("Source: Read Full Article", {.tail = true}), "source_footer");
  EXPECT_EQ(RuleOf("Source link", {.tail = true}), "source_footer");
  EXPECT_EQ(RuleOf("This article originally appeared on The Northern Ledger.", {.tail = true}),
            "source_footer");
  EXPECT_EQ(RuleOf("Source: Read Full Article"), "");  // only at the end of the text
  EXPECT_EQ(RuleOf("Mikhail Ivanov/AFP via Getty Images"), "photo_credit");
  EXPECT_EQ(RuleOf("(AP Photo/Jane Roe)"), "photo_credit");
  EXPECT_EQ(RuleOf("REUTERS/Anna Petrova"), "photo_credit");
  EXPECT_EQ(RuleOf("Photo: Oksana Hrytsenko"), "photo_credit");
  EXPECT_EQ(RuleOf("Photograph: Sergei Melnyk/AFP/Getty Images"), "photo_credit");
}

TEST(CleanBoilerplate, BylinesAndDatesOnlyAtTheEdges) {
  EXPECT_EQ(RuleOf("By CHRIS JEWERS FOR MAILONLINE-", {.head = true}), "byline");
  EXPECT_EQ(RuleOf("By CHRIS JEWERS FOR MAILONLINE-"), "");
  EXPECT_EQ(RuleOf("Friday, July 21, 2017", {.head = true}), "dateline");
  EXPECT_EQ(RuleOf("Published 4 March 2022", {.tail = true}), "dateline");
  EXPECT_EQ(RuleOf("Friday, July 21, 2017"), "");
  EXPECT_EQ(RuleOf("Tuesday, 1 March", {.head = true}), "");  // no year: an event date
}

TEST(CleanBoilerplate, ArticleSentencesAreNeverPrompts) {
  const ParagraphPosition everywhere{.head = true, .tail = true};
  for (std::string_view p : {
           "He urged readers to leave a comment on the ministry's website.",
           "Leave a comment, the minister told critics, and we will answer every one.",
           "\xE2\x80\x9CSubscribe now,\xE2\x80\x9D he said.",
           "Share prices fell by 4% on Monday.",
           "The photo was taken by a Reuters photographer in Kyiv on Tuesday.",
           "Reuters/Ipsos poll shows support for the plan",
           "Source: the regional health ministry said 43 people were treated in hospital after "
           "the leak and that none of them was in a serious condition on Wednesday evening",
           "Sources said the deal could be signed next week.",
           "By the end of the day, officials had left.",
           "Print media have struggled for years.",
           "What do you think about the plan?, she asked the mayor.",
           "Continue reading the statement, the judge told the clerk.",
           "Related charges were filed against two other men.",
       }) {
    EXPECT_EQ(RuleOf(p, everywhere), "") << p;
  }
}

TEST(CleanBoilerplate, TeaserLabelsAndSeparators) {
  EXPECT_EQ(MatchTeaserLabel("In World"), TeaserLabel::kWeak);
  EXPECT_EQ(MatchTeaserLabel("In Other News"), TeaserLabel::kStrong);  // listed explicitly
  EXPECT_EQ(MatchTeaserLabel("Most read"), TeaserLabel::kStrong);
  EXPECT_EQ(MatchTeaserLabel("More from the Daily Meridian"), TeaserLabel::kStrong);
  EXPECT_EQ(MatchTeaserLabel("Related stories:"), TeaserLabel::kStrong);
  EXPECT_EQ(MatchTeaserLabel("In the morning"), TeaserLabel::kNone);
  EXPECT_EQ(MatchTeaserLabel("In World, prices rose."), TeaserLabel::kNone);
  EXPECT_EQ(MatchTeaserLabel("Russians Against Putin"), TeaserLabel::kNone);
  EXPECT_TRUE(IsSeparatorParagraph("-"));
  EXPECT_TRUE(IsSeparatorParagraph("\xE2\x80\xA2"));
  EXPECT_TRUE(IsSeparatorParagraph("* * *"));
  EXPECT_FALSE(IsSeparatorParagraph("- a"));
  EXPECT_FALSE(IsSeparatorParagraph("2"));
}

TEST(CleanBoilerplate, KeyWords) {
  EXPECT_EQ(KeyWords("\xE2\x80\x9CREAD MORE:\xE2\x80\x9D don\xE2\x80\x99t \xE2\x86\x92 e-mail!"),
            (std::vector<std::string>{"read", "more", "don't", "e-mail"}));
}

TEST(CleanBoilerplate, FastPathAgreesWithSimpleScan) {
  // Every paragraph the tests use, plus random salads of prompt words and positions.
  const std::string vocab[] = {
      "leave", "a",    "comment",    "reply",   "share",  "on",       "facebook", "subscribe",
      "now",   "to",   "keep",       "reading", "source", "link",     "read",     "more",
      "the",   "post", "appeared",   "first",   "12",     "comments", "sign",     "up",
      "for",   "our",  "newsletter", "photo:",  "Getty",  "Images",   "By",       "Jane",
      "Doe",   "via",  "AFP",        "READ",    "MORE:",  "continue", "July",     "21,",
      "2017",  "x",    "print"};
  std::mt19937 rng(5);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string p;
    const int n = 1 + static_cast<int>(rng() % 9);
    for (int k = 0; k < n; ++k) {
      if (k) p += ' ';
      p += vocab[rng() % std::size(vocab)];
    }
    const ParagraphPosition pos{.head = (rng() & 1) != 0, .tail = (rng() & 2) != 0};
    ASSERT_EQ(MatchBoilerplate(p, pos), MatchBoilerplateSimple(p, pos)) << p;
  }
}

}  // namespace
}  // namespace claimtrace
