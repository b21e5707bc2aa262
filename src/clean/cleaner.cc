// Placeholder cleaner: passes text through unchanged (replaced by the foundation issue's cleaner).
#include "claimtrace/clean.h"

namespace claimtrace {

CleanedText CleanText(std::string_view text) { return CleanedText{std::string(text), {}}; }

}  // namespace claimtrace
