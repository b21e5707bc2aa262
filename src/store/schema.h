// The store's schema: an ordered list of migrations and the routine that applies them.
//
// The schema version lives in PRAGMA user_version (0 = empty file) and the file is marked as a
// claimtrace store with PRAGMA application_id. Migrate() brings a database from its version up to
// the last migration in one transaction (all steps or none), refuses a database newer than the
// list it knows, and refuses an SQLite file that holds somebody else's tables. Later issues add
// features (FTS5 search, global entities, claims) by appending a Migration — never by editing a
// released one. Not thread-safe; run it on the connection that opened the file, before use.
//
//   CT_RETURN_IF_ERROR(Migrate(db, SchemaMigrations()));
//   int v = *CurrentSchemaVersion(db);  // == SchemaMigrations().back().version
#ifndef CLAIMTRACE_STORE_SCHEMA_H_
#define CLAIMTRACE_STORE_SCHEMA_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "claimtrace/status.h"
#include "store/sqlite.h"

namespace claimtrace::store {

// 'ClTr': marks a file as a claimtrace store (PRAGMA application_id).
inline constexpr int32_t kApplicationId = 0x436c5472;

struct Migration {
  int version;            // 1, 2, 3, ... consecutive
  std::string_view name;  // short description, e.g. "documents and annotations"
  std::string_view sql;   // DDL run inside the migration transaction
  // Optional data step run after `sql` in the same transaction (e.g. a backfill).
  Status (*apply)(Database& db) = nullptr;
};

// The migrations of this build, in version order.
std::span<const Migration> SchemaMigrations();

// PRAGMA user_version of `db`.
Result<int> CurrentSchemaVersion(const Database& db);

// Checks that `db` is an empty file or a claimtrace store this build can open, without writing:
// kCorruption for a file that is not an SQLite database, is damaged, or holds somebody else's
// tables; kUnsupported for a schema newer than `migrations`.
Status CheckStoreFile(const Database& db, std::span<const Migration> migrations);

// Applies the migrations after the database's version, in one transaction. Errors: those of
// CheckStoreFile, and the SQLite error of a failing step (nothing is changed then).
Status Migrate(Database& db, std::span<const Migration> migrations);

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_SCHEMA_H_
