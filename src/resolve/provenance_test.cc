// Unit tests for provenance.h: chains, independent sources, circular reporting.
#include "resolve/provenance.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace claimtrace::resolve {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

ViaStep V(const std::string& name, ViaRelation relation) {
  return {relation, name, OutletKey(name)};
}

ClaimReport R(const std::string& doc, const std::string& outlet, std::vector<ViaStep> via,
              const std::string& citing = "") {
  ClaimReport r;
  r.doc_id = doc;
  r.statement = 0;
  r.outlet = outlet;
  r.outlet_key = OutletKey(outlet);
  r.speaker = "Grozev";
  r.via = std::move(via);
  r.citing = citing;
  return r;
}

Claim C() {
  Claim c;
  c.id = 1;
  c.speaker = "Christo Grozev";
  return c;
}

TEST(Resolve, FiveOutletsRelayingOneInterviewAreOneSource) {
  const std::vector<ClaimReport> reports = {
      R("newsweek", "Newsweek",
        {V("Radio Liberty", ViaRelation::kInterview), V("Metro", ViaRelation::kPer)}),
      R("metro", "Metro", {V("Radio Liberty", ViaRelation::kInterview)}),
      R("yahoo", "Yahoo News", {V("Metro", ViaRelation::kPer)}),
      R("rl", "Radio Liberty", {}),
      R("daily", "Daily Planet", {V("Newsweek", ViaRelation::kAccordingTo)}),
  };
  const Provenance p = TraceProvenance(C(), reports);
  ASSERT_EQ(p.independent_sources(), 1u);
  EXPECT_EQ(p.sources[0].origin_label, "Radio Liberty");
  EXPECT_EQ(p.sources[0].doc_ids.size(), 5u);
  EXPECT_FALSE(p.circular);
  // The first chain: speaker -> interview -> relay -> article.
  ASSERT_EQ(p.chains[0].steps.size(), 4u);
  EXPECT_EQ(p.chains[0].steps[0].label, "Christo Grozev");
  EXPECT_EQ(p.chains[0].steps[1].how, "interview");
  EXPECT_EQ(p.chains[0].steps[2].how, "per");
  EXPECT_EQ(p.chains[0].steps[3].label, "Newsweek");
  EXPECT_EQ(p.chains[0].steps[3].how, "published");
}

TEST(Resolve, SeparateInterviewsAndOwnReportingAreIndependent) {
  const std::vector<ClaimReport> reports = {
      R("a", "Daily Planet", {V("The Times", ViaRelation::kTold)}),
      R("b", "Morning Star", {V("BBC", ViaRelation::kInterview)}),
      R("c", "Evening Post", {}),                                 // its own reporting
      R("d", "The Times", {V("The Times", ViaRelation::kTold)}),  // its own interview
  };
  const Provenance p = TraceProvenance(C(), reports);
  EXPECT_EQ(p.independent_sources(), 3u);  // The Times, BBC, Evening Post
  std::vector<std::string> labels;
  for (const auto& s : p.sources) labels.push_back(s.origin_label);
  EXPECT_THAT(labels, UnorderedElementsAre("The Times", "BBC", "Evening Post"));
  EXPECT_FALSE(p.circular);  // an outlet naming itself is not a cycle
}

TEST(Resolve, CitedSourceStartsTheChain) {
  const Provenance p = TraceProvenance(
      C(), {R("a", "Mail", {V("The Times", ViaRelation::kTold)}, "a source within the FSB")});
  ASSERT_EQ(p.chains.size(), 1u);
  ASSERT_EQ(p.chains[0].steps.size(), 4u);
  EXPECT_EQ(p.chains[0].steps[0].label, "a source within the FSB");
  EXPECT_EQ(p.chains[0].steps[0].how, "source");
  EXPECT_EQ(p.chains[0].steps[1].how, "speaker");
  EXPECT_EQ(p.chains[0].origin_key, "times");
}

TEST(Resolve, ACitingThatNamesARelayIsNotASecondSource) {
  // "… Kovacevic said, the Harbor Times reported, citing an interview with Radio Ostra": the
  // chain started with "an interview with Radio Ostra" as the speaker's source and then named
  // Radio Ostra again as the interview.
  const Provenance p = TraceProvenance(
      C(),
      {R("a", "Evening Post",
         {V("Radio Ostra", ViaRelation::kInterview), V("the Harbor Times", ViaRelation::kReported)},
         "an interview with Radio Ostra")});
  ASSERT_EQ(p.chains.size(), 1u);
  ASSERT_EQ(p.chains[0].steps.size(), 4u);
  EXPECT_EQ(p.chains[0].steps[0].how, "speaker");
  EXPECT_EQ(p.chains[0].steps[1].label, "Radio Ostra");
  EXPECT_EQ(p.chains[0].origin_key, OutletKey("Radio Ostra"));
}

TEST(Resolve, NearDuplicateCopiesOfOneArticleAreOneSource) {
  // The Daily Gazette and the Northern Echo ran one wire story (the Echo's copy lightly edited):
  // "2 reports, 2 independent sources" before; one source now, unless a copy names its own
  // primary route.
  ClaimReport gazette = R("g", "Daily Gazette", {});
  ClaimReport echo = R("e", "Northern Echo", {});
  echo.copy_of = "g";
  ClaimReport herald = R("h", "Herald", {});
  herald.copy_of = "g";
  ClaimReport times = R("t", "The Times", {});
  Provenance p = TraceProvenance(C(), {echo, gazette, herald, times});
  EXPECT_EQ(p.independent_sources(), 2u);
  EXPECT_EQ(p.chains[0].origin_key, p.chains[1].origin_key);
  EXPECT_EQ(p.chains[2].origin_key, p.chains[1].origin_key);
  EXPECT_EQ(p.chains[3].origin_key, "times");
  ClaimReport own = R("o", "Observer", {V("BBC", ViaRelation::kTold)});
  own.copy_of = "g";
  p = TraceProvenance(C(), {gazette, own});
  EXPECT_EQ(p.independent_sources(), 2u);
}

TEST(Resolve, CircularReportingIsFlagged) {
  // Alpha relays Beta, Beta relays Alpha.
  const Provenance p = TraceProvenance(C(), {R("a", "Alpha", {V("Beta", ViaRelation::kPer)}),
                                             R("b", "Beta", {V("Alpha", ViaRelation::kReported)})});
  EXPECT_TRUE(p.circular);
  ASSERT_EQ(p.cycles.size(), 1u);
  EXPECT_THAT(p.cycles[0], UnorderedElementsAre("Alpha", "Beta"));
  // An outlet relaying a report that itself relays the outlet.
  const Provenance q = TraceProvenance(
      C(), {R("t", "The Times",
              {V("The Times", ViaRelation::kReported), V("Metro", ViaRelation::kPer)})});
  EXPECT_TRUE(q.circular);
  EXPECT_THAT(q.cycles[0], UnorderedElementsAre("Metro", "The Times"));
}

TEST(Resolve, EmptyReportsGiveEmptyProvenance) {
  const Provenance p = TraceProvenance(C(), {});
  EXPECT_EQ(p.independent_sources(), 0u);
  EXPECT_TRUE(p.chains.empty());
  EXPECT_FALSE(p.circular);
}

TEST(Resolve, ReportsWithoutOutletAreTheirOwnSource) {
  const Provenance p = TraceProvenance(C(), {R("x", "", {}), R("y", "", {})});
  EXPECT_EQ(p.independent_sources(), 2u);
  EXPECT_THAT(p.chains[0].steps.back().label, "x");
}

}  // namespace
}  // namespace claimtrace::resolve
