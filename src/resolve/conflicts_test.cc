// Unit tests for conflicts.h: the seed-style NATO/Russia/Ukraine conflicts and the cases that
// must not conflict (bounds, other events, places, subjects, dates, same source).
#include "resolve/conflicts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "resolve/test_documents.h"

namespace claimtrace::resolve {
namespace {

using ::testing::UnorderedElementsAre;

constexpr uint64_t kNato = 1, kRussia = 2, kUkraine = 3, kRussian = 4, kKyiv = 5, kMariupol = 6;

class ConflictsTest : public ::testing::Test {
 protected:
  std::vector<FigureConflict> Add(const Document& doc, std::vector<uint64_t> ids,
                                  uint64_t story = 1) {
    auto r = detector_.Add(doc, ids, story);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : std::vector<FigureConflict>{};
  }
  InMemoryFigureState state_;
  ConflictDetector detector_{&state_};
};

// NATO and Russia in one article, as the seeds have it.
Document NatoAndRussia(const std::string& id = "d1", const std::string& date = "2022-03-23") {
  const std::string text =
      "NATO estimated that between 7,000 and 15,000 Russian soldiers have been killed in "
      "Ukraine.\nRussia said that nearly 500 soldiers had been killed.";
  return DocBuilder(id, text)
      .Outlet("Daily Planet")
      .Published(date)
      .AddEntity("NATO", EntityType::kOrg)
      .AddEntity("Russia", EntityType::kGpe)
      .AddEntity("Ukraine", EntityType::kGpe)
      .AddEntity("Russian", EntityType::kNorp)
      .AddStatement({.content = "between 7,000 and 15,000 Russian soldiers have been killed in "
                                "Ukraine",
                     .cue = "estimated",
                     .speaker_entity = "e1"})
      .AddStatement(
          {.content = "nearly 500 soldiers had been killed", .cue = "said", .speaker_entity = "e2"})
      .AddFigure({.text = "between 7,000 and 15,000",
                  .low = 7000,
                  .high = 15000,
                  .qualifier = Qualifier::kRange,
                  .unit = "people",
                  .what = "Russian soldiers killed",
                  .statement = 0})
      .AddFigure({.text = "nearly 500",
                  .low = 500,
                  .high = 500,
                  .qualifier = Qualifier::kApprox,
                  .unit = "people",
                  .what = "soldiers killed",
                  .statement = 1})
      .Build()
      .value();
}

TEST_F(ConflictsTest, NatoAndRussiaCasualtyFiguresConflict) {
  const auto conflicts = Add(NatoAndRussia(), {kNato, kRussia, kUkraine, kRussian});
  ASSERT_EQ(conflicts.size(), 1u);
  const FigureConflict& c = conflicts[0];
  EXPECT_EQ(c.earlier.source, "NATO");
  EXPECT_EQ(c.later.source, "Russia");
  EXPECT_EQ(c.earlier.text, "between 7,000 and 15,000");
  EXPECT_EQ(c.later.text, "nearly 500");
  EXPECT_EQ(c.earlier.event, "killed");
  EXPECT_EQ(c.earlier.thing, "military");
  EXPECT_EQ(c.topic, "military killed (russi)");
}

TEST_F(ConflictsTest, AFigureAboutAnotherPlaceInTheSameArticleIsAnotherTopic) {
  // Ukraine and Russia are the article's places; Afghanistan is named once, for a comparison.
  const std::string text =
      "NATO said 30,000 to 40,000 Russian soldiers were killed or wounded. Russia denies it. "
      "Ukraine says more. Russia and Ukraine talk.\nBy comparison, the Soviet army lost about "
      "15,000 soldiers in Afghanistan over 10 years.";
  Document doc = DocBuilder("d1", text)
                     .Outlet("Daily Planet")
                     .Published("2022-03-23")
                     .AddEntity("NATO", EntityType::kOrg)
                     .AddEntity("Russia", EntityType::kGpe)
                     .AddEntity("Ukraine", EntityType::kGpe)
                     .AddEntity("Afghanistan", EntityType::kGpe)
                     .AddStatement({.content = "30,000 to 40,000 Russian soldiers were killed or "
                                               "wounded",
                                    .cue = "said",
                                    .speaker_entity = "e1"})
                     .AddFigure({.text = "30,000 to 40,000",
                                 .low = 30000,
                                 .high = 40000,
                                 .qualifier = Qualifier::kRange,
                                 .unit = "people",
                                 .what = "Russian soldiers killed or wounded",
                                 .statement = 0})
                     .AddFigure({.text = "about 15,000",
                                 .low = 15000,
                                 .high = 15000,
                                 .qualifier = Qualifier::kApprox,
                                 .unit = "people",
                                 .what = "soldiers lost"})
                     .Build()
                     .value();
  EXPECT_TRUE(Add(doc, {kNato, kRussia, kUkraine, 7}).empty());
}

TEST_F(ConflictsTest, GeneralsClaimedByUkraineConflictWithRussiaAcrossArticles) {
  Add(NatoAndRussia(), {kNato, kRussia, kUkraine, kRussian});
  const std::string t1 = "Ukraine claims to have killed six Russian generals.";
  Document a =
      DocBuilder("g1", t1)
          .Outlet("Kyiv Herald")
          .Published("2022-03-24")
          .AddEntity("Ukraine", EntityType::kGpe)
          .AddStatement({.content = "to have killed six Russian generals", .speaker_entity = "e1"})
          .AddFigure({.text = "six",
                      .low = 6,
                      .high = 6,
                      .unit = "people",
                      .what = "Russian generals killed",
                      .statement = 0})
          .Build()
          .value();
  const std::string t2 = "Russia acknowledges just one dead general.";
  Document b = DocBuilder("g2", t2)
                   .Outlet("Moscow Times")
                   .Published("2022-03-25")
                   .AddEntity("Russia", EntityType::kGpe)
                   .AddStatement({.content = "just one dead general", .speaker_entity = "e1"})
                   .AddFigure({.text = "one",
                               .low = 1,
                               .high = 1,
                               .unit = "people",
                               .what = "dead general",
                               .statement = 0})
                   .Build()
                   .value();
  EXPECT_TRUE(Add(a, {kUkraine}).empty());
  const auto conflicts = Add(b, {kRussia});
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].earlier.source, "Ukraine");
  EXPECT_EQ(conflicts[0].later.source, "Russia");
  EXPECT_EQ(conflicts[0].earlier.thing, "general");
}

