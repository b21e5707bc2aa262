// A thin RAII layer over the SQLite C API for the store: one connection, prepared statements.
//
// Database owns a sqlite3 connection; SqlStatement owns one prepared statement and binds values by
// 1-based index. Every failure becomes a Status naming the database file and SQLite's own message
// (e.g. "claimtrace.db: file is not a database"), with SQLITE_NOTADB/SQLITE_CORRUPT mapped to
// kCorruption, SQLITE_FULL to kResourceExhausted and SQLITE_BUSY/LOCKED to kIoError. SQL text is
// never built from values: everything a user or an input supplies is bound. A Database and its
// SqlStatements are not synchronised (connections are opened with SQLITE_OPEN_NOMUTEX): use them
// from one thread at a time. SqlStatements must be destroyed before their Database.
//
//   CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("SELECT count(*) FROM documents WHERE outlet =
//   ?")); st.Bind(1, "Reuters");  CT_ASSIGN_OR_RETURN(bool row, st.Step());  int64_t n =
//   st.ColumnInt(0);
#ifndef CLAIMTRACE_STORE_SQLITE_H_
#define CLAIMTRACE_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/status.h"

namespace claimtrace::store {

class Database;

class SqlStatement {
 public:
  SqlStatement() = default;
  SqlStatement(SqlStatement&& other) noexcept;
  SqlStatement& operator=(SqlStatement&& other) noexcept;
  SqlStatement(const SqlStatement&) = delete;
  SqlStatement& operator=(const SqlStatement&) = delete;
  ~SqlStatement();

  // Binders remember the first failure; Step/Run report it.
  SqlStatement& Bind(int index, int64_t value);
  SqlStatement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  SqlStatement& Bind(int index, uint32_t value) { return Bind(index, static_cast<int64_t>(value)); }
  SqlStatement& Bind(int index, double value);
  SqlStatement& Bind(int index, std::string_view value);  // copied by SQLite (SQLITE_TRANSIENT)
  SqlStatement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  SqlStatement& Bind(int index, const std::string& value) {
    return Bind(index, std::string_view(value));
  }
  SqlStatement& Bind(int index, const std::optional<std::string>& value);
  SqlStatement& BindNull(int index);
  SqlStatement& BindBlob(int index, std::string_view bytes);  // copied by SQLite

  // Advances: true when a row is available, false when done.
  Result<bool> Step();
  // Steps until done (for INSERT/UPDATE/DDL), then resets the statement for reuse.
  Status Run();
  // Resets to run again and clears the bindings.
  void Reset();

  int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  std::string_view ColumnText(int column) const;  // valid until the next Step/Reset
  bool ColumnIsNull(int column) const;
  bool ColumnIsBlob(int column) const;
  std::string_view ColumnBlob(int column) const;  // valid until the next Step/Reset
  std::optional<std::string> ColumnOptionalText(int column) const;

  sqlite3_stmt* get() const { return stmt_; }

 private:
  friend class Database;
  SqlStatement(const Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  void Note(int rc, int index);

  const Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  int bind_error_ = SQLITE_OK;
  int bind_error_index_ = 0;
};

class Database {
 public:
  // `flags` are sqlite3_open_v2 flags. Fails with the SQLite reason and the path. A non-empty
  // `uri` ("file:...?immutable=1") is what is opened (with SQLITE_OPEN_URI); `path` names it.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, int flags,
                                                const std::string& uri = "");
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

  // Runs one or more SQL statements that take no parameters (DDL, PRAGMA, BEGIN/COMMIT).
  Status Exec(std::string_view sql);
  Result<SqlStatement> Prepare(std::string_view sql) const;
  // Runs `sql` (no parameters) and returns the first column of the first row as an integer.
  Result<int64_t> QueryInt(std::string_view sql) const;

  // A Status for SQLite result code `rc` with the connection's message, prefixed by `what`.
  Status Error(int rc, std::string_view what) const;

  int64_t changes() const { return sqlite3_changes64(db_); }
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// Maps a SQLite result code to the closest StatusCode.
StatusCode StatusCodeForSqlite(int rc);

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_SQLITE_H_
