// Tests for Store: opening (WAL, refusals, damage), reading back in ingest order, Verify.
#include "claimtrace/store.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "claimtrace/export.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

using store::MakeAnnotatedDocument;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ct_store_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "claimtrace.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> OpenOk(const StoreOptions& options = {}) {
    Result<std::unique_ptr<Store>> s = Store::Open(path_, options);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  void Fill(int n) {
    auto s = OpenOk();
    BatchWriter w(s.get());
    for (int i = 0; i < n; ++i) ASSERT_TRUE(w.Add(MakeAnnotatedDocument(i)).ok());
    ASSERT_TRUE(w.Flush().ok());
  }

  static std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreTest, OpenCreatesAWalDatabaseAtTheLatestVersion) {
  auto s = OpenOk();
  ASSERT_NE(s, nullptr);
  Result<store::SqlStatement> mode = s->database().Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(*mode->Step());
  EXPECT_EQ(mode->ColumnText(0), "wal");
  EXPECT_EQ(*s->database().QueryInt("PRAGMA user_version"), Store::LatestSchemaVersion());
  EXPECT_EQ(*s->database().QueryInt("PRAGMA foreign_keys"), 1);
  Result<StoreCounts> c = s->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 0u);
}

TEST_F(StoreTest, MissingFileWithoutCreateIsNotFound) {
  Result<std::unique_ptr<Store>> s = Store::Open(path_, {.create_if_missing = false});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.status().where().file, path_);
  EXPECT_FALSE(std::filesystem::exists(path_));
}

TEST_F(StoreTest, DirectoryIsRefused) {
  Result<std::unique_ptr<Store>> s = Store::Open(dir_.string());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("directory"), std::string::npos);
}

TEST_F(StoreTest, TextFileIsRefusedAndLeftUntouched) {
  const std::string content = "not a database at all\n" + std::string(3000, 'z');
  std::ofstream(path_) << content;
  Result<std::unique_ptr<Store>> s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kCorruption);
  EXPECT_NE(s.status().ToString().find(path_ + ": "), std::string::npos) << s.status().ToString();
  EXPECT_NE(s.status().message().find("not a database"), std::string::npos);
  EXPECT_EQ(ReadAll(path_), content);
}

