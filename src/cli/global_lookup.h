// GlobalEntityByName: the global entity (across articles) a name typed on the command line
// stands for, so `claims --speaker "Lena Marsh"` and `entity "Dragan Kovacevic"` reach every
// spelling of one person ("Dragan Kovačević" too), not only the exact string.
//
// A name matches a global entity when it equals, ignoring ASCII case, its display name or one of
// its spellings; an optional type must agree. Reads only; as thread-safe as the Store.
//
//   CT_ASSIGN_OR_RETURN(GlobalMatch m, GlobalEntityByName(store, "lena marsh"));
//   if (m.ids.size() == 1) ...  // m.ids[0] == "g2"
#ifndef CLAIMTRACE_SRC_CLI_GLOBAL_LOOKUP_H_
#define CLAIMTRACE_SRC_CLI_GLOBAL_LOOKUP_H_

#include <optional>
#include <string>
#include <vector>

#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace::cli {

struct GlobalMatch {
  std::vector<std::string> ids;    // "g12", most documents first
  std::vector<std::string> names;  // display names, parallel to ids
};

Result<GlobalMatch> GlobalEntityByName(const Store& store, const std::string& name,
                                       const std::optional<std::string>& type = std::nullopt);

// "g12" (not "g", "g1x", "G12").
bool IsGlobalEntityId(std::string_view text);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_SRC_CLI_GLOBAL_LOOKUP_H_
