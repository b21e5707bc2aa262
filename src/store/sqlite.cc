// SQLite wrapper: statements are prepared once and reused; binding errors are held until Step so
// call sites stay linear. Error messages come from sqlite3_errmsg of the connection. Covered by
// src/store/sqlite_test.cc.
#include "store/sqlite.h"

namespace claimtrace::store {

StatusCode StatusCodeForSqlite(int rc) {
  switch (rc & 0xFF) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return StatusCode::kOk;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      return StatusCode::kCorruption;
    case SQLITE_FULL:
    case SQLITE_NOMEM:
    case SQLITE_TOOBIG:
      return StatusCode::kResourceExhausted;
    case SQLITE_CONSTRAINT:
      return StatusCode::kAlreadyExists;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_ERROR:
      return StatusCode::kInternal;
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    default:
      return StatusCode::kIoError;
  }
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : db_(other.db_),
      stmt_(other.stmt_),
      bind_error_(other.bind_error_),
      bind_error_index_(other.bind_error_index_) {
  other.stmt_ = nullptr;
}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = other.stmt_;
    bind_error_ = other.bind_error_;
    bind_error_index_ = other.bind_error_index_;
    other.stmt_ = nullptr;
  }
  return *this;
}

SqlStatement::~SqlStatement() { sqlite3_finalize(stmt_); }

void SqlStatement::Note(int rc, int index) {
  if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) {
    bind_error_ = rc;
    bind_error_index_ = index;
  }
}

SqlStatement& SqlStatement::Bind(int index, int64_t value) {
  Note(sqlite3_bind_int64(stmt_, index, value), index);
  return *this;
}

SqlStatement& SqlStatement::Bind(int index, double value) {
  Note(sqlite3_bind_double(stmt_, index, value), index);
  return *this;
}

SqlStatement& SqlStatement::Bind(int index, std::string_view value) {
  Note(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
       index);
  return *this;
}

SqlStatement& SqlStatement::Bind(int index, const std::optional<std::string>& value) {
  if (value) return Bind(index, std::string_view(*value));
  return BindNull(index);
}

SqlStatement& SqlStatement::BindNull(int index) {
  Note(sqlite3_bind_null(stmt_, index), index);
  return *this;
}

SqlStatement& SqlStatement::BindBlob(int index, std::string_view bytes) {
  Note(sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), index);
  return *this;
}

Result<bool> SqlStatement::Step() {
  if (bind_error_ != SQLITE_OK) {
    Status s = db_->Error(bind_error_, "binding parameter " + std::to_string(bind_error_index_));
    return s;
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error(rc, "");
}

Status SqlStatement::Run() {
  while (true) {
    Result<bool> row = Step();
    if (!row.ok()) {
      Reset();
      return row.status();
    }
    if (!*row) break;
  }
  Reset();
  return Status::Ok();
}

void SqlStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = SQLITE_OK;
  bind_error_index_ = 0;
}

int64_t SqlStatement::ColumnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

double SqlStatement::ColumnDouble(int column) const { return sqlite3_column_double(stmt_, column); }

std::string_view SqlStatement::ColumnText(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  if (p == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
}

bool SqlStatement::ColumnIsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

bool SqlStatement::ColumnIsBlob(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_BLOB;
}

std::string_view SqlStatement::ColumnBlob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  const int bytes = sqlite3_column_bytes(stmt_, column);
  if (data == nullptr || bytes <= 0) return {};
  return std::string_view(static_cast<const char*>(data), static_cast<size_t>(bytes));
}

std::optional<std::string> SqlStatement::ColumnOptionalText(int column) const {
  if (ColumnIsNull(column)) return std::nullopt;
  return std::string(ColumnText(column));
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, int flags,
                                                 const std::string& uri) {
  sqlite3* raw = nullptr;
  if (!uri.empty()) flags |= SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(uri.empty() ? path.c_str() : uri.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    sqlite3_close_v2(raw);
    return Status(StatusCodeForSqlite(rc), "cannot open database: " + message, {.file = path});
  }
  sqlite3_extended_result_codes(raw, 1);
  return std::unique_ptr<Database>(new Database(raw, path));
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Exec(std::string_view sql) {
  std::string copy(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string message = err != nullptr ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status(StatusCodeForSqlite(rc), message, {.file = path_});
  }
  return Status::Ok();
}

Result<SqlStatement> Database::Prepare(std::string_view sql) const {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "preparing SQL");
  return SqlStatement(this, stmt);
}

Result<int64_t> Database::QueryInt(std::string_view sql) const {
  CT_ASSIGN_OR_RETURN(SqlStatement st, Prepare(sql));
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return InternalError("query returned no row", {.file = path_});
  return st.ColumnInt(0);
}

Status Database::Error(int rc, std::string_view what) const {
  std::string message(what);
  if (!message.empty()) message += ": ";
  // sqlite3_errmsg describes the most recent failure on this connection; fall back to the
  // generic text for the code when the connection has moved on.
  const char* detail = sqlite3_errcode(db_) == rc || sqlite3_extended_errcode(db_) == rc
                           ? sqlite3_errmsg(db_)
                           : sqlite3_errstr(rc);
  message += detail;
  return Status(StatusCodeForSqlite(rc), message, {.file = path_});
}

}  // namespace claimtrace::store
