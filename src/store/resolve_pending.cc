// ResolvePending: drains documents.resolved = 0 (and 2 on request) in ingest order, one IMMEDIATE
// transaction per batch, through ResolutionWriter. A killed run loses at most its open batch,
// whose documents stay pending for the next run. Covered by src/store/resolution_test.cc and
// tests/cli/resolve_cli_test.cc.
#include <algorithm>

#include "claimtrace/resolution.h"
#include "store/resolution_writer.h"
#include "store/sqlite.h"

namespace claimtrace {

Result<ResolvePendingStats> ResolvePending(Store* store, const ResolvePendingOptions& options,
                                           DiagnosticSink* problems) {
  store::Database& db = store->database();
  ResolvePendingStats stats;
  if (options.retry_failed) {
    CT_RETURN_IF_ERROR(db.Exec("UPDATE documents SET resolved = 0 WHERE resolved = 2"));
  }
  CT_ASSIGN_OR_RETURN(int64_t total,
                      db.QueryInt("SELECT count(*) FROM documents WHERE resolved = 0"));
  if (total == 0) return stats;
  CT_ASSIGN_OR_RETURN(store::ResolutionWriter * writer, store->resolution_writer());
  const size_t batch = std::max<size_t>(1, options.batch_documents);
  uint64_t done = 0;
  while (done < static_cast<uint64_t>(total)) {
    CT_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    std::vector<Status> found;
    Result<store::ResolutionWriter::Outcome> o = writer->ResolvePendingDocuments(batch, &found);
    if (!o.ok()) {
      if (db.in_transaction()) db.Exec("ROLLBACK").IgnoreError();
      return o.status();
    }
    if (Status s = db.Exec("COMMIT"); !s.ok()) {
      if (db.in_transaction()) db.Exec("ROLLBACK").IgnoreError();
      return s;
    }
    writer->Committed();
    if (problems != nullptr) {
      for (const Status& s : found) problems->Error(s);
    }
    stats.resolved += o->resolved;
    stats.failed += o->failed;
    done += o->resolved + o->failed;
    if (options.progress) options.progress(done, static_cast<uint64_t>(total));
    if (o->resolved + o->failed == 0) break;
  }
  return stats;
}

}  // namespace claimtrace