TEST_F(ConflictsTest, CompatibleOrUnrelatedFiguresDoNotConflict) {
  auto doc = [](const std::string& id, const std::string& date, const std::string& text,
                const std::string& fig, double lo, double hi, Qualifier q, const std::string& what,
                const std::string& place) {
    DocBuilder b(id, text);
    b.Outlet("Outlet " + id).Published(date);
    if (!place.empty()) b.AddEntity(place, EntityType::kGpe);
    b.AddFigure(
        {.text = fig, .low = lo, .high = hi, .qualifier = q, .unit = "people", .what = what});
    return b.Build().value();
  };
  // Lower bounds never contradict each other.
  EXPECT_TRUE(Add(doc("a1", "2022-03-23", "At least 121 children were killed.", "At least 121", 121,
                      121, Qualifier::kAtLeast, "children killed", ""),
                  {})
                  .empty());
  EXPECT_TRUE(Add(doc("a2", "2022-03-24", "At least 200 children were killed.", "At least 200", 200,
                      200, Qualifier::kAtLeast, "children killed", ""),
                  {})
                  .empty());
  // Killed and wounded are different things.
  EXPECT_TRUE(Add(doc("b1", "2022-03-23", "1,600 soldiers were wounded.", "1,600", 1600, 1600,
                      Qualifier::kExact, "soldiers wounded", ""),
                  {})
                  .empty());
  // Different places.
  EXPECT_TRUE(Add(doc("c1", "2022-03-23", "In Kyiv 264 civilians were killed.", "264", 264, 264,
                      Qualifier::kExact, "civilians killed", "Kyiv"),
                  {kKyiv})
                  .empty());
  EXPECT_TRUE(Add(doc("c2", "2022-03-23", "In Mariupol 2,300 civilians were killed.", "2,300", 2300,
                      2300, Qualifier::kExact, "civilians killed", "Mariupol"),
                  {kMariupol})
                  .empty());
  // Far apart in time.
  EXPECT_TRUE(Add(doc("d1", "2022-01-01", "300 soldiers were wounded.", "300", 300, 300,
                      Qualifier::kExact, "soldiers wounded", ""),
                  {})
                  .empty());
  // Different subjects.
  EXPECT_TRUE(
      Add(doc("e1", "2022-03-23", "About 1,300 Ukrainian servicemen were killed.", "About 1,300",
              1300, 1300, Qualifier::kApprox, "Ukrainian servicemen killed", ""),
          {})
          .empty());
  EXPECT_TRUE(
      Add(doc("e2", "2022-03-23", "About 9,000 Russian servicemen were killed.", "About 9,000",
              9000, 9000, Qualifier::kApprox, "Russian servicemen killed", ""),
          {})
          .empty());
}

