// Golden tests for ExtractArticle: every tests/golden/web/NAME.html is extracted (with the
// options in NAME.json's "input") and compared field by field with NAME.json, once with the
// pre-pass and once without, so the golden pages double as the pre-pass differential test.
// The pages are written for these tests (invented outlets and events), with the usual clutter:
// navigation, cookie banners, share bars, related lists, comments, sidebars, footers.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/html.h"

namespace claimtrace {
namespace {

namespace fs = std::filesystem;

fs::path GoldenDir() { return fs::path(CLAIMTRACE_SOURCE_DIR) / "tests" / "golden" / "web"; }

std::vector<std::string> GoldenNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(GoldenDir(), ec)) {
    if (e.path().extension() == ".html") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nlohmann::json Optional(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

class WebGolden : public testing::TestWithParam<std::string> {};

TEST_P(WebGolden, MatchesExpectedWithAndWithoutPrepass) {
  const std::string name = GetParam();
  const std::string html = ReadBytes(GoldenDir() / (name + ".html"));
  const nlohmann::json expected =
      nlohmann::json::parse(ReadBytes(GoldenDir() / (name + ".json")), nullptr, false);
  ASSERT_FALSE(expected.is_discarded()) << name << ".json is not valid JSON";

  HtmlOptions options;
  const nlohmann::json& input = expected.value("input", nlohmann::json::object());
  if (input.contains("url")) options.url = input["url"].get<std::string>();
  if (input.contains("declared_charset")) {
    options.declared_charset = input["declared_charset"].get<std::string>();
  }
  for (const bool prepass : {true, false}) {
    SCOPED_TRACE(prepass ? "with pre-pass" : "without pre-pass");
    options.prepass = prepass;
    Result<ExtractedPage> page = ExtractArticle(html, options);
    if (expected.contains("error")) {
      ASSERT_FALSE(page.ok());
      EXPECT_NE(page.status().message().find(expected["error"].get<std::string>()),
                std::string::npos)
          << page.status().ToString();
      continue;
    }
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_EQ(page->text, expected["text"].get<std::string>());
    EXPECT_EQ(Optional(page->title), expected["title"]);
    EXPECT_EQ(Optional(page->author), expected["author"]);
    EXPECT_EQ(Optional(page->published), expected["published"]);
    EXPECT_EQ(Optional(page->outlet), expected["outlet"]);
    EXPECT_EQ(Optional(page->canonical_url), expected["canonical_url"]);
    EXPECT_EQ(Optional(page->language), expected["language"]);
    EXPECT_EQ(page->charset, expected["charset"].get<std::string>());
    EXPECT_EQ(page->charset_repaired, expected["charset_repaired"].get<bool>());
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, WebGolden, testing::ValuesIn(GoldenNames()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(WebGoldenSet, HasPages) { EXPECT_GE(GoldenNames().size(), 8u); }

}  // namespace
}  // namespace claimtrace
