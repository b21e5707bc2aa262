// Training loop: per epoch, documents in a seeded shuffled order; per document one greedy cue
// pass with updates, then a source step and a content pass for every gold attribution with a
// cue (gold cues and gold sources as context, as in teacher forcing). The perceptrons are
// averaged at the end. Covered by trainer_test.cc (learns a toy corpus) and the PolNeAR runs.
#include "attrib/trainer.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <unordered_map>

#include "attrib/content_finder.h"
#include "attrib/cue_tagger.h"
#include "attrib/source_finder.h"

namespace claimtrace::attrib {
namespace {

// Gold cue labels for the tagger. Leading auxiliaries ("has claimed", "also said") are left
// out: the detector adds them back (ExtendCueLeft), and the tagger then learns one thing — the
// cue word — instead of firing on "has" or "also".
std::vector<uint8_t> CueLabels(const DocView& v, const std::vector<Attribution>& gold) {
  const size_t n = v.size();
  std::vector<uint8_t> labels(n, kLabelO);
  for (const Attribution& a : gold) {
    if (a.cue.empty()) continue;
    uint32_t begin = a.cue.begin;
    while (begin + 1 < a.cue.end && IsCueAux(v.info[begin].word)) ++begin;
    for (uint32_t i = begin; i < a.cue.end && i < n; ++i) {
      labels[i] = (i == begin && (i == 0 || labels[i - 1] == kLabelO)) ? kLabelB : kLabelI;
    }
  }
  return labels;
}

}  // namespace

Model TrainModel(const std::vector<TrainExample>& examples, const TrainOptions& options) {
  Model model = Model::Empty();
  model.meta = options.meta;
  // The cue vocabulary: words that start gold cues often enough (twice, and in at least 1% of
  // their occurrences); a feature of the tagger.
  {
    std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> counts;  // (starts, occurrences)
    for (const TrainExample& ex : examples) {
      for (const TokInfo& t : ex.view->info) ++counts[t.word].second;
      for (const Attribution& a : ex.gold) {
        if (!a.cue.empty()) ++counts[ex.view->info[a.cue.begin].word].first;
      }
    }
    // The skip vocabulary: words seen often enough to judge (skip_min_count) that start a cue in
    // fewer than 1 in 200 of their occurrences. They are never cue candidates; everything else
    // (rare and unseen words included) is, so that cues outside the training vocabulary can be
    // found from their suffixes and context.
    for (const auto& [word, c] : counts) {
      if (c.first >= 2 && c.first * 100 >= c.second) model.cue_vocab.push_back(word);
      if (c.second >= options.skip_min_count && c.first * 200 < c.second) {
        model.skip_vocab.push_back(word);
      }
    }
    std::sort(model.cue_vocab.begin(), model.cue_vocab.end());
    std::sort(model.skip_vocab.begin(), model.skip_vocab.end());
  }

  model.cue.BeginTraining();
  model.source.BeginTraining();
  model.content.BeginTraining();
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t cue_err = 0, cue_n = 0, src_err = 0, src_n = 0, src_unreach = 0, con_out = 0, con_n = 0;
    for (size_t idx : order) {
      const TrainExample& ex = examples[idx];
      const DocView& v = *ex.view;
      const std::vector<uint8_t> labels = CueLabels(v, ex.gold);
      std::vector<TokSpan> found = TagCues(v, model, &labels, &model.cue);
      std::vector<TokSpan> gold_cues;
      for (const Attribution& a : ex.gold) {
        if (!a.cue.empty()) gold_cues.push_back(a.cue);
      }
      std::sort(gold_cues.begin(), gold_cues.end(),
                [](const TokSpan& a, const TokSpan& b) { return a.begin < b.begin; });
      for (TokSpan c : gold_cues) {  // compared as the tagger learns them: auxiliaries left out
        while (c.begin + 1 < c.end && IsCueAux(v.info[c.begin].word)) ++c.begin;
        ++cue_n;
        cue_err += std::find(found.begin(), found.end(), c) == found.end();
      }
      for (const Attribution& a : ex.gold) {
        if (a.cue.empty()) continue;
        std::optional<TokSpan> got = FindSource(v, model, a.cue, &a.source, &model.source);
        ++src_n;
        src_err += got != a.source;
        src_unreach += a.source && !IsSourceCandidate(v, a.cue, *a.source);
        for (const TokSpan& c : a.content) con_n += c.size();
        FindContent(v, model, a.cue, a.source, gold_cues, &a.content, &model.content, &con_out);
      }
    }
    if (options.log) {
      options.log("epoch " + std::to_string(epoch + 1) + ": cue misses " + std::to_string(cue_err) +
                  "/" + std::to_string(cue_n) + ", source errors " + std::to_string(src_err) + "/" +
                  std::to_string(src_n) + " (unreachable " + std::to_string(src_unreach) +
                  "), content tokens out of reach " + std::to_string(con_out) + "/" +
                  std::to_string(con_n));
    }
  }
  model.cue.Finish();
  model.source.Finish();
  model.content.Finish();
  return model;
}

}  // namespace claimtrace::attrib
