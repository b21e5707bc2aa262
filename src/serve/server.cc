// The server: cpp-httplib with a fixed-size thread pool, API routes first (api_routes.cc), then
// a JSON 404 for unknown /api paths, then the static web interface from one folder
// (static_files.cc). Security: loopback by default; when bound to loopback, a Host header naming
// anything but localhost is refused (DNS rebinding); only GET/HEAD are routed (others 405);
// request bodies above max_body_bytes get 413; read/write timeouts; no-sniff, frame and CSP
// headers on every answer. Covered by tests/api/api_test.cc and tests/api/hostile_test.cc.
#include "claimtrace/server.h"

#include <httplib.h>
#include <netdb.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "serve/api_routes.h"
#include "serve/resolution_routes.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"

namespace claimtrace {
namespace {

bool IsLoopbackHost(std::string_view host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

// The host part of a Host header ("localhost:8080" -> "localhost", "[::1]:80" -> "[::1]").
std::string_view HostPart(std::string_view h) {
  if (!h.empty() && h[0] == '[') {
    size_t close = h.find(']');
    return close == std::string_view::npos ? h : h.substr(0, close + 1);
  }
  size_t colon = h.find(':');
  return colon == std::string_view::npos ? h : h.substr(0, colon);
}

void SetCommonHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                 "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  std::unique_ptr<serve::StorePool> pool;
  serve::ResponseCache cache;
  int port = -1;
  bool listening = false;
};

Server::Server() : impl_(std::make_unique<Impl>()) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  {
    // Refuse a missing, foreign or newer database before listening.
    CT_ASSIGN_OR_RETURN(std::unique_ptr<Store> check,
                        Store::Open(options.db, {.create_if_missing = false, .reads_only = true}));
  }
  std::unique_ptr<Server> server(new Server());
  Impl& s = *server->impl_;
  s.options = options;
  const size_t threads = options.threads == 0 ? 1 : options.threads;
  s.pool = std::make_unique<serve::StorePool>(options.db, threads,
                                              std::chrono::milliseconds(options.query_timeout_ms));
  httplib::Server& http = s.http;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_s, 0);
  http.set_write_timeout(options.write_timeout_s, 0);
  // A pool thread serves one connection at a time: rotate kept-alive connections so clients
  // beyond the thread count wait for a request, not for another client's whole session.
  http.set_keep_alive_timeout(2);
  http.set_tcp_nodelay(true);  // headers and body go out in separate writes: no 40 ms Nagle stall
  http.set_keep_alive_max_count(20);

  const bool loopback_only = IsLoopbackHost(options.host);
  http.set_pre_routing_handler([loopback_only](const httplib::Request& req,
                                               httplib::Response& res) {
    SetCommonHeaders(res);
    if (loopback_only && req.has_header("Host") &&
        !IsLoopbackHost(HostPart(req.get_header_value("Host")))) {
      serve::SetJsonError(&res, 403, "this server only answers requests addressed to localhost");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      serve::SetJsonError(&res, 405, "method not allowed: this server is read-only");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  const serve::ApiContext api{
      .http = &http, .pool = s.pool.get(), .cache = options.cache_responses ? &s.cache : nullptr};
  serve::RegisterApiRoutes(api);
  serve::RegisterResolutionRoutes(api);
  http.Get(R"(/api(/.*)?)", [](const httplib::Request& req, httplib::Response& res) {
    serve::SetJsonError(&res, 404, "no such API endpoint: " + MakeFragment(req.path, 80));
  });
  const std::string static_dir = options.static_dir;
  http.Get(R"(/.*)", [static_dir](const httplib::Request& req, httplib::Response& res) {
    if (static_dir.empty()) {
      res.status = 200;
      res.set_content(
          "claimtrace API server. The web interface is not built: run `npm ci && npm run build`"
          " in web/ (or pass --static DIR). The API is under /api/.\n",
          "text/plain; charset=utf-8");
      return;
    }
    Result<std::string> file = serve::ResolveStaticPath(static_dir, req.path);
    if (!file.ok()) {
      res.status = file.status().code() == StatusCode::kInvalidArgument ? 400 : 404;
      res.set_content(file.status().message() + "\n", "text/plain; charset=utf-8");
      return;
    }
    std::ifstream in(*file, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in.good() && !in.eof()) {
      res.status = 500;
      res.set_content("cannot read file\n", "text/plain; charset=utf-8");
      return;
    }
    const bool hashed = req.path.rfind("/assets/", 0) == 0;
    res.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    res.status = 200;
    res.set_content(body.str(), std::string(serve::ContentTypeFor(*file)));
  });

  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        if (req.path.rfind("/api", 0) == 0 || res.status == 413 || res.status == 400) {
          const char* what = res.status == 413   ? "request too large"
                             : res.status == 400 ? "malformed request"
                                                 : "request failed";
          serve::SetJsonError(&res, res.status, what);
          return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
      }));
  http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "serve: %s: %s\n", req.path.c_str(), what.c_str());
        serve::SetJsonError(&res, 500, "internal error (logged by the server)");
      });
  if (options.log_requests) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
    });
  }
  return server;
}

Status Server::Listen() {
  Impl& s = *impl_;
  // cpp-httplib's default sets SO_REUSEPORT, with which a second server binds the same port
  // and the kernel splits the connections between the two; SO_REUSEADDR alone still allows a
  // quick restart over TIME_WAIT but refuses a port another process listens on.
  s.http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof(yes));
  });
  {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const int rc = ::getaddrinfo(s.options.host.c_str(), nullptr, &hints, &found);
    if (found != nullptr) ::freeaddrinfo(found);
    if (rc != 0) {
      return IoError("cannot listen on " + s.options.host + ": unknown host (" +
                     ::gai_strerror(rc) + ")");
    }
  }
  errno = 0;
  if (s.options.port == 0) {
    s.port = s.http.bind_to_any_port(s.options.host);
  } else if (s.http.bind_to_port(s.options.host, s.options.port)) {
    s.port = s.options.port;
  } else {
    s.port = -1;
  }
  if (s.port <= 0) {
    // The reason from errno (the last failed socket call); a name that does not resolve sets
    // none.
    const int error = errno;
    std::string why;
    if (error == EADDRINUSE) {
      why = "address in use: another server listens on this port";
    } else if (error == EACCES) {
      why = "permission denied: ports below 1024 need root";
    } else if (error == EADDRNOTAVAIL) {
      why = "not an address of this machine";
    } else if (error == 0) {
      why = "the address cannot be bound";
    } else {
      why = std::strerror(error);
    }
    return IoError("cannot listen on " + s.options.host + ":" + std::to_string(s.options.port) +
                   " (" + why + ")");
  }
  s.listening = true;
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (!impl_->listening) return InternalError("Server::Run before Listen");
  if (!impl_->http.listen_after_bind()) return IoError("the server stopped on a socket error");
  return Status::Ok();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace claimtrace