TEST_F(ConflictsTest, ACountryWithoutASubjectSpeaksOfItsOwnSide) {
  const std::string text =
      "Zelensky said about 1,300 Ukrainian servicemen had been killed.\nRussia said nearly 500 "
      "soldiers had been killed.";
  Document d =
      DocBuilder("z1", text)
          .Published("2022-03-23")
          .AddEntity("Zelensky", EntityType::kPerson)
          .AddEntity("Russia", EntityType::kGpe)
          .AddStatement({.content = "about 1,300 Ukrainian servicemen had been killed",
                         .speaker_entity = "e1"})
          .AddStatement({.content = "nearly 500 soldiers had been killed", .speaker_entity = "e2"})
          .AddFigure({.text = "about 1,300",
                      .low = 1300,
                      .high = 1300,
                      .qualifier = Qualifier::kApprox,
                      .unit = "people",
                      .what = "Ukrainian servicemen killed",
                      .statement = 0})
          .AddFigure({.text = "nearly 500",
                      .low = 500,
                      .high = 500,
                      .qualifier = Qualifier::kApprox,
                      .unit = "people",
                      .what = "soldiers killed",
                      .statement = 1})
          .Build()
          .value();
  EXPECT_TRUE(Add(d, {10, kRussia}).empty());  // Ukrainian losses vs Russian losses
  const FigureFact russia = MakeFigureFact(d, 1, {10, kRussia}, 1);
  EXPECT_EQ(russia.subjects, std::vector<std::string>{"russi"});
}

TEST_F(ConflictsTest, SameSourceInOneArticleIsNotAConflict) {
  const std::string text = "Officials said 300 were killed, and later that 320 were killed.";
  Document d = DocBuilder("s1", text)
                   .Outlet("Planet")
                   .Published("2022-03-01")
                   .AddFigure({.text = "300", .low = 300, .high = 300, .what = "killed"})
                   .AddFigure({.text = "320", .low = 320, .high = 320, .what = "killed"})
                   .Build()
                   .value();
  EXPECT_TRUE(Add(d, {}).empty());
}

TEST(Resolve, FactIntervalsFollowQualifiers) {
  FigureFact f;
  f.low = f.high = 100;
  f.qualifier = Qualifier::kApprox;
  EXPECT_NEAR(FactInterval(f).first, 85.0, 1e-9);
  EXPECT_NEAR(FactInterval(f).second, 115.0, 1e-9);
  f.qualifier = Qualifier::kAtMost;
  EXPECT_EQ(FactInterval(f).first, 0.0);
  f.qualifier = Qualifier::kAtLeast;
  EXPECT_TRUE(std::isinf(FactInterval(f).second));
}

TEST(Resolve, CountsWithNoEventAndNoSpecificThingAreNeverATopic) {
  FigureFact a, b;
  a.doc_id = "d1";
  b.doc_id = "d2";
  a.source_key = "x";
  b.source_key = "y";
  a.published = b.published = "2024-03-14";
  a.story = b.story = 5;
  a.unit = b.unit = "count";
  a.low = a.high = 3;
  b.low = b.high = 43;
  for (const char* thing : {"count", "people", ""}) {
    a.thing = b.thing = thing;
    a.event = b.event = "";
    EXPECT_FALSE(SameTopic(a, b)) << thing;
    a.event = b.event = "killed";
    EXPECT_TRUE(SameTopic(a, b)) << thing;
    EXPECT_TRUE(Disagree(a, b)) << thing;
  }
  a.event = b.event = "";
  a.thing = b.thing = "tonn";  // a specific thing needs no event
  EXPECT_TRUE(SameTopic(a, b));
}

