// Human-readable summaries printed by the commands: one for an ingest run, one for a store.
//
// PrintIngestSummary reports what a run did (read, stored, duplicates, rejected, what the cleaner
// removed and the pipeline found, time and throughput). PrintStoreSummary reports what a store
// holds (totals, date range, outlets, top entities and speakers, cleaning rules) from
// LoadStoreOverview; later stages extend it (claims, conflicts) as their tables arrive. Both write
// plain text for a terminal or a log; neither is a machine format (use `export` for that).
//
//   PrintIngestSummary(summary, stdout);
//   Status s = PrintStoreSummary(*store, stdout, /*top_n=*/5);
#ifndef CLAIMTRACE_CLI_SUMMARY_H_
#define CLAIMTRACE_CLI_SUMMARY_H_

#include <cstdint>
#include <cstdio>
#include <string>

#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct IngestSummary {
  std::string db_path;
  uint64_t inputs = 0;               // files opened
  uint64_t articles = 0;             // articles read
  uint64_t stored = 0;               // new documents committed
  uint64_t duplicates = 0;           // documents already in the store
  uint64_t copies = 0;               // of them, copies under another outlet or URL
  uint64_t rejected = 0;             // inputs, records or documents rejected
  uint64_t lost = 0;                 // documents whose batch failed to commit
  uint64_t removed_boilerplate = 0;  // pieces the cleaner removed from the stored documents
  uint64_t removed_repeat = 0;
  uint64_t entities = 0;  // annotations of the stored documents
  uint64_t statements = 0;
  uint64_t figures = 0;
  uint64_t times = 0;
  uint64_t bytes = 0;  // raw input bytes read
  double seconds = 0;
  int threads = 0;
};

void PrintIngestSummary(const IngestSummary& summary, std::FILE* out);

Status PrintStoreSummary(const Store& store, std::FILE* out, size_t top_n = 5);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_SUMMARY_H_
