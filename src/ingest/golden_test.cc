// Golden tests for plain-text metadata: every tests/golden/ingest/NAME.txt is read through
// ReadInputs and its detected metadata compared with NAME.json
// ({"title", "published", "published_inferred", "outlet", "author"}, null when absent).
// CLAIMTRACE_UPDATE_GOLDEN=1 rewrites the .json files from the current output.
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/ingest.h"

namespace claimtrace {
namespace {

std::string GoldenDir() {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::string(env ? env : CLAIMTRACE_SOURCE_DIR) + "/tests/golden/ingest";
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  if (DIR* d = opendir(GoldenDir().c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.substr(n.size() - 4) == ".txt")
        names.push_back(n.substr(0, n.size() - 4));
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

nlohmann::json Opt(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

TEST(IngestGolden, TextMetadataMatchesExpected) {
  const std::vector<std::string> names = CaseNames();
  ASSERT_GE(names.size(), 8u) << "golden cases missing in " << GoldenDir();
  const bool update = std::getenv("CLAIMTRACE_UPDATE_GOLDEN") != nullptr;
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const std::string base = GoldenDir() + "/" + name;
    CollectingDiagnostics diag;
    std::vector<RawArticle> got;
    IngestStats stats;
    ASSERT_TRUE(
        ReadInputs(
            {base + ".txt"}, {}, diag, [&](RawArticle&& a) { got.push_back(std::move(a)); }, &stats)
            .ok());
    ASSERT_EQ(got.size(), 1u);
    EXPECT_TRUE(diag.errors().empty());
    nlohmann::json actual = {{"title", Opt(got[0].title)},
                             {"published", Opt(got[0].published)},
                             {"published_inferred", got[0].published_inferred},
                             {"outlet", Opt(got[0].outlet)},
                             {"author", Opt(got[0].author)}};
    if (update) {
      std::ofstream(base + ".json") << actual.dump(2) << "\n";
      continue;
    }
    std::ifstream in(base + ".json");
    ASSERT_TRUE(in.good()) << "missing " << base << ".json";
    std::stringstream ss;
    ss << in.rdbuf();
    nlohmann::json expected = nlohmann::json::parse(ss.str(), nullptr, false);
    ASSERT_FALSE(expected.is_discarded()) << "bad JSON in " << base << ".json";
    EXPECT_EQ(actual, expected) << "actual: " << actual.dump(2);
  }
}

}  // namespace
}  // namespace claimtrace
