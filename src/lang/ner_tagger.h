// Decoding of the entity tagger: candidate regions (NerRegions) are decoded with first-order
// Viterbi over BILOU labels — per-token emission scores from the model's feature rows plus a
// transition row per previous label — under the BILOU constraints, with O on both sides of a
// region and B/U allowed only on tokens that may start a name. Everything outside a region is
// O without scoring, which keeps ordinary lower-case text to a few comparisons per token.
// The "same word" feature feeds each sentence with the types predicted for its words in
// earlier sentences of the document.
//
// Stateless apart from the model pointer; Tag may be called concurrently.
//
//   NerTagger tagger(&model);
//   tagger.Tag(ner_tokens, analysis.sentence_tokens, &labels);
//   std::vector<NerMention> m = LabelsToMentions(labels);
#ifndef CLAIMTRACE_LANG_NER_TAGGER_H_
#define CLAIMTRACE_LANG_NER_TAGGER_H_

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "lang/ner_features.h"
#include "lang/ner_labels.h"
#include "lang/ner_model.h"

namespace claimtrace::lang {

// Tokens [begin, end) labelled as one entity of `type`.
struct NerMention {
  uint32_t begin = 0;
  uint32_t end = 0;
  NerType type = NerType::kMisc;
};

class NerTagger {
 public:
  explicit NerTagger(const NerModel* model) : model_(model) {}

  void Tag(const std::vector<NerToken>& tokens,
           const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
           std::vector<uint8_t>* labels) const;
  // The same labels, computed token by token without prefetching ahead (reference for the
  // differential test of Tag).
  void TagSimple(const std::vector<NerToken>& tokens,
                 const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                 std::vector<uint8_t>* labels) const;

 private:
  const NerModel* model_;
};

// Mentions from a label sequence (B…L and U runs; stray I/L are treated as B/U).
std::vector<NerMention> LabelsToMentions(const std::vector<uint8_t>& labels);

// Valid predecessors of each label under the BILOU constraints, in ascending order (so that the
// decoder visits them as a full scan over all labels would, ties included).
struct NerPredecessors {
  uint8_t count[kNerLabels] = {};
  uint8_t label[kNerLabels][kNerLabels] = {};
  constexpr NerPredecessors() {
    for (int l = 0; l < kNerLabels; ++l) {
      for (int p = 0; p < kNerLabels; ++p) {
        if (ValidTransition(p, l)) label[l][count[l]++] = static_cast<uint8_t>(p);
      }
    }
  }
};
inline constexpr NerPredecessors kNerPredecessors;

// Viterbi over n tokens: emit[t * kNerLabels + l], trans[p * kNerLabels + l] (p = previous
// label; the label before the first token and after the last is O). `can_start[t]` false
// forbids B and U at t. Writes n labels to `out`; `scratch` is reused between calls.
// Only valid predecessors are visited (kNerPredecessors); ner_tagger_test.cc compares the
// result with a full scan over all label pairs.
template <typename T>
void ViterbiDecode(const T* emit, size_t n, const T* trans, const uint8_t* can_start, uint8_t* out,
                   std::vector<T>* delta_buf, std::vector<uint8_t>* back_buf) {
  constexpr T kNeg = std::numeric_limits<T>::lowest() / 4;
  delta_buf->assign(n * kNerLabels, kNeg);
  back_buf->assign(n * kNerLabels, 0);
  T* delta = delta_buf->data();
  uint8_t* back = back_buf->data();
  for (size_t t = 0; t < n; ++t) {
    for (int l = 0; l < kNerLabels; ++l) {
      if (!can_start[t] && l != kLabelO && (LabelPos(l) == kBegin || LabelPos(l) == kUnit)) {
        continue;
      }
      T best = kNeg;
      int arg = 0;
      if (t == 0) {
        if (ValidTransition(kLabelO, l)) best = trans[kLabelO * kNerLabels + l];
      } else {
        const T* prev_delta = delta + (t - 1) * kNerLabels;
        const uint8_t* preds = kNerPredecessors.label[l];
        const int np = kNerPredecessors.count[l];
        for (int k = 0; k < np; ++k) {
          const int p = preds[k];
          T prev = prev_delta[p];
          if (prev <= kNeg) continue;
          T v = prev + trans[p * kNerLabels + l];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      if (best <= kNeg) continue;
      delta[t * kNerLabels + l] = best + emit[t * kNerLabels + l];
      back[t * kNerLabels + l] = static_cast<uint8_t>(arg);
    }
  }
  int last = kLabelO;
  T best = kNeg;
  for (int l = 0; l < kNerLabels; ++l) {
    T v = delta[(n - 1) * kNerLabels + l];
    if (v <= kNeg || !ValidTransition(l, kLabelO)) continue;
    v += trans[l * kNerLabels + kLabelO];
    if (v > best) {
      best = v;
      last = l;
    }
  }
  for (size_t t = n; t-- > 0;) {
    out[t] = static_cast<uint8_t>(last);
    last = back[t * kNerLabels + last];
  }
}

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_TAGGER_H_
