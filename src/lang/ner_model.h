// NerModel: the trained weights of the entity tagger — one row of kNerLabels int16 weights per
// hashed feature, in a flat array, with an open-addressing index from feature key to row; for
// inference a second table holds each row inside its key's slot, with a small array of 16-bit
// key tags beside it that turns most unknown features away without touching it (see Score).
//
// File format (little-endian), version 2:
//   "CTNERMDL" | u32 format_version | u32 feature_version | u32 labels | u32 rows |
//   f32 scale | u32 meta_bytes | meta (UTF-8 provenance text) | rows × u64 feature key |
//   rows × labels × i16 weight | word table (NerWordTable::Serialize: u32 classes | u32 words |
//   words × u64 key | words × u32 value) | u64 XXH3-64 of everything before it
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
#include "lang/huge_pages.h"
#include "lang/ner_labels.h"
#include "lang/ner_word_table.h"

namespace claimtrace::lang {

inline constexpr uint32_t kNerFormatVersion = 2;

class NerModel {
 public:
  NerModel() = default;

  static Result<NerModel> Load(const std::string& path);
  // `name` is used in error messages.
  static Result<NerModel> Parse(std::string_view bytes, std::string_view name);

  // Builds a model from float weights (rows × kNerLabels, row i for keys[i]) and the word table
  // the features were computed with.
  static NerModel FromWeights(const std::vector<uint64_t>& keys, const std::vector<float>& weights,
                              std::string meta, NerWordTable words = {});

  std::string Serialize() const;

  // scores[l] += weight(feature, l) for every known feature. The weights sit in the slots of
  // an open-addressing table next to their feature keys (one cache line per slot), so a hit is
  // one cache miss, not an index miss and then a row miss. A parallel array of 16-bit tags (a
  // few bits of each slot's key, 0 = empty; 32 times smaller than the table, so it mostly stays
  // in cache) is probed first: a feature the model does not know usually ends at an empty or
  // non-matching tag without touching the table. Lookups go in two passes over up to 64
  // features at a time (probe the tags and prefetch the candidate slots, then check keys and add
  // whole slot rows, which vectorises), so that the misses overlap instead of queueing; a tag
  // match with another key resumes the probe. Integer sums, so the result does not depend on
  // the order. ner_model_test.cc compares it with ScoreSimple.
  void Score(const uint64_t* features, int n, int32_t* scores) const {
    constexpr int kBatch = 64;
    int32_t acc[kSlotLanes] = {};
    const size_t mask = table_.size() - 1;
    const uint16_t* tags = tags_.data();
    uint64_t cand[kBatch];  // batch position << 32 | candidate slot
    for (int start = 0; start < n; start += kBatch) {
      const int m = n - start < kBatch ? n - start : kBatch;
      const uint64_t* f = features + start;
      for (int k = 0; k < m; ++k) __builtin_prefetch(&tags[Home(f[k]) & mask]);
      int nc = 0;
      for (int k = 0; k < m; ++k) {
        const uint16_t tag = TagOf(FixKey(f[k]));
        for (size_t i = Home(f[k]) & mask;; i = (i + 1) & mask) {
          const uint16_t t = tags[i];
          if (t == 0) break;
          if (t == tag) {
            __builtin_prefetch(&table_[i]);
            cand[nc++] = static_cast<uint64_t>(k) << 32 | i;
            break;
          }
        }
      }
      for (int c = 0; c < nc; ++c) {
        const uint64_t key = FixKey(f[cand[c] >> 32]);
        const uint16_t tag = TagOf(key);
        for (size_t i = cand[c] & 0xFFFFFFFFu;; i = (i + 1) & mask) {
          const uint16_t t = tags[i];
          if (t == 0) break;
          if (t != tag) continue;
          const WeightSlot& slot = table_[i];
          if (slot.key == key) {
            for (int l = 0; l < kSlotLanes; ++l) acc[l] += slot.w[l];
            break;
          }
        }
      }
    }
    for (int l = 0; l < kNerLabels; ++l) scores[l] += acc[l];
  }
  // Cache hints, no effect on any result. The tagger calls PrefetchTags for the token after
  // next and PrefetchSlots (which reads the tags, by then loaded) for the next token while it
  // scores the current one, so the misses of consecutive tokens overlap.
  void PrefetchTags(const uint64_t* features, int n) const {
    const size_t mask = table_.size() - 1;
    for (int k = 0; k < n; ++k) __builtin_prefetch(&tags_[Home(features[k]) & mask]);
  }
  void PrefetchSlots(const uint64_t* features, int n) const {
    const size_t mask = table_.size() - 1;
    for (int k = 0; k < n; ++k) {
      const size_t i = Home(features[k]) & mask;
      if (tags_[i] != 0) __builtin_prefetch(&table_[i]);
    }
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
  const NerWordTable& words() const { return words_; }
  float scale() const { return scale_; }

 private:
  void BuildIndex();

  // The lookup table Score uses (built by BuildIndex; the file keeps the packed rows): a power
  // of two of slots, at most half full, linear probing; key 0 marks an empty slot (a feature
  // key 0 is stored as kZeroKey).
  static constexpr int kSlotLanes = 24;
  static_assert(kNerLabels <= kSlotLanes);
  static constexpr uint64_t kZeroKey = 0x9E3779B97F4A7C15ull;
  struct alignas(64) WeightSlot {
    uint64_t key;
    int16_t w[kSlotLanes];
  };
  static uint64_t FixKey(uint64_t k) { return k == 0 ? kZeroKey : k; }
  // Tag of a (fixed) key in tags_: never 0, which marks an empty slot.
  static uint16_t TagOf(uint64_t k) { return static_cast<uint16_t>(k >> 48) | 1; }
  static size_t Home(uint64_t k) {
    k = FixKey(k);
    return static_cast<size_t>(k ^ (k >> 29));
  }
  std::vector<WeightSlot, HugePageAllocator<WeightSlot>> table_;
  std::vector<uint16_t> tags_;  // TagOf(table_[i].key), 0 where table_[i] is empty
  std::vector<uint64_t> keys_;
  std::vector<int16_t> weights_;
  FlatMap index_;
  float scale_ = 1.0f;
  std::string meta_;
  NerWordTable words_;
};

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_MODEL_H_
