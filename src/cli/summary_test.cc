// Tests for the ingest and store summaries: the numbers a reader needs are all there.
#include "claimtrace/cli/summary.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/test_documents.h"

namespace claimtrace::cli {
namespace {

std::string Capture(const std::function<void(std::FILE*)>& write) {
  std::FILE* f = std::tmpfile();
  write(f);
  std::rewind(f);
  std::string all;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) all.append(buf, n);
  std::fclose(f);
  return all;
}

TEST(Summary, IngestSummaryReportsEveryCount) {
  IngestSummary s{.db_path = "x.db",
                  .inputs = 9,
                  .articles = 12,
                  .stored = 10,
                  .duplicates = 2,
                  .copies = 1,
                  .rejected = 1,
                  .lost = 0,
                  .removed_boilerplate = 14,
                  .removed_repeat = 1,
                  .entities = 1234,
                  .statements = 45,
                  .figures = 6,
                  .times = 1,
                  .bytes = 3'000'000,
                  .seconds = 1.5,
                  .threads = 2};
  std::string out = Capture([&](std::FILE* f) { PrintIngestSummary(s, f); });
  EXPECT_NE(out.find("Ingested 12 articles from 9 inputs into x.db (1.5 s, 3.0 MB, 2.00 MB/s, "
                     "2 threads)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("stored      10 new documents"), std::string::npos) << out;
  EXPECT_NE(out.find("duplicates  2 (already in the store; 1 run by another outlet or at another "
                     "URL;"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("rejected    1 (see the errors above)"), std::string::npos) << out;
  EXPECT_NE(out.find("14 boilerplate pieces, 1 repeat"), std::string::npos) << out;
  EXPECT_NE(out.find("1,234 entities, 45 statements, 6 figures, 1 time expression"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("not stored"), std::string::npos);
  s.bytes = 31'400;
  s.lost = 3;
  std::string small = Capture([&](std::FILE* f) { PrintIngestSummary(s, f); });
  EXPECT_NE(small.find("(1.5 s, 31 KB, 0.02 MB/s, 2 threads)"), std::string::npos) << small;
  EXPECT_NE(small.find("not stored  3 (their batch failed to commit"), std::string::npos) << small;
}

TEST(Summary, StoreSummaryListsTopEntitiesAndSpeakers) {
  auto dir = std::filesystem::temp_directory_path() / ("ct_summary_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    auto store = Store::Open((dir / "s.db").string());
    ASSERT_TRUE(store.ok());
    std::string empty =
        Capture([&](std::FILE* f) { ASSERT_TRUE(PrintStoreSummary(**store, f).ok()); });
    EXPECT_NE(empty.find("holds 0 documents"), std::string::npos) << empty;
    EXPECT_NE(empty.find("top speakers (statements): none yet"), std::string::npos) << empty;
    BatchWriter w(store->get());
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(w.Add(store::MakeAnnotatedDocument(i)).ok());
    ASSERT_TRUE(w.Flush().ok());
    std::string out =
        Capture([&](std::FILE* f) { ASSERT_TRUE(PrintStoreSummary(**store, f).ok()); });
    EXPECT_NE(out.find("holds 3 documents from 3 sources, published 2024-03-01 to 2024-03-03"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("3  Ilona Kravets  (person)"), std::string::npos) << out;
    EXPECT_NE(out.find("3  Harbour Gazette  (ORG)"), std::string::npos) << out;
    EXPECT_NE(out.find("3  comment_prompt  (boilerplate)"), std::string::npos) << out;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace claimtrace::cli
