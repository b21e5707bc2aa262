// Golden cases for the across-article steps: each tests/golden/resolve/NAME.jsonl holds
// documents in the compact test form (see test_documents.h), fed in order to one Resolver; the
// groupings it produces (global entities with their members, duplicates and stories, claims
// with provenance, conflicting figures) must equal NAME.json. Set CLAIMTRACE_UPDATE_GOLDEN=1 to
// rewrite the expected files (then review the diff by hand).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "resolve/provenance.h"
#include "resolve/resolver.h"
#include "resolve/test_documents.h"

namespace claimtrace::resolve {
namespace {

using Json = nlohmann::ordered_json;

std::string GoldenDir() {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::string(env ? env : CLAIMTRACE_SOURCE_DIR) + "/tests/golden/resolve";
}

Json Summarize(const std::vector<Document>& docs) {
  InMemoryResolveState state;
  auto resolver = Resolver::Create(state.states());
  EXPECT_TRUE(resolver.ok());
  std::map<uint64_t, std::vector<std::string>> members;
  std::vector<FigureConflict> conflicts;
  std::map<std::string, std::optional<std::string>> duplicate_of;
  std::map<std::string, uint64_t> story;
  Json documents = Json::array();
  for (const Document& doc : docs) {
    auto r = (*resolver)->Add(doc);
    EXPECT_TRUE(r.ok()) << doc.id << ": " << r.status().ToString();
    if (!r.ok()) continue;
    duplicate_of[doc.id] = r->duplicate_of;
    for (const auto& [other, root] : r->duplicate_changes) duplicate_of[other] = root;
    story[doc.id] = r->story;
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      if (r->entity_ids[i] != 0) {
        members[r->entity_ids[i]].push_back(doc.id + ":" + doc.entities[i].name);
      }
    }
    conflicts.insert(conflicts.end(), r->conflicts.begin(), r->conflicts.end());
  }
  for (const Document& doc : docs) {
    Json d;
    d["id"] = doc.id;
    d["duplicate_of"] = duplicate_of[doc.id] ? Json(*duplicate_of[doc.id]) : Json(nullptr);
    d["story"] = StoryLabel(story[doc.id]);
    documents.push_back(d);
  }
  Json out;
  out["documents"] = documents;
  Json entities = Json::array();
  for (const auto& [id, names] : members) {
    const GlobalEntity& g = state.entities.entities().at(id);
    Json e;
    e["name"] = g.name;
    e["type"] = std::string(ToString(g.type));
    e["members"] = names;
    entities.push_back(e);
  }
  out["entities"] = entities;
  std::vector<uint64_t> claim_ids;
  for (const auto& [id, c] : state.claims.claims()) claim_ids.push_back(id);
  std::sort(claim_ids.begin(), claim_ids.end());
  Json claims = Json::array();
  for (uint64_t id : claim_ids) {
    const Claim& c = state.claims.claims().at(id);
    std::vector<ClaimReport> reports;
    EXPECT_TRUE(state.claims.Reports(id, &reports).ok());
    const Provenance p = TraceProvenance(c, reports);
    Json j;
    j["speaker"] = c.speaker;
    j["text"] = c.text;
    Json rs = Json::array();
    for (const ClaimReport& r : reports) rs.push_back(r.doc_id + "#" + std::to_string(r.statement));
    j["reports"] = rs;
    j["independent_sources"] = p.independent_sources();
    Json sources = Json::array();
    for (const IndependentSource& s : p.sources) sources.push_back(s.origin_label);
    j["sources"] = sources;
    j["circular"] = p.circular;
    if (p.circular) j["cycles"] = p.cycles;
    Json chain = Json::array();
    for (const ChainStep& step : p.chains.front().steps)
      chain.push_back(step.how + ":" + step.label);
    j["first_chain"] = chain;
    claims.push_back(j);
  }
  out["claims"] = claims;
  Json groups = Json::array();
  for (const ConflictGroup& g : GroupConflicts(conflicts)) {
    Json j;
    j["topic"] = g.topic;
    Json facts = Json::array();
    for (const FigureFact& f : g.facts) {
      facts.push_back(Json{{"doc", f.doc_id}, {"text", f.text}, {"source", f.source}});
    }
    j["figures"] = facts;
    groups.push_back(j);
  }
  out["conflicts"] = groups;
  return out;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedGroupings) {
  const std::string base = GoldenDir() + "/" + GetParam();
  auto docs = ReadGoldenDocuments(base + ".jsonl");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  const Json actual = Summarize(*docs);
  if (std::getenv("CLAIMTRACE_UPDATE_GOLDEN")) {
    std::ofstream(base + ".json") << actual.dump(2) << "\n";
    GTEST_SKIP() << "rewrote " << base << ".json";
  }
  std::ifstream in(base + ".json");
  ASSERT_TRUE(in) << "missing " << base << ".json";
  std::stringstream buf;
  buf << in.rdbuf();
  const Json expected = Json::parse(buf.str(), nullptr, false);
  ASSERT_FALSE(expected.is_discarded()) << base << ".json is not valid JSON";
  EXPECT_EQ(actual, expected) << "actual:\n" << actual.dump(2);
}

INSTANTIATE_TEST_SUITE_P(Resolve, GoldenTest,
                         ::testing::Values("names", "relay", "conflicts", "duplicates"));

TEST(Resolve, GoldenReaderNamesTheBadLine) {
  const std::string path = ::testing::TempDir() + "/bad_golden.jsonl";
  std::ofstream(path) << "{\"id\": \"a\", \"text\": \"hello\"}\n{not json}\n";
  auto docs = ReadGoldenDocuments(path);
  ASSERT_FALSE(docs.ok());
  EXPECT_NE(docs.status().ToString().find(":2"), std::string::npos) << docs.status().ToString();
  std::ofstream(path) << "{\"id\": \"a\", \"text\": \"hello\", \"figures\": [{\"text\": \"99\", "
                         "\"low\": 99}]}\n";
  docs = ReadGoldenDocuments(path);
  ASSERT_FALSE(docs.ok());
  EXPECT_NE(docs.status().message().find("\"99\""), std::string::npos);
}

}  // namespace
}  // namespace claimtrace::resolve
