// Golden tests for the cleaner: every tests/golden/clean/NAME.txt is cleaned and compared with
// NAME.json ({"text": cleaned text, "removed": [{"text", "reason", "rule"}, ...]}).
// CLAIMTRACE_UPDATE_GOLDEN=1 rewrites the .json files from the current output (review the diff).
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/clean.h"

namespace claimtrace {
namespace {

std::string GoldenDir() {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::string(env ? env : CLAIMTRACE_SOURCE_DIR) + "/tests/golden/clean";
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CleanGolden, CleanedTextAndRemovedPiecesMatchExpected) {
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
  ASSERT_GE(names.size(), 12u) << "golden cases missing in " << GoldenDir();
  const bool update = std::getenv("CLAIMTRACE_UPDATE_GOLDEN") != nullptr;
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const std::string base = GoldenDir() + "/" + name;
    CleanedText c = CleanText(Slurp(base + ".txt"));
    nlohmann::json removed = nlohmann::json::array();
    for (const RemovedPiece& r : c.removed) {
      removed.push_back(
          {{"text", r.text}, {"reason", std::string(ToString(r.reason))}, {"rule", r.rule}});
    }
    nlohmann::json actual = {{"text", c.text}, {"removed", removed}};
    if (update) {
      std::ofstream(base + ".json") << actual.dump(2) << "\n";
      continue;
    }
    nlohmann::json expected = nlohmann::json::parse(Slurp(base + ".json"), nullptr, false);
    ASSERT_FALSE(expected.is_discarded()) << "missing or bad " << base << ".json";
    EXPECT_EQ(actual["text"], expected["text"]);
    EXPECT_EQ(actual["removed"], expected["removed"]) << "actual: " << actual["removed"].dump(2);
  }
}

}  // namespace
}  // namespace claimtrace
