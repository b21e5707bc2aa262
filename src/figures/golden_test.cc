// Golden tests: every tests/golden/figures/NAME.txt is run through the time and figure
// extractors; NAME.json holds the input anchor ("published", may be null) and, under "expect",
// the exact figures, times and publication date that must come out (same fields and
// conventions as the export format; a time's "mod" only when it has one). Statement links
// are not compared: they depend on the attribution model, tested in statement_link_test.cc.
// Set CLAIMTRACE_UPDATE_GOLDEN=1 to rewrite "expect" from the current output, then review the
// diff by hand before keeping it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Json Actual(const Document& doc) {
  Json out;
  out["published"] = doc.published ? Json(*doc.published) : Json(nullptr);
  out["published_inferred"] = doc.published_inferred;
  Json figures = Json::array();
  for (const Figure& f : doc.figures) {
    figures.push_back({{"text", std::string(doc.Slice(f.span))},
                       {"start", f.span.start},
                       {"end", f.span.end},
                       {"low", f.low},
                       {"high", f.high},
                       {"qualifier", std::string(ToString(f.qualifier))},
                       {"unit", f.unit ? Json(*f.unit) : Json(nullptr)},
                       {"what", f.what ? Json(*f.what) : Json(nullptr)}});
  }
  out["figures"] = figures;
  Json times = Json::array();
  for (const TimeExpression& t : doc.times) {
    times.push_back({{"text", std::string(doc.Slice(t.span))},
                     {"start", t.span.start},
                     {"end", t.span.end},
                     {"type", std::string(ToString(t.type))},
                     {"value", t.value ? Json(*t.value) : Json(nullptr)}});
    if (t.mod) times.back()["mod"] = *t.mod;
  }
  out["times"] = times;
  return out;
}

std::vector<fs::path> GoldenInputs() {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(CLAIMTRACE_SOURCE_DIR) / "tests" / "golden" / "figures";
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(FiguresGolden, OutputsMatchExpectedFiles) {
  const std::vector<fs::path> inputs = GoldenInputs();
  ASSERT_GE(inputs.size(), 5u);
  const bool update = std::getenv("CLAIMTRACE_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& txt : inputs) {
    fs::path json_path = txt;
    json_path.replace_extension(".json");
    Json spec = Json::parse(ReadAll(json_path), nullptr, /*allow_exceptions=*/false);
    ASSERT_FALSE(spec.is_discarded()) << json_path << ": not valid JSON";
    std::optional<std::string> published;
    if (spec.contains("published") && spec["published"].is_string()) {
      published = spec["published"].get<std::string>();
    }
    const Document doc = testing::Extract(ReadAll(txt), published);
    const Json actual = Actual(doc);
    if (update) {
      spec["expect"] = actual;
      std::ofstream(json_path) << spec.dump(1) << "\n";
      continue;
    }
    ASSERT_TRUE(spec.contains("expect")) << json_path << ": no \"expect\"";
    EXPECT_EQ(actual, spec["expect"]) << txt.filename() << "\nactual:\n" << actual.dump(1);
  }
}

}  // namespace
}  // namespace claimtrace::figures
