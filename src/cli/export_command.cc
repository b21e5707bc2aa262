// `claimtrace export`: Store::ForEachDocument (ingest order) -> DocumentToJson on stdout.
// Covered by tests/cli/ingest_cli_test.cc (export == extract, missing and foreign databases).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "claimtrace/cli/export.h"
#include "claimtrace/export.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

int RunExport(const ExportOptions& options) {
  StderrDiagnostics diag;
  Result<std::unique_ptr<Store>> store =
      Store::Open(options.db, {.create_if_missing = false, .reads_only = true});
  if (!store.ok()) {
    diag.Error(store.status());
    return kExitUsage;
  }
  std::string line;
  Status s = (*store)->ForEachDocument(
      [&](Document&& doc) {
        line.clear();
        AppendDocumentJson(doc, &line);
        line.push_back('\n');
        if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) {
          return IoError(std::string("cannot write to standard output: ") + std::strerror(errno));
        }
        return Status::Ok();
      },
      &diag);
  if (std::fflush(stdout) != 0 && s.ok()) {
    s = IoError(std::string("cannot write to standard output: ") + std::strerror(errno));
  }
  if (!s.ok()) diag.Error(s);
  return diag.errors() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace claimtrace::cli
