#include "claimtrace/export.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace claimtrace {
namespace {

// Span of the first occurrence of `needle` in `text`.
ByteSpan Find(const std::string& text, std::string_view needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Document SampleDocument() {
  Document d;
  d.text = "Grozev told Radio Liberty the war was \"lost\", per Metro. NATO said 7,000 died.";
  const std::string& t = d.text;
  d.id = DocumentId(t);
  d.source = "sample.txt";
  d.title = "Sample";
  d.published = "2022-03-23";
  d.removed.push_back({"Leave a Comment", RemovalReason::kBoilerplate, "comment_prompt"});
  d.sentences = {Find(t, "Grozev told Radio Liberty the war was \"lost\", per Metro."),
                 Find(t, "NATO said 7,000 died.")};
  d.entities.push_back({.id = "e1", .name = "Christo Grozev", .type = EntityType::kPerson,
                        .mentions = {Find(t, "Grozev")}, .roles = {"expert"}});
  d.entities.push_back({.id = "e2", .name = "NATO", .type = EntityType::kOrg,
                        .mentions = {Find(t, "NATO")}, .roles = {}, .global_id = "g7"});
  Statement st;
  st.type = StatementType::kMixed;
  st.content = Find(t, "the war was \"lost\"");
  st.cue = Find(t, "told");
  st.speaker = {.span = Find(t, "Grozev"), .name = "Christo Grozev", .entity = "e1",
                .kind = SpeakerKind::kPerson};
  st.via = {{.span = Find(t, "told Radio Liberty"), .relation = ViaRelation::kTold},
            {.span = Find(t, "per Metro"), .relation = ViaRelation::kPer}};
  st.content_parts = {Find(t, "the war"), Find(t, "\"lost\"")};
  st.hedged = true;
  st.claim_id = "c1";
  d.statements.push_back(st);
  d.figures.push_back({.span = Find(t, "7,000"), .low = 7000, .high = 7000,
                       .qualifier = Qualifier::kExact, .unit = "people", .what = "died",
                       .statement = 0});
  d.times.push_back({.span = Find(t, "Grozev"), .type = TimeType::kDate, .value = std::nullopt,
                     .mod = "END"});
  return d;
}

TEST(Export, WritesDocumentedFieldsWithSlicedText) {
  Document d = SampleDocument();
  nlohmann::json j = nlohmann::json::parse(DocumentToJson(d));
  EXPECT_EQ(j["id"], d.id);
  EXPECT_EQ(j["url"], nullptr);
  EXPECT_EQ(j["removed"][0]["reason"], "boilerplate");
  EXPECT_EQ(j["entities"][0]["type"], "PERSON");
  EXPECT_EQ(j["entities"][0]["mentions"][0][1], 6);
  EXPECT_FALSE(j["entities"][0].contains("entity"));  // unresolved: no global id field
  EXPECT_EQ(j["entities"][1]["entity"], "g7");
  EXPECT_EQ(j["statements"][0]["content"]["text"], "the war was \"lost\"");
  EXPECT_EQ(j["statements"][0]["speaker"]["text"], "Grozev");
  EXPECT_EQ(j["statements"][0]["via"][0]["text"], "told Radio Liberty");
  EXPECT_EQ(j["statements"][0]["via"][1]["relation"], "per");
  EXPECT_EQ(j["statements"][0]["claim"], "c1");
  EXPECT_EQ(j["figures"][0]["text"], "7,000");
  EXPECT_EQ(j["figures"][0]["low"], 7000);
  EXPECT_EQ(j["figures"][0]["statement"], 0);
  EXPECT_EQ(j["times"][0]["value"], nullptr);
  EXPECT_EQ(j["times"][0]["mod"], "END");
  EXPECT_EQ(j["statements"][0]["content_parts"][1][0], d.statements[0].content_parts[1].start);
  for (const char* key : {"id", "source", "url", "outlet", "title", "published", "language", "text",
                          "removed", "duplicate_of", "entities", "statements", "figures", "times",
                          "sentences", "published_inferred"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
}

TEST(Export, RoundTripsThroughFromJson) {
  Document d = SampleDocument();
  std::string first = DocumentToJson(d);
  Result<Document> back = DocumentFromJson(first);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(DocumentToJson(*back), first);
}

TEST(Export, RejectsMalformedJsonAndWrongTypes) {
  EXPECT_EQ(DocumentFromJson("{\"id\": ").status().code(), StatusCode::kParseError);
  EXPECT_EQ(DocumentFromJson("[1, 2]").status().code(), StatusCode::kParseError);
  EXPECT_EQ(DocumentFromJson(R"({"id": 5, "source": "x", "text": "t"})").status().code(),
            StatusCode::kParseError);
}

TEST(Export, RejectsOffsetsOutsideTheTextOrInsideACharacter) {
  Result<Document> r = DocumentFromJson(
      R"({"id":"a","source":"s","text":"abc","sentences":[[0,9]]})");
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  r = DocumentFromJson("{\"id\":\"a\",\"source\":\"s\",\"text\":\"\xC3\xA9t\",\"sentences\":[[1,3]]}");
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  r = DocumentFromJson(
      R"({"id":"a","source":"s","text":"abc","figures":[{"start":0,"end":1,"low":1,"high":1,"qualifier":"exact","statement":3}]})");
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
}

}  // namespace
}  // namespace claimtrace
