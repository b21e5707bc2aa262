// Paragraph features for the learned block filter (block_filter.h): shallow text shape (word
// count, link density, punctuation, sentence end, capitalised/stop-word/digit/upper-case and
// "site furniture" word ratios, copyright/web/bar marks), kind, the class/id hints between the
// paragraph and the container, the section (the container's child holding it: words, link
// density, share, paragraphs), position among the judged paragraphs, JSON-LD articleBody
// agreement and the neighbours' shape. Pure functions; thread-safe. Covered by
// src/web/block_features_test.cc.
//
//   std::vector<BlockFeatureVector> f = BlockFeatures({.tree = &tree, .container = c,
//                                                      .kept = &paras});
#ifndef CLAIMTRACE_WEB_BLOCK_FEATURES_H_
#define CLAIMTRACE_WEB_BLOCK_FEATURES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "web/blocks.h"

namespace claimtrace::web {

inline constexpr size_t kNumBlockFeatures = 52;

// Feature names, in vector order (written to and checked in the model file).
const std::array<std::string_view, kNumBlockFeatures>& BlockFeatureNames();

using BlockFeatureVector = std::array<float, kNumBlockFeatures>;

// What the features of a kept paragraph are computed from.
struct BlockContext {
  const BlockTree* tree = nullptr;
  int32_t container = -1;                        // the chosen container element
  const std::vector<uint32_t>* kept = nullptr;   // the paragraphs judged, in order
  const std::vector<double>* in_body = nullptr;  // per paragraph: share of its word 3-grams in
                                                 // the JSON-LD articleBody; null when none
};

// Features of every kept paragraph, in the order of *ctx.kept.
std::vector<BlockFeatureVector> BlockFeatures(const BlockContext& ctx);

// Shape of one paragraph's text, shared by the features (exposed for tests).
struct TextShape {
  uint32_t words = 0;
  uint32_t capitalised = 0;  // words starting with an upper-case letter
  uint32_t stop = 0;         // common English function words (trailing . , : ! ? ignored)
  uint32_t digits = 0;       // digit characters
  uint32_t letters = 0;
  uint32_t upper = 0;         // upper-case letters (ASCII)
  uint32_t cue = 0;           // words of site furniture ("share", "subscribe", "privacy", ...)
  bool cue_first = false;     // the first word is one
  bool sentence_end = false;  // ends in . ! ? (possibly followed by a quote or bracket)
  bool colon_end = false;
  bool copyright = false;  // "©" or the word "copyright"
  bool web = false;        // a word starting "http" or "www.", or an '@'
  bool bar = false;        // a '|' separator
};
// The counts cover the words that start in the first kShapeBytes bytes; the end flags the
// whole text.
inline constexpr size_t kShapeBytes = 480;
TextShape ShapeOf(std::string_view text);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_BLOCK_FEATURES_H_
