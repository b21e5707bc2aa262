// DiagnosticSink: where long-running jobs report per-input problems and keep going.
//
// A command processing many inputs never stops at the first bad one: it reports an error
// (the input was rejected) or a warning (the input was processed after a repair, e.g. invalid
// UTF-8 replaced with U+FFFD) and carries on. StderrDiagnostics prints each as one line,
// "claimtrace: error: FILE:LINE: REASON", and counts them for the exit status. Implementations
// must be thread-safe: pipeline workers report concurrently.
//
//   StderrDiagnostics diag;
//   diag.Error(ParseError("expected an object", {.file = "in.jsonl", .line = 7}));
#ifndef CLAIMTRACE_DIAGNOSTICS_H_
#define CLAIMTRACE_DIAGNOSTICS_H_

#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  // The input (or one record of it) was rejected.
  virtual void Error(const Status& status) = 0;
  // The input was processed, but something was repaired or skipped inside it.
  virtual void Warning(const Status& status) = 0;
};

// Prints one line per problem to a FILE* (stderr by default) and counts them.
class StderrDiagnostics : public DiagnosticSink {
 public:
  explicit StderrDiagnostics(std::FILE* out = stderr) : out_(out) {}
  void Error(const Status& status) override;
  void Warning(const Status& status) override;
  // Called before each line is printed (e.g. to clear a progress bar); may be empty.
  void SetBeforePrint(std::function<void()> hook) { before_print_ = std::move(hook); }

  size_t errors() const { return errors_.load(); }
  size_t warnings() const { return warnings_.load(); }

 private:
  void Print(const char* level, const Status& status);
  std::FILE* out_;
  std::mutex mu_;
  std::function<void()> before_print_;
  std::atomic<size_t> errors_{0};
  std::atomic<size_t> warnings_{0};
};

// Keeps every problem in memory; for tests and for the HTTP API.
class CollectingDiagnostics : public DiagnosticSink {
 public:
  void Error(const Status& status) override;
  void Warning(const Status& status) override;
  std::vector<Status> errors() const;
  std::vector<Status> warnings() const;

 private:
  mutable std::mutex mu_;
  std::vector<Status> errors_;
  std::vector<Status> warnings_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_DIAGNOSTICS_H_
