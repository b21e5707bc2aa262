// Shared reports: "X has shared updates from a source within the FSB that suggests anger is
// mounting" — X passes on what a source says. The learned tagger finds no cue here (the verb of
// saying belongs to the relative clause, whose subject is the source), so this rule builds the
// attribution: cue = the passing-on verb with its object noun ("has shared updates"), content =
// what the relative clause's verb of saying introduces; the statement's speaker is X (the name,
// pronoun or noun phrase before the verb, past an apposition in dashes or commas) and the path
// finder takes "from <source>" as its `citing`.
//
// Pure function of the view; thread-safe.
//
//   std::vector<attrib::TokSpan> cues = ...;
//   for (const attrib::SharedReport& r : attrib::FindSharedReports(view)) ...
#ifndef CLAIMTRACE_ATTRIB_SHARED_REPORT_H_
#define CLAIMTRACE_ATTRIB_SHARED_REPORT_H_

#include <optional>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

struct SharedReport {
  TokSpan cue;                     // "has shared updates", with auxiliaries
  std::optional<TokSpan> subject;  // X before the cue (past an apposition in dashes/commas)
  TokSpan relayed;                 // the verb of the relative clause ("suggests")
  TokSpan content;                 // what it introduces, to the end of the sentence
};

// Pattern: pass-on verb (shared, passed on, relayed, published, posted, forwarded) + optional
// "on" + a report noun (updates, information, details, messages, intelligence, reports, claims,
// accounts, evidence, news) + "from" + a noun phrase of at most eight tokens + that/which + a
// lexicon verb of saying, showing or believing (+ optional "that"). In text order.
std::vector<SharedReport> FindSharedReports(const DocView& v);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SHARED_REPORT_H_