// Across articles, two facts that name neither subjects nor places are one topic only within
// one story; a subject or a place on both sides is evidence enough.
TEST(Resolve, SilentFactsOfDifferentStoriesAreNotATopic) {
  FigureFact a, b;
  a.doc_id = "d1";
  b.doc_id = "d2";
  a.source_key = "x";
  b.source_key = "y";
  a.published = b.published = "2024-03-14";
  a.unit = b.unit = "count";
  a.thing = b.thing = "place";
  a.story = 1;
  b.story = 2;
  EXPECT_FALSE(SameTopic(a, b));
  b.story = 1;
  EXPECT_TRUE(SameTopic(a, b));
  b.story = 2;
  a.subjects = {"russi"};
  EXPECT_FALSE(SameTopic(a, b));  // one side silent
  b.subjects = {"russi"};
  EXPECT_TRUE(SameTopic(a, b));
  b.subjects = {"ukrai"};
  EXPECT_FALSE(SameTopic(a, b));  // contradicting subjects
  a.subjects.clear();
  b.subjects.clear();
  a.places = {7};
  b.places = {7};
  EXPECT_TRUE(SameTopic(a, b));
}

// A small fixed taxonomy standing in for WordNet.
class FakeTaxonomy final : public NounTaxonomy {
 public:
  std::vector<std::string> Broader(std::string_view noun) const override {
    if (noun == "wheat" || noun == "rice" || noun == "barley") return {"grain", "cereal"};
    if (noun == "diesel") return {"fuel"};
    return {};
  }
};

// One tonnage figure in its own article, spoken by `speaker`.
Document TonnageReport(const std::string& id, const std::string& speaker,
                       const std::string& sentence, const std::string& figure, double value,
                       const std::string& what) {
  return DocBuilder(id, speaker + " said " + sentence + ".")
      .Outlet("Outlet " + id)
      .Published("2025-03-11")
      .AddEntity(speaker, EntityType::kPerson)
      .AddStatement({.content = sentence, .cue = "said", .speaker_entity = "e1"})
      .AddFigure({.text = figure,
                  .low = value,
                  .high = value,
                  .qualifier = Qualifier::kApprox,
                  .unit = "t",
                  .what = what,
                  .statement = 0})
      .Build()
      .value();
}

TEST(Resolve, GoodsLostAndDestroyedAreOneEventButDamagedIsAnother) {
  InMemoryFigureState state;
  ConflictDetector detector(&state);
  ASSERT_TRUE(
      detector
          .Add(TonnageReport("a", "Teodor Balan", "about 12,000 tonnes of wheat had been lost",
                             "about 12,000 tonnes", 12000, "wheat lost"),
               {11}, 1)
          .ok());
  auto burned =
      detector.Add(TonnageReport("b", "Pavel Druga", "about 30,000 tonnes of wheat burned",
                                 "about 30,000 tonnes", 30000, "wheat burned"),
                   {12}, 1);
  ASSERT_TRUE(burned.ok());
  ASSERT_EQ(burned->size(), 1u);
  EXPECT_EQ((*burned)[0].topic, "wheat destroyed [t]");
  auto damaged =
      detector.Add(TonnageReport("c", "Dana Reuss", "about 90,000 tonnes of wheat were damaged",
                                 "about 90,000 tonnes", 90000, "wheat damaged"),
                   {13}, 1);
  ASSERT_TRUE(damaged.ok());
  EXPECT_TRUE(damaged->empty());
  // People "lost" stay casualties.
  const Document lost_people =
      TonnageReport("d", "Lidia Morav", "about 40 people were lost", "about 40", 40, "people lost");
  EXPECT_EQ(MakeFigureFact(lost_people, 0, {14}, 1).event, "casualties");
  // So do counts that are not measured amounts ("250 Americans lost", "jobs lost").
  Document counted = TonnageReport("e", "Lidia Morav", "about 250 Americans were lost", "about 250",
                                   250, "Americans lost");
  counted.figures[0].unit.reset();
  EXPECT_EQ(MakeFigureFact(counted, 0, {14}, 1).event, "casualties");
}

