// `claimtrace serve`: finds the web folder, creates the Server, blocks SIGINT/SIGTERM in every
// thread and waits for them on a dedicated thread that stops the server (so no work happens in
// a signal handler). Covered by tests/api/ (in-process server) and tests/browser/ (this binary).
#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <thread>

#include "claimtrace/cli/serve.h"
#include "claimtrace/diagnostics.h"
#include "claimtrace/server.h"

namespace claimtrace::cli {

std::string FindWebDirectory(const std::string& override_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto usable = [&](const fs::path& dir) { return fs::is_regular_file(dir / "index.html", ec); };
  if (!override_dir.empty()) return override_dir;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed =
        (exe.parent_path() / ".." / "share" / "claimtrace" / "web").lexically_normal();
    if (usable(installed)) return installed.string();
  }
#ifdef CLAIMTRACE_SOURCE_DIR
  fs::path source = fs::path(CLAIMTRACE_SOURCE_DIR) / "web" / "dist";
  if (usable(source)) return source.string();
#endif
  return "";
}

int RunServe(const ServeOptions& options) {
  StderrDiagnostics diag;
  ServerOptions so;
  so.db = options.db;
  so.host = options.host;
  so.port = options.port;
  so.threads = options.threads > 0 ? static_cast<size_t>(options.threads) : 16;
  so.log_requests = options.log_requests;
  so.cache_responses = options.cache;
  so.static_dir = FindWebDirectory(options.static_dir);
  if (!options.static_dir.empty() &&
      !std::filesystem::is_regular_file(std::filesystem::path(options.static_dir) / "index.html")) {
    diag.Error(NotFoundError("--static " + options.static_dir + ": no index.html there"));
    return kExitUsage;
  }
  Result<std::unique_ptr<Server>> server = Server::Create(so);
  if (!server.ok()) {
    diag.Error(server.status());
    return kExitUsage;
  }
  if (Status s = (*server)->Listen(); !s.ok()) {
    diag.Error(s);
    return kExitUsage;
  }
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  Server* raw = server->get();
  std::thread waiter([raw, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (sig != 0) raw->Stop();
  });
  const std::string shown_host =
      so.host.find(':') != std::string::npos ? "[" + so.host + "]" : so.host;
  std::printf("claimtrace serve: listening on http://%s:%d/\n", shown_host.c_str(), raw->port());
  if (so.static_dir.empty()) {
    std::printf(
        "claimtrace serve: web interface not built (cd web && npm ci && npm run build);"
        " serving the API only\n");
  }
  std::fflush(stdout);
  Status run = raw->Run();
  // Wake the waiter if Run ended for another reason.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!run.ok()) {
    diag.Error(run);
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace claimtrace::cli
