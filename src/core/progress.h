// ProgressBar: a one-line progress display (documents, MB, rate, ETA) for long runs on a terminal.
//
// The bar is drawn on one line of `out` (stderr), redrawn in place with '\r' at most every
// 100 ms by a ticker thread and on updates. It only draws when enabled — callers enable it
// when the stream is a terminal and the user did not ask for --quiet — so piped output carries
// nothing but results and errors. Update calls are thread-safe. Anything else written to the same
// terminal while the bar is shown must go through PrintAbove (or BarSafeDiagnostics below),
// which clears the bar, prints, and redraws it, all under one lock, so lines never garble.
//
//   ProgressBar bar(stderr, ProgressBar::IsTerminal(stderr) && !quiet);
//   bar.SetTotalBytes(total);  bar.Update(docs, bytes);  bar.Finish();
#ifndef CLAIMTRACE_CORE_PROGRESS_H_
#define CLAIMTRACE_CORE_PROGRESS_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "claimtrace/diagnostics.h"

namespace claimtrace {

// Renders one progress line of at most `width` columns (pure; covered by progress_test.cc).
// `total_bytes` 0 means unknown (stdin): no percentage and no ETA.
std::string FormatProgressLine(uint64_t documents, uint64_t bytes, uint64_t total_bytes,
                               double elapsed_seconds, int width);

// "1:05", "1:02:03" for a duration in seconds.
std::string FormatDuration(double seconds);

class ProgressBar {
 public:
  ProgressBar(std::FILE* out, bool enabled);
  ~ProgressBar();  // calls Finish()
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // True when `stream` is a terminal (isatty).
  static bool IsTerminal(std::FILE* stream);

  bool enabled() const { return enabled_; }

  void SetTotalBytes(uint64_t total_bytes);
  // Running totals: documents finished, input bytes consumed.
  void SetDocuments(uint64_t documents);
  void SetBytes(uint64_t bytes);

  // Clears the bar, runs `print` (which writes whole lines to the same terminal), redraws.
  void PrintAbove(const std::function<void()>& print);

  // Stops the ticker and clears the bar line. Idempotent.
  void Finish();

 private:
  void DrawLocked(bool force);
  void ClearLocked();
  void Tick();

  std::FILE* out_;
  const bool enabled_;
  const std::chrono::steady_clock::time_point start_;
  std::mutex mu_;
  std::condition_variable stop_cv_;
  bool stopped_ = false;
  bool visible_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
  uint64_t documents_ = 0;
  uint64_t bytes_ = 0;
  uint64_t total_bytes_ = 0;
  std::thread ticker_;
};

// A DiagnosticSink that forwards to `inner` with the progress bar cleared around each line.
class BarSafeDiagnostics : public DiagnosticSink {
 public:
  BarSafeDiagnostics(DiagnosticSink* inner, ProgressBar* bar) : inner_(inner), bar_(bar) {}
  void Error(const Status& status) override;
  void Warning(const Status& status) override;

 private:
  DiagnosticSink* inner_;
  ProgressBar* bar_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_PROGRESS_H_
