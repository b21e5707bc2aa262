// Store: opening (checks before any write, then WAL, then migrations) and the read side.
// Documents are read back from their stored export-format JSON, so `export` writes exactly what
// `extract` wrote; Verify cross-checks that JSON against the normalised annotation rows.
// Covered by src/store/store_test.cc and the kill -9 test in tests/cli/store_cli_test.cc.
#include "claimtrace/store.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "claimtrace/export.h"
#include "store/document_blob.h"
#include "store/resolution_writer.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace claimtrace {

using store::Database;
using store::SqlStatement;

struct Store::Impl {
  std::unique_ptr<Database> db;
  std::unique_ptr<store::ResolutionWriter> resolution;  // destroyed before db
};

Result<store::ResolutionWriter*> Store::resolution_writer() {
  if (!impl_->resolution) {
    CT_ASSIGN_OR_RETURN(impl_->resolution, store::ResolutionWriter::Create(impl_->db.get()));
  }
  return impl_->resolution.get();
}

Store::Store() : impl_(std::make_unique<Impl>()) {}
Store::~Store() = default;

int Store::LatestSchemaVersion() { return store::SchemaMigrations().back().version; }

const std::string& Store::path() const { return impl_->db->path(); }

store::Database& Store::database() const { return *impl_->db; }

namespace {

// Whether this process may write the file and create its -wal/-shm companions next to it.
bool MayWrite(const std::string& path) {
  const std::filesystem::path p(path);
  const std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : ".";
  return ::access(path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK | X_OK) == 0;
}

bool Exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// "file:" URI of a path, with the characters URIs reserve percent-encoded.
std::string FileUri(const std::string& path, std::string_view query) {
  std::string uri = "file:";
  const std::string absolute = std::filesystem::absolute(path).string();
  for (unsigned char c : absolute) {
    if (c == '%' || c == '?' || c == '#' || c < 0x21 || c >= 0x7f) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    } else {
      uri += static_cast<char>(c);
    }
  }
  uri += '?';
  uri.append(query);
  return uri;
}

}  // namespace

// A file this process may not write. SQLite reads a WAL database read-only when its -shm and
// -wal files exist (a writer has it open); when neither exists and they cannot be created,
// nothing is pending in a WAL, and the file is opened immutable (a snapshot: no locks, no WAL).
// With only one of them, plain read-only is tried, so SQLite refuses rather than silently
// skipping commits left in a -wal.
Result<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path,
                                                   const StoreOptions& options) {
  const bool companions = Exists(path + "-wal") || Exists(path + "-shm");
  std::unique_ptr<Store> s(new Store());
  CT_ASSIGN_OR_RETURN(
      s->impl_->db, Database::Open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                   FileUri(path, companions ? "mode=ro" : "mode=ro&immutable=1")));
  Database& db = *s->impl_->db;
  sqlite3_busy_timeout(db.get(), options.busy_timeout_ms);
  CT_RETURN_IF_ERROR(store::CheckStoreFile(db, store::SchemaMigrations()));
  CT_ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  if (version < LatestSchemaVersion()) {
    return UnsupportedError("database schema version " + std::to_string(version) +
                                " is older than this claimtrace's (" +
                                std::to_string(LatestSchemaVersion()) +
                                ") and the file is read-only here; run `claimtrace resolve --db " +
                                path + "` once where it can be written, to upgrade it",
                            {.file = path});
  }
  return s;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  if (path.empty()) return InvalidArgumentError("the database path is empty");
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    return InvalidArgumentError("is a directory, not a database file", {.file = path});
  }
  if (!exists && options.create_if_missing) {
    const std::filesystem::path p(path);
    const std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : ".";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return NotFoundError("cannot create the database: no folder " + dir.string(), {.file = path});
    }
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
      return IoError(
          "cannot create the database: no write permission on the folder " + dir.string(),
          {.file = path});
    }
  }
  if (!exists && !options.create_if_missing) {
    return NotFoundError(
        "no such database (create it with `claimtrace ingest --db " + path + " PATH...`)",
        {.file = path});
  }
  if (exists && !MayWrite(path)) {
    if (options.reads_only) return OpenReadOnly(path, options);
    return IoError(
        "cannot write the database: no write permission on the file or its folder (commands "
        "that only read, like report, export and serve, can still open it)",
        {.file = path});
  }
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  std::unique_ptr<Store> s(new Store());
  CT_ASSIGN_OR_RETURN(s->impl_->db, Database::Open(path, flags));
  Database& db = *s->impl_->db;
  sqlite3_busy_timeout(db.get(), options.busy_timeout_ms);

  // Refuse foreign, damaged or too-new files before anything writes to them.
  CT_RETURN_IF_ERROR(store::CheckStoreFile(db, store::SchemaMigrations()));
  {
    CT_ASSIGN_OR_RETURN(SqlStatement wal, db.Prepare("PRAGMA journal_mode = WAL"));
    CT_ASSIGN_OR_RETURN(bool row, wal.Step());
    if (!row || wal.ColumnText(0) != "wal") {
      return IoError("cannot switch the database to WAL mode", {.file = path});
    }
  }
  // NORMAL is durable against a crashed or killed process in WAL mode (only an OS crash or
  // power loss can lose the last commits, never corrupt the file).
  CT_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"));
  CT_RETURN_IF_ERROR(store::Migrate(db, store::SchemaMigrations()));
  return s;
}

