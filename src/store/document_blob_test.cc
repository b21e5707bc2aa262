// Tests for the packed document JSON: round trips, rows stored as TEXT before packing, and
// damaged blobs reported as corruption (never a wrong document).
#include "store/document_blob.h"

#include <gtest/gtest.h>

namespace claimtrace::store {
namespace {

std::unique_ptr<Database> Memory() {
  Result<std::unique_ptr<Database>> db =
      Database::Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return std::move(db).value();
}

std::string SampleJson() {
  std::string json = R"({"id":"d1","text":")";
  for (int i = 0; i < 200; ++i) json += "The minister said on Monday that talks would resume. ";
  json += R"(","entities":[{"name":"Ann Lee","type":"PERSON"}]})";
  return json;
}

TEST(DocumentBlob, RoundTripsAndShrinks) {
  const std::string json = SampleJson();
  const std::string blob = PackDocumentJson(json);
  EXPECT_LT(blob.size(), json.size() / 3);
  Result<std::string> back = UnpackDocumentJson(blob);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, json);
  Result<std::string> small = UnpackDocumentJson(PackDocumentJson("{}"));
  ASSERT_TRUE(small.ok());
  EXPECT_EQ(*small, "{}");
}

TEST(DocumentBlob, DamagedBlobsAreCorruption) {
  const std::string blob = PackDocumentJson(SampleJson());
  std::string truncated = blob.substr(0, blob.size() / 2);
  std::string bad_tag = blob;
  bad_tag[0] = 'X';
  std::string flipped = blob;
  flipped[blob.size() / 2] = static_cast<char>(flipped[blob.size() / 2] ^ 0x55);
  std::string huge = blob;
  huge[7] = '\x7f';  // claims ~2 GB of JSON from a few hundred bytes
  for (const std::string& b : {truncated, bad_tag, flipped, huge, std::string("CTZ")}) {
    Result<std::string> r = UnpackDocumentJson(b);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << r.status().ToString();
  }
}

TEST(DocumentBlob, ReadsPackedBlobsAndOldTextRows) {
  auto db = Memory();
  ASSERT_TRUE(
      db->Exec("CREATE TABLE documents (seq INTEGER PRIMARY KEY, json TEXT NOT NULL)").ok());
  Result<SqlStatement> ins = db->Prepare("INSERT INTO documents (json) VALUES (?1)");
  ASSERT_TRUE(ins.ok());
  ins->BindBlob(1, PackDocumentJson(R"({"id":"packed"})"));
  ASSERT_TRUE(ins->Run().ok());
  ins->Bind(1, R"({"id":"text"})");  // a row written before documents were packed
  ASSERT_TRUE(ins->Run().ok());
  Result<SqlStatement> sel = db->Prepare("SELECT json FROM documents ORDER BY seq");
  ASSERT_TRUE(sel.ok());
  std::vector<std::string> got;
  while (true) {
    Result<bool> row = sel->Step();
    ASSERT_TRUE(row.ok());
    if (!*row) break;
    Result<std::string> json = StoredDocumentJson(*sel, 0);
    ASSERT_TRUE(json.ok()) << json.status().ToString();
    got.push_back(*json);
  }
  EXPECT_EQ(got, (std::vector<std::string>{R"({"id":"packed"})", R"({"id":"text"})"}));
}

}  // namespace
}  // namespace claimtrace::store
