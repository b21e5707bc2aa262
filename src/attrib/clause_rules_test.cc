// Tests of the clause rules on hand-made attributions (token spans found by their text), so they
// do not depend on the trained model. Sentences written for these tests.
#include "attrib/clause_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

Attribution Make(const TestDoc& t, std::string_view cue, std::string_view source,
                 std::vector<std::string_view> content) {
  Attribution a;
  a.cue = t.Span(cue);
  if (!source.empty()) a.source = t.Span(source);
  for (std::string_view c : content) a.content.push_back(t.Span(c));
  return a;
}

std::string Text(const TestDoc& t, TokSpan s) {
  if (s.empty()) return "";
  const size_t b = t.analysis.tokens[s.begin].span.start;
  const size_t e = t.analysis.tokens[s.end - 1].span.end;
  return t.doc.text.substr(b, e - b);
}

TEST(Attrib, OuterContentRunsOnOverANestedStatementAFewWordsOn) {
  TestDoc t(
      "The mayor said she was worried because inspectors had described the cranes as unsafe.");
  std::vector<Attribution> found = {
      Make(t, "said", "The mayor", {"she was worried"}),
      Make(t, "had described", "inspectors", {"the cranes as unsafe"})};
  ExtendOverNested(*t.view, &found);
  EXPECT_EQ(Text(t, found[0].content.back()),
            "she was worried because inspectors had described the cranes as unsafe");

  // "and" joins a clause of its own: no run-on.
  TestDoc c("The mayor said she was worried and inspectors had described the cranes as unsafe.");
  std::vector<Attribution> coordinated = {
      Make(c, "said", "The mayor", {"she was worried"}),
      Make(c, "had described", "inspectors", {"the cranes as unsafe"})};
  ExtendOverNested(*c.view, &coordinated);
  EXPECT_EQ(Text(c, coordinated[0].content.back()), "she was worried");

  // Nor across a dash.
  TestDoc d("Port chief admits loss \xE2\x80\x93 as the mayor insists the cranes are safe.");
  std::vector<Attribution> dashed = {Make(d, "admits", "Port chief", {"loss"}),
                                     Make(d, "insists", "the mayor", {"the cranes are safe"})};
  ExtendOverNested(*d.view, &dashed);
  EXPECT_EQ(Text(d, dashed[0].content.back()), "loss");
}

TEST(Attrib, SourceEndsBeforeItsOwnPredicate) {
  TestDoc t("Mr. Ivanov, like most engineers, is still wary of the new cranes.");
  Attribution a =
      Make(t, "wary of", "Mr. Ivanov, like most engineers, is still", {"the new cranes"});
  TrimSourceTail(*t.view, &a);
  EXPECT_EQ(Text(t, *a.source), "Mr. Ivanov, like most engineers,");

  TestDoc r("The dockers angrily rejected the plan.");
  Attribution b = Make(r, "rejected", "The dockers angrily", {"the plan"});
  TrimSourceTail(*r.view, &b);
  EXPECT_EQ(Text(r, *b.source), "The dockers");

  // A relative clause stays with its source (PolNeAR's convention), and "-ly" nouns stay.
  TestDoc k("Ivanov, who is still wary, warned the port.");
  Attribution c = Make(k, "warned", "Ivanov, who is still wary,", {"the port"});
  TrimSourceTail(*k.view, &c);
  EXPECT_EQ(Text(k, *c.source), "Ivanov, who is still wary,");
  TestDoc f("The union assembly rejected the plan.");
  Attribution d = Make(f, "rejected", "The union assembly", {"the plan"});
  TrimSourceTail(*f.view, &d);
  EXPECT_EQ(Text(f, *d.source), "The union assembly");
}

TEST(Attrib, SourceStartsAfterAnEarlierCueInsideIt) {
  TestDoc t(
      "Ion Rusu, who represents the dock workers, said staff had complained about the cranes.");
  std::vector<Attribution> found = {
      Make(t, "said", "Ion Rusu, who represents the dock workers,", {"staff"}),
      Make(t, "had complained", "Ion Rusu, who represents the dock workers, said staff",
           {"about the cranes"})};
  StartSourceAfterEarlierCue(*t.view, &found);
  EXPECT_EQ(Text(t, *found[1].source), "staff");
  EXPECT_EQ(Text(t, *found[0].source), "Ion Rusu, who represents the dock workers,");
}

TEST(Attrib, CoordinatedCueTakesTheEarlierSource) {
  TestDoc t(
      "A spokeswoman confirmed that an inspection had taken place but declined to say what it "
      "had found.");
  std::vector<Attribution> found = {
      Make(t, "confirmed", "A spokeswoman", {"that an inspection had taken place"}),
      Make(t, "declined to say", "an inspection", {"what it had found"})};
  ShareCoordinatedSource(*t.view, &found);
  EXPECT_EQ(Text(t, *found[1].source), "A spokeswoman");

  TestDoc j("Smith said the plan was sound, and Jones said it would fail.");
  std::vector<Attribution> two = {Make(j, "said", "Smith", {"the plan was sound"}),
                                  Make(j, "Jones said", "", {"it would fail"})};
  two[1].cue = {two[1].cue.begin + 1, two[1].cue.end};  // "said", its own subject before it
  two[1].source = j.Span("Jones");
  ShareCoordinatedSource(*j.view, &two);
  EXPECT_EQ(Text(j, *two[1].source), "Jones");
}

TEST(Attrib, NestedTopicOnlyCueIsDropped) {
  TestDoc t("Rusu said staff had complained about the cranes for months.");
  std::vector<Attribution> found = {
      Make(t, "said", "Rusu", {"staff had complained about the cranes for months"}),
      Make(t, "had complained", "staff", {"about the cranes for months"})};
  DropNestedTopics(*t.view, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Text(t, found[0].cue), "said");

  TestDoc c("Rusu said staff had warned that the cranes were unsafe.");
  std::vector<Attribution> claim = {
      Make(c, "said", "Rusu", {"staff had warned that the cranes were unsafe"}),
      Make(c, "had warned", "staff", {"that the cranes were unsafe"})};
  DropNestedTopics(*c.view, &claim);
  EXPECT_EQ(claim.size(), 2u);
}

}  // namespace
}  // namespace claimtrace::attrib
