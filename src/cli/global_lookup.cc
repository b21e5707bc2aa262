// Name -> global entity: ListGlobalEntities' alias substring search narrows the candidates, then
// an exact comparison (ASCII case folded) keeps the real matches. Covered by
// tests/cli/resolution_cli_test.cc (claims --speaker, entity by another spelling).
#include "cli/global_lookup.h"

#include <algorithm>

#include "claimtrace/resolution.h"

namespace claimtrace::cli {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool IsGlobalEntityId(std::string_view text) {
  if (text.size() < 2 || text.size() > 19 || text[0] != 'g') return false;
  return std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<GlobalMatch> GlobalEntityByName(const Store& store, const std::string& name,
                                       const std::optional<std::string>& type) {
  GlobalMatch out;
  if (name.empty()) return out;
  EntityQuery query{.name = name, .limit = 200};
  if (type) {
    EntityType t;
    if (!Parse(*type, &t)) return out;
    query.type = t;
  }
  CT_ASSIGN_OR_RETURN(std::vector<GlobalEntityRecord> found, ListGlobalEntities(store, query));
  const std::string wanted = AsciiLower(name);
  for (const GlobalEntityRecord& g : found) {
    bool same = AsciiLower(g.name) == wanted;
    for (const TextCount& a : g.aliases) same |= AsciiLower(a.text) == wanted;
    if (!same) continue;
    out.ids.push_back(g.id);
    out.names.push_back(g.name);
  }
  return out;
}

}  // namespace claimtrace::cli
