// Tests of the non-speech cue filter (cue_filter.h) on sentences written for these tests: each
// rule drops its shape and keeps the speech uses next to it.
#include "attrib/cue_filter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

bool Drops(std::string text, std::string_view cue, int nth = 0) {
  TestDoc t(std::move(text));
  return IsNonSpeechCue(*t.view, t.Span(cue, nth));
}

TEST(Attrib, CueFilterDropsPronounObjectWithParticle) {
  EXPECT_TRUE(Drops("The auditors wrote it down in red ink.", "wrote"));
  EXPECT_TRUE(Drops("She picked them up at noon.", "picked"));
  EXPECT_FALSE(Drops("The auditors wrote that the books were wrong.", "wrote"));
  EXPECT_FALSE(Drops("He told them about the plan.", "told"));
}

TEST(Attrib, CueFilterDropsGoOnWithoutTo) {
  EXPECT_TRUE(Drops("The hearing goes on without the witness.", "goes"));
  EXPECT_TRUE(Drops("The meeting went on for hours.", "went"));
  EXPECT_TRUE(Drops("The meeting went on for hours.", "went on"));
  EXPECT_FALSE(Drops("The mayor went on to say that the budget was fine.", "went on"));
}

TEST(Attrib, CueFilterDropsPassiveWithADestination) {
  EXPECT_TRUE(
      Drops("Nine people had been admitted to hospitals in the region.", "had been admitted"));
  EXPECT_TRUE(Drops("Nine people were admitted into the clinic.", "were admitted"));
  EXPECT_TRUE(Drops("She was elected to the Senate in 2010.", "was elected"));
  EXPECT_FALSE(Drops("The remark was attributed to the minister.", "was attributed"));
  EXPECT_FALSE(Drops("Residents were told to stay indoors.", "were told"));
  EXPECT_FALSE(Drops("The guard admitted to sleeping on duty.", "admitted"));
  EXPECT_FALSE(Drops("He has been talking to the press.", "has been talking"));
}

TEST(Attrib, CueFilterDropsPassiveDenied) {
  EXPECT_TRUE(Drops("They were twice denied visas.", "denied"));
  EXPECT_TRUE(Drops("The team had been denied entry.", "had been denied"));
  EXPECT_FALSE(Drops("The ministry denied the report.", "denied"));
  EXPECT_FALSE(Drops("The claim was denied by the ministry.", "denied"));
}

TEST(Attrib, CueFilterDropsReducedRelativeParticiples) {
  EXPECT_TRUE(Drops("He was a man wanted for his reporting on the mines.", "wanted"));
  EXPECT_TRUE(
      Drops("Ivan Petrenko - a lawyer praised for his work - said the case was weak.", "praised"));
  EXPECT_TRUE(Drops("A pump blamed for the flood had been repaired twice.", "blamed"));
  EXPECT_TRUE(Drops("Ion Rusu - a lawyer known for his work - spoke.", "known"));
  // Main verbs: after a comma, or with no finite verb following.
  EXPECT_FALSE(Drops("At one point, a woman asked for a photo.", "asked"));
  EXPECT_FALSE(Drops("A senator called for calm.", "called"));
  EXPECT_FALSE(Drops("A senator called for calm and the crowd left.", "called"));
}

TEST(Attrib, CueFilterDropsRequestsForAnonymity) {
  EXPECT_TRUE(
      Drops("An officer, who asked not to be named, said the fire began at night.", "asked"));
  EXPECT_TRUE(Drops("A third diplomat, who declined to be identified, disagreed.", "declined"));
  EXPECT_TRUE(Drops("The aide requested to not be quoted by name.", "requested"));
  EXPECT_FALSE(Drops("The aide asked reporters to leave the room.", "asked"));
  EXPECT_FALSE(Drops("The minister declined to comment on the report.", "declined"));
  EXPECT_FALSE(Drops("She asked not to be disturbed.", "asked"));
}

TEST(Attrib, CueFilterDropsNoResponseToRequestsForComment) {
  EXPECT_TRUE(Drops("The contractor did not respond to requests for comment.", "respond"));
  EXPECT_TRUE(Drops("The firm has not replied to a request for comment on Friday.", "replied"));
  EXPECT_FALSE(Drops("The mayor responded that the budget was fine.", "responded"));
  EXPECT_FALSE(Drops("The ministry responded to the report with a denial.", "responded"));
  EXPECT_TRUE(Drops("A valve blamed for the leak had been flagged in May.", "blamed for"));
}

TEST(Attrib, OpenSetCueInsideAThatClauseIsDropped) {
  // "ordered" is not in the cue lexicon; "complained" is.
  TestDoc t(
      "Rusu told Radio Prut that the guards had ordered the gates shut. "
      "Rusu said that staff had complained about the gates. "
      "Rusu said that the gates were shut, Petrov ordered an inquiry.");
  std::vector<TokSpan> cues = {t.Span("told"),       t.Span("ordered"), t.Span("said"),
                               t.Span("complained"), t.Span("said", 1), t.Span("ordered", 1)};
  EXPECT_TRUE(InsideThatClause(*t.view, cues[1], cues));
  EXPECT_FALSE(InsideThatClause(*t.view, cues[3], cues));  // a lexicon cue: nested speech
  EXPECT_FALSE(InsideThatClause(*t.view, cues[5], cues));  // a new clause after a comma
  DropNonSpeechCues(*t.view, &cues);
  EXPECT_EQ(cues.size(), 5u);
}

TEST(Attrib, CueInsideADirectQuotationIsDropped) {
  TestDoc t(
      "\xE2\x80\x9CThey told us the valve was fine,\xE2\x80\x9D the mayor said. "
      "\"The inspectors said nothing,\" she added.");
  EXPECT_TRUE(InsideQuotation(*t.view, t.Span("told")));
  EXPECT_FALSE(InsideQuotation(*t.view, t.Span("said")));    // the mayor said
  EXPECT_TRUE(InsideQuotation(*t.view, t.Span("said", 1)));  // "The inspectors said …"
  EXPECT_FALSE(InsideQuotation(*t.view, t.Span("added")));
  std::vector<TokSpan> cues = {t.Span("told"), t.Span("said", 1), t.Span("said"), t.Span("added")};
  std::sort(cues.begin(), cues.end(),
            [](const TokSpan& a, const TokSpan& b) { return a.begin < b.begin; });
  DropNonSpeechCues(*t.view, &cues);
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[0], t.Span("said"));
  EXPECT_EQ(cues[1], t.Span("added"));
}

TEST(Attrib, DropNonSpeechCuesKeepsTheOthersInOrder) {
  TestDoc t("The auditors wrote it down. The mayor said the budget was fine.");
  std::vector<TokSpan> cues = {t.Span("wrote"), t.Span("said")};
  DropNonSpeechCues(*t.view, &cues);
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(cues[0], t.Span("said"));
}

}  // namespace
}  // namespace claimtrace::attrib
