// Tests for BatchWriter: whole documents with every annotation row, duplicates (across and within
// batches), batch boundaries, rejection of one bad document, and a killed writer process.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "claimtrace/store.h"
#include "store/sqlite.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

using store::MakeAnnotatedDocument;

class BatchWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ct_batch_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "claimtrace.db").string();
    Result<std::unique_ptr<Store>> s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  int64_t Query(const std::string& sql) {
    Result<int64_t> v = store_->database().QueryInt(sql);
    EXPECT_TRUE(v.ok()) << v.status().ToString();
    return v.value_or(-1);
  }

  // Documents visible to a second connection (i.e. committed).
  int64_t CommittedDocuments() {
    Result<std::unique_ptr<Store>> other = Store::Open(path_);
    EXPECT_TRUE(other.ok());
    return static_cast<int64_t>((*other)->Counts()->documents);
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(BatchWriterTest, StoresADocumentWithAllItsAnnotationRows) {
  BatchWriter w(store_.get());
  Result<AddOutcome> o = w.Add(MakeAnnotatedDocument(1));
  ASSERT_TRUE(o.ok()) << o.status().ToString();
  EXPECT_EQ(*o, AddOutcome::kStored);
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(w.stored(), 1u);
  EXPECT_EQ(w.batches(), 1u);
  EXPECT_EQ(Query("SELECT count(*) FROM documents WHERE outlet = 'Harbour Gazette'"
                  " AND published = '2024-03-02' AND language = 'en'"),
            1);
  EXPECT_EQ(Query("SELECT count(*) FROM removed WHERE rule = 'comment_prompt'"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM entities WHERE local_id = 'e1' AND name = 'Ilona Kravets'"
                  " AND type = 'PERSON' AND roles = '[\"Mayor\"]' AND mention_count = 2"),
            1);
  EXPECT_EQ(Query("SELECT count(*) FROM mentions WHERE text = 'Kravets'"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM statements WHERE speaker_entity = 'e1'"
                  " AND speaker_kind = 'person' AND cue = 'told' AND type = 'indirect'"
                  " AND content = '1001 households lost power on Tuesday' AND hedged = 0"),
            1);
  EXPECT_EQ(Query("SELECT count(*) FROM statement_via WHERE relation = 'told' AND entity = 'e2'"
                  " AND text = 'told the Harbour Gazette' AND idx = 0"),
            1);
  EXPECT_EQ(Query("SELECT count(*) FROM figures WHERE unit = 'households' AND low = 1001"
                  " AND statement_idx = 0 AND text = '1001 households'"),
            1);
  EXPECT_EQ(Query("SELECT count(*) FROM times WHERE value = '2024-03-05' AND text = 'Tuesday'"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM document_sources WHERE source = 'test/doc1.txt'"), 1);
}

TEST_F(BatchWriterTest, ReingestedDocumentIsADuplicateThatRemembersItsNewSource) {
  Document doc = MakeAnnotatedDocument(1);
  {
    BatchWriter w(store_.get());
    ASSERT_EQ(*w.Add(doc), AddOutcome::kStored);
    ASSERT_TRUE(w.Flush().ok());
  }
  BatchWriter w(store_.get());
  doc.source = "mirror/copy.txt";
  EXPECT_EQ(*w.Add(doc), AddOutcome::kDuplicate);
  EXPECT_EQ(*w.Add(doc), AddOutcome::kDuplicate);  // same source again: counted, not added
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(w.stored(), 0u);
  EXPECT_EQ(w.duplicates(), 2u);
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM entities"), 2);
  EXPECT_EQ(Query("SELECT times_seen FROM document_sources WHERE source = 'mirror/copy.txt'"), 2);
  Result<std::vector<std::string>> sources = store_->Sources(doc.id);
  ASSERT_TRUE(sources.ok());
  EXPECT_EQ(sources->size(), 2u);
}

TEST_F(BatchWriterTest, ACopyUnderAnotherOutletKeepsItsOutletUrlAndDate) {
  Document doc = MakeAnnotatedDocument(1);  // Harbour Gazette, 2024-03-02
  doc.url = "https://gazette.example/power";
  BatchWriter w(store_.get());
  ASSERT_EQ(*w.Add(doc), AddOutcome::kStored);
  Document reread = doc;  // the same outlet's article read again from another file: no copy
  reread.source = "backup/doc1.txt";
  ASSERT_EQ(*w.Add(reread), AddOutcome::kDuplicate);
  Document copy = doc;  // the same text run by a second outlet
  copy.source = "feeds/courier.jsonl:7";
  copy.outlet = "Valley Courier";
  copy.url = "https://courier.example/a/9";
  copy.published = "2024-03-03";
  copy.title = "Power cut hits the port";
  ASSERT_EQ(*w.Add(copy), AddOutcome::kDuplicate);
  Document bare = doc;  // no outlet and no URL: nothing to show as a copy
  bare.source = "paste.txt";
  bare.outlet.reset();
  bare.url.reset();
  ASSERT_EQ(*w.Add(bare), AddOutcome::kDuplicate);
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(w.duplicates(), 3u);
  EXPECT_EQ(w.copies(), 1u);
  Result<std::vector<DocumentCopy>> copies = store_->Copies(doc.id);
  ASSERT_TRUE(copies.ok()) << copies.status().ToString();
  ASSERT_EQ(copies->size(), 1u);
  EXPECT_EQ((*copies)[0].outlet, "Valley Courier");
  EXPECT_EQ((*copies)[0].url, "https://courier.example/a/9");
  EXPECT_EQ((*copies)[0].published, "2024-03-03");
  EXPECT_EQ((*copies)[0].title, "Power cut hits the port");
  EXPECT_EQ((*copies)[0].source, "feeds/courier.jsonl:7");
  // The stored document keeps the first outlet; every source is still listed.
  EXPECT_EQ(*store_->GetDocument(doc.id).value()->outlet, "Harbour Gazette");
  EXPECT_EQ(store_->Sources(doc.id)->size(), 4u);
  EXPECT_TRUE(store_->Copies("0000000000000000")->empty());
}

TEST_F(BatchWriterTest, DuplicateWithinOneBatchIsDetected) {
  BatchWriter w(store_.get());
  Document a = MakeAnnotatedDocument(3);
  Document b = a;
  b.source = "elsewhere.jsonl:7";
  b.title = "A different title, same text";
  EXPECT_EQ(*w.Add(a), AddOutcome::kStored);
  EXPECT_EQ(*w.Add(MakeAnnotatedDocument(4)), AddOutcome::kStored);
  EXPECT_EQ(*w.Add(b), AddOutcome::kDuplicate);
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(w.stored(), 2u);
  EXPECT_EQ(w.duplicates(), 1u);
  EXPECT_EQ(w.batches(), 1u);
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Query("SELECT count(*) FROM document_sources"), 3);
}

TEST_F(BatchWriterTest, CommitsWhenTheBatchIsFull) {
  BatchWriter w(store_.get(), {.max_documents = 3, .max_age = std::chrono::hours(1)});
  for (int i = 0; i < 7; ++i) {
    ASSERT_TRUE(w.Add(MakeAnnotatedDocument(i)).ok());
    ASSERT_TRUE(w.Tick().ok());
  }
  EXPECT_EQ(w.batches(), 2u);
  EXPECT_EQ(w.stored(), 6u);
  EXPECT_EQ(w.pending(), 1u);
  EXPECT_EQ(CommittedDocuments(), 6);
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(CommittedDocuments(), 7);
}

TEST_F(BatchWriterTest, CommitsWhenTheBatchIsOld) {
  BatchWriter w(store_.get(), {.max_documents = 1000, .max_age = std::chrono::milliseconds(30)});
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(0)).ok());
  ASSERT_TRUE(w.Tick().ok());
  EXPECT_EQ(w.batches(), 0u);
  std::this_thread::sleep_for(std::chrono::milliseconds(40));
  ASSERT_TRUE(w.Tick().ok());
  EXPECT_EQ(w.batches(), 1u);
  EXPECT_EQ(CommittedDocuments(), 1);
}

