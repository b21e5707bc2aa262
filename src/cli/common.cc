// Shared option handling for the commands. Dates go through core/date.h so --published accepts
// the same forms as the inputs' own `published` fields. Covered by tests/cli (usage errors).
#include "claimtrace/cli/common.h"

#include "core/date.h"

namespace claimtrace::cli {

std::optional<std::string> NormalizePublishedOption(const std::string& value) {
  return NormalizeDate(value);
}

}  // namespace claimtrace::cli
