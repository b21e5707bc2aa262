// Draft: a statement under construction — its token-level attribution next to the export
// Statement being filled — shared by the statement builder, the speaker resolver and the path
// finder. Plain value.
//
//   attrib::Draft d{.a = found[i]};
//   d.st.hedged = true;
#ifndef CLAIMTRACE_ATTRIB_DRAFT_H_
#define CLAIMTRACE_ATTRIB_DRAFT_H_

#include <optional>

#include "attrib/span.h"
#include "claimtrace/document.h"

namespace claimtrace::attrib {

struct Draft {
  Attribution a;
  Statement st;
  // The source span as detected, before TrimSource (with appositives, relative clauses and the
  // closing comma, as PolNeAR annotates sources); `a.source` holds the trimmed speaker.
  std::optional<TokSpan> detected_source;
  uint32_t anchor = 0;  // token the statement is anchored at (its cue, else its content)
  bool drop = false;    // merged into another statement (a relay) or rejected
};

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_DRAFT_H_
