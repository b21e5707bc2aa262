// Region-wise Viterbi decoding (see ner_tagger.h). Tag computes a region's feature keys first
// and, while scoring one token, prefetches the model's tags for the token after next and the
// weight slots for the next one; TagSimple scores token by token. Covered by ner_tagger_test.cc
// (TagMatchesTagSimple compares the two with the shipped model) and, through the shipped model,
// entity_test.cc.
#include "lang/ner_tagger.h"

#include "lang/flat_map.h"

namespace claimtrace::lang {
namespace {

void TransitionScores(const NerModel& model, int32_t* trans) {
  for (int p = 0; p < kNerLabels; ++p) {
    uint64_t f = TransitionFeature(p);
    model.Score(&f, 1, &trans[p * kNerLabels]);
  }
}

// The label type of each name word of a tagged sentence, for the "same word earlier" feature.
void RememberLabels(const std::vector<NerToken>& tokens, const std::vector<uint8_t>& labels,
                    uint32_t first, uint32_t last, FlatMap* same) {
  for (uint32_t i = first; i < last; ++i) {
    int l = labels[i];
    if (l == kLabelO || !(tokens[i].bits & kNerGate)) continue;
    uint32_t v = static_cast<uint32_t>(LabelType(l)) + 1;
    auto [slot, inserted] = same->Insert(tokens[i].lower, v);
    if (!inserted) *slot = v;
  }
}

}  // namespace

void NerTagger::Tag(const std::vector<NerToken>& tokens,
                    const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                    std::vector<uint8_t>* labels) const {
  labels->assign(tokens.size(), kLabelO);
  int32_t trans[kNerLabels * kNerLabels] = {};
  TransitionScores(*model_, trans);
  FlatMap same;
  std::vector<std::pair<uint32_t, uint32_t>> regions;
  std::vector<int32_t> emit, delta;
  std::vector<uint8_t> back;
  std::vector<uint8_t> can_start_bytes;
  // Feature keys of a whole region, kMaxNerFeatures per token, computed before any scoring so
  // that the next token's weight slots can be prefetched while the current one is scored.
  std::vector<uint64_t> feats;
  std::vector<int> counts;
  for (const auto& [first, last] : sentences) {
    NerRegions(tokens.data(), first, last, &regions);
    for (const auto& [s, e] : regions) {
      size_t n = e - s;
      emit.assign(n * kNerLabels, 0);
      can_start_bytes.resize(n);
      if (feats.size() < n * kMaxNerFeatures) feats.resize(n * kMaxNerFeatures);
      counts.resize(n);
      for (uint32_t i = s; i < e; ++i) {
        const uint32_t* sw = same.Find(tokens[i].lower);
        counts[i - s] = NerFeatures(tokens.data(), first, last, i, sw ? static_cast<int>(*sw) : 0,
                                    &feats[(i - s) * kMaxNerFeatures]);
        if (i - s < 2) model_->PrefetchTags(&feats[(i - s) * kMaxNerFeatures], counts[i - s]);
        can_start_bytes[i - s] = (tokens[i].bits & kNerGate) ? 1 : 0;
      }
      for (size_t k = 0; k < n; ++k) {
        if (k + 2 < n) model_->PrefetchTags(&feats[(k + 2) * kMaxNerFeatures], counts[k + 2]);
        if (k + 1 < n) model_->PrefetchSlots(&feats[(k + 1) * kMaxNerFeatures], counts[k + 1]);
        model_->Score(&feats[k * kMaxNerFeatures], counts[k], &emit[k * kNerLabels]);
      }
      ViterbiDecode<int32_t>(emit.data(), n, trans, can_start_bytes.data(), labels->data() + s,
                             &delta, &back);
    }
    RememberLabels(tokens, *labels, first, last, &same);
  }
}

void NerTagger::TagSimple(const std::vector<NerToken>& tokens,
                          const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                          std::vector<uint8_t>* labels) const {
  labels->assign(tokens.size(), kLabelO);
  int32_t trans[kNerLabels * kNerLabels] = {};
  TransitionScores(*model_, trans);
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
    RememberLabels(tokens, *labels, first, last, &same);
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
