// Shared pieces of the claimtrace commands: exit codes and options every command takes.
//
// Commands are library functions (src/cli/) returning an exit status; apps/claimtrace/main.cc
// only parses arguments into these option structs and calls them. Exit status: 0 when every
// input was processed, 1 when some input was rejected (or a document could not be stored or
// written), 2 for usage errors and when the command cannot run at all (e.g. an unusable
// database). Commands are not reentrant with each other in one process only because they share
// stdout/stderr; the option structs are plain values.
//
//   ExtractOptions options;  options.inputs = {"a.txt"};
//   return RunExtract(options);
#ifndef CLAIMTRACE_CLI_COMMON_H_
#define CLAIMTRACE_CLI_COMMON_H_

#include <cstdint>
#include <optional>
#include <string>

namespace claimtrace::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeRejected = 1;
inline constexpr int kExitUsage = 2;

struct CommonOptions {
  std::string data_dir;          // --data-dir: models and lexicons
  int threads = 0;               // --threads: pipeline workers, 0 = one per core
  bool quiet = false;            // --quiet: no progress bar or summary
  uint64_t max_article_mb = 64;  // --max-article-mb: larger articles are rejected unread
};

// Normalises a --published value to YYYY-MM-DD ("2022-03-23", "23 March 2022", ...); nullopt
// when it is not a full calendar date.
std::optional<std::string> NormalizePublishedOption(const std::string& value);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_COMMON_H_
