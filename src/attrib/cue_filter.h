// Cue filter: drops cues of the open candidate set that are not speech by their syntax — a verb
// with a pronoun object and a particle ("wrote it down", "picked them up"), "go on" without
// "to" ("the trial goes on"), a bare participle after an indefinite noun in apposition or
// predicate position followed by "for" ("a man wanted for his work"), and passive participles
// followed by a destination ("had been admitted to hospitals", "was elected to the Senate"),
// requests for anonymity ("who asked not to be named"), and open-set cues inside the "that"
// clause of an earlier cue.
//
// Pure function of the view; thread-safe. The rules and their PolNeAR counts are in
// cue_filter.cc.
//
//   std::vector<attrib::TokSpan> cues = attrib::TagCues(view, model);
//   attrib::DropNonSpeechCues(view, &cues);
#ifndef CLAIMTRACE_ATTRIB_CUE_FILTER_H_
#define CLAIMTRACE_ATTRIB_CUE_FILTER_H_

#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// Whether the cue (with its auxiliaries) is one of the non-speech shapes above.
bool IsNonSpeechCue(const DocView& v, TokSpan cue);

// Whether an open-set cue (no word of it in the cue lexicon) lies in the "that" clause of an
// earlier speech, writing or belief cue of its sentence ("… told Radio Prut that inspectors had
// ordered …"): the clause is that statement's content, not a statement of its own. `cues`
// sorted by begin.
bool InsideThatClause(const DocView& v, TokSpan cue, const std::vector<TokSpan>& cues);

// Whether the cue lies inside a closed direct quotation ("“They told us the valve was fine,” he
// said"): a report within a quote belongs to the quoted speaker's statement; PolNeAR rarely
// annotates it, and as a cue it cut the quote's own content short.
bool InsideQuotation(const DocView& v, TokSpan cue);

// Removes the cues for which IsNonSpeechCue, InsideThatClause or InsideQuotation holds (all
// judged on the input list); keeps the order.
void DropNonSpeechCues(const DocView& v, std::vector<TokSpan>* cues);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_CUE_FILTER_H_
