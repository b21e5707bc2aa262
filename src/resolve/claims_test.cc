// Unit tests for claims.h: paraphrase grouping, speaker keys, numbers and entities that must
// agree, anonymous speakers scoped to a story, report paths.
#include "resolve/claims.h"

#include <gtest/gtest.h>

#include <set>

#include "resolve/state_json.h"
#include "resolve/test_documents.h"

namespace claimtrace::resolve {
namespace {

constexpr uint64_t kGrozev = 7;
constexpr uint64_t kPutin = 8;
constexpr uint64_t kShoigu = 9;

// A document in which entity e1 (global id `speaker`) says `content`.
Document Said(const std::string& id, const std::string& speaker_name, const std::string& content,
              const std::string& outlet = "Metro") {
  const std::string text = speaker_name + " said " + content + ".";
  return DocBuilder(id, text)
      .Outlet(outlet)
      .Published("2024-05-01")
      .AddEntity(speaker_name, EntityType::kPerson)
      .AddEntity("Putin", EntityType::kPerson)
      .AddEntity("Shoigu", EntityType::kPerson)
      .AddStatement({.content = content, .cue = "said", .speaker_entity = "e1"})
      .Build()
      .value();
}

class ClaimsTest : public ::testing::Test {
 protected:
  uint64_t Add(const Document& doc, uint64_t speaker, uint64_t story = 1) {
    auto r = grouper_.Add(doc, {speaker, kPutin, kShoigu}, story);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() && !r->empty() ? (*r)[0] : 0;
  }
  InMemoryClaimState state_;
  ClaimGrouper grouper_{&state_};
};

TEST_F(ClaimsTest, ParaphrasesOfOneSpeakerAreOneClaim) {
  const uint64_t a = Add(Said("d1", "Christo Grozev",
                              "the informed elite within the security forces understand that the "
                              "war is lost"),
                         kGrozev);
  const uint64_t b = Add(Said("d2", "Grozev",
                              "the informed elite in the security forces understands the war is "
                              "lost",
                              "Newsweek"),
                         kGrozev);
  const uint64_t c =
      Add(Said("d3", "Grozev", "mass mobilisation would cause a social explosion"), kGrozev);
  EXPECT_NE(a, 0u);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  std::vector<ClaimReport> reports;
  ASSERT_TRUE(state_.Reports(a, &reports).ok());
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[1].outlet, "Newsweek");
  EXPECT_EQ(state_.claims().at(a).reports, 2u);
}

TEST_F(ClaimsTest, DifferentSpeakersMakeDifferentClaims) {
  const uint64_t a = Add(Said("d1", "Christo Grozev", "the war in Ukraine is lost"), kGrozev);
  const uint64_t b = Add(Said("d2", "Lavrov", "the war in Ukraine is lost"), 42);
  EXPECT_NE(a, b);
}

TEST_F(ClaimsTest, NumbersMustAgree) {
  const uint64_t a = Add(Said("d1", "Grozev", "7,000 soldiers have been killed so far"), kGrozev);
  const uint64_t b = Add(Said("d2", "Grozev", "7000 soldiers have been killed so far"), kGrozev);
  const uint64_t c = Add(Said("d3", "Grozev", "8,000 soldiers have been killed so far"), kGrozev);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

TEST_F(ClaimsTest, NamedEntitiesMustAgree) {
  const uint64_t a =
      Add(Said("d1", "Grozev", "Putin would need a full mobilisation to win the war"), kGrozev);
  const uint64_t b =
      Add(Said("d2", "Grozev", "Shoigu would need a full mobilisation to win the war"), kGrozev);
  const uint64_t c =
      Add(Said("d3", "Grozev", "a full mobilisation would be needed to win the war"), kGrozev);
  EXPECT_NE(a, b);
  EXPECT_EQ(c, a);  // no entity named: compatible with either; the first match wins
}

TEST_F(ClaimsTest, AnonymousSpeakersMeetOnlyWithinAStory) {
  auto anon = [](const std::string& id, const std::string& who) {
    const std::string text = who + " said Russian forces were running short of fuel.";
    return DocBuilder(id, text)
        .AddStatement({.content = "Russian forces were running short of fuel",
                       .cue = "said",
                       .speaker_text = who,
                       .speaker_kind = SpeakerKind::kAnonymousOfficial})
        .Build()
        .value();
  };
  auto add = [&](const Document& d, uint64_t story) {
    return grouper_.Add(d, {}, story).value()[0];
  };
  const uint64_t a = add(anon("d1", "A senior NATO military official"), 5);
  const uint64_t b = add(anon("d2", "A NATO military official"), 5);
  const uint64_t c = add(anon("d3", "A NATO military official"), 6);
  const uint64_t d = add(anon("d4", "A Ukrainian official"), 5);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_NE(a, d);
}

TEST_F(ClaimsTest, ReportsKeepTheirPath) {
  const std::string text =
      "Grozev said the war is lost in an interview with Radio Liberty, per Metro, citing FSB "
      "contacts.";
  Document doc =
      DocBuilder("d1", text)
          .Outlet("Newsweek")
          .AddEntity("Grozev", EntityType::kPerson)
          .AddStatement({.content = "the war is lost",
                         .speaker_entity = "e1",
                         .via = {{"in an interview with Radio Liberty", ViaRelation::kInterview},
                                 {"per Metro", ViaRelation::kPer}},
                         .citing = "FSB contacts",
                         .hedged = true})
          .Build()
          .value();
  const uint64_t id = grouper_.Add(doc, {kGrozev}, 1).value()[0];
  std::vector<ClaimReport> reports;
  ASSERT_TRUE(state_.Reports(id, &reports).ok());
  ASSERT_EQ(reports.size(), 1u);
  const ClaimReport& r = reports[0];
  ASSERT_EQ(r.via.size(), 2u);
  EXPECT_EQ(r.via[0].name, "Radio Liberty");
  EXPECT_EQ(r.via[0].key, "radio liberty");
  EXPECT_EQ(r.via[1].name, "Metro");
  EXPECT_EQ(r.citing, "FSB contacts");
  EXPECT_TRUE(r.hedged);
  EXPECT_EQ(r.outlet_key, "newsweek");
}

TEST_F(ClaimsTest, StatementWithoutRouteTakesTheSpeakersRouteInTheArticle) {
  const std::string text =
      "Grozev said the elite is split. Grozev told Radio Liberty that the war is lost. Putin "
      "said nothing had changed.";
  Document doc = DocBuilder("d1", text)
                     .Outlet("Metro")
                     .AddEntity("Grozev", EntityType::kPerson)
                     .AddEntity("Putin", EntityType::kPerson)
                     .AddStatement({.content = "the elite is split", .speaker_entity = "e1"})
                     .AddStatement({.content = "the war is lost",
                                    .speaker_entity = "e1",
                                    .via = {{"told Radio Liberty", ViaRelation::kTold}},
                                    .citing = "Grozev"})
                     .AddStatement({.content = "nothing had changed", .speaker_entity = "e2"})
                     .Build()
                     .value();
  const std::vector<uint64_t> ids = grouper_.Add(doc, {kGrozev, kPutin}, 1).value();
  ASSERT_EQ(ids.size(), 3u);
  std::vector<ClaimReport> split, lost, unchanged;
  ASSERT_TRUE(state_.Reports(ids[0], &split).ok());
  ASSERT_TRUE(state_.Reports(ids[1], &lost).ok());
  ASSERT_TRUE(state_.Reports(ids[2], &unchanged).ok());
  ASSERT_EQ(split.size(), 1u);
  ASSERT_EQ(split[0].via.size(), 1u);  // the route, not the other statement's citing
  EXPECT_EQ(split[0].via[0].name, "Radio Liberty");
  EXPECT_EQ(split[0].via[0].relation, ViaRelation::kTold);
  EXPECT_TRUE(split[0].via[0].inferred);
  ASSERT_EQ(lost.size(), 1u);
  ASSERT_EQ(lost[0].via.size(), 1u);
  EXPECT_FALSE(lost[0].via[0].inferred);
  // Another speaker's statement keeps no route.
  ASSERT_EQ(unchanged.size(), 1u);
  EXPECT_TRUE(unchanged[0].via.empty());
  // The flag survives the record's JSON form.
  Result<ClaimReport> back = ClaimReportFromJson(ToJson(split[0]));
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->via.size(), 1u);
  EXPECT_TRUE(back->via[0].inferred);
}

TEST_F(ClaimsTest, AnArticleRepeatingAClaimIsOneReport) {
  // The demo's "a calmer year" was 2 reports from one article: a lead and a later line of the
  // same article saying the same thing are one report; another article is a second one.
  const std::string text = "Grozev said the war is lost. Later Grozev said again the war is lost.";
  Document doc = DocBuilder("d1", text)
                     .Outlet("Metro")
                     .AddEntity("Grozev", EntityType::kPerson)
                     .AddStatement({.content = "the war is lost", .speaker_entity = "e1"})
                     .AddStatement({.content = "the war is lost", .speaker_entity = "e1"})
                     .Build()
                     .value();
  const std::vector<uint64_t> ids = grouper_.Add(doc, {kGrozev}, 1).value();
  ASSERT_EQ(ids.size(), 2u);
  ASSERT_NE(ids[0], 0u);
  EXPECT_EQ(ids[1], ids[0]);  // both statements carry the claim id
  const uint64_t other = Add(Said("d2", "Grozev", "the war is lost", "Courier"), kGrozev);
  EXPECT_EQ(other, ids[0]);
  Claim claim;
  ASSERT_TRUE(state_.Get(ids[0], &claim).ok());
  EXPECT_EQ(claim.reports, 2u);
  std::vector<ClaimReport> reports;
  ASSERT_TRUE(state_.Reports(ids[0], &reports).ok());
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].doc_id, "d1");
  EXPECT_EQ(reports[0].statement, 0);
  EXPECT_EQ(reports[1].doc_id, "d2");
}

