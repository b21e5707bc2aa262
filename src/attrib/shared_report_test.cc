// Tests of the shared-report rule (shared_report.h) on sentences written for these tests.
#include "attrib/shared_report.h"

#include <gtest/gtest.h>

#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

std::string Text(const TestDoc& t, TokSpan s) {
  return t.Text({t.analysis.tokens[s.begin].span.start, t.analysis.tokens[s.end - 1].span.end});
}

TEST(Attrib, SharedReportFindsSubjectCueAndRelayedContent) {
  TestDoc t(
      "Talking to Radio Prut, Ion Rusu - a lawyer known for his work on smuggling - has shared "
      "updates from a contact inside the customs service that suggests bribes are rising.");
  const std::vector<SharedReport> r = FindSharedReports(*t.view);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Text(t, r[0].cue), "has shared updates");
  ASSERT_TRUE(r[0].subject.has_value());
  EXPECT_EQ(Text(t, *r[0].subject), "Ion Rusu");
  EXPECT_EQ(Text(t, r[0].relayed), "suggests");
  EXPECT_EQ(Text(t, r[0].content), "bribes are rising");
}

TEST(Attrib, SharedReportWithPassedOnAndAPronounSubject) {
  TestDoc t("She passed on information from officials which shows that the port was closed.");
  const std::vector<SharedReport> r = FindSharedReports(*t.view);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Text(t, r[0].cue), "passed on information");
  EXPECT_EQ(Text(t, *r[0].subject), "She");
  EXPECT_EQ(Text(t, r[0].content), "the port was closed");
}

TEST(Attrib, SharedReportNeedsAVerbOfSayingInTheRelativeClause) {
  TestDoc a("He shared updates from a friend that lives in Odesa.");
  EXPECT_TRUE(FindSharedReports(*a.view).empty());
  TestDoc b("He shared photos from a friend that suggests nothing.");
  EXPECT_TRUE(FindSharedReports(*b.view).empty());
  TestDoc c("He shared updates with a friend.");
  EXPECT_TRUE(FindSharedReports(*c.view).empty());
}

}  // namespace
}  // namespace claimtrace::attrib
