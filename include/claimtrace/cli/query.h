// The query commands for scripts and terminals, over the same store queries as the HTTP API:
//   claimtrace search QUERY       documents matching the words (full-text, ranked)
//   claimtrace entity NAME        an entity: aliases, roles, what it said, what others said
//   claimtrace who-said TEXT      statements whose words (or speaker) match, with the speaker
// All take --db FILE, --limit/--offset and --json (the API's JSON instead of a table). Exit
// status 0 with results, 1 when nothing matched, 2 for a bad query or an unusable database.
//
//   QueryOptions o;  o.db = "claimtrace.db";  o.text = "chlorine";  return RunSearch(o);
#ifndef CLAIMTRACE_CLI_QUERY_H_
#define CLAIMTRACE_CLI_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>

#include "claimtrace/cli/common.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct QueryOptions {
  std::string db = kDefaultStorePath;  // --db
  std::string text;                    // the query, entity name or words
  bool json = false;                   // --json
  bool fts = false;                    // --fts: FTS5 query syntax (search, who-said)
  std::optional<std::string> type;     // --type (entity)
  int64_t limit = 20;                  // --limit
  int64_t offset = 0;                  // --offset
};

int RunSearch(const QueryOptions& options);
int RunEntity(const QueryOptions& options);
int RunWhoSaid(const QueryOptions& options);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_QUERY_H_
