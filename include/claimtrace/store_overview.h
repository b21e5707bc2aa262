// StoreOverview: what a store holds at a glance — totals, date range, top outlets, entities,
// speakers and cleaning rules — for the ingest summary, run.sh and the server's front page.
//
// LoadStoreOverview runs a handful of aggregate queries (each a single indexed or full scan of
// one table; a second or so at 100k documents) on the Store's connection, so it has the Store's
// threading contract: one thread at a time. Later stages add fields (claims, conflicts); the
// existing ones keep their meaning.
//
//   CT_ASSIGN_OR_RETURN(StoreOverview o, LoadStoreOverview(*store, /*top_n=*/5));
//   for (const NameCount& s : o.speakers) std::printf("%s %llu\n", s.name.c_str(), s.count);
#ifndef CLAIMTRACE_STORE_OVERVIEW_H_
#define CLAIMTRACE_STORE_OVERVIEW_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace {

struct NameCount {
  std::string name;
  std::string detail;  // e.g. the entity type ("PERSON"), may be empty
  uint64_t count = 0;
};

struct StoreOverview {
  StoreCounts counts;
  std::optional<std::string> first_published;  // earliest YYYY-MM-DD, if any document is dated
  std::optional<std::string> last_published;
  uint64_t undated = 0;                  // documents without a publication date
  std::vector<NameCount> outlets;        // documents per outlet (null outlet left out)
  std::vector<NameCount> languages;      // documents per language
  std::vector<NameCount> entities;       // entity name + type, by documents mentioning it
  std::vector<NameCount> speakers;       // statements per speaker (name, else as written)
  std::vector<NameCount> removal_rules;  // removed pieces per cleaning rule
};

// The top `top_n` of each list, largest count first, ties by name.
Result<StoreOverview> LoadStoreOverview(const Store& store, size_t top_n);

}  // namespace claimtrace

#endif  // CLAIMTRACE_STORE_OVERVIEW_H_
