// Golden tests: every tests/golden/attrib/NAME.txt (short articles written for these tests) is
// analysed by the language core and the attribution stage and checked against NAME.json, a list
// of the statements that must be found. Each expected statement is matched to a found one with
// the same cue and the same content (compared without surrounding quote marks, punctuation and
// space); then its type, speaker (text, name, kind), via, citing, hedged and the pieces of a
// split quote (content_parts) must be equal — the attribution facts. Entity ids and offsets are
// left out (they belong to the language core), and a few extra statements beyond the list are
// tolerated (at most 1 + a third of the list), so a retrained NER or attribution model that finds
// one more true statement does not fail the test, while a lost or changed fact does. Set
// CLAIMTRACE_UPDATE_GOLDEN=1 to rewrite the .json files with everything found (e.g. after a
// retrained model), then review the diff line by line and remove what is wrong.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/attribution.h"
#include "claimtrace/lang.h"

namespace claimtrace {
namespace {

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nlohmann::ordered_json Describe(const Document& doc) {
  auto text_or_null = [&](const std::optional<ByteSpan>& s) -> nlohmann::ordered_json {
    if (!s) return nullptr;
    return std::string(doc.Slice(*s));
  };
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Statement& s : doc.statements) {
    nlohmann::ordered_json j;
    j["type"] = std::string(ToString(s.type));
    j["content"] = std::string(doc.Slice(s.content));
    j["cue"] = text_or_null(s.cue);
    nlohmann::ordered_json sp;
    sp["text"] = text_or_null(s.speaker.span);
    sp["name"] = s.speaker.name ? nlohmann::ordered_json(*s.speaker.name) : nullptr;
    sp["kind"] = std::string(ToString(s.speaker.kind));
    j["speaker"] = sp;
    nlohmann::ordered_json via = nlohmann::ordered_json::array();
    for (const Via& v : s.via) {
      via.push_back({{"relation", std::string(ToString(v.relation))},
                     {"text", std::string(doc.Slice(v.span))}});
    }
    j["via"] = via;
    j["citing"] = text_or_null(s.citing);
    j["hedged"] = s.hedged;
    if (!s.content_parts.empty()) {
      nlohmann::ordered_json parts = nlohmann::ordered_json::array();
      for (const ByteSpan& p : s.content_parts) parts.push_back(std::string(doc.Slice(p)));
      j["content_parts"] = parts;
    }
    out.push_back(j);
  }
  return out;
}

// A content without surrounding quote marks, punctuation and white space.
std::string Core(const nlohmann::ordered_json& content) {
  if (!content.is_string()) return "";
  std::string s = content.get<std::string>();
  auto edge = [](unsigned char c) {
    return c <= ' ' || c == '"' || c == '\'' || c == ',' || c == '.' || c == ':' || c >= 0x80;
  };
  size_t b = 0, e = s.size();
  while (b < e && edge(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && edge(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

class AttribGolden : public ::testing::TestWithParam<std::string> {};

std::filesystem::path GoldenDir() {
  const char* src = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::filesystem::path(src ? src : CLAIMTRACE_SOURCE_DIR) / "tests" / "golden" / "attrib";
}

TEST_P(AttribGolden, Matches) {
  static const LanguageAnalyzer* analyzer = [] {
    auto r = LanguageAnalyzer::Load({});
    return r.ok() ? r->release() : nullptr;
  }();
  static const AttributionExtractor* extractor = [] {
    auto r = AttributionExtractor::Load({});
    return r.ok() ? r->release() : nullptr;
  }();
  ASSERT_NE(analyzer, nullptr);
  ASSERT_NE(extractor, nullptr);
  const std::filesystem::path txt = GoldenDir() / (GetParam() + ".txt");
  Document doc;
  doc.text = ReadAll(txt);
  TextAnalysis a = analyzer->Analyze(&doc);
  extractor->Annotate(a, &doc);
  const nlohmann::ordered_json got = Describe(doc);
  std::filesystem::path json_path = txt;
  json_path.replace_extension(".json");
  if (std::getenv("CLAIMTRACE_UPDATE_GOLDEN")) {
    std::ofstream(json_path) << got.dump(1) << "\n";
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(json_path)) << json_path;
  const nlohmann::ordered_json want =
      nlohmann::ordered_json::parse(ReadAll(json_path), nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(want.is_discarded()) << json_path << ": invalid JSON";
  ASSERT_TRUE(want.is_array()) << json_path;
  std::vector<bool> used(got.size(), false);
  for (size_t i = 0; i < want.size(); ++i) {
    int found = -1;
    for (size_t k = 0; k < got.size() && found < 0; ++k) {
      if (!used[k] && got[k]["cue"] == want[i]["cue"] &&
          Core(got[k]["content"]) == Core(want[i]["content"])) {
        found = static_cast<int>(k);
      }
    }
    if (found < 0) {
      ADD_FAILURE() << "statement " << i << " not found: " << want[i].dump() << "\ngot:\n"
                    << got.dump(1);
      continue;
    }
    used[found] = true;
    for (const char* field : {"type", "speaker", "via", "citing", "hedged", "content_parts"}) {
      if (!want[i].contains(field) && !got[found].contains(field)) continue;
      EXPECT_EQ(got[found][field], want[i][field]) << "statement " << i << " (" << want[i]["cue"]
                                                   << ": " << want[i]["content"] << "), " << field;
    }
  }
  EXPECT_LE(got.size(), want.size() + 1 + want.size() / 3) << "many unexpected statements:\n"
                                                           << got.dump(1);
}

std::vector<std::string> GoldenNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(GoldenDir(), ec)) {
    if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Attrib, AttribGolden, ::testing::ValuesIn(GoldenNames()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace claimtrace
