// A learned block filter: drops paragraphs of the chosen article container that a small
// logistic-regression model is confident are boilerplate (promotions, bios, labels, link lines
// the hand rules miss), in the manner of shallow-feature boilerplate detectors.
//
// BlockFeatures (block_features.h) describes each paragraph by shallow features. BlockFilter
// holds the weights (a text model file, data/models/web_block_filter.model, compiled into the
// library: Default()); ApplyBlockFilter drops the
// paragraphs whose drop probability reaches the model's threshold, most confident first, never
// more than the model's max_drop_share of the kept words, and never the last paragraph.
// BlockFilter is immutable after Parse and safe to share between threads. Covered by
// src/web/block_filter_test.cc.
//
//   const BlockFilter& f = BlockFilter::Default();
//   ApplyBlockFilter({.tree = &tree, .container = c, .kept = &kept}, f, &kept);
#ifndef CLAIMTRACE_WEB_BLOCK_FILTER_H_
#define CLAIMTRACE_WEB_BLOCK_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"
#include "web/block_features.h"
#include "web/blocks.h"

namespace claimtrace::web {

// A feature as the model sees it: (value - mean) / scale, clipped to +-kFeatureClip so that a
// page far outside the training range (20,000 paragraphs) cannot push the linear score
// anywhere.
inline constexpr double kFeatureClip = 4.0;
double StandardisedFeature(double value, double mean, double scale);

// Sees a page's paragraphs before the filter runs (the trainer collects its examples this
// way): ctx.kept are the container's candidate paragraphs, `kept` those the hand rules kept (a
// subset). Called on the extracting thread.
class BlockObserver {
 public:
  virtual ~BlockObserver() = default;
  virtual void OnKept(const BlockContext& ctx, const std::vector<uint32_t>& kept) = 0;
};

class BlockFilter {
 public:
  // Parses a model file (format in block_filter.cc). `name` is used in error messages.
  static Result<BlockFilter> Parse(std::string_view text, std::string_view name);
  // The model compiled into the library (data/models/web_block_filter.model at build time).
  static const BlockFilter& Default();

  double DropProbability(const BlockFeatureVector& f) const;
  double threshold() const { return threshold_; }
  double max_drop_share() const { return max_drop_share_; }
  // Writes the model in the format Parse reads.
  std::string Serialize() const;

  // For the trainer: builds a model from standardisation and weights.
  static BlockFilter FromWeights(const BlockFeatureVector& mean, const BlockFeatureVector& scale,
                                 const BlockFeatureVector& weights, double bias, double threshold,
                                 double max_drop_share, std::string_view comment);

 private:
  BlockFeatureVector mean_{};
  BlockFeatureVector scale_{};
  BlockFeatureVector weights_{};
  double bias_ = 0.0;
  double threshold_ = 1.1;  // above any probability: drops nothing
  double max_drop_share_ = 0.0;
  std::string comment_;
};

// Which of n paragraphs (drop probabilities `prob`, word counts `words`) to drop: those with
// probability >= threshold, most confident first, while the dropped words stay within
// max_share of all words and at least one paragraph is left.
std::vector<char> ChooseDrops(const std::vector<double>& prob, const std::vector<uint32_t>& words,
                              double threshold, double max_share);

// Removes from `kept` (a subset of *ctx.kept, in order; may be ctx.kept itself) the
// paragraphs `filter` drops, judging each by its features among *ctx.kept; the word cap and
// the last-paragraph rule apply to `kept`. Returns how many were dropped.
size_t ApplyBlockFilter(const BlockContext& ctx, const BlockFilter& filter,
                        std::vector<uint32_t>* kept);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_BLOCK_FILTER_H_
