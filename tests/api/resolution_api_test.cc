// Across-article endpoints through real HTTP: claims with reports and provenance, global
// entities with the merged view, conflicts, stories; malformed ids are 400, unknown ids 404.
#include <gtest/gtest.h>

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
