// Test helpers for driving the built `claimtrace` binary end to end.
//
// RunClaimtrace spawns the binary under test ($CLAIMTRACE_BINARY, else the claimtrace built with
// the tests) with the given arguments, stdin from a file (or /dev/null), stdout and stderr
// captured to files, and an optional pseudo-terminal as stderr; it waits with a timeout (killing
// the child if it hangs) and reports the exit status, the signal, the wall time and the child's
// peak RSS (wait4/getrusage).
// TempDir makes and removes a scratch directory. Not thread-safe; one run at a time per test.
//
//   TempDir dir;
//   RunResult r = RunClaimtrace({"extract", dir.Write("a.txt", "Text.")});
//   EXPECT_EQ(r.exit_code, 0);
#ifndef CLAIMTRACE_TESTS_CLI_CLI_RUNNER_H_
#define CLAIMTRACE_TESTS_CLI_CLI_RUNNER_H_

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace claimtrace::testing {

struct RunOptions {
  std::string stdin_path;                    // empty: /dev/null
  std::string stdout_path;                   // empty: captured into RunResult::out
  std::string cwd;                           // empty: inherit
  std::chrono::milliseconds timeout{60000};  // the child is SIGKILLed after this
  bool stderr_tty = false;                   // stderr on a pseudo-terminal (progress bar)
};

struct RunResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  bool timed_out = false;
  std::string out;      // stdout
  std::string err;      // stderr (or what the pseudo-terminal showed)
  long max_rss_kb = 0;  // peak resident set size of the child
  double seconds = 0;

  // The stderr lines containing `needle`.
  std::vector<std::string> ErrLines(const std::string& needle) const;
  // stdout split into lines (JSON Lines).
  std::vector<std::string> OutLines() const;
};

// Path of the binary under test: $CLAIMTRACE_BINARY, else the one built with the tests; empty
// when neither exists (the tests then skip).
std::string ClaimtraceBinary();

RunResult RunClaimtrace(const std::vector<std::string>& args, const RunOptions& options = {});

// Starts the binary without waiting (stdout/stderr to /dev/null); for kill -9 tests.
pid_t SpawnClaimtrace(const std::vector<std::string>& args, const std::string& cwd = "");

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // Full path of `name` inside the directory.
  std::string Path(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to `name` (creating parent directories) and returns its full path.
  std::string Write(const std::string& name, const std::string& content) const;
  std::string Read(const std::string& name) const;

 private:
  std::string path_;
};

}  // namespace claimtrace::testing

#endif  // CLAIMTRACE_TESTS_CLI_CLI_RUNNER_H_
