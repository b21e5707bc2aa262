// `claimtrace resolve`: finishes across-article resolution of documents stored but not
// resolved (a store from before schema version 3, or ingested with resolution off), a batch per
// transaction, then prints the across-article summary. Covered by tests/cli/resolution_cli_test.cc.
#include <cinttypes>
#include <cstdio>

#include "claimtrace/cli/resolution.h"
#include "claimtrace/resolution.h"
#include "cli/process_inputs.h"

namespace claimtrace::cli {

int RunResolve(const ResolveOptions& options) {
  CommandIo io(!options.quiet && ProgressBar::IsTerminal(stderr));
  Result<std::unique_ptr<Store>> store = Store::Open(options.db, {.create_if_missing = false});
  if (!store.ok()) {
    io.diag.Error(store.status());
    return kExitUsage;
  }
  ResolvePendingOptions o{.batch_documents = options.batch_size,
                          .retry_failed = options.retry_failed,
                          .progress = [&](uint64_t done, uint64_t total) {
                            (void)total;
                            io.bar.SetDocuments(done);
                          }};
  Result<ResolvePendingStats> stats = ResolvePending(store->get(), o, &io.diag);
  io.bar.Finish();
  if (!stats.ok()) {
    io.diag.Error(stats.status());
    return kExitSomeRejected;
  }
  if (!options.quiet) {
    std::printf("resolved %" PRIu64 " documents (%" PRIu64 " failed)\n", stats->resolved,
                stats->failed);
    if (Status s = PrintResolutionSummary(**store, stdout); !s.ok()) io.diag.Error(s);
  }
  return stats->failed > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace claimtrace::cli
