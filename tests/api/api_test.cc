// API tests through real HTTP on loopback: an in-process Server over a temporary store.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "claimtrace/store.h"
#include "store/test_documents.h"
#include "test_server.h"

namespace claimtrace::testing {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.Start()); }
  TestServer server_;
};

TEST_F(ApiTest, ListsDocumentsWithStablePagesAndFilters) {
  HttpReply r = server_.Get("/api/documents?limit=2&offset=1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.headers.find("application/json"), std::string::npos);
  auto j = r.Json();
  EXPECT_EQ(j["total"], 6);
  ASSERT_EQ(j["items"].size(), 2u);
  EXPECT_EQ(j["items"][0]["seq"].get<int>() + 1, j["items"][1]["seq"].get<int>());
  EXPECT_EQ(j["next_offset"], 3);
  // Walking every page gives each document exactly once, in ingest order.
  std::vector<int> seqs;
  for (int offset = 0; offset < 6; offset += 4) {
    auto page = server_.Get("/api/documents?limit=4&offset=" + std::to_string(offset)).Json();
    for (const auto& d : page["items"]) seqs.push_back(d["seq"].get<int>());
  }
  ASSERT_EQ(seqs.size(), 6u);
  for (size_t i = 1; i < seqs.size(); ++i) EXPECT_LT(seqs[i - 1], seqs[i]);

  auto valley = server_.Get("/api/documents?outlet=Valley%20Post").Json();
  ASSERT_EQ(valley["total"], 1);
  EXPECT_EQ(valley["items"][0]["title"], "Mayor resigns");
  auto dated = server_.Get("/api/documents?from=2024-03-02&to=2024-03-03").Json();
  EXPECT_EQ(dated["total"], 2);
}

TEST_F(ApiTest, GivesOneDocumentInTheExportFormatWithSources) {
  const Document expected = store::MakeAnnotatedDocument(2);
  HttpReply r = server_.Get("/api/documents/" + expected.id);
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  EXPECT_EQ(j["document"]["id"], expected.id);
  EXPECT_EQ(j["document"]["text"], expected.text);
  ASSERT_EQ(j["document"]["statements"].size(), 1u);
  EXPECT_EQ(j["document"]["statements"][0]["speaker"]["name"], "Ilona Kravets");
  EXPECT_EQ(j["sources"], nlohmann::json::array({"test/doc2.txt"}));
  EXPECT_EQ(server_.Get("/api/documents/0123456789abcdef").status, 404);
}

TEST_F(ApiTest, SearchesDocumentsAndStatements) {
  auto hits = server_.Get("/api/search?q=resigned%20council").Json();
  ASSERT_EQ(hits["total"], 1) << hits.dump();
  EXPECT_EQ(hits["items"][0]["document"]["title"], "Mayor resigns");
  bool marked = false;
  for (const auto& part : hits["items"][0]["snippet"]) marked = marked || part["match"] == true;
  EXPECT_TRUE(marked);
  auto fts = server_.Get("/api/search?q=resign*%20OR%20households&syntax=fts").Json();
  EXPECT_EQ(fts["total"], 6);

  auto said = server_.Get("/api/statements?q=households&limit=2").Json();
  EXPECT_EQ(said["total"], 5);
  ASSERT_EQ(said["items"].size(), 2u);
  EXPECT_EQ(said["items"][0]["via"], nlohmann::json::array({"told the Harbour Gazette"}));
  auto by = server_.Get("/api/statements?speaker=Officials").Json();
  EXPECT_EQ(by["total"], 1);
}

TEST_F(ApiTest, GivesEntitiesWithAliasesRolesStatementsAndTimeline) {
  auto list = server_.Get("/api/entities?q=kravets").Json();
  ASSERT_EQ(list["total"], 1) << list.dump();
  EXPECT_EQ(list["items"][0]["name"], "Ilona Kravets");
  EXPECT_EQ(list["items"][0]["documents"], 6);
  auto orgs = server_.Get("/api/entities?type=ORG").Json();
  EXPECT_EQ(orgs["total"], 1);

  HttpReply r = server_.Get("/api/entity?name=Ilona%20Kravets");
  ASSERT_EQ(r.status, 200) << r.body;
  auto e = r.Json();
  EXPECT_EQ(e["type"], "PERSON");
  EXPECT_EQ(e["roles"][0]["text"], "Mayor");
  EXPECT_EQ(e["statements_by"]["total"], 5);
  EXPECT_EQ(e["statements_about"]["total"], 1);
  EXPECT_EQ(e["statements_about"]["items"][0]["speaker_text"], "Officials");
  EXPECT_EQ(e["timeline"].back()["date"], "2024-04-01");
  EXPECT_EQ(server_.Get("/api/entity?name=Nobody").status, 404);
}

TEST_F(ApiTest, ServesTheWebInterfaceAndSinglePageRoutes) {
  HttpReply index = server_.Get("/");
  ASSERT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("<title>claimtrace</title>"), std::string::npos);
  EXPECT_NE(index.headers.find("Content-Security-Policy"), std::string::npos);
  EXPECT_EQ(server_.Get("/entity?name=x").body, index.body);
  HttpReply js = server_.Get("/assets/app.js");
  ASSERT_EQ(js.status, 200);
  EXPECT_NE(js.headers.find("text/javascript"), std::string::npos);
  EXPECT_EQ(server_.Get("/assets/nothing.js").status, 404);
}

