// Averaged perceptron: dense weight rows per hashed bucket; averaging by the accumulated
// (update x time) trick, so each update is O(features). Covered by perceptron_test.cc.
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