TEST_F(BatchWriterTest, ABadDocumentIsRejectedAloneAndTheBatchGoesOn) {
  BatchWriter w(store_.get());
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(0)).ok());
  Document bad_span = MakeAnnotatedDocument(1);
  bad_span.figures[0].span = {5, 100000};
  Result<AddOutcome> r1 = w.Add(bad_span);
  ASSERT_FALSE(r1.ok());
  EXPECT_EQ(r1.status().where().file, "test/doc1.txt");
  EXPECT_NE(r1.status().message().find("figure span"), std::string::npos) << r1.status().ToString();
  // Fails inside SQLite after the document and entity rows went in: NaN binds as NULL and
  // violates NOT NULL, so the savepoint must take the partial rows back out.
  Document bad_value = MakeAnnotatedDocument(2);
  bad_value.figures[0].low = std::numeric_limits<double>::quiet_NaN();
  Result<AddOutcome> r2 = w.Add(bad_value);
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.status().message().find("NOT NULL"), std::string::npos) << r2.status().ToString();
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(3)).ok());
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(w.stored(), 2u);
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Query("SELECT count(*) FROM entities"), 4);
  EXPECT_EQ(Query("SELECT count(*) FROM document_sources"), 2);
  Result<VerifyReport> v = store_->Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok()) << v->problems.front();
}