TEST_F(ApiTest, ASecondServerOnABusyPortIsRefused) {
  // With SO_REUSEPORT (cpp-httplib's default) the second server bound the same port and the
  // kernel split connections between two servers, possibly over two different databases.
  ServerOptions options;
  options.db = server_.db();
  options.port = server_.port();
  auto second = Server::Create(options);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  Status listened = (*second)->Listen();
  EXPECT_FALSE(listened.ok());
  EXPECT_NE(listened.message().find("address in use: another server listens on this port"),
            std::string::npos)
      << listened.message();
  EXPECT_EQ(server_.Get("/api/health").status, 200);
  // Other reasons are named too, not all called "address in use" (192.0.2.1 is TEST-NET-1:
  // numeric, so no name lookup, and no machine's own address).
  options.port = 0;
  options.host = "192.0.2.1";
  auto foreign = Server::Create(options);
  ASSERT_TRUE(foreign.ok());
  Status not_here = (*foreign)->Listen();
  EXPECT_NE(not_here.message().find("not an address of this machine"), std::string::npos)
      << not_here.message();
}

TEST_F(ApiTest, AnswersChangeAsSoonAsAnIngestCommits) {
  const std::string before = server_.Get("/api/documents?limit=1").body;
  EXPECT_EQ(server_.Get("/api/documents?limit=1").body, before);  // cached, same answer
  EXPECT_EQ(server_.Get("/api/search?q=households").Json()["total"], 5);
  {
    auto store = Store::Open(server_.db());
    ASSERT_TRUE(store.ok());
    BatchWriter writer(store->get());
    ASSERT_TRUE(writer.Add(store::MakeAnnotatedDocument(42)).ok());
    ASSERT_TRUE(writer.Flush().ok());
  }
  // Every pooled connection must notice the commit, whichever serves the next request.
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(server_.Get("/api/documents?limit=1").Json()["total"], 7);
    EXPECT_EQ(server_.Get("/api/search?q=households").Json()["total"], 6);
  }
}

TEST_F(ApiTest, AnswersConcurrentReadersWhileAnIngestWrites) {
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  std::atomic<int> answered{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&] {
      while (!stop) {
        HttpReply r = server_.Get("/api/search?q=households&limit=5");
        if (r.status != 200) ++failures;
        ++answered;
      }
    });
  }
  {
    auto store = Store::Open(server_.db());
    ASSERT_TRUE(store.ok());
    BatchWriter writer(store->get(), {.max_documents = 5});
    for (int i = 100; i < 160; ++i) {
      ASSERT_TRUE(writer.Add(store::MakeAnnotatedDocument(i)).ok());
      ASSERT_TRUE(writer.Tick().ok());
    }
    ASSERT_TRUE(writer.Flush().ok());
  }
  while (answered < 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(server_.Get("/api/documents?limit=1").Json()["total"], 66);
}

}  // namespace
}  // namespace claimtrace::testing
