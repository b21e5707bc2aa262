#include "clean/teasers.h"

#include <gtest/gtest.h>

#include "clean/boilerplate_rules.h"

namespace claimtrace {
namespace {

// An invented article of seven paragraphs about a ferry fire.
const char* const kArticle[] = {
    "Ferry operator suspends night crossings after engine fire",
    "The operator of the island ferry service suspended all night crossings on Tuesday after a "
    "fire broke out in the engine room of its largest vessel shortly after it left the harbour.",
    "Forty-two passengers and nine crew members were brought back to port by a coastguard "
    "tug, the harbour master said, and nobody was seriously hurt.",
    "Inspectors from the maritime safety agency boarded the vessel on Wednesday morning and "
    "began examining the engine room, the fuel lines and the fire suppression system.",
    "The operator said the ship had passed its annual inspection in March and that the engines "
    "had been serviced only six weeks ago.",
    "Islanders who rely on the ferry to reach the mainland hospital said the suspension would "
    "leave them without a night service for at least a week.",
    "The harbour master said the vessel would stay in port until the inspectors finished their "
    "work and the agency had approved every repair.",
};

std::vector<Paragraph> Build(std::initializer_list<const char*> tail) {
  std::vector<Paragraph> ps;
  for (const char* p : kArticle) ps.push_back({.text = p});
  for (const char* p : tail) ps.push_back({.text = p});
  // As the cleaner does: prompts are marked before teaser lists are looked for.
  for (Paragraph& p : ps) {
    if (auto m = MatchBoilerplate(p.text, {})) p.Remove(RemovalReason::kBoilerplate, m->rule);
  }
  return ps;
}

size_t CountRule(const std::vector<Paragraph>& ps, std::string_view rule) {
  size_t n = 0;
  for (const Paragraph& p : ps) n += p.removed && p.rule == rule;
  return n;
}

TEST(CleanTeasers, LabelledListWithSeparatorsAtTheEnd) {
  std::vector<Paragraph> ps = Build({
      "In World",
      "-",
      "A senior general has become the first officer of his rank wounded in the fighting, "
      "officials said.",
      "-",
      "A carmaker said on Friday it planned to cut up to 5,000 jobs over the next several years.",
      "-",
      "Leave a review",
  });
  int group = 0;
  MarkTeaserLists(&ps, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 6u);  // label, 3 separators, 2 items
  EXPECT_EQ(ps[7].group, ps[12].group);
  EXPECT_EQ(ps[13].rule, "review_prompt");  // stays its own piece
  for (size_t i = 0; i < 7; ++i) EXPECT_FALSE(ps[i].removed) << i;
}

TEST(CleanTeasers, ExplicitLabelWithoutSeparators) {
  std::vector<Paragraph> ps = Build({"Most read", "Council votes to close two libraries",
                                     "Storm cuts power to 20,000 homes in the north",
                                     "Local team wins cup after penalty shoot-out"});
  int group = 0;
  MarkTeaserLists(&ps, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 4u);
}

TEST(CleanTeasers, MidTextLabelOnlyWithHeadlineItems) {
  std::vector<Paragraph> ps;
  for (const char* p : kArticle) ps.push_back({.text = p});
  ps.insert(ps.begin() + 3,
            {Paragraph{.text = "Related"}, Paragraph{.text = "Ferry fares to rise in spring"},
             Paragraph{.text = "Coastguard buys two new tugs"}});
  int group = 0;
  MarkTeaserLists(&ps, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 3u);
  EXPECT_FALSE(ps[6].removed);

  // The same label followed by ordinary sentences in the middle is left alone.
  std::vector<Paragraph> qs;
  for (const char* p : kArticle) qs.push_back({.text = p});
  qs.insert(qs.begin() + 3,
            {Paragraph{.text = "Related"}, Paragraph{.text = "The crossing takes about two hours."},
             Paragraph{.text = "Tickets cost 12 euros."}});
  MarkTeaserLists(&qs, &group);
  EXPECT_EQ(CountRule(qs, "teaser_list"), 0u);
}

TEST(CleanTeasers, WeakLabelNeedsSeparatorsOrUnrelatedItems) {
  std::vector<Paragraph> ps =
      Build({"In Pictures", "The harbour at dawn after the fire on the ferry",
             "Inspectors on board the ferry in the harbour"});
  int group = 0;
  MarkTeaserLists(&ps, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 0u);  // items are about the article
}

TEST(CleanTeasers, UnlabelledTrailingUnrelatedLedes) {
  std::vector<Paragraph> ps = Build({
      "A high court judge ruled on Thursday that the mining company must pay compensation to "
      "farmers whose wells ran dry.",
      "Germany's largest carmaker said it planned to reduce its workforce by as many as 5,000 "
      "jobs over the next several years.",
      "Astronomers using a new telescope in Chile have spotted a comet that will pass close to "
      "Earth in the autumn.",
  });
  int group = 0;
  MarkTeaserLists(&ps, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 3u);
  EXPECT_FALSE(ps[6].removed);
}

TEST(CleanTeasers, RelatedClosingParagraphsAreKept) {
  std::vector<Paragraph> ps = Build({
      "A spokeswoman for the operator said passengers with tickets for night crossings would "
      "be offered refunds or places on morning boats.",
      "Coastguard officials praised the crew of the ferry for keeping passengers calm during "
      "the evacuation of the engine deck.",
      "The maritime safety agency said it expected to publish its first findings about the "
      "fire within a month.",
  });
  int group = 0;
  MarkTeaserLists(&ps, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 0u);
}

TEST(CleanTeasers, QuotesAndListsOfNamesAreKept) {
  std::vector<Paragraph> ps = Build({
      "\xE2\x80\x9CWe never expected to spend the night on a tug in the middle of the "
      "sea,\xE2\x80\x9D one woman said.",
      "\xE2\x80\x9CMy grandchildren were terrified, but the sailors sang songs to them all the way "
      "back.\xE2\x80\x9D",
      "\xE2\x80\x9CI will take the plane next time, whatever it costs me and my "
      "family.\xE2\x80\x9D",
  });
  std::vector<Paragraph> qs = Build({
      "Replacements: Adams, Brook, Carter, Dimitrov, Evans, Fischer, Garcia, Hughes.",
      "Starting crew: Ivanova, Jones, Kowalski, Lopez, Meyer, Novak, Olsen, Petrov.",
      "Officials: Quinn, Rossi, Schmidt, Tanaka, Ueda, Varga, Walsh, Young, Zhou.",
  });
  int group = 0;
  MarkTeaserLists(&ps, &group);
  MarkTeaserLists(&qs, &group);
  EXPECT_EQ(CountRule(ps, "teaser_list"), 0u);
  EXPECT_EQ(CountRule(qs, "teaser_list"), 0u);
}

TEST(CleanTeasers, UnrelatedRunNeedsEnoughArticle) {
  EXPECT_FALSE(IsUnrelatedTeaserRun(
      {"A judge ruled on Thursday that the mining company must pay compensation now.",
       "Germany's largest carmaker said it planned to cut as many as 5,000 jobs soon.",
       "Astronomers using a new telescope in Chile have spotted a bright new comet."},
      "Short article.", false));
}

}  // namespace
}  // namespace claimtrace
