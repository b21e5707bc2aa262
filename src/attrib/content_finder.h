// Content finder: what was said, for one cue. The content is at most two pieces — one before
// the attribution cluster (cue plus an adjacent source) and one after it — which covers "X said
// (that) …", "“…,” X said", "“A,” he said, “B.”" and "A, X said, B". Each piece has a near
// boundary within a few tokens of the cluster and a far boundary anywhere in the cue's window
// (its paragraph, widened to quotations running over paragraph breaks and to the paragraphs a
// closing colon introduces). Scores are factorised (near boundary + far boundary + piece shape)
// in an averaged perceptron, so all candidates are scored from O(window) hashed lookups.
//
// Stateless; thread-safe for inference. Training passes the gold pieces and a learner, updated
// when the best choice on a side differs from the gold one.
//
//   std::vector<attrib::TokSpan> parts = attrib::FindContent(view, model, cue, source, cues);
#ifndef CLAIMTRACE_ATTRIB_CONTENT_FINDER_H_
#define CLAIMTRACE_ATTRIB_CONTENT_FINDER_H_

#include <optional>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/model.h"
#include "attrib/score_cache.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// The span-shape score tables FindContent keeps in ScoreCache::content_tables, for weights `w`.
void PrecomputeContentTables(const Perceptron& w, std::vector<float>* out);

// The token window the content of `cue` is looked for in.
TokSpan ContentWindow(const DocView& v, TokSpan cue);

// Content pieces of `cue` in text order (0, 1 or 2). `all_cues` (sorted by begin) lets the
// features see other cues inside a candidate piece. With `learner`, `gold` holds the gold
// pieces and `unreachable` (optional) counts gold tokens no candidate can cover. `cache`
// (inference only) shares boundary scores between the cues of a document.
std::vector<TokSpan> FindContent(const DocView& v, const Model& model, TokSpan cue,
                                 const std::optional<TokSpan>& source,
                                 const std::vector<TokSpan>& all_cues,
                                 const std::vector<TokSpan>* gold = nullptr,
                                 Perceptron* learner = nullptr, size_t* unreachable = nullptr,
                                 ScoreCache* cache = nullptr);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_CONTENT_FINDER_H_
