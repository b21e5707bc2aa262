// End-to-end tests of `ingest` and `export`: duplicates on re-ingest, export == extract, the
// default database, refusing missing or foreign database files, the summary and the progress bar.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>

#include "claimtrace/export.h"
#include "claimtrace/store.h"
#include "cli_runner.h"
#include "test_articles.h"

namespace claimtrace::testing {
namespace {

class IngestCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
    db_ = dir_.Path("t.db");
  }

  // A directory of `n` text articles plus one JSON Lines file with two more.
  std::string MakeCorpus(int n) {
    for (int i = 0; i < n; ++i)
      dir_.Write("corpus/" + std::to_string(100 + i) + ".txt", TestArticle(i));
    dir_.Write("corpus/feed.jsonl", TestArticleJsonLine(500) + TestArticleJsonLine(501));
    return dir_.Path("corpus");
  }

  size_t ExportedCount() {
    RunResult e = RunClaimtrace({"export", "--db", db_});
    EXPECT_EQ(e.exit_code, 0) << e.err;
    return e.OutLines().size();
  }

  TempDir dir_;
  std::string db_;
};

TEST_F(IngestCli, IngestingTwiceKeepsTheCountAndReportsDuplicates) {
  std::string corpus = MakeCorpus(6);
  RunResult first = RunClaimtrace({"ingest", "--db", db_, corpus});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("stored      8 new documents"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("duplicates  0"), std::string::npos) << first.out;
  EXPECT_EQ(ExportedCount(), 8u);

  RunResult second = RunClaimtrace({"ingest", "--db", db_, corpus});
  ASSERT_EQ(second.exit_code, 0) << second.err;  // duplicates are not errors
  EXPECT_NE(second.out.find("stored      0 new documents"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("duplicates  8 (already in the store"), std::string::npos)
      << second.out;
  EXPECT_EQ(ExportedCount(), 8u);
}

TEST_F(IngestCli, ACopyAtAnotherPathIsADuplicateWhoseSourceIsRemembered) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  std::string copy = dir_.Write("mirror/copy.txt", TestArticle(1));
  RunResult r = RunClaimtrace({"ingest", "--db", db_, a, copy});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("stored      1 new document\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("duplicates  1"), std::string::npos) << r.out;
  Result<std::unique_ptr<Store>> store = Store::Open(db_, {.create_if_missing = false});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  std::vector<std::string> ids;
  ASSERT_TRUE((*store)
                  ->ForEachDocument([&](Document&& d) {
                    ids.push_back(d.id);
                    return Status::Ok();
                  })
                  .ok());
  ASSERT_EQ(ids.size(), 1u);
  Result<std::vector<std::string>> sources = (*store)->Sources(ids[0]);
  ASSERT_TRUE(sources.ok());
  EXPECT_EQ(sources->size(), 2u);
}

TEST_F(IngestCli, ExportIsByteIdenticalToExtract) {
  std::string corpus = MakeCorpus(5);
  RunResult extract = RunClaimtrace({"extract", corpus});
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  RunResult ingest = RunClaimtrace({"ingest", "--threads", "2", "--db", db_, "-q", corpus});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_TRUE(ingest.out.empty()) << ingest.out;  // --quiet
  RunResult exported = RunClaimtrace({"export", "--db", db_});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.OutLines().size(), 7u);
  // Export adds the cross-article ids ("entity", "claim", duplicate_of); without them it is
  // byte-identical to extract.
  std::vector<std::string> out = exported.OutLines(), want = extract.OutLines();
  ASSERT_EQ(out.size(), want.size());
  for (size_t i = 0; i < out.size(); ++i) {
    Result<Document> d = DocumentFromJson(out[i]);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    for (Entity& e : d->entities) {
      EXPECT_FALSE(e.global_id.empty()) << e.name;
      e.global_id.clear();
    }
    for (Statement& st : d->statements) st.claim_id.clear();
    d->duplicate_of.reset();
    EXPECT_EQ(DocumentToJson(*d), want[i]);
  }
}

TEST_F(IngestCli, DefaultDatabaseIsClaimtraceDbInTheWorkingDirectory) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  RunResult r = RunClaimtrace({"ingest", "-q", a}, {.cwd = dir_.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_.Path("claimtrace.db")));
  RunResult e = RunClaimtrace({"export"}, {.cwd = dir_.path()});
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.OutLines().size(), 1u);
}

TEST_F(IngestCli, ExportOfAMissingDatabaseIsAnErrorAndCreatesNothing) {
  RunResult r = RunClaimtrace({"export", "--db", db_});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  ASSERT_EQ(r.ErrLines(db_).size(), 1u) << r.err;
  EXPECT_NE(r.err.find("no such database"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db_));
}

