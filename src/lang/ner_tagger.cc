// Region-wise Viterbi decoding (see ner_tagger.h). Covered by ner_tagger_test.cc and, through
// the shipped model, entity_test.cc.
#include "lang/ner_tagger.h"

#include "lang/flat_map.h"

namespace claimtrace::lang {

void NerTagger::Tag(const std::vector<NerToken>& tokens,
                    const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                    std::vector<uint8_t>* labels) const {
  labels->assign(tokens.size(), kLabelO);
  int32_t trans[kNerLabels * kNerLabels] = {};
  for (int p = 0; p < kNerLabels; ++p) {
    uint64_t f = TransitionFeature(p);
    model_->Score(&f, 1, &trans[p * kNerLabels]);
  }
  FlatMap same;
  std::vector<std::pair<uint32_t, uint32_t>> regions;
  std::vector<int32_t> emit, delta;
  std::vector<uint8_t> back;
  std::vector<uint8_t> can_start_bytes;
  uint64_t feats[kMaxNerFeatures];
  for (const auto& [first, last] : sentences) {
    NerRegions(tokens.data(), first, last, &regions);
    for (const auto& [s, e] : regions) {
      size_t n = e - s;
      emit.assign(n * kNerLabels, 0);
      can_start_bytes.assign(n, 0);
      for (uint32_t i = s; i < e; ++i) {
        const uint32_t* sw = same.Find(tokens[i].lower);
        int nf = NerFeatures(tokens.data(), first, last, i, sw ? static_cast<int>(*sw) : 0, feats);
        model_->Score(feats, nf, &emit[(i - s) * kNerLabels]);
        can_start_bytes[i - s] = (tokens[i].bits & kNerGate) ? 1 : 0;
      }
      ViterbiDecode<int32_t>(emit.data(), n, trans, can_start_bytes.data(), labels->data() + s,
                             &delta, &back);
    }
    for (uint32_t i = first; i < last; ++i) {
      int l = (*labels)[i];
      if (l == kLabelO || !(tokens[i].bits & kNerGate)) continue;
      uint32_t v = static_cast<uint32_t>(LabelType(l)) + 1;
      auto [slot, inserted] = same.Insert(tokens[i].lower, v);
      if (!inserted) *slot = v;
    }
  }
}

std::vector<NerMention> LabelsToMentions(const std::vector<uint8_t>& labels) {
  std::vector<NerMention> out;
  const uint32_t n = static_cast<uint32_t>(labels.size());
  for (uint32_t i = 0; i < n;) {
    int l = labels[i];
    if (l == kLabelO) {
      ++i;
      continue;
    }
    NerType type = LabelType(l);
    uint32_t j = i + 1;
    if (LabelPos(l) == kBegin || LabelPos(l) == kInside) {
      while (j < n && labels[j] != kLabelO && LabelType(labels[j]) == type &&
             (LabelPos(labels[j]) == kInside || LabelPos(labels[j]) == kLast)) {
        bool closes = LabelPos(labels[j]) == kLast;
        ++j;
        if (closes) break;
      }
    }
    out.push_back({i, j, type});
    i = j;
  }
  return out;
}

}  // namespace claimtrace::lang