TEST_F(ClaimsTest, ViaDescribingAnEarlierOutletTakesItsName) {
  const std::string text =
      "Radio Svitanok aired the interview. Grozev told the station the war is lost.";
  Document doc = DocBuilder("d1", text)
                     .Outlet("Metro")
                     .AddEntity("Grozev", EntityType::kPerson)
                     .AddEntity("Radio Svitanok", EntityType::kOrg)
                     .AddStatement({.content = "the war is lost",
                                    .speaker_entity = "e1",
                                    .via = {{"told the station", ViaRelation::kTold}}})
                     .Build()
                     .value();
  doc.statements[0].via[0].entity = "e2";  // attribution linked "the station" to the outlet
  const uint64_t id = grouper_.Add(doc, {kGrozev, 2}, 1).value()[0];
  std::vector<ClaimReport> reports;
  ASSERT_TRUE(state_.Reports(id, &reports).ok());
  ASSERT_EQ(reports.size(), 1u);
  ASSERT_EQ(reports[0].via.size(), 1u);
  EXPECT_EQ(reports[0].via[0].name, "Radio Svitanok");
  EXPECT_EQ(reports[0].via[0].key, OutletKey("Radio Svitanok"));
}

TEST_F(ClaimsTest, UnlinkedDescriptionTakesTheOutletNamedInAnEarlierVia) {
  const std::string text =
      "The mayor was wrong, according to Radio Svitanok. Grozev told the station the war is "
      "lost. Grozev told the newspaper nothing.";
  Document doc =
      DocBuilder("d1", text)
          .Outlet("Metro")
          .AddEntity("Grozev", EntityType::kPerson)
          .AddStatement({.content = "The mayor was wrong",
                         .via = {{"according to Radio Svitanok", ViaRelation::kAccordingTo}}})
          .AddStatement({.content = "the war is lost",
                         .speaker_entity = "e1",
                         .via = {{"told the station", ViaRelation::kTold}}})
          .Build()
          .value();
  const std::vector<uint64_t> ids = grouper_.Add(doc, {kGrozev}, 1).value();
  ASSERT_EQ(ids.size(), 2u);
  std::vector<ClaimReport> reports;
  ASSERT_TRUE(state_.Reports(ids[1], &reports).ok());
  ASSERT_EQ(reports.size(), 1u);
  ASSERT_EQ(reports[0].via.size(), 1u);
  EXPECT_EQ(reports[0].via[0].name, "Radio Svitanok");
}

