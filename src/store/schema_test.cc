// Tests for schema migrations: fresh files, upgrades, refusals and atomic failure.
#include "store/schema.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace claimtrace::store {
namespace {

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ct_schema_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Database> OpenDb(const std::string& name) {
    Result<std::unique_ptr<Database>> db =
        Database::Open((dir_ / name).string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return std::move(db).value();
  }

  std::filesystem::path dir_;
};

const Migration kV1 = {.version = 1, .name = "t1", .sql = "CREATE TABLE t1 (x TEXT);"};
const Migration kV2 = {.version = 2,
                       .name = "t2",
                       .sql = "CREATE TABLE t2 (y TEXT); ALTER TABLE t1 ADD COLUMN z INTEGER;"};
const Migration kV2Broken = {
    .version = 2, .name = "broken", .sql = "CREATE TABLE t2 (y TEXT); CREATE TABL oops (z);"};

TEST_F(SchemaTest, FreshDatabaseGetsTheLatestSchema) {
  auto db = OpenDb("a.db");
  ASSERT_TRUE(Migrate(*db, SchemaMigrations()).ok());
  EXPECT_EQ(*CurrentSchemaVersion(*db), SchemaMigrations().back().version);
  EXPECT_EQ(*db->QueryInt("PRAGMA application_id"), kApplicationId);
  for (const char* table : {"documents", "document_sources", "removed", "entities", "mentions",
                            "statements", "statement_via", "figures", "times"}) {
    Result<SqlStatement> st = db->Prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
    ASSERT_TRUE(st.ok());
    st->Bind(1, table);
    ASSERT_TRUE(*st->Step());
    EXPECT_EQ(st->ColumnInt(0), 1) << table;
  }
  // Migrating again is a no-op.
  EXPECT_TRUE(Migrate(*db, SchemaMigrations()).ok());
}

TEST_F(SchemaTest, SchemaV1HasTheIndexesLaterQueriesNeed) {
  auto db = OpenDb("a.db");
  ASSERT_TRUE(Migrate(*db, SchemaMigrations()).ok());
  Result<SqlStatement> plan = db->Prepare(
      "EXPLAIN QUERY PLAN SELECT * FROM statements WHERE document = 1 AND speaker_entity = 'e1'");
  ASSERT_TRUE(plan.ok());
  std::string details;
  while (*plan->Step()) details += std::string(plan->ColumnText(3)) + "\n";
  EXPECT_NE(details.find("statements_by_speaker_entity"), std::string::npos) << details;
  Result<SqlStatement> plan2 =
      db->Prepare("EXPLAIN QUERY PLAN SELECT * FROM figures WHERE unit = 'km'");
  ASSERT_TRUE(plan2.ok());
  details.clear();
  while (*plan2->Step()) details += std::string(plan2->ColumnText(3)) + "\n";
  EXPECT_NE(details.find("figures_by_unit"), std::string::npos) << details;
}

TEST_F(SchemaTest, OlderDatabaseIsMigratedKeepingItsData) {
  auto db = OpenDb("a.db");
  const Migration v1_only[] = {kV1};
  ASSERT_TRUE(Migrate(*db, v1_only).ok());
  ASSERT_TRUE(db->Exec("INSERT INTO t1 (x) VALUES ('kept')").ok());
  const Migration both[] = {kV1, kV2};
  ASSERT_TRUE(Migrate(*db, both).ok());
  EXPECT_EQ(*CurrentSchemaVersion(*db), 2);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM t1 WHERE x = 'kept' AND z IS NULL"), 1);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM t2"), 0);
}

TEST_F(SchemaTest, FailingStepLeavesTheOldVersionUntouched) {
  auto db = OpenDb("a.db");
  const Migration v1_only[] = {kV1};
  ASSERT_TRUE(Migrate(*db, v1_only).ok());
  const Migration broken[] = {kV1, kV2Broken};
  Status s = Migrate(*db, broken);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("migration to version 2"), std::string::npos) << s.ToString();
  EXPECT_EQ(*CurrentSchemaVersion(*db), 1);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 't2'"), 0);
  EXPECT_FALSE(db->in_transaction());
}

TEST_F(SchemaTest, DataStepRunsInTheSameTransaction) {
  auto db = OpenDb("a.db");
  static bool ran = false;
  ran = false;
  const Migration with_data[] = {kV1,
                                 {.version = 2,
                                  .name = "backfill",
                                  .sql = "CREATE TABLE t2 (y TEXT);",
                                  .apply = [](Database& d) {
                                    ran = true;
                                    return d.Exec("INSERT INTO t2 VALUES ('filled')");
                                  }}};
  ASSERT_TRUE(Migrate(*db, with_data).ok());
  EXPECT_TRUE(ran);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM t2"), 1);
}

TEST_F(SchemaTest, NewerDatabaseIsRefused) {
  auto db = OpenDb("a.db");
  const Migration both[] = {kV1, kV2};
  ASSERT_TRUE(Migrate(*db, both).ok());
  const Migration v1_only[] = {kV1};
  Status s = Migrate(*db, v1_only);
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.ToString();
  EXPECT_EQ(*CurrentSchemaVersion(*db), 2);
}

TEST_F(SchemaTest, ForeignSqliteDatabaseIsRefusedUntouched) {
  auto db = OpenDb("other.db");
  ASSERT_TRUE(db->Exec("CREATE TABLE songs (title TEXT)").ok());
  Status s = Migrate(*db, SchemaMigrations());
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_NE(s.message().find("not a claimtrace store"), std::string::npos) << s.ToString();
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_schema"), 1);
}

TEST_F(SchemaTest, TextFileIsNotADatabase) {
  std::ofstream(dir_ / "notes.db") << "these are my notes, not a database\n"
                                   << std::string(5000, 'x');
  auto db = OpenDb("notes.db");
  Status s = CheckStoreFile(*db, SchemaMigrations());
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_NE(s.message().find("not a database"), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace claimtrace::store