TEST_F(BatchWriterTest, ALockedDatabaseRejectsDocumentsNotTheRun) {
  BatchWriter w(store_.get());
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(0)).ok());
  ASSERT_TRUE(w.Flush().ok());
  // Another process holds the write lock longer than our busy timeout.
  Result<std::unique_ptr<Store>> other = Store::Open(path_);
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE((*other)->database().Exec("BEGIN IMMEDIATE").ok());
  sqlite3_busy_timeout(store_->database().get(), 50);
  Result<AddOutcome> blocked = w.Add(MakeAnnotatedDocument(1));
  ASSERT_FALSE(blocked.ok());
  EXPECT_NE(blocked.status().message().find("locked"), std::string::npos)
      << blocked.status().ToString();
  ASSERT_TRUE((*other)->database().Exec("COMMIT").ok());
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(2)).ok());
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(w.stored(), 2u);
  EXPECT_EQ(CommittedDocuments(), 2);
}

TEST_F(BatchWriterTest, AFullDiskRejectsDocumentsAndKeepsTheCommittedOnes) {
  BatchWriter w(store_.get());
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(0)).ok());
  ASSERT_TRUE(w.Flush().ok());
  // Cap the file at its current size: the next inserts fail with SQLITE_FULL.
  const int64_t pages = Query("PRAGMA page_count");
  ASSERT_TRUE(store_->database().Exec("PRAGMA max_page_count = " + std::to_string(pages)).ok());
  ASSERT_TRUE(w.Add(MakeAnnotatedDocument(2)).ok());  // small: fits in the open batch
  Document big = MakeAnnotatedDocument(1);
  big.text += "\n\n" + std::string(200000, 'x');
  big.id = DocumentId(big.text);
  Result<AddOutcome> full = w.Add(big);
  ASSERT_FALSE(full.ok());
  EXPECT_EQ(full.status().code(), StatusCode::kResourceExhausted) << full.status().ToString();
  EXPECT_EQ(full.status().where().file, "test/doc1.txt");
  // Whether SQLite kept the open batch or rolled it back, the counts must say what happened.
  Status flushed = w.Flush();
  EXPECT_EQ(w.stored() + w.lost(), 2u) << flushed.ToString();
  EXPECT_EQ(CommittedDocuments(), static_cast<int64_t>(w.stored()));
  if (w.lost() > 0) {
    EXPECT_NE(full.status().message().find("1 documents before it in the batch were not stored"),
              std::string::npos)
        << full.status().ToString();
  }
  // The writer stays usable once there is room again.
  ASSERT_TRUE(store_->database().Exec("PRAGMA max_page_count = 1000000").ok());
  ASSERT_TRUE(w.Add(big).ok());
  ASSERT_TRUE(w.Flush().ok());
  Result<VerifyReport> v = store_->Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok()) << v->problems.front();
}

TEST_F(BatchWriterTest, InvalidUtf8TextIsRejected) {
  BatchWriter w(store_.get());
  Document doc;
  doc.text = "caf\xE9";
  doc.id = DocumentId(doc.text);
  doc.source = "latin1.txt";
  Result<AddOutcome> r = w.Add(doc);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("UTF-8"), std::string::npos);
}

TEST_F(BatchWriterTest, AKilledWriterLeavesOnlyCommittedWholeDocuments) {
  store_.reset();
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    Result<std::unique_ptr<Store>> s = Store::Open(path_);
    if (!s.ok()) _exit(3);
    BatchWriter w(s->get(), {.max_documents = 5, .max_age = std::chrono::hours(1)});
    for (int i = 0; i < 13; ++i) {
      if (!w.Add(MakeAnnotatedDocument(i)).ok() || !w.Tick().ok()) _exit(4);
    }
    raise(SIGKILL);  // 3 documents are in an open transaction
    _exit(5);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
  Result<std::unique_ptr<Store>> s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->Counts()->documents, 10u);
  Result<VerifyReport> v = (*s)->Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok()) << v->problems.front();
  // Re-ingesting completes the rest.
  BatchWriter w(s->get());
  int stored = 0;
  for (int i = 0; i < 13; ++i) stored += *w.Add(MakeAnnotatedDocument(i)) == AddOutcome::kStored;
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(stored, 3);
  EXPECT_EQ((*s)->Counts()->documents, 13u);
}

}  // namespace
}  // namespace claimtrace
