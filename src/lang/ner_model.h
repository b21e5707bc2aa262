// NerModel: the trained weights of the entity tagger — one row of kNerLabels int16 weights per
// hashed feature, in a flat array, with an open-addressing index from feature key to row.
//
// File format (little-endian), version 1:
//   "CTNERMDL" | u32 format_version | u32 feature_version | u32 labels | u32 rows |
//   f32 scale | u32 meta_bytes | meta (UTF-8 provenance text) | rows × u64 feature key |
//   rows × labels × i16 weight | u64 XXH3-64 of everything before it
// Weights are the averaged perceptron weights multiplied by `scale` and rounded. Parse rejects
// a wrong magic, version, feature version, label count, size or checksum with kCorruption.
//
// Immutable after loading; Score may be called from many threads.
//
//   CT_ASSIGN_OR_RETURN(NerModel m, NerModel::Load(path));
//   int32_t scores[kNerLabels] = {};  m.Score(features, n, scores);
#ifndef CLAIMTRACE_LANG_NER_MODEL_H_
#define CLAIMTRACE_LANG_NER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"
#include "lang/flat_map.h"
#include "lang/ner_labels.h"

namespace claimtrace::lang {

inline constexpr uint32_t kNerFormatVersion = 1;

class NerModel {
 public:
  NerModel() = default;

  static Result<NerModel> Load(const std::string& path);
  // `name` is used in error messages.
  static Result<NerModel> Parse(std::string_view bytes, std::string_view name);

  // Builds a model from float weights (rows × kNerLabels, row i for keys[i]).
  static NerModel FromWeights(const std::vector<uint64_t>& keys, const std::vector<float>& weights,
                              std::string meta);

  std::string Serialize() const;

  // scores[l] += weight(feature, l) for every known feature. Lookups go in three passes over
  // up to 64 features at a time (prefetch the index slots, find and prefetch the weight rows,
  // add whole padded rows, which vectorises), so that the cache misses overlap instead of
  // queueing; integer sums, so the result does not depend on the order. ner_model_test.cc compares
  // it with ScoreSimple.
  void Score(const uint64_t* features, int n, int32_t* scores) const {
    constexpr int kBatch = 64;
    const PaddedRow* rows[kBatch];
    int32_t acc[kPad] = {};
    for (int start = 0; start < n; start += kBatch) {
      const int m = n - start < kBatch ? n - start : kBatch;
      const uint64_t* f = features + start;
      for (int k = 0; k < m; ++k) index_.Prefetch(f[k]);
      int found = 0;
      for (int k = 0; k < m; ++k) {
        const uint32_t* row = index_.Find(f[k]);
        if (row == nullptr) continue;
        const PaddedRow* w = &padded_[*row];
        __builtin_prefetch(w);
        rows[found++] = w;
      }
      for (int k = 0; k < found; ++k) {
        const int16_t* w = rows[k]->w;
        for (int l = 0; l < kPad; ++l) acc[l] += w[l];
      }
    }
    for (int l = 0; l < kNerLabels; ++l) scores[l] += acc[l];
  }

  // The plain one-pass lookup (reference for the differential test).
  void ScoreSimple(const uint64_t* features, int n, int32_t* scores) const {
    for (int k = 0; k < n; ++k) {
      const uint32_t* row = index_.Find(features[k]);
      if (row == nullptr) continue;
      const int16_t* w = &weights_[static_cast<size_t>(*row) * kNerLabels];
      for (int l = 0; l < kNerLabels; ++l) scores[l] += w[l];
    }
  }

  size_t rows() const { return keys_.size(); }
  const std::string& meta() const { return meta_; }
  float scale() const { return scale_; }

 private:
  void BuildIndex();

  // In-memory copy of the weights with each row padded to one 64-byte cache line (built by
  // BuildIndex; the file keeps the packed rows).
  static constexpr int kPad = 32;
  static_assert(kNerLabels <= kPad);
  struct alignas(64) PaddedRow {
    int16_t w[kPad];
  };
  std::vector<PaddedRow> padded_;

  std::vector<uint64_t> keys_;
  std::vector<int16_t> weights_;
  FlatMap index_;
  float scale_ = 1.0f;
  std::string meta_;
};

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_MODEL_H_
