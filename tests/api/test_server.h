// Test helper: a Server running in-process on a free loopback port over a temporary store filled
// with annotated test documents, a temporary web folder (with a secret file next to it and a
// symlink pointing at it), and raw HTTP helpers that send the request line exactly as given.
//
//   TestServer s;  ASSERT_TRUE(s.Start());
//   HttpReply r = s.Get("/api/documents?limit=2");  EXPECT_EQ(r.status, 200);
#ifndef CLAIMTRACE_TESTS_API_TEST_SERVER_H_
#define CLAIMTRACE_TESTS_API_TEST_SERVER_H_

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "claimtrace/server.h"

namespace claimtrace::testing {

struct HttpReply {
  int status = 0;  // 0 when the connection failed
  std::string headers;
  std::string body;
  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
};

class TestServer {
 public:
  TestServer();
  ~TestServer();
  // Fills the store with `documents` annotated test documents plus one "about" document.
  bool Start(int documents = 5, int query_timeout_ms = 5000);
  void Stop();

  // A raw request: `request_target` goes on the request line untouched.
  HttpReply Raw(const std::string& request_bytes) const;
  HttpReply Get(const std::string& request_target, const std::string& extra_headers = "") const;

  const std::filesystem::path& dir() const { return dir_; }
  std::string db() const { return (dir_ / "claimtrace.db").string(); }
  int port() const { return server_ ? server_->port() : -1; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

}  // namespace claimtrace::testing

#endif  // CLAIMTRACE_TESTS_API_TEST_SERVER_H_
