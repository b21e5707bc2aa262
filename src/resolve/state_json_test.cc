// Unit tests for state_json.h: round trips of every record, rejection of damaged rows.
#include "resolve/state_json.h"

#include <gtest/gtest.h>

#include "resolve/resolver.h"
#include "resolve/test_documents.h"

namespace claimtrace::resolve {
namespace {

TEST(Resolve, GlobalEntityRoundTrips) {
  GlobalEntity e;
  e.id = 12;
  e.type = EntityType::kPerson;
  e.name = "Kirill Budanov";
  e.aliases = {{"Kirill Budanov", 3}, {"Кирило Буданов", 1}};
  e.given_names = {{"Kirill", 3}, {"Kyrylo", 1}};
  e.surname_key = "budanov";
  e.role_words = {{"intelligenc", 2}};
  e.cooccurring = {{4, 2}, {99, 1}};
  e.type_votes = {{EntityType::kPerson, 4}, {EntityType::kMisc, 1}};
  e.documents = 4;
  e.first_document = "abc";
  auto back = GlobalEntityFromJson(ToJson(e));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(ToJson(*back), ToJson(e));
  EXPECT_EQ(back->cooccurring.at(99), 1u);
  EXPECT_EQ(back->aliases.at("Кирило Буданов"), 1u);
}

TEST(Resolve, DuplicateRecordRoundTripsItsSignature) {
  DuplicateRecord r;
  r.doc_id = "d1";
  r.published = "2024-01-02";
  r.sequence = 7;
  r.signature = MinHasher().Compute("one two three four five six seven eight nine ten");
  r.group = "d0";
  auto back = DuplicateRecordFromJson(ToJson(r));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->signature.mins, r.signature.mins);
  EXPECT_EQ(back->signature.shingles, r.signature.shingles);
  EXPECT_EQ(back->group, "d0");
}

TEST(Resolve, StoryClaimReportAndFigureRecordsRoundTrip) {
  StoryCluster s;
  s.id = 3;
  s.terms = {{"flood", 1.5}, {"adig", 0.7}};
  s.entities = {{5, 0.9}};
  s.first_date = "2024-05-14";
  s.last_date = "2024-05-15";
  s.documents = 2;
  auto sb = StoryClusterFromJson(ToJson(s));
  ASSERT_TRUE(sb.ok());
  EXPECT_EQ(ToJson(*sb), ToJson(s));

  Claim c;
  c.id = 9;
  c.speaker_key = "g12";
  c.speaker_kind = SpeakerKind::kPerson;
  c.words = {"lost", "war"};
  c.numbers = {7000};
  c.entities = {3, 4};
  auto cb = ClaimFromJson(ToJson(c));
  ASSERT_TRUE(cb.ok());
  EXPECT_EQ(ToJson(*cb), ToJson(c));

  ClaimReport r;
  r.doc_id = "d1";
  r.statement = 2;
  r.via = {{ViaRelation::kInterview, "Radio Liberty", "radio liberty"},
           {ViaRelation::kPer, "Metro", "metro"}};
  r.hedged = true;
  r.copy_of = "00aa11bb22cc33dd";
  auto rb = ClaimReportFromJson(ToJson(r));
  ASSERT_TRUE(rb.ok());
  EXPECT_EQ(ToJson(*rb), ToJson(r));
  EXPECT_EQ(rb->copy_of, r.copy_of);

  FigureFact f;
  f.id = 1;
  f.low = 7000;
  f.high = 15000;
  f.qualifier = Qualifier::kRange;
  f.subjects = {"russi"};
  f.places = {8};
  auto fb = FigureFactFromJson(ToJson(f));
  ASSERT_TRUE(fb.ok());
  EXPECT_EQ(ToJson(*fb), ToJson(f));
}

TEST(Resolve, DamagedRecordsAreCorruptionNotCrashes) {
  EXPECT_EQ(GlobalEntityFromJson("{not json").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(GlobalEntityFromJson("[1,2]").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(GlobalEntityFromJson(R"({"id": "twelve"})").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(GlobalEntityFromJson(R"({"type": "ALIEN"})").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(GlobalEntityFromJson(R"({"cooccurring": {"x1": 2}})").status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(DuplicateRecordFromJson(R"({"doc": "d", "signature": "xyz"})").status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(DuplicateRecordFromJson(R"({"signature": ""})").status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(ClaimFromJson(R"({"words": "war"})").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ClaimReportFromJson(R"({"via": [{"relation": "teleported"}]})").status().code(),
            StatusCode::kCorruption);
  EXPECT_EQ(FigureFactFromJson(R"({"low": "many"})").status().code(), StatusCode::kCorruption);
  // Unknown fields are ignored, missing ones take defaults.
  auto e = GlobalEntityFromJson(R"({"id": 3, "future_field": [1]})");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->id, 3u);
  EXPECT_EQ(e->type, EntityType::kMisc);
}

// Every entity record the resolver writes survives the trip through its persistent form.
TEST(Resolve, ResolverStateSurvivesSerialisation) {
  InMemoryResolveState state;
  auto resolver = Resolver::Create(state.states()).value();
  Document doc = DocBuilder("d1", "Kirill Budanov met Christo Grozev in Kyiv.")
                     .AddEntity("Kirill Budanov", EntityType::kPerson, {}, {"spy chief"})
                     .AddEntity("Christo Grozev", EntityType::kPerson)
                     .AddEntity("Kyiv", EntityType::kGpe)
                     .Build()
                     .value();
  ASSERT_TRUE(resolver->Add(doc).ok());
  ASSERT_EQ(state.entities.entities().size(), 3u);
  for (const auto& [id, e] : state.entities.entities()) {
    auto back = GlobalEntityFromJson(ToJson(e));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(ToJson(*back), ToJson(e));
  }
}

}  // namespace
}  // namespace claimtrace::resolve
