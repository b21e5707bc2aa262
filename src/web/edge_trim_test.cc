#include "web/edge_trim.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "web/text_util.h"

namespace claimtrace::web {
namespace {

Para MakePara(const std::string& text, ParaKind kind = ParaKind::kText) {
  Para p;
  p.text = text;
  p.words = static_cast<uint32_t>(CountWords(text));
  p.kind = kind;
  return p;
}

const char kArticle[] =
    "The council approved the new budget on Tuesday after a debate that lasted almost four "
    "hours, with opposition members arguing that road spending came at the expense of care.";

TEST(WebEdgeTrim, ClassifiesCallsToActionBiosAndShortLines) {
  EXPECT_EQ(
      ClassifyEdgeParagraph(MakePara("Sign up today and make this your healthiest fall yet.")),
      EdgeKind::kPromo);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara("Book a free demo and see how the software helps.")),
            EdgeKind::kPromo);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara("Follow me on instagram: @someone")), EdgeKind::kPromo);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "Jane Q. Doe is a freelance writer based in Ohio. Over the past ten years she "
                "has covered gardening and home design for several magazines.")),
            EdgeKind::kPromo);
  EXPECT_EQ(ClassifyEdgeParagraph(
                MakePara("By entering your email, you agree to receive marketing emails from us.")),
            EdgeKind::kPromo);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara("Take the next step")), EdgeKind::kShort);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(kArticle)), EdgeKind::kArticle);
  // Phrases match whole words only: "subscribers" is not "subscribe".
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "The service lost two million subscribers in the quarter, the company said in a "
                "statement on Monday.")),
            EdgeKind::kArticle);
  // A long paragraph that mentions signing up is article text.
  std::string long_text;
  for (int i = 0; i < 8; ++i) long_text += "Residents who sign up for the scheme get a rebate. ";
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(long_text)), EdgeKind::kArticle);
  // A bio needs the name pattern: a sentence about a writer is not one.
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "The novel follows a writer who returns to her home town after twenty years "
                "abroad and finds it changed.")),
            EdgeKind::kArticle);
}

TEST(WebEdgeTrim, CutsOnlyTheTrailingRun) {
  std::vector<Para> paras = {
      MakePara(kArticle),
      MakePara("Subscribe to our newsletter for weekly updates."),  // in the middle: kept
      MakePara(kArticle),
      MakePara(kArticle),
      MakePara("Take the next step", ParaKind::kHeading),
      MakePara("Start your free trial today."),
      MakePara("30 day free trial"),
  };
  const std::vector<uint32_t> kept = {0, 1, 2, 3, 4, 5, 6};
  EXPECT_EQ(TrailingPromoStart(paras, kept), 4u);
}

TEST(WebEdgeTrim, KeepsATailWithoutPromotion) {
  std::vector<Para> paras = {MakePara(kArticle), MakePara(kArticle), MakePara("Good luck!")};
  EXPECT_EQ(TrailingPromoStart(paras, {0, 1, 2}), 3u);
  EXPECT_EQ(TrailingPromoStart(paras, {}), 0u);
}

TEST(WebEdgeTrim, NeverCutsMostOfTheText) {
  // A short page that is mostly promotion is not emptied: the cut would remove 40% or more.
  std::vector<Para> paras = {MakePara("Short intro line here."),
                             MakePara("Sign up for our newsletter to get weekly updates.")};
  EXPECT_EQ(TrailingPromoStart(paras, {0, 1}), 2u);
}

TEST(WebEdgeTrim, ClassifiesNoticesReferencesAndTestimonials) {
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "This post contains affiliate links, which means we may receive a small fee if "
                "you buy through them, at no cost to you.")),
            EdgeKind::kNotice);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara("Products are chosen independently by our editors. "
                                           "Purchases made through our links may earn us a "
                                           "commission.")),
            EdgeKind::kNotice);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "The commission will publish its findings on the harbour dredging plan in the "
                "spring, after a public consultation.")),
            EdgeKind::kArticle);
  EXPECT_EQ(ClassifyEdgeParagraph(
                MakePara("Example Agency. \"Annual survey of ferry routes.\" Example Agency, "
                         "https://example.org/survey. Accessed 11 Apr. 2025.")),
            EdgeKind::kNotice);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara("Smith J, Lee K. Tides in small harbours. J Coast Res. "
                                           "2019;35:101-9. doi:10.1000/xyz123")),
            EdgeKind::kNotice);
  // "accessed" without a date is ordinary prose.
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "The records were accessed by investigators who wanted to know when the harbour "
                "master first learned of the fault.")),
            EdgeKind::kArticle);
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "\u201cThey answered every call and got my claim settled within a month. I cannot "
                "recommend them enough.\u201d")),
            EdgeKind::kPromo);
  // A quotation with its attribution is article text.
  EXPECT_EQ(ClassifyEdgeParagraph(MakePara(
                "\u201cWe will review the timetable in February,\u201d the operator said in a "
                "statement on Monday.")),
            EdgeKind::kArticle);
}

