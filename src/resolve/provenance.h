// Provenance of a claim: for each report, the chain from the primary source to the article;
// the independent primary sources behind the claim; and circular reporting.
//
// A report's chain runs: the source the speaker cited (if any) -> the speaker -> the outlets the
// statement passed through (`via`, innermost first) -> the article's outlet. Its origin is the
// outlet the speaker spoke to ("told", "interview"); failing that, the innermost relayed
// publication ("per", "reported", "according_to"); failing that, the article's own outlet. An
// origin that is itself only a relay is traced further through what the other reports of the
// claim show it relaying ("per Metro" where another report says Metro relayed a Radio Liberty
// interview counts as that interview). Reports with the same origin are one independent source:
// five outlets relaying one interview count once. Near-duplicate copies of one article (two
// outlets running one wire story, ClaimReport::copy_of) are one source unless a copy names its
// own primary route. A cited source the chain already shows as a relay ("…, the Harbor Times
// reported, citing an interview with Radio Ostra") is not repeated as the speaker's source. Relays
// form a directed graph (relayer -> source); any cycle through two or more outlets (A cites B cites
// A, or an outlet relaying a report that relays the outlet itself) flags the claim as circular.
//
// Pure function of a claim's reports; thread-safe.
//
//   std::vector<ClaimReport> reports;  state.Reports(claim.id, &reports);
//   Provenance p = TraceProvenance(claim, reports);  // p.independent_sources(), p.circular
#ifndef CLAIMTRACE_RESOLVE_PROVENANCE_H_
#define CLAIMTRACE_RESOLVE_PROVENANCE_H_

#include <string>
#include <vector>

#include "resolve/claims.h"

namespace claimtrace::resolve {

struct ChainStep {
  std::string label;      // as written: "an insider source", "Vladimir Osechkin", "The Times"
  std::string key;        // normalised (OutletKey) for outlets; empty for the speaker and citing
  std::string how;        // how this step got it: "source", "speaker", "told", "interview", "per",
                          // "reported", "according_to", "citing", "other", "published"
  bool inferred = false;  // the article gives this route for the speaker elsewhere
};

struct ProvenanceChain {
  std::string doc_id;
  int statement = -1;
  std::vector<ChainStep> steps;  // primary first, the article's outlet last
  std::string origin_key;        // the independent source this report goes back to
};

struct IndependentSource {
  std::string origin_key;
  std::string origin_label;          // e.g. "Radio Liberty"
  std::vector<std::string> doc_ids;  // the reports that go back to it
};

struct Provenance {
  std::vector<ProvenanceChain> chains;     // one per report, in report order
  std::vector<IndependentSource> sources;  // ordered by number of reports, then label
  bool circular = false;
  std::vector<std::vector<std::string>> cycles;  // outlet labels of each relay cycle

  size_t independent_sources() const { return sources.size(); }
};

Provenance TraceProvenance(const Claim& claim, const std::vector<ClaimReport>& reports);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_PROVENANCE_H_
