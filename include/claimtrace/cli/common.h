// Shared pieces of the claimtrace commands: exit codes and options every command takes.
//
// Commands are library functions (src/cli/) returning an exit status; apps/claimtrace/main.cc
// only parses arguments into these option structs and calls them. Exit status: 0 when every
// input was processed, 1 when some input was rejected, 2 for usage errors.
//
//   ExtractOptions options;  options.inputs = {"a.txt"};
//   return RunExtract(options);
#ifndef CLAIMTRACE_CLI_COMMON_H_
#define CLAIMTRACE_CLI_COMMON_H_

#include <string>

namespace claimtrace::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeRejected = 1;
inline constexpr int kExitUsage = 2;

struct CommonOptions {
  std::string data_dir;  // --data-dir: models and lexicons
  int threads = 0;       // --threads: worker threads, 0 = one per core
  bool quiet = false;    // --quiet: no progress bar or summary
};

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_COMMON_H_
