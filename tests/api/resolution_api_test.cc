// Across-article endpoints through real HTTP: claims with reports and provenance, global
// entities with the merged view, conflicts, stories; malformed ids are 400, unknown ids 404.
#include <gtest/gtest.h>

#include "claimtrace/store.h"
#include "store/test_documents.h"
#include "test_server.h"

namespace claimtrace::testing {
namespace {

class ResolutionApiTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.Start()); }
  TestServer server_;
};

TEST_F(ResolutionApiTest, GlobalEntityCarriesTheMergedView) {
  auto list = server_.Get("/api/global-entities?q=kravets&type=PERSON").Json();
  ASSERT_FALSE(list["items"].empty()) << list.dump();
  const std::string id = list["items"][0]["id"];
  EXPECT_EQ(list["items"][0]["name"], "Ilona Kravets");
  HttpReply r = server_.Get("/api/global-entities/" + id);
  ASSERT_EQ(r.status, 200) << r.body;
  auto e = r.Json();
  EXPECT_EQ(e["id"], id);
  ASSERT_TRUE(e["view"].is_object());
  EXPECT_EQ(e["view"]["statements_by"]["total"], 5);
  EXPECT_EQ(e["view"]["statements_about"]["total"], 1);
  EXPECT_EQ(e["view"]["documents"], 6);
  EXPECT_EQ(e["appearances"].size(), 6u);
  EXPECT_TRUE(e["claims"].is_array());
}

TEST_F(ResolutionApiTest, ClaimsHaveReportsProvenanceAndSourceCounts) {
  auto summary = server_.Get("/api/resolution").Json();
  EXPECT_EQ(summary["resolved_documents"], 6) << summary.dump();
  auto claims = server_.Get("/api/claims?limit=2").Json();
  ASSERT_FALSE(claims["items"].empty()) << claims.dump();
  EXPECT_LE(claims["items"].size(), 2u);
  const auto& first = claims["items"][0];
  EXPECT_GE(first["independent_sources"].get<int>(), 1);
  HttpReply r = server_.Get("/api/claims/" + first["id"].get<std::string>());
  ASSERT_EQ(r.status, 200) << r.body;
  auto c = r.Json();
  ASSERT_EQ(c["report_list"].size(), first["reports"].get<size_t>());
  const auto& report = c["report_list"][0];
  ASSERT_FALSE(report["chain"].empty());
  EXPECT_EQ(report["chain"].back()["how"], "published");
  EXPECT_TRUE(c["sources"].is_array());
  auto stories = server_.Get("/api/stories").Json();
  EXPECT_TRUE(stories["items"].is_array());
  auto conflicts = server_.Get("/api/conflicts?limit=5");
  EXPECT_EQ(conflicts.status, 200);
  EXPECT_TRUE(conflicts.Json()["items"].is_array());
}

TEST_F(ResolutionApiTest, ADocumentAndItsClaimsListTheCopiesOtherOutletsRan) {
  const Document doc = store::MakeAnnotatedDocument(0);
  {
    Result<std::unique_ptr<Store>> s = Store::Open(server_.db());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    BatchWriter w(s->get());
    Document copy = doc;
    copy.source = "syndication.jsonl:4";
    copy.outlet = "Coast Courier";
    copy.url = "https://coast.example/power";
    copy.published = "2024-03-05";
    ASSERT_EQ(*w.Add(copy), AddOutcome::kDuplicate);
    ASSERT_TRUE(w.Flush().ok());
  }
  auto d = server_.Get("/api/documents/" + doc.id).Json();
  ASSERT_TRUE(d["copies"].is_array()) << d.dump();
  ASSERT_EQ(d["copies"].size(), 1u) << d.dump();
  EXPECT_EQ(d["copies"][0]["outlet"], "Coast Courier");
  EXPECT_EQ(d["copies"][0]["url"], "https://coast.example/power");
  EXPECT_EQ(d["copies"][0]["published"], "2024-03-05");
  EXPECT_EQ(d["document"]["outlet"], "Harbour Gazette");
  EXPECT_EQ(d["sources"].size(), 2u);
  auto claims = server_.Get("/api/claims?document=" + doc.id).Json();
  ASSERT_FALSE(claims["items"].empty()) << claims.dump();
  auto c = server_.Get("/api/claims/" + claims["items"][0]["id"].get<std::string>()).Json();
  EXPECT_EQ(c["copies"], 1) << c.dump();
  bool listed = false;
  for (const auto& r : c["report_list"]) {
    if (r["document"] == doc.id) listed = r["copies"].size() == 1;
  }
  EXPECT_TRUE(listed) << c.dump();
  EXPECT_EQ(server_.Get("/api/resolution").Json()["exact_copies"], 1);
  // The copying outlet's articles include the copy.
  auto by_outlet = server_.Get("/api/documents?outlet=Coast%20Courier").Json();
  ASSERT_EQ(by_outlet["total"], 1) << by_outlet.dump();
  EXPECT_EQ(by_outlet["items"][0]["id"], doc.id);
  // A document nobody copied has an empty list.
  auto other = server_.Get("/api/documents/" + store::MakeAnnotatedDocument(1).id).Json();
  EXPECT_TRUE(other["copies"].is_array() && other["copies"].empty()) << other.dump();
}

TEST_F(ResolutionApiTest, MalformedIdsAre400AndUnknownIds404) {
  for (const char* target :
       {"/api/claims/x1", "/api/claims/c", "/api/claims/c-1", "/api/claims/c1'--",
        "/api/claims/c123456789012345678901234", "/api/global-entities/1",
        "/api/global-entities/g%00", "/api/claims?entity=3", "/api/claims?document=zz",
        "/api/claims?min_reports=0", "/api/conflicts?story=x", "/api/global-entities?type=nope",
        "/api/stories?limit=1000"}) {
    HttpReply r = server_.Get(target);
    EXPECT_EQ(r.status, 400) << target << " " << r.body;
  }
  EXPECT_EQ(server_.Get("/api/claims/c999999").status, 404);
  EXPECT_EQ(server_.Get("/api/global-entities/g999999").status, 404);
  EXPECT_EQ(server_.Get("/api/health").status, 200);
}

}  // namespace
}  // namespace claimtrace::testing
