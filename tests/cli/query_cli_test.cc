// The query commands end to end (`search`, `who-said`, `entity`) and `serve`'s refusals, on a
// store the binary itself filled from generated test articles.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "test_articles.h"

namespace claimtrace::testing {
namespace {

class QueryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
    for (int i = 0; i < 4; ++i) dir_.Write("in/a" + std::to_string(i) + ".txt", TestArticle(i));
    db_ = dir_.Path("q.db");
    RunResult r = RunClaimtrace({"ingest", dir_.Path("in"), "--db", db_, "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(QueryCliTest, SearchPrintsATableOrTheApiJson) {
  RunResult table = RunClaimtrace({"search", "storm district", "--db", db_});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("4 documents match \"storm district\""), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("[Storm]"), std::string::npos) << table.out;  // matched word marked

  RunResult json = RunClaimtrace({"search", "storm", "--db", db_, "--json", "--limit", "2"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto j = nlohmann::json::parse(json.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << json.out;
  EXPECT_EQ(j["total"], 4);
  EXPECT_EQ(j["items"].size(), 2u);
  EXPECT_EQ(j["next_offset"], 2);
  EXPECT_TRUE(j["items"][0]["document"]["title"].get<std::string>().starts_with("Storm leaves"));

  RunResult none = RunClaimtrace({"search", "zzzyzzx", "--db", db_});
  EXPECT_EQ(none.exit_code, 1);
  RunResult bad = RunClaimtrace({"search", "\"open", "--fts", "--db", db_});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad search query"), std::string::npos) << bad.err;
  RunResult missing = RunClaimtrace({"search", "x", "--db", dir_.Path("nope.db")});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("nope.db")));
}

TEST_F(QueryCliTest, WhoSaidFindsTheSpeakerOfAQuote) {
  RunResult r = RunClaimtrace({"who-said", "reconnected Thursday", "--db", db_, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  ASSERT_EQ(j["total"], 4) << r.out;
  const auto& st = j["items"][0];
  EXPECT_NE(st["content"].get<std::string>().find("reconnected by Thursday"), std::string::npos);
  EXPECT_EQ(st["speaker_name"], "Marta Oleksiuk") << st.dump();

  RunResult table = RunClaimtrace({"who-said", "reconnected", "--db", db_});
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("Marta Oleksiuk"), std::string::npos) << table.out;
}

TEST_F(QueryCliTest, EntityShowsWhatTheySaidAndSuggestsNamesWhenUnknown) {
  RunResult r = RunClaimtrace({"entity", "Marta Oleksiuk", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Marta Oleksiuk (PERSON) — in 4 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Said ("), std::string::npos);
  EXPECT_NE(r.out.find("reconnected by Thursday"), std::string::npos) << r.out;

  RunResult json = RunClaimtrace({"entity", "Marta Oleksiuk", "--db", db_, "--json"});
  auto j = nlohmann::json::parse(json.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << json.out;
  EXPECT_EQ(j["documents"], 4);
  EXPECT_GE(j["statements_by"]["total"].get<int>(), 4);

  RunResult unknown = RunClaimtrace({"entity", "Oleksiuk", "--db", db_});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("Did you mean"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("Marta Oleksiuk"), std::string::npos) << unknown.err;
}

TEST_F(QueryCliTest, OutputThatCannotBeWrittenIsAnErrorAndAnEmptyNameAUsageError) {
  // `search ... > /dev/full` exited 0 with the answer lost; now status 1 and one error line,
  // as `export` and `report` do.
  ASSERT_TRUE(std::filesystem::exists("/dev/full"));
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"search", "storm", "--db", db_},
                                             {"search", "storm", "--db", db_, "--json"},
                                             {"who-said", "reconnected", "--db", db_},
                                             {"entity", "Marta Oleksiuk", "--db", db_},
                                             {"entity", "Marta Oleksiuk", "--db", db_, "--json"},
                                             {"export", "--db", db_},
                                             {"report", "--db", db_},
                                             {"claims", "--db", db_}}) {
    RunResult r = RunClaimtrace(args, {.stdout_path = "/dev/full"});
    EXPECT_EQ(r.exit_code, 1) << args[0] << ": " << r.err;
    EXPECT_NE(r.err.find("claimtrace: error: cannot write to standard output"), std::string::npos)
        << args[0] << ": " << r.err;
  }
  RunResult empty = RunClaimtrace({"entity", " ", "--db", db_});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("empty entity name"), std::string::npos) << empty.err;
}

TEST_F(QueryCliTest, ServeRefusesAMissingDatabaseAndABadStaticFolder) {
  RunResult missing = RunClaimtrace({"serve", "--db", dir_.Path("nope.db"), "--port", "0"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_FALSE(missing.err.empty());
  RunResult no_static =
      RunClaimtrace({"serve", "--db", db_, "--port", "0", "--static", dir_.Path("in")});
  EXPECT_EQ(no_static.exit_code, 2);
  EXPECT_NE(no_static.err.find("no index.html"), std::string::npos) << no_static.err;
  RunResult bad_port = RunClaimtrace({"serve", "--db", db_, "--port", "70000"});
  EXPECT_EQ(bad_port.exit_code, 2);
}

}  // namespace
}  // namespace claimtrace::testing
