// `claimtrace extract PATH...`: stateless extraction, JSON Lines on stdout, no database.
//
// Reads every input, runs the full pipeline and writes one export-format object per document,
// in input order. Problems go to stderr as one line each; the rest is processed.
//
//   ExtractOptions o;  o.inputs = {"-"};  int status = RunExtract(o);
#ifndef CLAIMTRACE_CLI_EXTRACT_H_
#define CLAIMTRACE_CLI_EXTRACT_H_

#include <optional>
#include <string>
#include <vector>

#include "claimtrace/cli/common.h"

namespace claimtrace::cli {

struct ExtractOptions {
  CommonOptions common;
  std::vector<std::string> inputs;       // files, directories, "-" for stdin
  std::optional<std::string> published;  // --published YYYY-MM-DD anchor
  bool annotate = true;                  // --no-annotate: ingest + clean only
};

int RunExtract(const ExtractOptions& options);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_EXTRACT_H_