TEST_F(StoreTest, NewerSchemaIsRefused) {
  { auto s = OpenOk(); }
  {
    auto db = store::Database::Open(path_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 99").ok());
  }
  Result<std::unique_ptr<Store>> s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(s.status().message().find("99"), std::string::npos) << s.status().ToString();
}

// Runs `body` in a child process that cannot write dir_ or the store: as root (which ignores
// file modes) the child drops to uid/gid 65534 ("nobody"); otherwise dir_ is made read-only.
// The child's exit code is `body`'s result (0 = passed); messages go to stderr.
constexpr int kCannotReach = 77;

int RunWithoutWriteAccess(const std::filesystem::path& dir, const std::function<int()>& body) {
  std::filesystem::permissions(
      dir, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
               std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
               std::filesystem::perms::others_exec);
  const bool root = ::geteuid() == 0;
  if (!root) {
    std::filesystem::permissions(dir, std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::remove);
  }
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(90);
    // A temporary folder the unprivileged user cannot even reach (TMPDIR under /root): no test.
    if (::access(dir.c_str(), R_OK | X_OK) != 0) ::_exit(kCannotReach);
    ::_exit(body());
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  std::filesystem::permissions(dir, std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

TEST_F(StoreTest, ReadOnlyFileOpensForReadingAndRefusesWriting) {
  // Another user's store, or one on a read-only share: report/export/serve used to fail with
  // "attempt to write a readonly database" (exit 2) before reading anything.
  Fill(3);
  std::filesystem::permissions(
      path_, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                 std::filesystem::perms::group_read | std::filesystem::perms::others_read);
  ASSERT_FALSE(std::filesystem::exists(path_ + "-wal"));  // closed cleanly: no companions
  const std::string path = path_;
  const int code = RunWithoutWriteAccess(dir_, [path]() -> int {
    auto reader = Store::Open(path, {.create_if_missing = false, .reads_only = true});
    if (!reader.ok()) {
      std::fprintf(stderr, "read-only open failed: %s\n", reader.status().ToString().c_str());
      return 1;
    }
    auto counts = (*reader)->Counts();
    if (!counts.ok() || counts->documents != 3) return 2;
    auto writer = Store::Open(path);
    if (writer.ok()) return 3;
    if (writer.status().message().find("cannot write the database") == std::string::npos) {
      std::fprintf(stderr, "unexpected: %s\n", writer.status().ToString().c_str());
      return 4;
    }
    return 0;
  });
  if (code == kCannotReach) GTEST_SKIP() << "the temporary folder is out of reach for uid 65534";
  EXPECT_EQ(code, 0);
  EXPECT_FALSE(std::filesystem::exists(path_ + "-wal"));  // nothing was written next to it
}

TEST_F(StoreTest, ANewDatabaseWhereNoneCanBeCreatedIsNamedClearly) {
  // Was "cannot open database: unable to open database file".
  Result<std::unique_ptr<Store>> nowhere = Store::Open((dir_ / "no" / "such" / "x.db").string());
  ASSERT_FALSE(nowhere.ok());
  EXPECT_NE(nowhere.status().message().find("cannot create the database: no folder"),
            std::string::npos)
      << nowhere.status().ToString();
  const std::string path = (dir_ / "new.db").string();
  const int code = RunWithoutWriteAccess(dir_, [path]() -> int {
    auto s = Store::Open(path);
    if (s.ok()) return 1;
    if (s.status().message().find("no write permission on the folder") == std::string::npos) {
      std::fprintf(stderr, "unexpected: %s\n", s.status().ToString().c_str());
      return 2;
    }
    return 0;
  });
  if (code == kCannotReach) GTEST_SKIP() << "the temporary folder is out of reach for uid 65534";
  EXPECT_EQ(code, 0);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(StoreTest, DamagedFileIsAnErrorNotACrash) {
  Fill(40);
  // Overwrite everything after the 100-byte header and the first page with garbage.
  std::string bytes = ReadAll(path_);
  ASSERT_GT(bytes.size(), 8192u);
  for (size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) & 0xFF);
  std::filesystem::remove(path_ + "-wal");
  std::filesystem::remove(path_ + "-shm");
  std::ofstream(path_, std::ios::binary | std::ios::trunc) << bytes;
  Result<std::unique_ptr<Store>> s = Store::Open(path_);
  if (!s.ok()) {
    EXPECT_EQ(s.status().code(), StatusCode::kCorruption) << s.status().ToString();
    return;
  }
  // The header survived: reading must report the damage.
  Result<VerifyReport> v = (*s)->Verify();
  Status each = (*s)->ForEachDocument([](Document&&) { return Status::Ok(); });
  EXPECT_TRUE(!v.ok() || !v->ok() || !each.ok());
}

TEST_F(StoreTest, ReadsBackEveryDocumentInIngestOrderExactly) {
  std::vector<Document> docs;
  for (int i : {5, 2, 9, 0}) docs.push_back(MakeAnnotatedDocument(i));
  {
    auto s = OpenOk();
    // Unresolved: resolution adds global ids to the stored JSON (see resolution_test.cc).
    BatchWriter w(s.get(), {.max_documents = 2, .resolve = false});
    for (const Document& d : docs) {
      ASSERT_TRUE(w.Add(d).ok());
      ASSERT_TRUE(w.Tick().ok());
    }
    ASSERT_TRUE(w.Flush().ok());
  }
  auto s = OpenOk();
  std::vector<std::string> got;
  ASSERT_TRUE(s->ForEachDocument([&](Document&& d) {
                 got.push_back(DocumentToJson(d));
                 return Status::Ok();
               }).ok());
  ASSERT_EQ(got.size(), docs.size());
  for (size_t i = 0; i < docs.size(); ++i) EXPECT_EQ(got[i], DocumentToJson(docs[i]));

  Result<std::vector<std::string>> ids = s->DocumentIds();
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), docs.size());
  for (size_t i = 0; i < docs.size(); ++i) EXPECT_EQ((*ids)[i], docs[i].id);

  Result<std::optional<Document>> one = s->GetDocument(docs[2].id);
  ASSERT_TRUE(one.ok() && one->has_value());
  EXPECT_EQ(DocumentToJson(**one), DocumentToJson(docs[2]));
  Result<std::optional<Document>> none = s->GetDocument("0000000000000000");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST_F(StoreTest, ForEachDocumentStopsAtTheCallersError) {
  Fill(5);
  auto s = OpenOk();
  int seen = 0;
  Status st = s->ForEachDocument(
      [&](Document&&) { return ++seen == 2 ? IoError("stdout closed") : Status::Ok(); });
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_EQ(seen, 2);
}

TEST_F(StoreTest, VerifyPassesOnASoundStoreAndFindsMissingRows) {
  Fill(6);
  auto s = OpenOk();
  Result<VerifyReport> v = s->Verify();
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_TRUE(v->ok()) << v->problems.front();
  EXPECT_EQ(v->documents_checked, 6u);
  ASSERT_TRUE(s->database()
                  .Exec("DELETE FROM mentions WHERE (entity, idx) IN"
                        " (SELECT entity, idx FROM mentions ORDER BY entity LIMIT 1)")
                  .ok());
  ASSERT_TRUE(s->database().Exec("DELETE FROM times WHERE document = 3").ok());
  v = s->Verify();
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(v->problems.size(), 2u);
  EXPECT_NE(v->problems[0].find("mentions"), std::string::npos) << v->problems[0];
  EXPECT_NE(v->problems[1].find("document #3"), std::string::npos) << v->problems[1];
}

TEST_F(StoreTest, CountsEveryTable) {
  Fill(3);
  auto s = OpenOk();
  Result<StoreCounts> c = s->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 3u);
  EXPECT_EQ(c->sources, 3u);
  EXPECT_EQ(c->removed, 3u);
  EXPECT_EQ(c->entities, 6u);
  EXPECT_EQ(c->mentions, 9u);
  EXPECT_EQ(c->statements, 3u);
  EXPECT_EQ(c->figures, 3u);
  EXPECT_EQ(c->times, 3u);
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

TEST_F(StoreTest, DamagedStoredDocumentIsReportedAndSkipped) {
  Fill(3);
  auto s = OpenOk();
  ASSERT_TRUE(s->database().Exec("UPDATE documents SET json = '{\"id\": 7' WHERE seq = 2").ok());
  CollectingDiagnostics diag;
  int seen = 0;
  ASSERT_TRUE(s->ForEachDocument(
                   [&](Document&&) {
                     ++seen;
                     return Status::Ok();
                   },
                   &diag)
                  .ok());
  EXPECT_EQ(seen, 2);
  ASSERT_EQ(diag.errors().size(), 1u);
  EXPECT_NE(diag.errors()[0].message().find("#2"), std::string::npos);
  Status stop = s->ForEachDocument([&](Document&&) { return Status::Ok(); });
  EXPECT_EQ(stop.code(), StatusCode::kCorruption);
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

int64_t CountMatches(const Store& s, std::string_view sql, std::string_view query) {
  Result<store::SqlStatement> st = s.database().Prepare(sql);
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  st->Bind(1, query);
  Result<bool> row = st->Step();
  EXPECT_TRUE(row.ok() && *row);
  return st->ColumnInt(0);
}

TEST_F(StoreTest, FullTextIndexesFollowDocumentsAndStatements) {
  Fill(3);
  auto s = OpenOk();
  constexpr std::string_view kDocs =
      "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?";
  constexpr std::string_view kStatements =
      "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?";
  EXPECT_EQ(CountMatches(*s, kDocs, "overnight"), 3);
  EXPECT_EQ(CountMatches(*s, kDocs, "title:1001"), 1);
  EXPECT_EQ(CountMatches(*s, kDocs, "\"ремонт триває\""), 3);  // non-Latin text is indexed too
  EXPECT_EQ(CountMatches(*s, kStatements, "households AND speaker_name:kravets"), 3);
  ASSERT_TRUE(s->database().Exec("DELETE FROM documents WHERE seq = 1").ok());
  EXPECT_EQ(CountMatches(*s, kDocs, "overnight"), 2);
  EXPECT_EQ(CountMatches(*s, kStatements, "households"), 2);
  ASSERT_TRUE(s->database().Exec("PRAGMA integrity_check").ok());
  ASSERT_TRUE(s->database()
                  .Exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
                  .ok());
}

TEST_F(StoreTest, UpgradeFromVersionOneIndexesExistingDocuments) {
  {
    // A version-1 store: only the first migration applied, then documents written by hand.
    Result<std::unique_ptr<store::Database>> db =
        store::Database::Open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(**db, store::SchemaMigrations().first(1)).ok());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO documents (id, source, language, text, json, ingested_at) "
                           "VALUES ('a', 's', 'en', 'old harbour text', '{}', 'now')")
                    .ok());
  }
  auto s = OpenOk();  // migrates to the latest version
  EXPECT_EQ(
      CountMatches(*s, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", "harbour"),
      1);
}

TEST_F(StoreTest, UpgradeFromVersionFourKeepsEverythingAndRecordsCopiesFromThenOn) {
  Document doc = MakeAnnotatedDocument(3);
  {
    // A version-4 store written by the version-4 code path: the first four migrations, then one
    // document stored and read again from a mirror (a source row without outlet or date).
    Result<std::unique_ptr<store::Database>> db =
        store::Database::Open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(**db, store::SchemaMigrations().first(4)).ok());
    ASSERT_EQ(*store::CurrentSchemaVersion(**db), 4);
    Result<store::SqlStatement> ins = (*db)->Prepare(
        "INSERT INTO documents (id, source, outlet, url, title, published, language, text, json,"
        " ingested_at) VALUES (?1, ?2, ?3, 'https://gazette.example/x', ?4, ?5, 'en', ?6,"
        " ?7, '2024-03-04T10:00:00Z')");
    ASSERT_TRUE(ins.ok());
    ins->Bind(1, doc.id)
        .Bind(2, doc.source)
        .Bind(3, *doc.outlet)
        .Bind(4, *doc.title)
        .Bind(5, *doc.published)
        .Bind(6, doc.text)
        .Bind(7, DocumentToJson(doc));
    ASSERT_TRUE(ins->Run().ok());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO document_sources (document, source, first_seen, last_seen,"
                           " times_seen) VALUES (1, '" +
                           doc.source + "', 't1', 't1', 1), (1, 'mirror/x.txt', 't2', 't3', 2)")
                    .ok());
  }
  {
    auto s = OpenOk();  // upgrades in place
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(*s->database().QueryInt("PRAGMA user_version"), Store::LatestSchemaVersion());
    Result<std::optional<Document>> back = s->GetDocument(doc.id);
    ASSERT_TRUE(back.ok() && *back);
    EXPECT_EQ(DocumentToJson(**back), DocumentToJson(doc));
    EXPECT_EQ(*s->Sources(doc.id), (std::vector<std::string>{doc.source, "mirror/x.txt"}));
    EXPECT_EQ(*s->database().QueryInt("SELECT times_seen FROM document_sources"
                                      " WHERE source = 'mirror/x.txt'"),
              2);
    // The first-read row gets the document's metadata; the mirror's was never kept.
    EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM document_sources WHERE outlet ="
                                      " 'Harbour Gazette' AND published IS NOT NULL"),
              1);
    EXPECT_TRUE(s->Copies(doc.id)->empty());
    // From now on a second outlet's copy is kept.
    Document copy = doc;
    copy.source = "courier.jsonl:2";
    copy.outlet = "Valley Courier";
    BatchWriter w(s.get());
    ASSERT_EQ(*w.Add(copy), AddOutcome::kDuplicate);
    ASSERT_TRUE(w.Flush().ok());
    ASSERT_EQ(s->Copies(doc.id)->size(), 1u);
    EXPECT_EQ((*s->Copies(doc.id))[0].outlet, "Valley Courier");
  }
  auto again = OpenOk();  // opening the upgraded store again changes nothing
  EXPECT_EQ(again->Counts()->documents, 1u);
  EXPECT_EQ(again->Counts()->sources, 3u);
}

TEST_F(StoreTest, NewerSchemaIsOneLineNamingTheFile) {
  { auto s = OpenOk(); }
  {
    auto db = store::Database::Open(path_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(
        (*db)
            ->Exec("PRAGMA user_version = " + std::to_string(Store::LatestSchemaVersion() + 1))
            .ok());
  }
  for (bool reads_only : {false, true}) {
    Result<std::unique_ptr<Store>> s = Store::Open(path_, {.reads_only = reads_only});
    ASSERT_FALSE(s.ok());
    const std::string line = s.status().ToString();
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    EXPECT_NE(line.find(path_), std::string::npos) << line;
    EXPECT_NE(line.find("newer"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace claimtrace
