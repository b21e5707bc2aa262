// `claimtrace claims`: claims with their reports (ListClaims with reports), as JSON Lines with
// --json or as a readable list. Covered by tests/cli/resolution_cli_test.cc.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/cli/resolution.h"
#include "claimtrace/resolution.h"
#include "cli/global_lookup.h"
#include "core/json_writer.h"
#include "store/resolution_json.h"

namespace claimtrace::cli {

namespace {

bool IsStoryId(std::string_view id) {
  if (id.size() < 2 || id.size() > 19 || id[0] != 's') return false;
  return std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The global entity id --speaker names: an id ("g12") as it is, or a name or spelling that
// exactly one global entity carries (case-insensitive), so `--speaker "Lena Marsh"` works.
Result<std::string> SpeakerId(const Store& store, const std::string& speaker) {
  if (speaker.empty() || IsGlobalEntityId(speaker)) return speaker;
  CT_ASSIGN_OR_RETURN(GlobalMatch match, GlobalEntityByName(store, speaker));
  const SourceLocation where{.file = "--speaker " + speaker};
  if (match.ids.size() == 1) return match.ids.front();
  if (match.ids.empty()) {
    return InvalidArgumentError(
        "neither a global entity id (g12) nor the name of one (see `claimtrace entities`)", where);
  }
  std::string ids;
  for (size_t i = 0; i < match.ids.size(); ++i) {
    ids += (i ? ", " : "") + match.ids[i] + " (" + match.names[i] + ")";
  }
  return InvalidArgumentError("names several global entities: " + ids + "; give the id", where);
}

}  // namespace

int RunClaims(const ClaimsOptions& options) {
  StderrDiagnostics diag;
  Result<std::unique_ptr<Store>> store =
      Store::Open(options.db, {.create_if_missing = false, .reads_only = true});
  if (!store.ok()) {
    diag.Error(store.status());
    return kExitUsage;
  }
  if (!options.story.empty() && !IsStoryId(options.story)) {
    diag.Error(InvalidArgumentError("not a story id (s3; see `claimtrace report`)",
                                    {.file = "--story " + options.story}));
    return kExitUsage;
  }
  Result<std::string> speaker = SpeakerId(**store, options.speaker);
  if (!speaker.ok()) {
    diag.Error(speaker.status());
    return kExitUsage;
  }
  Result<std::vector<ClaimRecord>> claims = ListClaims(**store, {.speaker_entity = *speaker,
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
