// Cue tagger: finds the words that signal an attribution ("said", "according to", "told",
// "believes", a headline colon) with a greedy left-to-right O/B/I averaged perceptron over the
// tokens of each sentence. Every word token is a candidate except frequent words that never
// started a cue in training (Model::skip_vocab); non-candidates are O.
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

// Per-sentence facts computed once by TagCues, plus whether the word is in the cue vocabulary.
struct CueContext {
  int64_t first_quoted = -1;  // first and last token of the sentence inside a quotation
  int64_t last_quoted = -1;
  bool in_vocab = false;
};

// Features of token i given the previous label; appended to `out` as buckets of `p`.
void CueFeatures(const DocView& v, uint32_t i, int prev, const CueContext& ctx, const Perceptron& p,
                 std::vector<uint32_t>* out);

// Auxiliaries, negation and a few adverbs that PolNeAR includes at the start of a cue ("has
// claimed", "also said", "would not say"). The tagger learns cues without them (training
// labels skip them) and the detector adds them back (ExtendCueLeft).
bool IsCueAux(uint64_t word_hash);

// Whether token i is scored at all (given the previous label): lexicon cue words, the model's
// cue vocabulary, continuations of a cue, and open-class-looking words outside skip_vocab.
bool IsCueCandidate(const DocView& v, const Model& model, uint32_t i, int prev);

// Tags cues. With `learner`, `gold` must hold one label (kLabelO/B/I) per token. Inference
// (no learner) scores all candidates of the document in one batch first; the result equals
// TagCuesSimple's (cue_tagger_test.cc compares them).
std::vector<TokSpan> TagCues(const DocView& v, const Model& model,
                             const std::vector<uint8_t>* gold = nullptr,
                             Perceptron* learner = nullptr);
// The simple form: token by token, features and lookups as the decoding reaches them.
std::vector<TokSpan> TagCuesSimple(const DocView& v, const Model& model,
                                   const std::vector<uint8_t>* gold = nullptr,
                                   Perceptron* learner = nullptr);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_CUE_TAGGER_H_
