// `claimtrace export`: Store::ForEachDocument (ingest order) -> DocumentToJson on stdout, plus
// "copies" (Store::Copies) on a document other outlets ran word for word.
// Covered by tests/cli/ingest_cli_test.cc (export == extract, missing and foreign databases) and
// tests/cli/resolution_cli_test.cc (copies).
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "claimtrace/cli/export.h"
#include "claimtrace/export.h"
#include "claimtrace/store.h"
#include "core/json_writer.h"
#include "store/resolution_json.h"

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
        CT_ASSIGN_OR_RETURN(std::vector<DocumentCopy> copies, (*store)->Copies(doc.id));
        if (!copies.empty() && !line.empty() && line.back() == '}') {
          line.pop_back();
          line += ",\"copies\":";
          JsonWriter w(&line);
          WriteCopiesJson(copies, &w);
          line.push_back('}');
        }
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
