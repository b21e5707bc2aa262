// Training the learned block filter (block_filter.h) from pages with a gold main text.
//
// Each kept paragraph of a page (after the hand rules, before the filter) is one example. Its
// label says whether dropping it alone raises the page's word F1 against the gold text (the
// multiset token overlap html_eval.py scores: lower-cased runs of letters/digits); its weight
// is how much the F1 moves, so the model learns what matters for the score. The model is a
// logistic regression with L2 regularisation fitted by Newton's method on standardised
// features: deterministic (same examples in the same order give the same weights). Pure
// functions; thread-safe. Covered by src/web/block_filter_test.cc; run by ct_web_train.
//
//   std::vector<double> gain = DropGains(block_texts, gold_text);
//   BlockFilter m = TrainBlockFilter(examples, {.threshold = 0.8, .max_drop_share = 0.3});
#ifndef CLAIMTRACE_WEB_BLOCK_FILTER_TRAIN_H_
#define CLAIMTRACE_WEB_BLOCK_FILTER_TRAIN_H_

#include <string>
#include <string_view>
#include <vector>

#include "web/block_filter.h"

namespace claimtrace::web {

// Lower-cased tokens of `text` as the scorer cuts them (maximal runs of Unicode letters and
// digits).
std::vector<std::string> ScoreTokens(std::string_view text);

// Word F1 of a predicted token multiset against a gold one (both as token lists).
double TokenF1(const std::vector<std::string>& predicted, const std::vector<std::string>& gold);

// For each block of a page, how much the page's F1 changes when that block alone is removed
// (positive: removing it helps).
std::vector<double> DropGains(const std::vector<std::string>& blocks, std::string_view gold);

// Page F1 when the blocks with drop[i] set are removed.
double F1WithDrops(const std::vector<std::string>& blocks, const std::vector<char>& drop,
                   std::string_view gold);

struct TrainExample {
  BlockFeatureVector features{};
  double gain = 0.0;  // DropGains of the block
};

struct TrainOptions {
  double l2 = 10.0;           // on the standardised weights, not the bias
  int iterations = 25;        // Newton steps
  double min_weight = 0.002;  // example weight floor (gain 0 still counts a little)
  double threshold = 0.7;
  double max_drop_share = 0.3;
  std::string comment;
};

BlockFilter TrainBlockFilter(const std::vector<TrainExample>& examples,
                             const TrainOptions& options);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_BLOCK_FILTER_TRAIN_H_
