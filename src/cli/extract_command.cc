// `claimtrace extract`: ProcessInputs (parallel, input order) -> DocumentToJson on stdout.
// Covered by tests/cli/extract_cli_test.cc and tests/cli/bad_input_cli_test.cc.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "claimtrace/cli/extract.h"
#include "claimtrace/export.h"
#include "claimtrace/pipeline.h"
#include "cli/process_inputs.h"

namespace claimtrace::cli {

int RunExtract(const ExtractOptions& options) {
  // The bar shares the terminal with the JSON only if stdout is redirected.
  const bool show_progress =
      !options.common.quiet && ProgressBar::IsTerminal(stderr) && !ProgressBar::IsTerminal(stdout);
  CommandIo io(show_progress);
  Result<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create({.data_dir = options.common.data_dir,
                        .default_published = options.published,
                        .annotate = options.annotate});
  if (!pipeline.ok()) {
    io.bar.Finish();
    io.diag.Error(pipeline.status());
    return kExitUsage;
  }
  ProcessOptions process{.inputs = options.inputs, .threads = options.common.threads};
  process.ingest.max_article_bytes = options.common.max_article_mb << 20;
  std::string line;
  bool write_failed = false;
  ProcessTotals totals;
  Status s = ProcessInputs(
      ProcessWith(**pipeline), process, io.diag,
      [&](Document&& doc) {
        line.clear();
        AppendDocumentJson(doc, &line);
        line.push_back('\n');
        if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) {
          write_failed = true;
          return IoError(std::string("cannot write to standard output: ") + std::strerror(errno));
        }
        return Status::Ok();
      },
      nullptr, &io.bar, &totals);
  if (std::fflush(stdout) != 0 && !write_failed) {
    write_failed = true;
    s = IoError(std::string("cannot write to standard output: ") + std::strerror(errno));
  }
  io.bar.Finish();
  if (!s.ok()) {
    io.diag.Error(s);
    return write_failed ? kExitSomeRejected : kExitUsage;
  }
  return io.stderr_diag.errors() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace claimtrace::cli
