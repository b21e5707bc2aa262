// `claimtrace ingest PATH... [--db FILE]`: the extract pipeline, into the embedded store.
//
// Reads and annotates every input in parallel, stores the documents in input order in batch
// transactions (a killed ingest leaves only whole documents; run it again to finish), reports a
// document already in the store as a duplicate (remembering its new source), and ends with a
// readable summary of the run and of the store on stdout unless --quiet. A progress bar shows
// on stderr when it is a terminal.
//
//   IngestCommandOptions o;  o.inputs = {"examples/demo"};  o.db = "demo.db";
//   int status = RunIngest(o);
#ifndef CLAIMTRACE_CLI_INGEST_H_
#define CLAIMTRACE_CLI_INGEST_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/cli/common.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct IngestCommandOptions {
  CommonOptions common;
  std::vector<std::string> inputs;       // files, directories, "-" for stdin
  std::string db = kDefaultStorePath;    // --db
  std::optional<std::string> published;  // --published YYYY-MM-DD anchor
  size_t batch_size = 200;               // --batch-size: documents per transaction
};

int RunIngest(const IngestCommandOptions& options);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_INGEST_H_
