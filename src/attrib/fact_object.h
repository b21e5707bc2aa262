// Fact objects: a reporting verb whose object is the reported fact — "Russia acknowledges just
// one dead general", "Police confirmed three deaths", "The ministry reported 1,200 new cases",
// "Ukraine also claims to have killed six Russian generals". The learned cue tagger misses
// some of these (no "that", no quote); this backstop finds them when the verb is listed with
// the `object` flag (data/lexicons/attrib_cues.tsv), its subject looks like a speaker (a name
// of a person, organisation or country, a listed speaker noun, a subject pronoun) and its
// object carries a figure — or, for claim-like (hedge) verbs, is an infinitive clause; "put"
// and "estimate" take the figure after "at" ("The utility put the amount released at about two
// tonnes").
//
// Pure functions of the view; thread-safe.
//
//   if (std::optional<attrib::TokSpan> obj = attrib::FactObjectOf(view, cue)) a.content = {*obj};
//   attrib::AddFactObjectCues(view, &cues);
#ifndef CLAIMTRACE_ATTRIB_FACT_OBJECT_H_
#define CLAIMTRACE_ATTRIB_FACT_OBJECT_H_

#include <optional>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// Whether token i is a figure: digits ("1,200", "43") or a number word ("one", "six",
// "dozens", "thousands", "million").
bool IsFigureWord(const DocView& v, uint32_t i);

// For a cue whose last token is an `object` verb with a speaker-like subject: the object
// clause (the noun phrase carrying a figure, up to the end of its clause, or the "to …"
// clause of a claim-like verb). Empty when the cue does not have that shape.
std::optional<TokSpan> FactObjectOf(const DocView& v, TokSpan cue);

// Adds one-token cues for `object` verbs not covered by `cues` whose clause has that shape;
// keeps `cues` sorted by begin.
void AddFactObjectCues(const DocView& v, std::vector<TokSpan>* cues);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_FACT_OBJECT_H_
