// ScoreCache: per-document memo of the cue-independent parts of the source and content boundary
// scores (a candidate boundary's own words, shapes, entities), filled lazily per position, so
// that several cues in one sentence or paragraph share them. Inference only: training changes the
// weights after every example and passes no cache. One cache per document and thread;
// score_cache_test.cc checks that scores with and without the cache are identical.
//
//   attrib::ScoreCache cache(view.size(), view.sentences.size(), view.blocks.size());
//   FindSource(view, model, cue, nullptr, nullptr, &cache);
#ifndef CLAIMTRACE_ATTRIB_SCORE_CACHE_H_
#define CLAIMTRACE_ATTRIB_SCORE_CACHE_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "attrib/perceptron.h"

namespace claimtrace::attrib {

// Feature buckets of many independent scores, collected group by group and then looked up in
// one batch (Perceptron::ScoreGroups), so that their cache misses overlap. Reused across calls.
// Groups hold at most kMaxGroup features (the emitters add 2-7).
class ScoreBatch {
 public:
  static constexpr size_t kMaxGroup = 16;

  void Clear() {
    used_ = 0;
    offsets_.assign(1, 0);
    Reserve();
  }
  // A feature sink (the `add` of the feature emitters) appending w's bucket of each feature to
  // the open group (room for kMaxGroup is reserved, so no capacity check per feature).
  auto Adder(const Perceptron& w) {
    return [this, &w](uint64_t f) { buckets_[used_++] = w.Bucket(f); };
  }
  void EndGroup() {
    CT_CHECK(used_ - offsets_.back() <= kMaxGroup);
    offsets_.push_back(static_cast<uint32_t>(used_));
    if (buckets_.size() < used_ + kMaxGroup) [[unlikely]] {
      Reserve();
    }
  }
  size_t groups() const { return offsets_.size() - 1; }
  // out[g] = label-0 score of group g, for every group since Clear().
  void Score(const Perceptron& w, float* out) const {
    w.ScoreGroups(buckets_.data(), offsets_.data(), groups(), 0, out);
  }

 private:
  void Reserve() {  // room for a whole group after the filled part
    if (buckets_.size() < used_ + kMaxGroup) buckets_.resize(2 * (used_ + kMaxGroup));
  }
  std::vector<uint32_t> buckets_;  // [0, used_) filled
  size_t used_ = 0;
  std::vector<uint32_t> offsets_{0};
};

struct ScoreCache {
  ScoreCache(size_t tokens, size_t /*sentences*/, size_t /*blocks*/) {
    for (int d = 0; d < 2; ++d) {
      source_start[d].assign(tokens + 1, 0);
      source_end[d].assign(tokens + 1, 0);
      content_far[d].assign(tokens + 1, 0);
      source_start_done[d].assign(tokens + 1, 0);
      source_end_done[d].assign(tokens + 1, 0);
      content_far_done[d].assign(tokens + 1, 0);
    }
  }
  // Filled per position on first use (a search reads only the positions on its side of the
  // cue); the *_done flags say which entries hold a score.
  std::vector<float> source_start[2];  // [i]: a source starting at token i, per direction
  std::vector<float> source_end[2];    // [j]: a source ending before token j
  std::vector<float> content_far[2];   // [q]: far boundary q of a left (0) / right (1) piece
  std::vector<uint8_t> source_start_done[2], source_end_done[2], content_far_done[2];
  // The span-shape weight tables (cue-independent), packed by the finder that owns them.
  std::vector<float> source_tables;
  std::vector<float> content_tables;

  // Tables that depend only on the cue's word and a direction (source) or side (content):
  // filled on first use, so the cues of a document that share a word ("said") compute them once.
  struct CueWordTables {
    uint64_t cue_word;
    int side;
    std::array<float, 18> vals;
  };
  std::vector<CueWordTables> source_cue;
  std::vector<CueWordTables> content_cue;
  // Scratch space of the batched lookups and searches (kept across the cues of the document).
  ScoreBatch batch;
  std::vector<float*> pending;  // where each batched score goes
  std::vector<float> pending_score, run_max;
  // Storage lent to the finders' per-cue vectors (Borrowed), so they reuse its capacity.
  std::vector<uint16_t> pool_u16[4];
  std::vector<uint8_t> pool_u8[2];
  std::vector<float> pool_f[3];
  std::vector<uint32_t> pool_u32;
};

// Lends `pool`'s storage to `local` for the guard's lifetime (swapped in and back), so a vector
// that each call refills (assign/resize/clear) reuses the capacity of earlier calls instead of
// allocating; with a null pool `local` is used as it is. Declare after `local`.
template <typename T>
class Borrowed {
 public:
  Borrowed(std::vector<T>* local, std::vector<T>* pool) : local_(local), pool_(pool) {
    if (pool_) local_->swap(*pool_);
  }
  ~Borrowed() {
    if (pool_) local_->swap(*pool_);
  }
  Borrowed(const Borrowed&) = delete;
  Borrowed& operator=(const Borrowed&) = delete;

 private:
  std::vector<T>* local_;
  std::vector<T>* pool_;
};

// The tables stored for (cue_word, side), or nullptr. A linear search: a document has few
// distinct cue words, and the entries are small.
inline const ScoreCache::CueWordTables* FindCueTables(
    const std::vector<ScoreCache::CueWordTables>& list, uint64_t cue_word, int side) {
  for (const ScoreCache::CueWordTables& t : list) {
    if (t.cue_word == cue_word && t.side == side) return &t;
  }
  return nullptr;
}

// Copies a trivially copyable table struct into / out of a cache vector.
template <typename T>
void StoreTables(const T& t, std::vector<float>* out) {
  out->resize((sizeof(T) + sizeof(float) - 1) / sizeof(float));
  std::memcpy(out->data(), &t, sizeof(T));
}
template <typename T>
bool LoadTables(const std::vector<float>& in, T* t) {
  if (in.size() * sizeof(float) < sizeof(T)) return false;
  std::memcpy(t, in.data(), sizeof(T));
  return true;
}

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SCORE_CACHE_H_
