// ProcessInputs: the parallel read -> pipeline -> ordered-output engine behind extract and ingest.
//
// One reader thread runs ReadInputs and numbers the articles; N worker threads run
// Pipeline::Process on them concurrently; the calling thread receives the finished Documents
// strictly in input order through `on_document`. The articles and documents in flight are bounded
// (OrderedQueue: a few per worker and a byte budget), so memory stays flat however large the
// input. Rejected articles are reported to `diag` in input order and the rest goes on; an
// exception escaping a stage rejects that one document instead of killing the process.
// `on_document` returning an error stops everything (e.g. stdout closed, database unusable).
// `on_idle` runs on the calling thread whenever no document arrived for `idle_interval`
// (the ingest uses it to commit an old batch). Blocking; call from one thread.
//
//   ProcessTotals totals;
//   Status s = ProcessInputs(ProcessWith(*pipeline), {.inputs = {"in/"}, .threads = 4}, diag,
//                            [&](Document&& d) { return Write(d); }, nullptr, &bar, &totals);
#ifndef CLAIMTRACE_CLI_PROCESS_INPUTS_H_
#define CLAIMTRACE_CLI_PROCESS_INPUTS_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimtrace/diagnostics.h"
#include "claimtrace/document.h"
#include "claimtrace/ingest.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/status.h"
#include "core/progress.h"

namespace claimtrace::cli {

struct ProcessOptions {
  std::vector<std::string> inputs;
  IngestOptions ingest;
  int threads = 0;           // pipeline workers; 0 = one per core
  size_t max_in_flight = 0;  // articles read but not yet delivered; 0 = 4 per worker
  uint64_t max_in_flight_bytes = 64ull << 20;  // and their raw size (one larger article may pass)
  std::chrono::milliseconds idle_interval{200};
};

struct ProcessTotals {
  IngestStats read;        // from ReadInputs (articles read, inputs rejected, bytes)
  uint64_t documents = 0;  // delivered to on_document
  uint64_t rejected = 0;   // articles the pipeline rejected
  int threads = 0;         // workers actually used
};

// stderr diagnostics that keep a progress bar intact, for one command run. The bar is shown only
// when `show_progress` (the caller checks for a terminal and --quiet).
struct CommandIo {
  explicit CommandIo(bool show_progress)
      : stderr_diag(stderr), bar(stderr, show_progress), diag(&stderr_diag, &bar) {}
  StderrDiagnostics stderr_diag;  // counts errors and warnings
  ProgressBar bar;
  BarSafeDiagnostics diag;  // report through this one
};

// Worker count for a --threads value: `requested` if positive, else one per core (at least 1).
int ResolveThreads(int requested);

// Turns one article into a Document (Pipeline::Process, or a fake in tests). Called from several
// worker threads at once.
using ArticleProcessor = std::function<Result<Document>(RawArticle&&, DiagnosticSink*)>;

// Pipeline::Process as an ArticleProcessor; `pipeline` must outlive the result.
ArticleProcessor ProcessWith(const Pipeline& pipeline);

Status ProcessInputs(const ArticleProcessor& process, const ProcessOptions& options,
                     DiagnosticSink& diag, const std::function<Status(Document&&)>& on_document,
                     const std::function<void()>& on_idle, ProgressBar* progress,
                     ProcessTotals* totals);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_PROCESS_INPUTS_H_
