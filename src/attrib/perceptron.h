// Averaged perceptron over hashed features: the learning machinery of the attribution stage.
//
// A feature is a 64-bit hash (Feat(template, value...)); Bucket() folds it into a table of
// 2^bits rows, each holding one weight per label. Scoring is read-only and thread-safe;
// training (Update/NextExample/Finish) is single-threaded. Finish() replaces the weights by
// their average over all training steps (Collins 2002; the "w - acc/c" form of Daumé).
// Pack() (done by ReadFrom) adds a read-only compact copy for inference: a bitmap of the
// non-zero rows with a rank per 64 rows and the packed rows, a fraction of the dense table's
// size (81-92% of the shipped weights are zero), so lookups miss the caches less. Scores are
// bit-identical to the dense path: the same additions in the same order, minus additions of
// +0.0f (which never change a sum that is not -0.0f, and sums starting at +0.0f never become
// -0.0f). perceptron_test.cc compares them.
//
//   attrib::Perceptron p(/*labels=*/3, /*bits=*/18);
//   p.BeginTraining();  p.Update(buckets, n, gold, +1);  p.Update(buckets, n, guess, -1);
//   p.NextExample();  ...  p.Finish();  p.AddScores(buckets, n, scores);
#ifndef CLAIMTRACE_ATTRIB_PERCEPTRON_H_
#define CLAIMTRACE_ATTRIB_PERCEPTRON_H_

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"
#include "lang/huge_pages.h"

namespace claimtrace::attrib {

// 64-bit hash of bytes (XXH3).
uint64_t HashBytes(std::string_view s);

// Order-dependent mixing of two hashes (a strong 64-bit finaliser).
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

inline uint64_t Feat(uint32_t templ, uint64_t v) { return Mix(0x51ed27f1ULL * (templ + 1), v); }
inline uint64_t Feat(uint32_t templ, uint64_t v1, uint64_t v2) { return Mix(Feat(templ, v1), v2); }
inline uint64_t Feat(uint32_t templ, uint64_t v1, uint64_t v2, uint64_t v3) {
  return Mix(Feat(templ, v1, v2), v3);
}

// Feat(templ, d, v...) for a first value d that is 0 or 1 (a side or direction), with the
// (templ, d) prefix folded to a constant at compile time: one Mix less per feature, the same
// hash (perceptron_test.cc compares).
template <uint32_t kTempl>
inline uint64_t FeatSide(uint64_t d, uint64_t v) {
  return Mix(d == 0 ? Feat(kTempl, 0) : Feat(kTempl, 1), v);
}
template <uint32_t kTempl>
inline uint64_t FeatSide(uint64_t d, uint64_t v1, uint64_t v2) {
  return Mix(FeatSide<kTempl>(d, v1), v2);
}

class Perceptron {
 public:
  Perceptron() = default;
  Perceptron(int labels, int bits);

  int labels() const { return labels_; }
  int bits() const { return bits_; }
  uint32_t Bucket(uint64_t feature) const { return static_cast<uint32_t>(feature >> 20) & mask_; }

  // scores[l] += sum of the weights of `buckets` for every label l.
  void AddScores(const uint32_t* buckets, size_t n, float* scores) const;
  // Sum of the weights of `buckets` for one label.
  float Score(const uint32_t* buckets, size_t n, int label) const;
  // Many independent scores at once: out[g] = Score(buckets + offsets[g], offsets[g + 1] -
  // offsets[g], label) for g < groups, bit-identical (the same additions in the same order);
  // the packed lookups of a whole batch are prefetched in stages (bitmap words, then rows)
  // before any is summed, so their cache misses overlap.
  void ScoreGroups(const uint32_t* buckets, const uint32_t* offsets, size_t groups, int label,
                   float* out) const;
  // The same for every label: out[g * labels() + l] = the scores AddScores adds to a zeroed
  // array for group g.
  void ScoreGroupsAllLabels(const uint32_t* buckets, const uint32_t* offsets, size_t groups,
                            float* out) const;

  // Builds the compact inference copy (idempotent); BeginTraining/Update drop it again.
  void Pack();
  bool packed() const { return !blocks_.empty(); }

  void BeginTraining();
  void Update(const uint32_t* buckets, size_t n, int label, float delta);
  void NextExample() { ++clock_; }
  void Finish();

  // Sparse binary form (non-zero weights only); ReadFrom consumes from the front of `in`.
  void AppendTo(std::string* out) const;
  static Result<Perceptron> ReadFrom(std::string_view* in);
  size_t NonZero() const;

 private:
  int labels_ = 0;
  int bits_ = 0;
  uint32_t mask_ = 0;
  std::vector<float> w_;
  std::vector<double> acc_;  // training only
  // Packed form: per 64 rows, which rows have a non-zero weight and how many such rows come
  // before the block; vals_ holds those rows (labels_ floats each) in row order, then a zero row.
  struct Block {
    uint64_t bits;
    uint32_t base;
  };
  std::vector<Block, lang::HugePageAllocator<Block>> blocks_;
  std::vector<float, lang::HugePageAllocator<float>> vals_;
  // The row of `bucket` in vals_; `*present` says whether it has one (when not, the pointer
  // addresses the next stored row or the zero padding row at the end of vals_).
  const float* PackedRow(uint32_t bucket, bool* present) const {
    const Block& b = blocks_[bucket >> 6];
    const uint64_t bit = uint64_t{1} << (bucket & 63);
    *present = (b.bits & bit) != 0;
    const uint32_t rank = b.base + static_cast<uint32_t>(std::popcount(b.bits & (bit - 1)));
    return vals_.data() + static_cast<size_t>(rank) * static_cast<size_t>(labels_);
  }
  uint64_t clock_ = 1;
};

// Little-endian fixed-width helpers for the model file.
void PutU32(std::string* out, uint32_t v);
void PutU64(std::string* out, uint64_t v);
void PutF32(std::string* out, float v);
bool GetU32(std::string_view* in, uint32_t* v);
bool GetU64(std::string_view* in, uint64_t* v);
bool GetF32(std::string_view* in, float* v);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_PERCEPTRON_H_