TEST(WebEdgeTrim, EndSectionHeadings) {
  EXPECT_TRUE(IsEndSectionHeading(MakePara("Related articles", ParaKind::kHeading)));
  EXPECT_TRUE(IsEndSectionHeading(MakePara("You may also like")));
  EXPECT_TRUE(IsEndSectionHeading(MakePara("More from Harbour Gazette", ParaKind::kHeading)));
  EXPECT_TRUE(IsEndSectionHeading(MakePara("References:")));
  EXPECT_TRUE(IsEndSectionHeading(MakePara("Join the conversation", ParaKind::kHeading)));
  EXPECT_TRUE(IsEndSectionHeading(MakePara("What to read next...")));
  EXPECT_FALSE(IsEndSectionHeading(MakePara("Related costs", ParaKind::kHeading)));
  EXPECT_FALSE(IsEndSectionHeading(MakePara("More fromage")));
  EXPECT_FALSE(IsEndSectionHeading(MakePara("Sources.")));  // a sentence, not a heading
  EXPECT_FALSE(IsEndSectionHeading(MakePara(kArticle)));
}

TEST(WebEdgeTrim, CutsTheEndSectionOnlyNearTheEnd) {
  std::vector<Para> paras = {
      MakePara(kArticle),
      MakePara("Sources", ParaKind::kHeading),  // too high up: more than 40% follows
      MakePara(kArticle),
      MakePara(kArticle),
      MakePara(kArticle),
      MakePara("Related articles", ParaKind::kHeading),
      MakePara("How the harbour got its second crane"),
      MakePara("Ten years of ferry timetables"),
  };
  const std::vector<uint32_t> kept = {0, 1, 2, 3, 4, 5, 6, 7};
  EXPECT_EQ(EndSectionStart(paras, kept), 5u);
  EXPECT_EQ(EndSectionStart(paras, {0, 2, 3}), 3u);
}

TEST(WebEdgeTrim, CutsLeadingNoticesButNotLedes) {
  std::vector<Para> paras = {
      MakePara("This article contains affiliate links. We may earn a commission."),
      MakePara("Gear", ParaKind::kHeading),
      MakePara(kArticle),
      MakePara("Stream these ten films for free this weekend."),
  };
  EXPECT_EQ(LeadingPromoEnd(paras, {0, 1, 2}), 1u);
  // A call to action at the top reads like a lede and stays.
  EXPECT_EQ(LeadingPromoEnd(paras, {3, 2}), 0u);
}

TEST(WebEdgeTrim, DropsNoticesNearTheTop) {
  std::vector<Para> paras = {
      MakePara(kArticle),
      MakePara("This article includes affiliate links, which never affect what we recommend."),
      MakePara(kArticle),
      MakePara(kArticle),
      MakePara(kArticle),
      MakePara(kArticle),
      MakePara(
          "Agents earn a commission on every sale, the report found, which links pay to sales."),
  };
  std::vector<uint32_t> kept = {0, 1, 2, 3, 4, 5, 6};
  DropLeadingNotices(paras, &kept);
  // The second notice-shaped paragraph is too far down to be a notice.
  EXPECT_EQ(kept, (std::vector<uint32_t>{0, 2, 3, 4, 5, 6}));
}

TEST(WebEdgeTrim, NewsletterPitches) {
  EXPECT_TRUE(
      IsNewsletterPitch(MakePara("Sign up for our weekly newsletter and get a free guide.")));
  EXPECT_TRUE(IsNewsletterPitch(
      MakePara("Love gardening? Get the best tips delivered to your inbox every Friday.")));
  EXPECT_TRUE(IsNewsletterPitch(MakePara("Join Our Garden Newsletter")));
  // Advice that mentions newsletters, and reporting about one, are article text.
  EXPECT_FALSE(IsNewsletterPitch(MakePara(
      "Follow relevant news sources and subscribe to industry newsletters to stay informed.")));
  EXPECT_FALSE(IsNewsletterPitch(MakePara(
      "The newsletter, which the mayor sends to residents, announced the closure on Friday.")));
}

}  // namespace
}  // namespace claimtrace::web
