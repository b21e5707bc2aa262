// `claimtrace claims`: claims with their reports (ListClaims with reports), as JSON Lines with
// --json or as a readable list. Covered by tests/cli/resolution_cli_test.cc.
#include <cstdio>
#include <string>

#include "claimtrace/cli/resolution.h"
#include "claimtrace/resolution.h"
#include "store/resolution_json.h"
#include "core/json_writer.h"

namespace claimtrace::cli {

int RunClaims(const ClaimsOptions& options) {
  StderrDiagnostics diag;
  Result<std::unique_ptr<Store>> store = Store::Open(options.db, {.create_if_missing = false});
  if (!store.ok()) {
    diag.Error(store.status());
    return kExitUsage;
  }
  Result<std::vector<ClaimRecord>> claims = ListClaims(**store, {.speaker_entity = options.speaker,
                                                                 .story = options.story,
                                                                 .min_reports = options.min_reports,
                                                                 .include_reports = true,
                                                                 .limit = options.limit,
                                                                 .offset = options.offset});
  if (!claims.ok()) {
    diag.Error(claims.status());
    return kExitSomeRejected;
  }
  std::string line;
  for (const ClaimRecord& c : *claims) {
    line.clear();
    if (options.json) {
      JsonWriter w(&line);
      WriteClaimJson(c, &w);
      line.push_back('\n');
    } else {
      line = c.id + "  " + c.speaker + ": \"" + c.text + "\"\n    " + std::to_string(c.reports) +
             " report(s), " + std::to_string(c.independent_sources) + " independent source(s)" +
             (c.circular ? ", circular reporting" : "") + "\n";
      for (const ClaimReportRecord& r : c.report_list) {
        line += "    - " + (r.published.empty() ? std::string("undated") : r.published) + " " +
                (r.outlet.empty() ? std::string("?") : r.outlet) + " (" + r.document + "): via " +
                (r.origin.empty() ? std::string("?") : r.origin) + "\n";
      }
    }
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  if (!options.json && claims->empty()) std::printf("no claims\n");
  if (std::fflush(stdout) != 0) {
    diag.Error(IoError("cannot write to standard output"));
    return kExitSomeRejected;
  }
  return kExitOk;
}

}  // namespace claimtrace::cli
