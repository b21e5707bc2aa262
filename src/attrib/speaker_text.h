// The speaker as a reader wants it shown, from the source span the detector found (which follows
// PolNeAR's convention: appositives, relative clauses, the closing comma).
//
// Pure function of the view; thread-safe.
//
//   std::optional<attrib::TokSpan> shown = attrib::TrimSource(view, *attribution.source);
//   // "Levine, who has given money to Rubio," -> "Levine"; "Zelensky today" -> "Zelensky"
#ifndef CLAIMTRACE_ATTRIB_SPEAKER_TEXT_H_
#define CLAIMTRACE_ATTRIB_SPEAKER_TEXT_H_

#include <optional>

#include "attrib/doc_view.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// The source span without leading/trailing punctuation, quote marks and dashes, without the path
// ("told The Times", "in an interview with …"), without a relative clause ("X, who has endorsed
// Y" -> "X") or a clause of saying ("X, adding that …"), without trailing time words
// ("Zelensky today") and dangling auxiliaries ("the agents don't"); a relative pronoun heading
// the span is kept alone ("who, after being captured, …" -> "who"). nullopt when nothing is
// left.
std::optional<TokSpan> TrimSource(const DocView& v, TokSpan s);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SPEAKER_TEXT_H_
