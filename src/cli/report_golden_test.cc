// Golden report: tests/golden/report/corpus.jsonl (documents in the compact annotated form of
// src/resolve/test_documents.h, so the output does not move when the NLP stages change) is
// stored and resolved, and `claimtrace report` in text and JSON must equal corpus.txt and
// corpus.json. CLAIMTRACE_UPDATE_GOLDEN=1 rewrites the expected files (review the diff).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimtrace/cli/resolution.h"
#include "claimtrace/store.h"
#include "resolve/test_documents.h"

namespace claimtrace::cli {
namespace {

namespace fs = std::filesystem;

std::string Dir() {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::string(env ? env : CLAIMTRACE_SOURCE_DIR) + "/tests/golden/report";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Check(const std::string& got, const std::string& path) {
  if (std::getenv("CLAIMTRACE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << got;
    return;
  }
  EXPECT_EQ(got, ReadFile(path)) << "golden file " << path
                                 << " differs (CLAIMTRACE_UPDATE_GOLDEN=1 rewrites it)";
}

// Stores and resolves tests/golden/report/NAME.jsonl and checks `report` (text and JSON)
// against NAME.txt and NAME.json.
void CheckReport(const std::string& name) {
  Result<std::vector<Document>> docs = resolve::ReadGoldenDocuments(Dir() + "/" + name + ".jsonl");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  const fs::path db = fs::temp_directory_path() /
                      ("ct_report_golden_" + name + "_" + std::to_string(::getpid()) + ".db");
  fs::remove(db);
  {
    Result<std::unique_ptr<Store>> store = Store::Open(db.string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    BatchWriter writer(store->get());
    for (const Document& d : *docs) ASSERT_TRUE(writer.Add(d).ok());
    ASSERT_TRUE(writer.Flush().ok());
    EXPECT_TRUE(writer.TakeResolutionProblems().empty());

    char* buf = nullptr;
    size_t size = 0;
    std::FILE* mem = open_memstream(&buf, &size);
    ASSERT_NE(mem, nullptr);
    ASSERT_TRUE(PrintReport(**store, {.top = 8}, mem).ok());
    std::fclose(mem);
    std::string text(buf, size);
    std::free(buf);
    // The first line names the database file, which is a temporary path here.
    text = text.substr(text.find('\n') + 1);
    Check(text, Dir() + "/" + name + ".txt");

    Result<std::string> json = ReportJson(**store, 8);
    ASSERT_TRUE(json.ok()) << json.status().ToString();
    Check(*json + "\n", Dir() + "/" + name + ".json");
  }
  fs::remove(db);
  fs::remove(db.string() + "-wal");
  fs::remove(db.string() + "-shm");
}

TEST(ReportGolden, TextAndJsonReportOfTheGoldenCorpus) { CheckReport("corpus"); }

// Found by using the product on invented articles (round 4 audit): a name with and without its
// diacritics ("Dragan Kovačević" / "Dragan Kovacevic") is one person; an article repeating a
// claim is one report; a relay's "citing an interview with Radio Ostra" is not shown as the
// speaker's source; a dateline in capitals ("OSTRAVEL") is not the display name.
TEST(ReportGolden, TextAndJsonReportOfTheAuditCorpus) { CheckReport("audit"); }

}  // namespace
}  // namespace claimtrace::cli