TEST_F(IngestCli, ForeignOrDamagedDatabaseFilesAreRefusedUntouched) {
  const std::string notes = "Shopping list: milk, eggs.\n" + std::string(4000, '-');
  dir_.Write("t.db", notes);
  std::string a = dir_.Write("a.txt", TestArticle(1));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"export", "--db", db_},
        std::vector<std::string>{"ingest", "--db", db_, a}}) {
    RunResult r = RunClaimtrace(args);
    EXPECT_EQ(r.exit_code, 2) << args[0];
    ASSERT_EQ(r.ErrLines(db_).size(), 1u) << r.err;
    EXPECT_NE(r.err.find("not a usable claimtrace database"), std::string::npos) << r.err;
  }
  EXPECT_EQ(dir_.Read("t.db"), notes);
  // A directory given as the database.
  RunResult d = RunClaimtrace({"ingest", "--db", dir_.path(), a});
  EXPECT_EQ(d.exit_code, 2);
  EXPECT_NE(d.err.find("is a directory"), std::string::npos) << d.err;
}

TEST_F(IngestCli, TwoIngestsAtOnceShareTheStoreSafely) {
  // Two processes ingest overlapping corpora into one new database at the same time: both
  // finish without errors and the store holds the union, each document once.
  {
    std::ofstream a(dir_.Path("a.jsonl")), b(dir_.Path("b.jsonl"));
    for (int i = 0; i < 600; ++i) a << TestArticleJsonLine(i);
    for (int i = 300; i < 900; ++i) b << TestArticleJsonLine(i);
  }
  pid_t other =
      SpawnClaimtrace({"ingest", "-q", "--batch-size", "20", "--db", db_, dir_.Path("a.jsonl")});
  ASSERT_GT(other, 0);
  RunResult r =
      RunClaimtrace({"ingest", "-q", "--batch-size", "20", "--db", db_, dir_.Path("b.jsonl")});
  int status = 0;
  ASSERT_EQ(waitpid(other, &status, 0), other);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  Result<std::unique_ptr<Store>> store = Store::Open(db_, {.create_if_missing = false});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Counts()->documents, 900u);
  EXPECT_EQ((*store)->Counts()->sources, 1200u);
  Result<VerifyReport> v = (*store)->Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok()) << v->problems.front();
}

TEST_F(IngestCli, UnwritableDatabasePathIsAnError) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  std::string db = dir_.Path("no/such/dir/x.db");
  RunResult r = RunClaimtrace({"ingest", "--db", db, a});
  EXPECT_EQ(r.exit_code, 2);
  ASSERT_EQ(r.ErrLines(db).size(), 1u) << r.err;
  // Names the reason (was SQLite's "cannot open database: unable to open database file").
  EXPECT_NE(r.err.find("cannot create the database: no folder"), std::string::npos) << r.err;
}

TEST_F(IngestCli, SummaryDescribesTheRunAndTheStore) {
  std::string corpus = MakeCorpus(3);
  dir_.Write("corpus/empty.txt", "");
  RunResult r = RunClaimtrace({"ingest", "--db", db_, corpus});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("Ingested 5 articles from 5 inputs into " + db_), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("MB/s"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("stored      5 new documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("rejected    1 (see the errors above)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(db_ + " holds 5 documents from 5 sources"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Valley Courier"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("top speakers"), std::string::npos) << r.out;
}

TEST_F(IngestCli, ProgressBarOnlyOnATerminal) {
  std::string corpus = MakeCorpus(30);
  RunResult tty = RunClaimtrace({"ingest", "--db", db_, corpus}, {.stderr_tty = true});
  ASSERT_EQ(tty.exit_code, 0) << tty.err;
  EXPECT_NE(tty.err.find("\r"), std::string::npos) << tty.err;
  EXPECT_NE(tty.err.find(" docs "), std::string::npos) << tty.err;
  EXPECT_NE(tty.err.find("MB"), std::string::npos) << tty.err;
  // The bar is cleared at the end, so the summary on stdout starts on a clean line.
  EXPECT_EQ(tty.err.substr(tty.err.size() - 4), "\r\x1b[K") << tty.err;
  RunResult quiet = RunClaimtrace({"ingest", "-q", "--db", db_, corpus}, {.stderr_tty = true});
  EXPECT_EQ(quiet.err.find("\r"), std::string::npos) << quiet.err;
  RunResult piped = RunClaimtrace({"ingest", "--db", db_, corpus});
  EXPECT_TRUE(piped.err.empty()) << piped.err;
}

TEST_F(IngestCli, ErrorsPrintedDuringTheBarAreWholeLines) {
  std::string corpus = MakeCorpus(10);
  dir_.Write("corpus/zz_empty.txt", "");
  RunResult tty = RunClaimtrace({"ingest", "--db", db_, corpus}, {.stderr_tty = true});
  EXPECT_EQ(tty.exit_code, 1);
  // The terminal turns "\n" into "\r\n"; the error line must follow a line clear.
  size_t at = tty.err.find("claimtrace: error: " + dir_.Path("corpus/zz_empty.txt"));
  ASSERT_NE(at, std::string::npos) << tty.err;
  size_t line_end = tty.err.find('\n', at);
  ASSERT_NE(line_end, std::string::npos);
  EXPECT_EQ(tty.err.substr(at, line_end - at).find("docs"), std::string::npos)
      << "bar text inside the error line";
}

}  // namespace
}  // namespace claimtrace::testing