Result<StoreCounts> Store::Counts() const {
  Database& db = *impl_->db;
  StoreCounts c;
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db.Prepare("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM document_sources),"
                 " (SELECT count(*) FROM removed), (SELECT count(*) FROM entities),"
                 " (SELECT count(*) FROM mentions), (SELECT count(*) FROM statements),"
                 " (SELECT count(*) FROM figures), (SELECT count(*) FROM times)"));
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return InternalError("count query returned no row", {.file = path()});
  c.documents = st.ColumnInt(0);
  c.sources = st.ColumnInt(1);
  c.removed = st.ColumnInt(2);
  c.entities = st.ColumnInt(3);
  c.mentions = st.ColumnInt(4);
  c.statements = st.ColumnInt(5);
  c.figures = st.ColumnInt(6);
  c.times = st.ColumnInt(7);
  return c;
}

namespace {

// The document in column `column` of the current row, whose column 0 is its seq.
Result<Document> ParseStored(const Database& db, const SqlStatement& st, int column) {
  const int64_t seq = st.ColumnInt(0);
  Result<std::string> json = StoredDocumentJson(st, column);
  Result<Document> doc = json.ok() ? DocumentFromJson(*json) : Result<Document>(json.status());
  if (!doc.ok()) {
    return Status(
        StatusCode::kCorruption,
        "stored document #" + std::to_string(seq) + " is damaged: " + doc.status().message(),
        {.file = db.path()});
  }
  return doc;
}

}  // namespace

Result<std::optional<Document>> Store::GetDocument(std::string_view id) const {
  Database& db = *impl_->db;
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("SELECT seq, json FROM documents WHERE id = ?"));
  st.Bind(1, id);
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<Document>();
  CT_ASSIGN_OR_RETURN(Document doc, ParseStored(db, st, 1));
  return std::optional<Document>(std::move(doc));
}

Result<std::vector<std::string>> Store::Sources(std::string_view id) const {
  Database& db = *impl_->db;
  CT_ASSIGN_OR_RETURN(SqlStatement st,
                      db.Prepare("SELECT s.source FROM document_sources s JOIN documents d"
                                 " ON d.seq = s.document WHERE d.id = ?"
                                 " ORDER BY s.first_seen, s.source"));
  st.Bind(1, id);
  std::vector<std::string> out;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.emplace_back(st.ColumnText(0));
  }
  return out;
}

Result<std::vector<DocumentCopy>> Store::Copies(std::string_view id) const {
  Database& db = *impl_->db;
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db.Prepare("SELECT coalesce(s.outlet, ''), coalesce(s.url, ''),"
                 " coalesce(min(nullif(s.published, '')), ''), coalesce(max(s.title), ''),"
                 " min(s.first_seen) AS seen, min(s.source)"
                 " FROM document_sources s JOIN documents d ON d.seq = s.document"
                 " WHERE d.id = ?1 AND (coalesce(s.outlet, '') <> '' OR coalesce(s.url, '') <> '')"
                 " AND (coalesce(s.outlet, '') <> coalesce(d.outlet, '')"
                 " OR coalesce(s.url, '') <> coalesce(d.url, ''))"
                 " GROUP BY coalesce(s.outlet, ''), coalesce(s.url, '')"
                 " ORDER BY seen, min(s.source)"));
  st.Bind(1, id);
  std::vector<DocumentCopy> out;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({.outlet = std::string(st.ColumnText(0)),
                   .url = std::string(st.ColumnText(1)),
                   .published = std::string(st.ColumnText(2)),
                   .title = std::string(st.ColumnText(3)),
                   .source = std::string(st.ColumnText(5)),
                   .first_seen = std::string(st.ColumnText(4))});
  }
  return out;
}

