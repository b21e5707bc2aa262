// Cue tagger: finds the words that signal an attribution ("said", "according to", "told",
// "believes", a headline colon) with a greedy left-to-right O/B/I averaged perceptron over the
// tokens of each sentence. Only words of the model's cue vocabulary and lexicon cue words are
// scored; every other token is O.
//
// Stateless; thread-safe for inference. Training passes a mutable learner (the same perceptron
// the scores come from) and the gold labels; the weights are then updated on every mistake.
//
//   std::vector<attrib::TokSpan> cues = attrib::TagCues(view, model);
//   attrib::TagCues(view, model, &gold_labels, &model.cue);  // one training pass
#ifndef CLAIMTRACE_ATTRIB_CUE_TAGGER_H_
#define CLAIMTRACE_ATTRIB_CUE_TAGGER_H_

#include <cstdint>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/model.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// Features of token i given the previous label; appended to `out` as buckets of `p`.
void CueFeatures(const DocView& v, uint32_t i, int prev, const Perceptron& p,
                 std::vector<uint32_t>* out);

// Tags cues. With `learner`, `gold` must hold one label (kLabelO/B/I) per token.
std::vector<TokSpan> TagCues(const DocView& v, const Model& model,
                             const std::vector<uint8_t>* gold = nullptr,
                             Perceptron* learner = nullptr);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_CUE_TAGGER_H_