TEST(Resolve, AThingAndItsBroaderNounAreOneTopicInOneStoryOnly) {
  FakeTaxonomy taxonomy;
  InMemoryFigureState state;
  ConflictDetector detector(&state, {.taxonomy = &taxonomy});
  auto add = [&](const Document& d, uint64_t speaker, uint64_t story) {
    auto r = detector.Add(d, {speaker}, story);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : std::vector<FigureConflict>{};
  };
  EXPECT_TRUE(add(TonnageReport("a", "Teodor Balan", "about 12,000 tonnes of wheat had been lost",
                                "about 12,000 tonnes", 12000, "wheat lost"),
                  11, 1)
                  .empty());
  // Rice is grain too, but not wheat: no conflict between two narrower nouns.
  EXPECT_TRUE(add(TonnageReport("b", "Irena Vasko", "about 500 tonnes of rice had been lost",
                                "about 500 tonnes", 500, "rice lost"),
                  12, 1)
                  .empty());
  // Fuel is no grain.
  EXPECT_TRUE(add(TonnageReport("c", "Dana Reuss", "about 40 tonnes of diesel were destroyed",
                                "about 40 tonnes", 40, "diesel destroyed"),
                  13, 1)
                  .empty());
  // Grain in another story is another loss.
  EXPECT_TRUE(add(TonnageReport("d", "Lidia Morav", "about 9,000 tonnes of grain were destroyed",
                                "about 9,000 tonnes", 9000, "grain destroyed"),
                  14, 2)
                  .empty());
  // Grain in the same story: the wheat figure (the story's rice figure too is grain, and
  // disagrees) is the same loss at another level.
  const auto found =
      add(TonnageReport("e", "Pavel Druga", "about 5,000 tonnes of grain were destroyed",
                        "about 5,000 tonnes", 5000, "grain destroyed"),
          15, 1);
  ASSERT_EQ(found.size(), 2u);
  std::set<std::string> things;
  for (const FigureConflict& c : found) {
    EXPECT_EQ(c.topic, "grain destroyed [t]");
    things.insert(c.earlier.thing);
  }
  EXPECT_EQ(things, (std::set<std::string>{"wheat", "rice"}));
  // Without a taxonomy the same documents give no conflict between wheat and grain.
  InMemoryFigureState plain_state;
  ConflictDetector plain(&plain_state);
  ASSERT_TRUE(
      plain
          .Add(TonnageReport("a", "Teodor Balan", "about 12,000 tonnes of wheat had been lost",
                             "about 12,000 tonnes", 12000, "wheat lost"),
               {11}, 1)
          .ok());
  auto none =
      plain.Add(TonnageReport("e", "Pavel Druga", "about 5,000 tonnes of grain were destroyed",
                              "about 5,000 tonnes", 5000, "grain destroyed"),
                {15}, 1);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(Resolve, ConflictsRecordedPerFactAreCapped) {
  InMemoryFigureState state;
  ConflictDetector detector(&state, {.max_conflicts_per_fact = 2});
  size_t total = 0;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(100 * (i + 1));
    Result<Document> doc =
        DocBuilder("d" + std::to_string(i), "Officials said " + n + " soldiers were killed.")
            .Published("2024-03-14")
            .Outlet("Outlet " + std::to_string(i))
            .AddFigure({.text = n,
                        .low = 100.0 * (i + 1),
                        .high = 100.0 * (i + 1),
                        .unit = "count",
                        .what = "soldiers killed"})
            .Build();
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    Result<std::vector<FigureConflict>> c = detector.Add(*doc, {}, 1);
    ASSERT_TRUE(c.ok());
    EXPECT_LE(c->size(), 2u);
    total += c->size();
  }
  EXPECT_EQ(total, 0u + 1 + 2 + 2 + 2 + 2);  // every new figure disagrees with all before it
}

TEST(Resolve, GroupConflictsJoinsPairsIntoTopics) {
  FigureFact a, b, c;
  a.id = 1;
  b.id = 2;
  c.id = 3;
  a.source = "NATO";
  b.source = "Russia";
  c.source = "Ukraine";
  const auto groups = GroupConflicts({{"military killed", a, b}, {"military killed", b, c}});
  ASSERT_EQ(groups.size(), 1u);
  std::vector<std::string> sources;
  for (const auto& f : groups[0].facts) sources.push_back(f.source);
  EXPECT_THAT(sources, UnorderedElementsAre("NATO", "Russia", "Ukraine"));
}

}  // namespace
}  // namespace claimtrace::resolve
