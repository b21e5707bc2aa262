// `claimtrace ingest`: ProcessInputs (parallel, input order) -> BatchWriter -> summary.
// The writer runs on the calling thread only; ProcessInputs' idle callback commits a batch that
// has waited 2 s while the pipeline is busy with slow documents. A document the store refuses is
// reported and the run goes on; nothing already committed is ever undone.
// Covered by tests/cli/ingest_cli_test.cc and tests/cli/store_cli_test.cc (kill -9).
#include <chrono>
#include <cstdio>
#include <string>
#include <unordered_set>

#include "claimtrace/cli/ingest.h"
#include "claimtrace/cli/resolution.h"
#include "claimtrace/cli/summary.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/resolution.h"
#include "claimtrace/store.h"
#include "cli/process_inputs.h"

namespace claimtrace::cli {

int RunIngest(const IngestCommandOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  CommandIo io(!options.common.quiet && ProgressBar::IsTerminal(stderr));
  auto fail_to_start = [&](const Status& s) {
    io.bar.Finish();
    io.diag.Error(s);
    return kExitUsage;
  };
  Result<std::unique_ptr<Store>> store = Store::Open(options.db);
  if (!store.ok()) return fail_to_start(store.status());
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(
      {.data_dir = options.common.data_dir, .default_published = options.published});
  if (!pipeline.ok()) return fail_to_start(pipeline.status());

  // Documents already stored are only prepared (read, cleaned, hashed), not annotated: the
  // store keeps the stored version and records the new source, so NLP on them would be wasted.
  Result<std::vector<std::string>> stored_ids = (*store)->DocumentIds();
  if (!stored_ids.ok()) return fail_to_start(stored_ids.status());
  const std::unordered_set<std::string> known(stored_ids->begin(), stored_ids->end());
  const Pipeline& pipe = **pipeline;
  ArticleProcessor process_article = [&](RawArticle&& article, DiagnosticSink* diag) {
    Result<Document> doc = pipe.Prepare(std::move(article), diag);
    if (doc.ok() && !known.contains(doc->id)) pipe.Annotate(&*doc);
    return doc;
  };

  BatchWriter writer(store->get(), {.max_documents = options.batch_size});
  IngestSummary summary;
  summary.db_path = options.db;
  uint64_t store_rejected = 0;
  auto commit_if_due = [&] {
    if (Status s = writer.Tick(); !s.ok()) io.diag.Error(s);
  };
  ProcessOptions process{.inputs = options.inputs, .threads = options.common.threads};
  process.ingest.max_article_bytes = options.common.max_article_mb << 20;
  ProcessTotals totals;
  Status s = ProcessInputs(
      process_article, process, io.diag,
      [&](Document&& doc) {
        Result<AddOutcome> outcome = writer.Add(doc);
        if (!outcome.ok()) {
          ++store_rejected;
          io.diag.Error(outcome.status());
        } else if (*outcome == AddOutcome::kStored) {
          for (const RemovedPiece& r : doc.removed) {
            ++(r.reason == RemovalReason::kRepeat ? summary.removed_repeat
                                                  : summary.removed_boilerplate);
          }
          summary.entities += doc.entities.size();
          summary.statements += doc.statements.size();
          summary.figures += doc.figures.size();
          summary.times += doc.times.size();
        }
        commit_if_due();
        return Status::Ok();
      },
      commit_if_due, &io.bar, &totals);
  if (Status f = writer.Flush(); !f.ok()) io.diag.Error(f);
  // Across-article resolution ran in each batch; a failure there keeps the document, unresolved.
  for (const Status& r : writer.TakeResolutionProblems()) io.diag.Warning(r);
  // Documents stored before (older schema, or resolution off) are resolved now.
  if (Result<ResolvePendingStats> rest = ResolvePending(store->get(), {}, &io.diag); !rest.ok()) {
    io.diag.Error(rest.status());
  }
  io.bar.Finish();
  if (!s.ok()) io.diag.Error(s);

  summary.inputs = totals.read.inputs;
  summary.articles = totals.read.articles;
  summary.stored = writer.stored();
  summary.duplicates = writer.duplicates();
  summary.copies = writer.copies();
  summary.lost = writer.lost();
  summary.rejected = totals.read.rejected + totals.rejected + store_rejected;
  summary.bytes = totals.read.bytes_read;
  summary.threads = totals.threads;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!options.common.quiet) {
    PrintIngestSummary(summary, stdout);
    if (Status p = PrintStoreSummary(**store, stdout); !p.ok()) io.diag.Error(p);
    if (Status p = PrintResolutionSummary(**store, stdout); !p.ok()) io.diag.Error(p);
  }
  if (!s.ok() && totals.documents == 0 && totals.read.articles == 0) return kExitUsage;
  return io.stderr_diag.errors() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace claimtrace::cli
