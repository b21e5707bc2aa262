// Tests of the fact-object backstop (fact_object.h) on sentences written for these tests: the
// object clause of a reporting verb with a figure, the infinitive of a claim-like verb, and the
// shapes it must leave alone.
#include "attrib/fact_object.h"

#include <gtest/gtest.h>

#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

std::string ObjectText(const TestDoc& t, std::string_view verb) {
  const std::optional<TokSpan> o = FactObjectOf(*t.view, t.Span(verb));
  if (!o) return "-";
  return t.Text({t.analysis.tokens[o->begin].span.start, t.analysis.tokens[o->end - 1].span.end});
}

TEST(Attrib, FactObjectIsTheNounPhraseWithAFigure) {
  TestDoc a("Moldova acknowledges just one injured soldier.");
  EXPECT_EQ(ObjectText(a, "acknowledges"), "just one injured soldier");
  TestDoc b("Police confirmed four arrests near the stadium.");
  EXPECT_EQ(ObjectText(b, "confirmed"), "four arrests near the stadium");
  TestDoc c("The agency reported 3,400 new infections on Friday, a weekly high.");
  EXPECT_EQ(ObjectText(c, "reported"), "3,400 new infections on Friday");
  TestDoc d("The company has now announced dozens of job cuts.");
  EXPECT_EQ(ObjectText(d, "announced"), "dozens of job cuts");
}

TEST(Attrib, FactObjectOfPutAndEstimateIsTheFigureAfterAt) {
  TestDoc a("The operator put the amount lost at about 300 litres.");
  EXPECT_EQ(ObjectText(a, "put"), "the amount lost at about 300 litres");
  TestDoc b("Officials estimated the damage at 2 million euros.");
  EXPECT_EQ(ObjectText(b, "estimated"), "the damage at 2 million euros");
  TestDoc c("The ministry put 40 people at risk.");
  EXPECT_EQ(ObjectText(c, "put"), "-");
}

TEST(Attrib, FactObjectTakesTheInfinitiveOfAClaimLikeVerb) {
  TestDoc t("They also claim to have downed two helicopters.");
  EXPECT_EQ(ObjectText(t, "claim"), "to have downed two helicopters");
  // Not a claim-like verb: "reported to" is not an infinitive claim.
  TestDoc u("She reported to the board in 2019.");
  EXPECT_EQ(ObjectText(u, "reported"), "-");
}

TEST(Attrib, FactObjectNeedsAFigureASpeakerAndTheActiveVoice) {
  TestDoc no_figure("Police confirmed the arrests.");
  EXPECT_EQ(ObjectText(no_figure, "confirmed"), "-");
  TestDoc year("The company announced its results in 2023.");
  EXPECT_EQ(ObjectText(year, "announced"), "-");
  TestDoc passive("Three deaths were confirmed by the hospital.");
  EXPECT_EQ(ObjectText(passive, "confirmed"), "-");
  TestDoc pronoun("The clerk reported them to the police twice.");
  EXPECT_EQ(ObjectText(pronoun, "reported"), "-");
  TestDoc preposition("The ministry reported on 3 May that prices rose.");
  EXPECT_EQ(ObjectText(preposition, "reported"), "-");
  TestDoc not_speaker("The river confirmed three fears.");
  EXPECT_EQ(ObjectText(not_speaker, "confirmed"), "-");
  TestDoc quoted("\xE2\x80\x9CWe confirmed three cases,\xE2\x80\x9D she said.");
  EXPECT_EQ(ObjectText(quoted, "confirmed"), "-");
}

TEST(Attrib, AddFactObjectCuesSkipsClausesInsideAnotherStatement) {
  TestDoc t("The survey showed that doctors reported 40 complaints. Police confirmed two deaths.");
  std::vector<TokSpan> cues = {t.Span("showed")};
  AddFactObjectCues(*t.view, &cues);
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[0], t.Span("showed"));
  EXPECT_EQ(cues[1], t.Span("confirmed"));
}

TEST(Attrib, FigureWords) {
  TestDoc t("six 1,200 dozens 2024 cases");
  EXPECT_TRUE(IsFigureWord(*t.view, t.Span("six").begin));
  EXPECT_TRUE(IsFigureWord(*t.view, t.Span("1,200").begin));
  EXPECT_TRUE(IsFigureWord(*t.view, t.Span("dozens").begin));
  EXPECT_FALSE(IsFigureWord(*t.view, t.Span("2024").begin));
  EXPECT_FALSE(IsFigureWord(*t.view, t.Span("cases").begin));
}

}  // namespace
}  // namespace claimtrace::attrib
