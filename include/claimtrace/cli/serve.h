// `claimtrace serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--static DIR]`: the HTTP API and
// the web interface over a store, until Ctrl-C / SIGTERM.
//
// The web interface's built files are looked up like data files: --static DIR, then
// <dir of the executable>/../share/claimtrace/web, then the source tree's web/dist; without them
// the API still runs and / says how to build the interface. Prints the address it listens on
// ("claimtrace serve: listening on http://127.0.0.1:PORT/") on stdout once it accepts requests.
// Exit status 0 after a clean stop, 2 when the database or the address cannot be used.
//
//   ServeOptions o;  o.db = "claimtrace.db";  o.port = 0;  return RunServe(o);
#ifndef CLAIMTRACE_CLI_SERVE_H_
#define CLAIMTRACE_CLI_SERVE_H_

#include <string>

#include "claimtrace/cli/common.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct ServeOptions {
  std::string db = kDefaultStorePath;  // --db
  std::string host = "127.0.0.1";      // --host
  int port = 8080;                     // --port (0: any free port)
  std::string static_dir;              // --static
  int threads = 16;                    // --threads
  bool log_requests = false;           // --log
  bool cache = true;                   // off with --no-cache
};

int RunServe(const ServeOptions& options);

// The folder with the built web interface to serve, or "" when none is found.
std::string FindWebDirectory(const std::string& override_dir);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_SERVE_H_
