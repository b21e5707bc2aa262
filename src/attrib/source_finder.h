// Source finder: picks the source span of a cue ("Bellingcat's lead investigator Christo
// Grozev", "he", "a senior NATO official") among all token spans of the cue's sentence, or
// none. The score of a span is factorised — start boundary + end boundary + span shape
// (length, commas, quote marks, entities inside) — so all O(n·maxlen) candidates are scored
// from O(n) hashed lookups.
//
// Stateless; thread-safe for inference. Training: pass the gold span (or nullopt for "no
// source") and a learner; the weights are updated when the best candidate differs.
//
//   std::optional<attrib::TokSpan> src = attrib::FindSource(view, model, cue);
#ifndef CLAIMTRACE_ATTRIB_SOURCE_FINDER_H_
#define CLAIMTRACE_ATTRIB_SOURCE_FINDER_H_

#include <optional>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/model.h"
#include "attrib/score_cache.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

inline constexpr uint32_t kMaxSourceTokens = 30;

// The best source of `cue`, or nullopt. `gold_known` says whether `gold` is meaningful in
// training (a gold source outside the candidate set is skipped).
// `cache` (inference only) shares boundary scores between the cues of a document.
std::optional<TokSpan> FindSource(const DocView& v, const Model& model, TokSpan cue,
                                  const std::optional<TokSpan>* gold = nullptr,
                                  Perceptron* learner = nullptr, ScoreCache* cache = nullptr);

// The span-shape score tables FindSource keeps in ScoreCache::source_tables, for weights `w`.
void PrecomputeSourceTables(const Perceptron& w, std::vector<float>* out);

// Whether `span` is one of the candidates FindSource considers for `cue`.
bool IsSourceCandidate(const DocView& v, TokSpan cue, TokSpan span);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SOURCE_FINDER_H_
