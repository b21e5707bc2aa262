// `claimtrace export [--db FILE]`: every stored document as JSON Lines on stdout, in ingest order.
//
// Writes through the same writer as `extract` (DocumentToJson), so a document exported from the
// store is byte-identical to the line `extract` printed for it. A missing or unusable database is
// exit status 2; a damaged stored document is reported on stderr and skipped (exit status 1).
//
//   ExportOptions o;  o.db = "claimtrace.db";  int status = RunExport(o);
#ifndef CLAIMTRACE_CLI_EXPORT_H_
#define CLAIMTRACE_CLI_EXPORT_H_

#include <string>

#include "claimtrace/cli/common.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct ExportOptions {
  std::string db = kDefaultStorePath;  // --db
};

int RunExport(const ExportOptions& options);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_EXPORT_H_
