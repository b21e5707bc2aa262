// Hostile requests: every one gets a 4xx (never a 5xx or a dropped connection) and the server
// keeps answering afterwards.
#include <gtest/gtest.h>

#include "test_server.h"

namespace claimtrace::testing {
namespace {

class HostileTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.Start()); }
  void ExpectStillUp() {
    HttpReply r = server_.Get("/api/health");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.Json()["ok"], true);
  }
  TestServer server_;
};

void Expect4xxJson(const HttpReply& r, const std::string& what) {
  EXPECT_GE(r.status, 400) << what << ": " << r.body;
  EXPECT_LT(r.status, 500) << what << ": " << r.body;
  auto j = r.Json();
  EXPECT_TRUE(j.is_object() && j.contains("error") && j["error"].is_string())
      << what << ": " << r.body;
}

TEST_F(HostileTest, BadIdsAndParametersAre400WithAReason) {
  for (const char* target : {"/api/documents/xyz",
                             "/api/documents/0123456789ABCDEF",
                             "/api/documents/1'%20OR%201=1--",
                             "/api/documents/%00%00",
                             "/api/documents?limit=abc",
                             "/api/documents?limit=-1",
                             "/api/documents?limit=0",
                             "/api/documents?limit=100000000",
                             "/api/documents?limit=99999999999999999999999999",
                             "/api/documents?offset=1e9",
                             "/api/documents?from=yesterday",
                             "/api/documents?nope=1",
                             "/api/documents?limit=1&limit=2",
                             "/api/search",
                             "/api/search?q=",
                             "/api/search?q=a&syntax=sql",
                             "/api/statements?document=../../x",
                             "/api/entities?type=DROP%20TABLE",
                             "/api/entity",
                             "/api/entity?name=x&limit=5000",
                             "/api/health?x=1",
                             "/api/search?q=a%0Ab",
                             "/api/nothing-here"}) {
    Expect4xxJson(server_.Get(target), target);
  }
  HttpReply limit = server_.Get("/api/documents?limit=100000000");
  EXPECT_NE(limit.body.find("between 1 and 200"), std::string::npos) << limit.body;
  ExpectStillUp();
}

TEST_F(HostileTest, SqlAndFtsMetacharactersNeverReachSqlAsCode) {
  for (const char* q : {"'%20OR%201=1;--", "%22;%20DROP%20TABLE%20documents;--", "*", "%22",
                        "NEAR(", "a%20AND", "%5C", "%25", "(((((", "title:x", "%F0%9F%92%A5"}) {
    HttpReply words = server_.Get(std::string("/api/search?q=") + q);
    EXPECT_TRUE(words.status == 200 || words.status == 400) << q << " " << words.body;
    HttpReply fts = server_.Get(std::string("/api/search?syntax=fts&q=") + q);
    EXPECT_TRUE(fts.status == 200 || fts.status == 400) << q << " " << fts.body;
    HttpReply said = server_.Get(std::string("/api/statements?syntax=fts&q=") + q);
    EXPECT_TRUE(said.status == 200 || said.status == 400) << q << " " << said.body;
    HttpReply ent = server_.Get(std::string("/api/entity?name=") + q);
    EXPECT_TRUE(ent.status == 200 || ent.status == 404) << q << " " << ent.body;
  }
  Expect4xxJson(server_.Get("/api/search?syntax=fts&q=%22unterminated"), "fts syntax error");
  EXPECT_EQ(server_.Get("/api/documents").Json()["total"], 6);  // nothing was dropped
  ExpectStillUp();
}

TEST_F(HostileTest, StaticFilesStayInsideTheirFolder) {
  for (const char* target :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt",
        "/..%5csecret.txt", "/leak.txt", "/index.html%00.js", "/assets/..%252f..%252fsecret.txt",
        "//etc/passwd", "/../../../../../../etc/passwd"}) {
    HttpReply r = server_.Get(target);
    EXPECT_EQ(r.body.find("TOP SECRET"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
    if (r.status == 200) {
      EXPECT_NE(r.body.find("<title>claimtrace</title>"), std::string::npos) << target;
    } else {
      EXPECT_GE(r.status, 400) << target;
      EXPECT_LT(r.status, 500) << target;
    }
  }
  ExpectStillUp();
}

TEST_F(HostileTest, MethodsBodiesHostsAndGarbageAreRefused) {
  const std::string host = "Host: 127.0.0.1:" + std::to_string(server_.port()) + "\r\n";
  HttpReply post = server_.Raw("POST /api/search HTTP/1.1\r\n" + host +
                               "Content-Length: 3\r\nConnection: close\r\n\r\nabc");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(
      server_.Raw("DELETE /api/documents HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n").status,
      405);
  HttpReply big =
      server_.Raw("POST /api/search HTTP/1.1\r\n" + host +
                  "Content-Length: 100000\r\nConnection: close\r\n\r\n" + std::string(100000, 'x'));
  // Refused before the body is read: 405 (read-only server) or 413 (too large).
  EXPECT_TRUE(big.status == 405 || big.status == 413) << big.headers;
  // DNS rebinding: a page on another host name must not read the loopback API.
  HttpReply rebinding =
      server_.Raw("GET /api/documents HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(rebinding.status, 403);
  EXPECT_EQ(
      server_.Raw("GET /api/health HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n")
          .status,
      200);
  HttpReply garbage = server_.Raw("\x01\x02 NOT HTTP\r\n\r\n");
  EXPECT_TRUE(garbage.status == 0 || (garbage.status >= 400 && garbage.status < 500));
  HttpReply long_uri = server_.Get("/api/search?q=" + std::string(20000, 'a'));
  EXPECT_TRUE(long_uri.status == 0 || (long_uri.status >= 400 && long_uri.status < 500))
      << long_uri.status;
  HttpReply long_param = server_.Get("/api/search?q=" + std::string(600, 'a'));
  EXPECT_EQ(long_param.status, 400);
  ExpectStillUp();
}

TEST(Hostile, QueriesOverTheirTimeLimitAre503AndTheServerStaysUp) {
  TestServer slow;
  ASSERT_TRUE(slow.Start(/*documents=*/40, /*query_timeout_ms=*/0));
  HttpReply r = slow.Get("/api/entity?name=Ilona%20Kravets");
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_NE(r.body.find("took too long"), std::string::npos) << r.body;
  EXPECT_EQ(slow.Get("/api/search?q=households").status, 503);
  EXPECT_EQ(slow.Get("/").status, 200);  // the web interface needs no query
}

}  // namespace
}  // namespace claimtrace::testing
