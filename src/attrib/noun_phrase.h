// Noun phrases after path and relay words ("told The Times", "per Metro", "according to a
// senior official"): a short, conservative chunker over DocView tokens, and a test of whether a
// phrase can name a source.
//
// Pure functions; thread-safe.
//
//   attrib::TokSpan np = attrib::NounPhraseAt(view, i, sentence_end);
//   if (attrib::PlausibleSource(view, np)) ...
#ifndef CLAIMTRACE_ATTRIB_NOUN_PHRASE_H_
#define CLAIMTRACE_ATTRIB_NOUN_PHRASE_H_

#include <cstdint>

#include "attrib/doc_view.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// The noun phrase starting at token `i` (names, determiners, possessives, "of"), stopping at
// punctuation, quotes, "that", other prepositions, verbs of saying, a following pronoun and
// `limit`; at most eight tokens. Empty when none.
TokSpan NounPhraseAt(const DocView& v, uint32_t i, uint32_t limit);

// Whether a phrase can name a source: it contains an entity, starts (after determiners) with a
// capitalised word, or its last word is a listed speaker noun. "according to plan" and "per
// cent" cannot.
bool PlausibleSource(const DocView& v, TokSpan np);

// Whether the phrase after "according to" can name a source: anything but an empty phrase or a
// manner noun ("according to plan", "according to their preference"), so documents, data and
// polls qualify ("according to public filings").
bool PlausibleAccordingSource(const DocView& v, TokSpan np);

// Whether the first word after leading determiners/possessives is capitalised.
bool StartsCapitalized(const DocView& v, TokSpan np);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_NOUN_PHRASE_H_
