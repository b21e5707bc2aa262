// JSON forms of the store query results, shared by the HTTP API and the `--json` output of the
// query commands (so both speak the same format). Pure functions; thread-safe.
//
//   nlohmann::json j = ToJson(page, [](const DocumentHit& h) { return ToJson(h); });
//   std::string text = DumpJson(j);  // invalid UTF-8 is replaced, never thrown
#ifndef CLAIMTRACE_SERVE_API_JSON_H_
#define CLAIMTRACE_SERVE_API_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "claimtrace/store_queries.h"

namespace claimtrace::serve {

nlohmann::json ToJson(const DocumentSummary& d);
nlohmann::json ToJson(const DocumentHit& h);
nlohmann::json ToJson(const StatementRow& s);
nlohmann::json ToJson(const EntitySummary& e);
nlohmann::json ToJson(const EntityDetail& e);
nlohmann::json ToJson(const NameCount& n);

// {"items": [...], "total": N, "limit": L, "offset": O, "next_offset": O+L or null}
template <typename T>
nlohmann::json PageJson(const Page<T>& page) {
  nlohmann::json items = nlohmann::json::array();
  for (const T& item : page.items) items.push_back(ToJson(item));
  nlohmann::json out = {{"items", std::move(items)},
                        {"total", page.total},
                        {"limit", page.limit},
                        {"offset", page.offset}};
  const uint64_t next = static_cast<uint64_t>(page.offset + page.limit);
  out["next_offset"] = next < page.total ? nlohmann::json(next) : nlohmann::json(nullptr);
  return out;
}

// Compact JSON text; invalid UTF-8 in strings is replaced by U+FFFD instead of throwing.
std::string DumpJson(const nlohmann::json& j);

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_API_JSON_H_
