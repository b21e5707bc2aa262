// Golden tests: every tests/golden/attrib/NAME.txt (short articles written for these tests) is
// analysed by the language core and the attribution stage, and its statements — type, content,
// cue, speaker (text, name, kind), via, citing, hedged; texts rather than offsets, entity ids
// left out because they belong to the language core — are compared with NAME.json.
// Set CLAIMTRACE_UPDATE_GOLDEN=1 to rewrite the .json files after a deliberate change (e.g. a
// retrained model), then review the diff line by line.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

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
    out.push_back(j);
  }
  return out;
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
  ASSERT_EQ(got.size(), want.size()) << "got:\n" << got.dump(1);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i], want[i]) << "statement " << i << "\n got: " << got[i].dump()
                               << "\nwant: " << want[i].dump();
  }
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