Result<std::vector<std::string>> Store::DocumentIds() const {
  CT_ASSIGN_OR_RETURN(SqlStatement st, impl_->db->Prepare("SELECT id FROM documents ORDER BY seq"));
  std::vector<std::string> ids;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    ids.emplace_back(st.ColumnText(0));
  }
  return ids;
}

Status Store::ForEachDocument(const std::function<Status(Document&&)>& fn,
                              DiagnosticSink* damaged) const {
  Database& db = *impl_->db;
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("SELECT seq, json FROM documents ORDER BY seq"));
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    Result<Document> doc = ParseStored(db, st, 1);
    if (!doc.ok()) {
      if (damaged == nullptr) return doc.status();
      damaged->Error(doc.status());
      continue;
    }
    CT_RETURN_IF_ERROR(fn(std::move(doc).value()));
  }
  return Status::Ok();
}

Result<VerifyReport> Store::Verify() const {
  Database& db = *impl_->db;
  VerifyReport report;
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("PRAGMA integrity_check"));
    while (true) {
      CT_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      if (st.ColumnText(0) != "ok") {
        report.problems.push_back("integrity_check: " + std::string(st.ColumnText(0)));
      }
    }
  }
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("PRAGMA foreign_key_check"));
    while (true) {
      CT_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      report.problems.push_back("foreign_key_check: row " + std::to_string(st.ColumnInt(1)) +
                                " of " + std::string(st.ColumnText(0)) + " has no " +
                                std::string(st.ColumnText(2)));
    }
  }
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db.Prepare("SELECT d.seq, d.id, d.text, d.json,"
                 " (SELECT count(*) FROM removed WHERE document = d.seq),"
                 " (SELECT count(*) FROM entities WHERE document = d.seq),"
                 " (SELECT count(*) FROM mentions m JOIN entities e ON m.entity = e.id"
                 "   WHERE e.document = d.seq),"
                 " (SELECT count(*) FROM statements WHERE document = d.seq),"
                 " (SELECT count(*) FROM statement_via v JOIN statements s ON v.statement = s.id"
                 "   WHERE s.document = d.seq),"
                 " (SELECT count(*) FROM figures WHERE document = d.seq),"
                 " (SELECT count(*) FROM times WHERE document = d.seq),"
                 " (SELECT count(*) FROM document_sources WHERE document = d.seq)"
                 " FROM documents d ORDER BY d.seq"));
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    ++report.documents_checked;
    const int64_t seq = st.ColumnInt(0);
    const std::string label =
        "document #" + std::to_string(seq) + " (" + std::string(st.ColumnText(1)) + ")";
    Result<std::string> json = StoredDocumentJson(st, 3);
    Result<Document> doc = json.ok() ? DocumentFromJson(*json) : Result<Document>(json.status());
    if (!doc.ok()) {
      report.problems.push_back(label + ": stored JSON is damaged: " + doc.status().message());
      continue;
    }
    if (doc->id != st.ColumnText(1) || DocumentId(doc->text) != doc->id) {
      report.problems.push_back(label + ": id does not match its text");
    }
    if (doc->text != st.ColumnText(2)) {
      report.problems.push_back(label + ": text column differs from the JSON text");
    }
    uint64_t mentions = 0;
    for (const Entity& e : doc->entities) mentions += e.mentions.size();
    uint64_t via = 0;
    for (const Statement& s : doc->statements) via += s.via.size();
    const std::pair<const char*, uint64_t> expected[] = {
        {"removed", doc->removed.size()}, {"entities", doc->entities.size()},
        {"mentions", mentions},           {"statements", doc->statements.size()},
        {"statement_via", via},           {"figures", doc->figures.size()},
        {"times", doc->times.size()},
    };
    for (int i = 0; i < 7; ++i) {
      const uint64_t rows = static_cast<uint64_t>(st.ColumnInt(4 + i));
      if (rows != expected[i].second) {
        report.problems.push_back(label + ": " + std::to_string(rows) + " " + expected[i].first +
                                  " rows, its JSON has " + std::to_string(expected[i].second));
      }
    }
    if (st.ColumnInt(11) == 0) report.problems.push_back(label + ": no source recorded");
  }
  return report;
}

}  // namespace claimtrace