// Paraphrase matching: a person entity e1 (global 21) with the role `role`, a second person e2
// (global 22), and a place e3 (global 23 or 24); `speaker` is the written speaker (a name or a
// description), `when` a time expression inside the content normalised to `when_value`.
constexpr uint64_t kMayor = 21;

Document Paraphrase(const std::string& id, const std::string& speaker, const std::string& content,
                    const std::string& when = "", const std::string& when_value = "",
                    const std::string& place = "Lindau",
                    const std::string& role = "mayor of the town") {
  const std::string text = "Anna Kessler is " + role + ". Lars Bo is here. " + speaker + " said " +
                           content + " in " + place + ".";
  StatementSpec st{.content = content, .cue = "said"};
  if (speaker == "Anna Kessler" || speaker == "Kessler") {
    st.speaker_entity = "e1";
  } else {
    st.speaker_text = speaker;
    st.speaker_kind = SpeakerKind::kAnonymousOfficial;
  }
  Document doc = DocBuilder(id, text)
                     .Published("2024-03-14")
                     .AddEntity("Anna Kessler", EntityType::kPerson, {}, {role})
                     .AddEntity("Lars Bo", EntityType::kPerson)
                     .AddEntity(place, EntityType::kGpe)
                     .AddStatement(st)
                     .Build()
                     .value();
  if (!when.empty()) {
    const size_t at = doc.text.find(when, doc.text.find(" said "));
    doc.times.push_back(
        {.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + when.size())},
         .type = TimeType::kDate,
         .value = when_value});
  }
  return doc;
}

