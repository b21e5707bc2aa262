// The path of a statement: `via` (the outlet or person it was told to, the channel it was
// published on, then whoever relayed it), `citing` (the source the speaker relies on) and
// `hedged` (the writer distances themselves: "reportedly", "allegedly", "is said to",
// "claimed").
//
// Where paths are read: the attribution clause of a statement is its cue's sentence minus its
// content, so a "told The Times" inside the quoted words never counts. Patterns: "told X",
// "in an interview with X", "speaking/talking to X", "said to X", "on X" (a platform or outlet),
// "per X", "according to X" (a relay when the statement has another speaker), "X reported",
// "as reported by X", "citing X", "from a source ...". A statement inside the content of a
// publication's statement ("Yahoo News reported that ... Grozev said") gets that report as a
// relay.
//
// Relay propagation policy (a relay is often stated once for several statements):
//  1. a path element stated in a sentence applies to every statement of that sentence;
//  2. a statement without any path of its own takes the path of another statement by the same
//     speaker in the same paragraph;
//  3. when the article states the same path element for two or more statements of one speaker
//     (the piece is a write-up of that interview), every statement of that speaker without a
//     path of its own takes it.
//  4. a statement still without a path whose very next statement, in the next sentence, has the
//     same speaker and a told/interview path ("… Hrytsenko said on Wednesday. Hrytsenko told
//     Radio Svitanok that …") takes that path: the second sentence names the interview the
//     first one reports. Not when the first clause names an occasion of its own ("in a
//     statement", "at a briefing", "earlier", "later") or the two name different days.
// Propagated elements keep their own span (where the article states them). The statement-level
// relay "according to X"/"per X" that the detector also found as a statement with X as
// speaker is dropped when X is an outlet and the relay was attached to another speaker.
//
// Pure function of the view and the drafts; thread-safe.
//
//   attrib::FindPaths(view, &drafts);
#ifndef CLAIMTRACE_ATTRIB_PATH_H_
#define CLAIMTRACE_ATTRIB_PATH_H_

#include <vector>

#include "attrib/doc_view.h"
#include "attrib/draft.h"
#include "attrib/noun_phrase.h"

namespace claimtrace::attrib {

// Fills st.via, st.citing and st.hedged of every draft (speakers must be resolved already) and
// marks relay-only drafts as dropped.
void FindPaths(const DocView& v, std::vector<Draft>* drafts);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_PATH_H_
