// Tests for the SQLite RAII layer: binding, stepping, and errors that name the file and reason.
#include "store/sqlite.h"

#include <gtest/gtest.h>

namespace claimtrace::store {
namespace {

std::unique_ptr<Database> Memory() {
  Result<std::unique_ptr<Database>> db =
      Database::Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return std::move(db).value();
}

TEST(Sqlite, BindsAndReadsEveryType) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n TEXT)").ok());
  Result<SqlStatement> ins = db->Prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
  ASSERT_TRUE(ins.ok());
  ins->Bind(1, int64_t{1} << 40).Bind(2, 2.5).Bind(3, std::string_view("caf\xC3\xA9\0x", 7));
  ins->Bind(4, std::optional<std::string>());
  ASSERT_TRUE(ins->Run().ok());
  Result<SqlStatement> sel = db->Prepare("SELECT i, d, s, n FROM t");
  ASSERT_TRUE(sel.ok());
  Result<bool> row = sel->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ(sel->ColumnInt(0), int64_t{1} << 40);
  EXPECT_DOUBLE_EQ(sel->ColumnDouble(1), 2.5);
  EXPECT_EQ(sel->ColumnText(2), std::string_view("caf\xC3\xA9\0x", 7));  // embedded NUL kept
  EXPECT_TRUE(sel->ColumnIsNull(3));
  EXPECT_FALSE(sel->ColumnOptionalText(3).has_value());
  Result<bool> done = sel->Step();
  ASSERT_TRUE(done.ok());
  EXPECT_FALSE(*done);
}

TEST(Sqlite, StatementIsReusableAfterRun) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i INTEGER)").ok());
  Result<SqlStatement> ins = db->Prepare("INSERT INTO t VALUES (?1)");
  ASSERT_TRUE(ins.ok());
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(ins->Bind(1, i).Run().ok());
  Result<int64_t> n = db->QueryInt("SELECT sum(i) FROM t");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 10);
}

TEST(Sqlite, BadSqlIsAnErrorWithSqlitesReason) {
  auto db = Memory();
  Result<SqlStatement> st = db->Prepare("SELEC 1");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.status().message().find("syntax error"), std::string::npos)
      << st.status().ToString();
  EXPECT_EQ(st.status().where().file, ":memory:");
  Status s = db->Exec("CREATE TABLE");
  EXPECT_FALSE(s.ok());
}

TEST(Sqlite, ConstraintViolationIsReportedAndStatementStaysUsable) {
  auto db = Memory();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i INTEGER PRIMARY KEY)").ok());
  Result<SqlStatement> ins = db->Prepare("INSERT INTO t VALUES (?1)");
  ASSERT_TRUE(ins.ok());
  ASSERT_TRUE(ins->Bind(1, 7).Run().ok());
  Status dup = ins->Bind(1, 7).Run();
  EXPECT_EQ(dup.code(), StatusCode::kAlreadyExists) << dup.ToString();
  EXPECT_NE(dup.message().find("UNIQUE"), std::string::npos) << dup.ToString();
  EXPECT_TRUE(ins->Bind(1, 8).Run().ok());
}

TEST(Sqlite, BindingAMissingParameterFailsAtStep) {
  auto db = Memory();
  Result<SqlStatement> st = db->Prepare("SELECT ?1");
  ASSERT_TRUE(st.ok());
  st->Bind(5, 1);
  Result<bool> row = st->Step();
  ASSERT_FALSE(row.ok());
  EXPECT_NE(row.status().message().find("parameter 5"), std::string::npos);
}

TEST(Sqlite, MapsResultCodes) {
  EXPECT_EQ(StatusCodeForSqlite(SQLITE_NOTADB), StatusCode::kCorruption);
  EXPECT_EQ(StatusCodeForSqlite(SQLITE_CORRUPT), StatusCode::kCorruption);
  EXPECT_EQ(StatusCodeForSqlite(SQLITE_FULL), StatusCode::kResourceExhausted);
  EXPECT_EQ(StatusCodeForSqlite(SQLITE_BUSY), StatusCode::kIoError);
  EXPECT_EQ(StatusCodeForSqlite(SQLITE_IOERR_SHORT_READ), StatusCode::kIoError);
  EXPECT_EQ(StatusCodeForSqlite(SQLITE_CONSTRAINT_UNIQUE), StatusCode::kAlreadyExists);
}

}  // namespace
}  // namespace claimtrace::store
