// The kill -9 test, for real: a generated corpus is ingested by the binary, which is SIGKILLed
// in the middle (twice, at different points); after each kill the database must open, pass
// PRAGMA integrity_check, hold only whole documents (annotation rows matching each document's
// JSON), and a re-run must store exactly the rest.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "claimtrace/store.h"
#include "cli_runner.h"
#include "store/sqlite.h"
#include "test_articles.h"

namespace claimtrace::testing {
namespace {

// Committed documents, read through a separate read-only connection; -1 while not readable.
int64_t CommittedDocuments(const std::string& db) {
  if (!std::filesystem::exists(db)) return -1;
  Result<std::unique_ptr<store::Database>> conn = store::Database::Open(db, SQLITE_OPEN_READONLY);
  if (!conn.ok()) return -1;
  sqlite3_busy_timeout((*conn)->get(), 100);
  Result<int64_t> n = (*conn)->QueryInt("SELECT count(*) FROM documents");
  return n.ok() ? *n : -1;
}

// Starts an ingest and SIGKILLs it once at least `at_least` documents are committed. Returns
// false if the ingest finished before it could be killed.
bool IngestAndKill(const std::string& corpus, const std::string& db, int64_t at_least) {
  pid_t pid =
      SpawnClaimtrace({"ingest", "--db", db, "--batch-size", "25", "--threads", "2", "-q", corpus});
  EXPECT_GT(pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return false;  // finished first
    if (CommittedDocuments(db) >= at_least) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

// 1234 -> "1,234", as the ingest summary prints counts.
std::string Grouped(uint64_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// Resolution runs inside each batch's transaction: every committed document is resolved exactly
// once, and the resolve state counts exactly the committed documents (nothing half-resolved).
void ExpectFullyResolved(const Store& store, uint64_t documents) {
  store::Database& db = store.database();
  auto q = [&](const char* sql) {
    Result<int64_t> v = db.QueryInt(sql);
    EXPECT_TRUE(v.ok()) << sql << ": " << v.status().ToString();
    return v.ok() ? static_cast<uint64_t>(*v) : UINT64_MAX;
  };
  EXPECT_EQ(q("SELECT count(*) FROM documents WHERE resolved = 1"), documents);
  EXPECT_EQ(q("SELECT count(*) FROM dup_documents"), documents);
  EXPECT_EQ(q("SELECT count(*) FROM document_story"), documents);
  EXPECT_EQ(q("SELECT coalesce(max(value), 0) FROM resolve_counters"
              " WHERE name = 'story_documents'"),
            documents);
  EXPECT_EQ(q("SELECT count(*) FROM statements WHERE claim IS NOT NULL"),
            q("SELECT count(*) FROM claim_reports"));
  EXPECT_EQ(q("SELECT coalesce(sum(reports), 0) FROM claims"), q("SELECT count(*) FROM claim_reports"));
  EXPECT_EQ(q("SELECT count(*) FROM claim_reports r LEFT JOIN documents d ON d.id = r.doc"
              " WHERE d.seq IS NULL"),
            0u);
  EXPECT_EQ(q("SELECT count(*) FROM figure_facts f LEFT JOIN documents d ON d.id = f.doc"
              " WHERE d.seq IS NULL"),
            0u);
}

// Every document's global entity and claim ids, in ingest order, as one string.
std::string ResolutionFingerprint(const std::string& db) {
  Result<std::unique_ptr<Store>> store = Store::Open(db, {.create_if_missing = false});
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return "";
  Result<store::SqlStatement> st = (*store)->database().Prepare(
      "SELECT d.id || ':' || coalesce(d.duplicate_of, '') || ':' ||"
      " coalesce((SELECT group_concat(coalesce(global_entity, 0), ',') FROM"
      "   (SELECT global_entity FROM entities WHERE document = d.seq ORDER BY idx)), '') || ':' ||"
      " coalesce((SELECT group_concat(coalesce(claim, 0), ',') FROM"
      "   (SELECT claim FROM statements WHERE document = d.seq ORDER BY idx)), '')"
      " FROM documents d ORDER BY d.seq");
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  if (!st.ok()) return "";
  std::string out;
  while (true) {
    Result<bool> row = st->Step();
    if (!row.ok() || !*row) break;
    out += std::string(st->ColumnText(0)) + "\n";
  }
  return out;
}

void ExpectWholeDocumentsOnly(const std::string& db, uint64_t* count) {
  Result<std::unique_ptr<Store>> store = Store::Open(db, {.create_if_missing = false});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<VerifyReport> report = (*store)->Verify();
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->ok()) << report->problems.front();
  *count = report->documents_checked;
  Result<StoreCounts> counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, *count);
  ExpectFullyResolved(**store, *count);
}

TEST(StoreCli, KillMinus9MidIngestLeavesOnlyWholeDocumentsAndARerunCompletes) {
  if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  TempDir dir;
  const std::string db = dir.Path("kill.db");
  int total = 1500;
  for (int attempt = 0; attempt < 4; ++attempt, total *= 2) {
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
    {
      std::ofstream feed(dir.Path("feed.jsonl"), std::ios::trunc);
      for (int i = 0; i < total; ++i) feed << TestArticleJsonLine(i);
    }
    // First kill right after the first batches, the second one further in.
    if (!IngestAndKill(dir.Path("feed.jsonl"), db, 1)) continue;
    uint64_t after_first = 0;
    ExpectWholeDocumentsOnly(db, &after_first);
    if (HasFatalFailure()) return;
    ASSERT_LT(after_first, static_cast<uint64_t>(total));
    if (!IngestAndKill(dir.Path("feed.jsonl"), db, static_cast<int64_t>(after_first) + 50)) {
      continue;
    }
    uint64_t after_second = 0;
    ExpectWholeDocumentsOnly(db, &after_second);
    if (HasFatalFailure()) return;
    EXPECT_GE(after_second, after_first);
    ASSERT_LT(after_second, static_cast<uint64_t>(total));

    // Whole-feed ingests get a generous limit: on a loaded 2-core machine 3,000 articles can
    // take longer than the runner's default minute.
    RunOptions slow;
    slow.timeout = std::chrono::minutes(10);
    RunResult rest = RunClaimtrace({"ingest", "--db", db, dir.Path("feed.jsonl")}, slow);
    ASSERT_EQ(rest.exit_code, 0) << (rest.timed_out ? "timed out; " : "") << rest.err;
    EXPECT_NE(rest.out.find("stored      " + Grouped(total - after_second) + " new"),
              std::string::npos)
        << rest.out;
    EXPECT_NE(rest.out.find("duplicates  " + Grouped(after_second)), std::string::npos) << rest.out;
    uint64_t final_count = 0;
    ExpectWholeDocumentsOnly(db, &final_count);
    EXPECT_EQ(final_count, static_cast<uint64_t>(total));
    // Resolution after two kills equals resolution in one uninterrupted run.
    const std::string fresh = dir.Path("fresh.db");
    RunResult once =
        RunClaimtrace({"ingest", "--quiet", "--db", fresh, dir.Path("feed.jsonl")}, slow);
    ASSERT_EQ(once.exit_code, 0) << (once.timed_out ? "timed out; " : "") << once.err;
    EXPECT_EQ(ResolutionFingerprint(db), ResolutionFingerprint(fresh));
    std::printf("killed at %llu and %llu of %d documents\n",
                static_cast<unsigned long long>(after_first),
                static_cast<unsigned long long>(after_second), total);
    return;
  }
  FAIL() << "the ingest always finished before it could be killed";
}

}  // namespace
}  // namespace claimtrace::testing
