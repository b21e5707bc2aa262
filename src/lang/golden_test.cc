// Golden tests: every tests/golden/lang/NAME.txt is analysed and compared with NAME.json
// (sentences with their tokens, quote roles marked "/open" or "/close", and entities with
// mention texts and roles). Set CLAIMTRACE_UPDATE_GOLDEN=1 to rewrite the .json files after a
// deliberate change, then review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "claimtrace/lang.h"

namespace claimtrace {
namespace {

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nlohmann::ordered_json Describe(const Document& doc, const TextAnalysis& a) {
  nlohmann::ordered_json out;
  out["sentences"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    nlohmann::ordered_json s;
    s["text"] = std::string(doc.Slice(doc.sentences[i]));
    nlohmann::ordered_json toks = nlohmann::ordered_json::array();
    for (uint32_t k = a.sentence_tokens[i].first; k < a.sentence_tokens[i].second; ++k) {
      const Token& t = a.tokens[k];
      std::string text(doc.Slice(t.span));
      if (t.flags & kTokenOpensQuote) text += "/open";
      if (t.flags & kTokenClosesQuote) text += "/close";
      toks.push_back(text);
    }
    s["tokens"] = toks;
    out["sentences"].push_back(s);
  }
  out["entities"] = nlohmann::ordered_json::array();
  for (const Entity& e : doc.entities) {
    nlohmann::ordered_json j;
    j["id"] = e.id;
    j["name"] = e.name;
    j["type"] = std::string(ToString(e.type));
    nlohmann::ordered_json m = nlohmann::ordered_json::array();
    for (const ByteSpan& span : e.mentions) m.push_back(std::string(doc.Slice(span)));
    j["mentions"] = m;
    j["roles"] = e.roles;
    out["entities"].push_back(j);
  }
  return out;
}

TEST(Lang, GoldenFilesMatch) {
  const char* src = std::getenv("CLAIMTRACE_SOURCE_DIR");
  std::filesystem::path dir =
      std::filesystem::path(src ? src : CLAIMTRACE_SOURCE_DIR) / "tests" / "golden" / "lang";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  Result<std::unique_ptr<LanguageAnalyzer>> analyzer = LanguageAnalyzer::Load({});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  bool update = std::getenv("CLAIMTRACE_UPDATE_GOLDEN") != nullptr;
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    Document doc;
    doc.text = ReadAll(entry.path());
    doc.outlet.emplace("The Daily Paper");
    TextAnalysis a = (*analyzer)->Analyze(&doc);
    nlohmann::ordered_json got = Describe(doc, a);
    std::filesystem::path json_path = entry.path();
    json_path.replace_extension(".json");
    if (update) {
      std::ofstream(json_path) << got.dump(1) << "\n";
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(json_path)) << json_path;
    nlohmann::ordered_json want =
        nlohmann::ordered_json::parse(ReadAll(json_path), nullptr, /*allow_exceptions=*/false);
    ASSERT_FALSE(want.is_discarded()) << json_path << " is not valid JSON";
    std::string g = got.dump(1), w = want.dump(1);
    if (g != w) {
      // Report the first differing line only.
      size_t line = 1, i = 0;
      while (i < g.size() && i < w.size() && g[i] == w[i]) line += g[i++] == '\n';
      auto line_at = [](const std::string& s, size_t pos) {
        size_t b = s.rfind('\n', pos == 0 ? 0 : pos - 1);
        b = b == std::string::npos ? 0 : b + 1;
        return s.substr(b, s.find('\n', b) - b);
      };
      ADD_FAILURE() << entry.path().filename() << " differs at line " << line
                    << ":\n  got:  " << line_at(g, i) << "\n  want: " << line_at(w, i)
                    << "\n(rerun with CLAIMTRACE_UPDATE_GOLDEN=1 after a deliberate change)";
    }
    ++checked;
  }
  if (!update) {
    EXPECT_GT(checked, 0);
  }
}

}  // namespace
}  // namespace claimtrace
