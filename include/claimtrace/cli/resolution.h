// The across-article commands over a store: `claimtrace report` (top entities with aliases, top
// claims with provenance and independent-source counts, conflicting figures side by side),
// `claimtrace claims` (claims with their reports), `claimtrace entities` (global entities with
// aliases) and `claimtrace resolve` (finish resolving documents stored but not resolved yet).
//
// Each opens the database without creating it (a missing or foreign file exits 2 with a one-line
// reason), prints a readable table on stdout or, with --json, one JSON document (report) or JSON
// Lines (claims, entities; one object per line). Exit status as in common.h. The commands share
// stdout/stderr, so run one at a time per process; the option structs are plain values.
//
//   ReportOptions o;  o.db = "demo.db";  o.top = 5;
//   int status = RunReport(o);
#ifndef CLAIMTRACE_CLI_RESOLUTION_H_
#define CLAIMTRACE_CLI_RESOLUTION_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "claimtrace/cli/common.h"
#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct ReportOptions {
  std::string db = kDefaultStorePath;
  bool json = false;
  size_t top = 10;   // --top: entries per section
  size_t width = 0;  // text width for the table, 0 = 100
};
int RunReport(const ReportOptions& options);

// Writes the report of `store` (the text form of RunReport) to `out`.
Status PrintReport(const Store& store, const ReportOptions& options, std::FILE* out);
// The JSON form.
Result<std::string> ReportJson(const Store& store, size_t top);

struct ClaimsOptions {
  std::string db = kDefaultStorePath;
  bool json = false;
  size_t limit = 50;
  size_t offset = 0;
  uint32_t min_reports = 1;  // --min-reports
  std::string speaker;       // --speaker g12: claims by this global entity
  std::string story;         // --story s3
};
int RunClaims(const ClaimsOptions& options);

struct EntitiesOptions {
  std::string db = kDefaultStorePath;
  bool json = false;
  size_t limit = 50;
  size_t offset = 0;
  std::string type;  // --type PERSON
  std::string name;  // --name: substring of the name or an alias
};
int RunEntities(const EntitiesOptions& options);

struct ResolveOptions {
  std::string db = kDefaultStorePath;
  size_t batch_size = 200;
  bool retry_failed = false;  // --retry-failed
  bool quiet = false;
};
int RunResolve(const ResolveOptions& options);

// One short paragraph on the across-article state (resolved/pending documents, global entities,
// claims, conflicts, near duplicates), as printed after an ingest.
Status PrintResolutionSummary(const Store& store, std::FILE* out);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_RESOLUTION_H_