class ParaphraseTest : public ::testing::Test {
 protected:
  uint64_t Add(const Document& doc, uint64_t story = 1, uint64_t place = 23) {
    auto r = grouper_.Add(doc, {kMayor, 22, place}, story);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() && !r->empty() ? (*r)[0] : 0;
  }
  InMemoryClaimState state_;
  ClaimGrouper grouper_{&state_};
};

TEST_F(ParaphraseTest, DifferentlyDatedRewordingBySameSpeakerIsOneClaim) {
  const uint64_t a =
      Add(Paraphrase("d1", "Anna Kessler",
                     "the bridge that collapsed at the harbour had been reported as cracked during "
                     "an inspection in January and was never repaired",
                     "January", "2024-01"));
  // A description that only Kessler's role fits, a different time phrase for the same month, a
  // different place at another precision, and other words around the same key tokens.
  const uint64_t b = Add(Paraphrase("d2", "the town's mayor",
                                    "a bridge blamed for a deadly accident had been reported as "
                                    "cracked two months ago but was never repaired",
                                    "two months ago", "2024-01", "Bavaria"),
                         1, 24);
  EXPECT_NE(a, 0u);
  EXPECT_EQ(a, b);
  EXPECT_EQ(state_.claims().at(a).reports, 2u);
  EXPECT_EQ(state_.claims().at(a).speaker_entity, kMayor);
  // A later report worded like the paraphrase meets it through the claim's variants.
  const uint64_t c = Add(Paraphrase("d3", "Kessler",
                                    "a bridge blamed for the deadly accident had been reported as "
                                    "cracked but was never repaired"));
  EXPECT_EQ(a, c);
}

