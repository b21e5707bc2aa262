// Averaged perceptron: dense weight rows per hashed bucket; averaging by the accumulated
// (update x time) trick, so each update is O(features). Inference reads the packed copy, one
// feature at a time (Score, AddScores) or in batches whose lookups are prefetched in stages
// (ScoreGroups*). Covered by perceptron_test.cc (packed vs dense, batched vs one by one).
#include "attrib/perceptron.h"

// The hash of every word and affix: inlined (the same XXH3 of libxxhash, without a call into
// the shared library for a few bytes).
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace claimtrace::attrib {

uint64_t HashBytes(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

Perceptron::Perceptron(int labels, int bits)
    : labels_(labels),
      bits_(bits),
      mask_((1u << bits) - 1),
      w_(static_cast<size_t>(labels) << bits, 0.0f) {}

// The packed lookups count bits; where the CPU has a popcnt instruction, use it (x86-64 only:
// a function clone chosen at load time, so the binary still runs on any x86-64).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define CT_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define CT_POPCNT_CLONES
#endif

CT_POPCNT_CLONES
void Perceptron::AddScores(const uint32_t* buckets, size_t n, float* scores) const {
  if (packed()) {
    // Two passes per chunk: find (and prefetch) the rows, then add them in feature order
    // (into local sums: the same additions, without reloading `scores` after every store).
    constexpr size_t kChunk = 64;
    const float* rows[kChunk];
    float acc[16];  // ReadFrom allows at most 16 labels
    std::copy(scores, scores + labels_, acc);
    for (size_t start = 0; start < n; start += kChunk) {
      const size_t m = std::min(kChunk, n - start);
      size_t found = 0;
      for (size_t i = 0; i < m; ++i) {
        // Branch-free (an absent row's rank addresses a neighbour or the padding row): a
        // data-dependent branch here stalls the overlapping lookups on every mispredict.
        bool present;
        const float* row = PackedRow(buckets[start + i], &present);
        __builtin_prefetch(row);
        rows[found] = row;
        found += present;
      }
      if (labels_ == 3) {  // the cue tagger: three sums in registers, same order per label
        float a0 = acc[0], a1 = acc[1], a2 = acc[2];
        for (size_t k = 0; k < found; ++k) {
          a0 += rows[k][0];
          a1 += rows[k][1];
          a2 += rows[k][2];
        }
        acc[0] = a0;
        acc[1] = a1;
        acc[2] = a2;
        continue;
      }
      for (size_t k = 0; k < found; ++k) {
        for (int l = 0; l < labels_; ++l) acc[l] += rows[k][l];
      }
    }
    std::copy(acc, acc + labels_, scores);
    return;
  }
  const float* w = w_.data();
  for (size_t i = 0; i < n; ++i) {
    const float* row = w + static_cast<size_t>(buckets[i]) * labels_;
    for (int l = 0; l < labels_; ++l) scores[l] += row[l];
  }
}

CT_POPCNT_CLONES
float Perceptron::Score(const uint32_t* buckets, size_t n, int label) const {
  float s = 0;
  if (packed()) {
    constexpr size_t kChunk = 64;
    const float* vals[kChunk];
    for (size_t start = 0; start < n; start += kChunk) {
      const size_t m = std::min(kChunk, n - start);
      size_t found = 0;
      for (size_t i = 0; i < m; ++i) {
        bool present;
        const float* row = PackedRow(buckets[start + i], &present) + label;
        __builtin_prefetch(row);
        vals[found] = row;
        found += present;
      }
      for (size_t k = 0; k < found; ++k) s += *vals[k];
    }
    return s;
  }
  const float* w = w_.data() + label;
  for (size_t i = 0; i < n; ++i) s += w[static_cast<size_t>(buckets[i]) * labels_];
  return s;
}

CT_POPCNT_CLONES
void Perceptron::ScoreGroups(const uint32_t* buckets, const uint32_t* offsets, size_t groups,
                             int label, float* out) const {
  if (!packed()) {
    for (size_t g = 0; g < groups; ++g) {
      out[g] = Score(buckets + offsets[g], offsets[g + 1] - offsets[g], label);
    }
    return;
  }
  // Batches of whole groups, up to kBatch buckets (a single larger group goes alone): stage 1
  // prefetches the bitmap words, stage 2 resolves the rows (an absent one reads the zero padding
  // row: adding +0.0f leaves the sum as it is, see the header) and prefetches them, stage 3 sums
  // each group in feature order from +0.0f, as Score does.
  constexpr size_t kBatch = 256;
  const float* vals[kBatch];
  const float* zero = vals_.data() + vals_.size() - static_cast<size_t>(labels_) + label;
  size_t g0 = 0;
  while (g0 < groups) {
    size_t g1 = g0 + 1;
    while (g1 < groups && offsets[g1 + 1] - offsets[g0] <= kBatch) ++g1;
    const uint32_t b0 = offsets[g0];
    const uint32_t m = offsets[g1] - b0;
    if (m > kBatch) {  // one oversized group
      out[g0] = Score(buckets + b0, m, label);
      g0 = g1;
      continue;
    }
    for (uint32_t i = 0; i < m; ++i) __builtin_prefetch(&blocks_[buckets[b0 + i] >> 6]);
    for (uint32_t i = 0; i < m; ++i) {
      bool present;
      const float* row = PackedRow(buckets[b0 + i], &present) + label;
      row = present ? row : zero;
      __builtin_prefetch(row);
      vals[i] = row;
    }
    for (size_t g = g0; g < g1; ++g) {
      float s = 0;
      for (uint32_t i = offsets[g] - b0; i < offsets[g + 1] - b0; ++i) s += *vals[i];
      out[g] = s;
    }
    g0 = g1;
  }
}

CT_POPCNT_CLONES
void Perceptron::ScoreGroupsAllLabels(const uint32_t* buckets, const uint32_t* offsets,
                                      size_t groups, float* out) const {
  const size_t nl = static_cast<size_t>(labels_);
  if (!packed()) {
    for (size_t g = 0; g < groups; ++g) {
      std::fill(out + g * nl, out + (g + 1) * nl, 0.0f);
      AddScores(buckets + offsets[g], offsets[g + 1] - offsets[g], out + g * nl);
    }
    return;
  }
  // As ScoreGroups, with whole rows.
  constexpr size_t kBatch = 256;
  const float* rows[kBatch];
  const float* zero = vals_.data() + vals_.size() - nl;
  size_t g0 = 0;
  while (g0 < groups) {
    size_t g1 = g0 + 1;
    while (g1 < groups && offsets[g1 + 1] - offsets[g0] <= kBatch) ++g1;
    const uint32_t b0 = offsets[g0];
    const uint32_t m = offsets[g1] - b0;
    if (m > kBatch) {  // one oversized group
      std::fill(out + g0 * nl, out + (g0 + 1) * nl, 0.0f);
      AddScores(buckets + b0, m, out + g0 * nl);
      g0 = g1;
      continue;
    }
    for (uint32_t i = 0; i < m; ++i) __builtin_prefetch(&blocks_[buckets[b0 + i] >> 6]);
    for (uint32_t i = 0; i < m; ++i) {
      bool present;
      const float* row = PackedRow(buckets[b0 + i], &present);
      row = present ? row : zero;
      __builtin_prefetch(row);
      rows[i] = row;
    }
    if (nl == 3) {  // the cue tagger: three sums in registers, same order per label
      for (size_t g = g0; g < g1; ++g) {
        float a0 = 0, a1 = 0, a2 = 0;
        for (uint32_t i = offsets[g] - b0; i < offsets[g + 1] - b0; ++i) {
          a0 += rows[i][0];
          a1 += rows[i][1];
          a2 += rows[i][2];
        }
        out[3 * g] = a0;
        out[3 * g + 1] = a1;
        out[3 * g + 2] = a2;
      }
      g0 = g1;
      continue;
    }
    for (size_t g = g0; g < g1; ++g) {
      float acc[16];
      std::fill(acc, acc + nl, 0.0f);
      for (uint32_t i = offsets[g] - b0; i < offsets[g + 1] - b0; ++i) {
        for (size_t l = 0; l < nl; ++l) acc[l] += rows[i][l];
      }
      std::copy(acc, acc + nl, out + g * nl);
    }
    g0 = g1;
  }
}

void Perceptron::Pack() {
  if (packed() || labels_ == 0 || labels_ > 16) return;  // AddScores sums in a 16-wide buffer
  const size_t rows = w_.size() / static_cast<size_t>(labels_);
  std::vector<Block, lang::HugePageAllocator<Block>> blocks((rows + 63) / 64, Block{0, 0});
  std::vector<float, lang::HugePageAllocator<float>> vals;
  uint32_t count = 0;
  for (size_t r = 0; r < rows; ++r) {
    if (r % 64 == 0) blocks[r / 64].base = count;
    const float* row = w_.data() + r * static_cast<size_t>(labels_);
    bool any = false;
    for (int l = 0; l < labels_; ++l) any |= row[l] != 0.0f;
    if (!any) continue;
    blocks[r / 64].bits |= uint64_t{1} << (r % 64);
    vals.insert(vals.end(), row, row + labels_);
    ++count;
  }
  vals.resize(vals.size() + static_cast<size_t>(labels_), 0.0f);  // the padding row
  blocks_ = std::move(blocks);
  vals_ = std::move(vals);
}

void Perceptron::BeginTraining() {
  blocks_.clear();
  vals_.clear();
  acc_.assign(w_.size(), 0.0);
  clock_ = 1;
}

void Perceptron::Update(const uint32_t* buckets, size_t n, int label, float delta) {
  if (packed()) {
    blocks_.clear();
    vals_.clear();
  }
  for (size_t i = 0; i < n; ++i) {
    size_t k = static_cast<size_t>(buckets[i]) * labels_ + label;
    w_[k] += delta;
    acc_[k] += static_cast<double>(clock_) * delta;
  }
}

void Perceptron::Finish() {
  if (acc_.empty()) return;
  const double c = static_cast<double>(clock_);
  for (size_t k = 0; k < w_.size(); ++k) {
    w_[k] = static_cast<float>(w_[k] - acc_[k] / c);
  }
  acc_.clear();
  acc_.shrink_to_fit();
}

size_t Perceptron::NonZero() const {
  size_t n = 0;
  for (float v : w_) n += v != 0.0f;
  return n;
}

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutF32(std::string* out, float v) {
  uint32_t u;
  std::memcpy(&u, &v, 4);
  PutU32(out, u);
}
bool GetU32(std::string_view* in, uint32_t* v) {
  if (in->size() < 4) return false;
  uint32_t r = 0;
  for (int i = 0; i < 4; ++i) r |= static_cast<uint32_t>(static_cast<uint8_t>((*in)[i])) << (8 * i);
  in->remove_prefix(4);
  *v = r;
  return true;
}
bool GetU64(std::string_view* in, uint64_t* v) {
  if (in->size() < 8) return false;
  uint64_t r = 0;
  for (int i = 0; i < 8; ++i) r |= static_cast<uint64_t>(static_cast<uint8_t>((*in)[i])) << (8 * i);
  in->remove_prefix(8);
  *v = r;
  return true;
}
bool GetF32(std::string_view* in, float* v) {
  uint32_t u;
  if (!GetU32(in, &u)) return false;
  std::memcpy(v, &u, 4);
  return true;
}

void Perceptron::AppendTo(std::string* out) const {
  PutU32(out, static_cast<uint32_t>(labels_));
  PutU32(out, static_cast<uint32_t>(bits_));
  PutU64(out, NonZero());
  for (size_t k = 0; k < w_.size(); ++k) {
    if (w_[k] == 0.0f) continue;
    PutU64(out, k);
    PutF32(out, w_[k]);
  }
}

Result<Perceptron> Perceptron::ReadFrom(std::string_view* in) {
  uint32_t labels, bits;
  uint64_t nnz;
  if (!GetU32(in, &labels) || !GetU32(in, &bits) || !GetU64(in, &nnz)) {
    return CorruptionError("truncated perceptron header");
  }
  if (labels == 0 || labels > 16 || bits < 4 || bits > 24) {
    return CorruptionError("bad perceptron shape");
  }
  Perceptron p(static_cast<int>(labels), static_cast<int>(bits));
  if (nnz > p.w_.size() || in->size() < nnz * 12) return CorruptionError("bad weight count");
  for (uint64_t i = 0; i < nnz; ++i) {
    uint64_t k = 0;
    float v = 0;
    GetU64(in, &k);
    GetF32(in, &v);
    if (k >= p.w_.size()) return CorruptionError("weight index out of range");
    p.w_[k] = v;
  }
  p.Pack();
  return p;
}

}  // namespace claimtrace::attrib
