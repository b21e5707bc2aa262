// End-to-end tests of the command line itself and of `extract`: --help on every command, exit
// status 2 for usage errors, output in input order whatever the thread count, the export format.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "test_articles.h"

namespace claimtrace::testing {
namespace {

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  }
  TempDir dir_;
};

// The subcommand names listed by `claimtrace --help`.
std::vector<std::string> Subcommands() {
  RunResult r = RunClaimtrace({"--help"});
  std::vector<std::string> names;
  std::istringstream in(r.out);
  std::string line;
  bool in_list = false;
  while (std::getline(in, line)) {
    if (line.rfind("Subcommands:", 0) == 0) {
      in_list = true;
      continue;
    }
    if (!in_list) continue;
    if (line.empty() || line[0] != ' ') break;
    std::istringstream words(line);
    std::string name;
    words >> name;
    if (!name.empty()) names.push_back(name);
  }
  return names;
}

TEST_F(Cli, HelpWorksOnEveryCommand) {
  RunResult top = RunClaimtrace({"--help"});
  EXPECT_EQ(top.exit_code, 0);
  EXPECT_NE(top.out.find("Usage"), std::string::npos) << top.out;
  std::vector<std::string> commands = Subcommands();
  std::set<std::string> listed(commands.begin(), commands.end());
  for (const char* required : {"extract", "ingest", "export"}) {
    EXPECT_TRUE(listed.count(required)) << required << " missing from:\n" << top.out;
  }
  for (const std::string& command : commands) {
    RunResult r = RunClaimtrace({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ":\n" << r.out;
    EXPECT_NE(r.out.find(command), std::string::npos) << command << ":\n" << r.out;
  }
}

TEST_F(Cli, UsageErrorsExitWithStatus2AndSayWhy) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"frobnicate"},
      {"extract"},
      {"ingest", "--db", dir_.Path("x.db")},
      {"extract", "--threads", "-1", a},
      {"extract", "--threads", "many", a},
      {"extract", "--published", "sometime soon", a},
      {"extract", "--published", "2023-02-30", a},
      {"extract", "--no-such-option", a},
      {"extract", "--max-article-mb", "0", a},
      {"ingest", "--batch-size", "0", "--db", dir_.Path("x.db"), a},
      {"export", "--db"},
      {"export", "stray-argument"},
      {"report", "--top", "0"},
      {"claims", "--limit", "-1"},
      {"serve", "--port", "70000"},
  };
  for (const auto& args : cases) {
    RunResult r = RunClaimtrace(args);
    std::string shown;
    for (const std::string& s : args) shown += s + " ";
    EXPECT_EQ(r.exit_code, 2) << shown << "\n" << r.err;
    EXPECT_FALSE(r.err.empty()) << shown;
    // One line, in the form every error has (before, CLI11's own two lines without the prefix).
    EXPECT_EQ(r.err.rfind("claimtrace: error: ", 0), 0u) << shown << "\n" << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << shown << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << shown << "\n" << r.out;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("x.db")));
}

TEST_F(Cli, ExtractSucceedsWithStatus0AndWritesTheExportFormat) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  std::string b = dir_.Write("feed.jsonl", TestArticleJsonLine(2));
  RunResult r = RunClaimtrace({"extract", a, b});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;  // piped: no progress bar, no summary
  std::vector<std::string> lines = r.OutLines();
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) {
    nlohmann::json d = nlohmann::json::parse(line, nullptr, false);
    ASSERT_TRUE(d.is_object()) << line;
    for (const char* key :
         {"id", "source", "url", "outlet", "title", "published", "language", "text", "removed",
          "duplicate_of", "entities", "statements", "figures", "times"}) {
      EXPECT_TRUE(d.contains(key)) << key;
    }
    EXPECT_EQ(d["id"].get<std::string>().size(), 16u);
  }
  nlohmann::json second = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(second["source"], b + ":1");
  EXPECT_EQ(second["outlet"], "Valley Courier");
  EXPECT_EQ(second["input_id"], "t2");
}

TEST_F(Cli, OutputIsInInputOrderWhateverTheThreadCount) {
  std::vector<std::string> expected_sources;
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof(name), "in/%02d.txt", i);
    expected_sources.push_back(dir_.Write(name, TestArticle(i)));
  }
  RunResult one = RunClaimtrace({"extract", "--threads", "1", dir_.Path("in")});
  RunResult four = RunClaimtrace({"extract", "--threads", "4", dir_.Path("in")});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  EXPECT_EQ(one.out, four.out);
  std::vector<std::string> sources;
  for (const std::string& line : four.OutLines()) {
    sources.push_back(nlohmann::json::parse(line)["source"].get<std::string>());
  }
  EXPECT_EQ(sources, expected_sources);
}

TEST_F(Cli, PublishedOptionAnchorsUndatedInputsInAnyDateForm) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  RunResult r = RunClaimtrace({"extract", "--published", "23 March 2022", a});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.OutLines().size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(r.OutLines()[0])["published"], "2022-03-23");
}

TEST_F(Cli, NoAnnotateOnlyReadsAndCleans) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  RunResult r = RunClaimtrace({"extract", "--no-annotate", a});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json d = nlohmann::json::parse(r.OutLines().at(0));
  EXPECT_NE(d["text"].get<std::string>().find("Marta Oleksiuk"), std::string::npos);
  EXPECT_TRUE(d["entities"].empty());
  EXPECT_TRUE(d["statements"].empty());
}

}  // namespace
}  // namespace claimtrace::testing
