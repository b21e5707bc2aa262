// Server: the claimtrace HTTP server — a read-only JSON API over the store plus the static web
// interface (web/dist), for `claimtrace serve`.
//
// Create() checks the database (a missing, foreign or newer file is an error before anything
// listens). Listen() binds (port 0 picks a free port; see port()), Run() serves until Stop() is
// called from another thread (or a signal handler thread). Requests are answered by a thread
// pool; each request borrows its own read-only SQLite connection from a pool, so readers never
// block each other and an ingest may write meanwhile (WAL). Every API error is JSON
// {"error": "..."} with a 4xx/5xx status; static files are confined to `static_dir`.
// Server is not copyable; Stop() is thread-safe, everything else is called from one thread.
//
//   CT_ASSIGN_OR_RETURN(auto server, Server::Create({.db = "claimtrace.db", .port = 0}));
//   CT_RETURN_IF_ERROR(server->Listen());  std::thread t([&] { server->Run().IgnoreError(); });
#ifndef CLAIMTRACE_SERVER_H_
#define CLAIMTRACE_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "claimtrace/status.h"

namespace claimtrace {

struct ServerOptions {
  std::string db = "claimtrace.db";
  std::string host = "127.0.0.1";     // loopback unless told otherwise
  int port = 8080;                    // 0: any free port
  std::string static_dir;             // built web interface; empty: API only
  size_t threads = 16;                // request threads (= pooled database connections)
  size_t max_body_bytes = 16 * 1024;  // larger request bodies get 413
  int read_timeout_s = 5;             // per request: reading it
  int write_timeout_s = 10;           // per request: sending the answer
  int query_timeout_ms = 5000;        // a database query running longer is cut off (503)
  bool log_requests = false;          // one line per request on stderr
  bool cache_responses = true;        // keep API answers until the database changes
};

class Server {
 public:
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port. kIoError when the address is taken or invalid.
  Status Listen();
  // The bound port (after Listen).
  int port() const;
  // Serves until Stop(). Requires Listen().
  Status Run();
  // Stops Run() (thread-safe; idempotent).
  void Stop();

 private:
  Server();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_SERVER_H_