TEST_F(ParaphraseTest, DifferentClaimsOfOneSpeakerStayApart) {
  const uint64_t a = Add(Paraphrase("d1", "Anna Kessler",
                                    "the bridge at the harbour had been reported as cracked in "
                                    "January and was never repaired",
                                    "January", "2024-01"));
  // Opposite polarity with the same key words.
  const uint64_t b = Add(Paraphrase("d2", "Kessler",
                                    "the cracked bridge at the harbour had been reported and was "
                                    "repaired in January",
                                    "January", "2024-01"));
  // Another month.
  const uint64_t c = Add(Paraphrase("d3", "Kessler",
                                    "the bridge at the harbour was reported as cracked in March "
                                    "and was never repaired",
                                    "March", "2024-03"));
  // Another number outside the time expressions.
  const uint64_t d = Add(Paraphrase("d4", "Kessler",
                                    "3 bridges at the harbour had been reported as cracked in "
                                    "January and were never repaired",
                                    "January", "2024-01"));
  // Another story.
  const uint64_t e = Add(Paraphrase("d5", "Kessler",
                                    "a bridge blamed for an accident had been reported as cracked "
                                    "two months ago but was never repaired",
                                    "two months ago", "2024-01"),
                         2);
  // Too few shared words.
  const uint64_t f = Add(Paraphrase("d6", "Kessler", "the ferry schedule was never repaired"));
  const std::set<uint64_t> ids = {a, b, c, d, e, f};
  EXPECT_EQ(ids.size(), 6u) << a << " " << b << " " << c << " " << d << " " << e << " " << f;
}

TEST_F(ParaphraseTest, DescriptionFittingTwoPeopleStaysAnonymous) {
  // Both persons carry the role "mayor": "the mayor" is not resolved to either.
  Document doc = DocBuilder("d1",
                            "Anna Kessler is mayor. Lars Bo is mayor. The mayor said the "
                            "bridge was cracked.")
                     .AddEntity("Anna Kessler", EntityType::kPerson, {}, {"mayor"})
                     .AddEntity("Lars Bo", EntityType::kPerson, {}, {"mayor"})
                     .AddStatement({.content = "the bridge was cracked",
                                    .cue = "said",
                                    .speaker_text = "The mayor",
                                    .speaker_kind = SpeakerKind::kAnonymousOfficial})
                     .Build()
                     .value();
  std::optional<StatementSignature> sig = SignStatement(doc, 0, {kMayor, 22}, 1);
  ASSERT_TRUE(sig.has_value());
  EXPECT_EQ(sig->speaker_entity, 0u);
  EXPECT_TRUE(sig->speaker_key.starts_with("a:")) << sig->speaker_key;
}

TEST_F(ClaimsTest, StatementsWithoutSpeakerOrContentAreSkipped) {
  Document doc = DocBuilder("d1", "It is said that the war is lost.")
                     .AddStatement({.content = "the war is lost"})
                     .Build()
                     .value();
  EXPECT_EQ(grouper_.Add(doc, {}, 1).value()[0], 0u);
}

TEST(Resolve, ViaNameStripsRelationWords) {
  EXPECT_EQ(ViaName("told The Times"), "The Times");
  EXPECT_EQ(ViaName("in an interview with Radio Liberty"), "Radio Liberty");
  EXPECT_EQ(ViaName("per Metro"), "Metro");
  EXPECT_EQ(ViaName("Yahoo News reported"), "Yahoo News");
  EXPECT_EQ(ViaName("according to Metro"), "Metro");
  EXPECT_EQ(ViaName("speaking to Sky News"), "Sky News");
  EXPECT_EQ(ViaName("on social media"), "social media");
  EXPECT_EQ(ViaName("told"), "told");  // nothing left: keep what was written
  EXPECT_EQ(OutletKey("The Times"), "times");
  EXPECT_EQ(OutletKey("Українська правда"), "українська правда");
}

}  // namespace
}  // namespace claimtrace::resolve
