// Averaged perceptron: dense weight rows per hashed bucket; averaging by the accumulated
// (update x time) trick, so each update is O(features). Covered by perceptron_test.cc.
#include "attrib/perceptron.h"

#include <xxhash.h>

#include <cstring>

namespace claimtrace::attrib {

uint64_t HashBytes(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

Perceptron::Perceptron(int labels, int bits)
    : labels_(labels),
      bits_(bits),
      mask_((1u << bits) - 1),
      w_(static_cast<size_t>(labels) << bits, 0.0f) {}

void Perceptron::AddScores(const uint32_t* buckets, size_t n, float* scores) const {
  const float* w = w_.data();
  for (size_t i = 0; i < n; ++i) {
    const float* row = w + static_cast<size_t>(buckets[i]) * labels_;
    for (int l = 0; l < labels_; ++l) scores[l] += row[l];
  }
}

float Perceptron::Score(const uint32_t* buckets, size_t n, int label) const {
  float s = 0;
  const float* w = w_.data() + label;
  for (size_t i = 0; i < n; ++i) s += w[static_cast<size_t>(buckets[i]) * labels_];
  return s;
}

void Perceptron::BeginTraining() {
  acc_.assign(w_.size(), 0.0);
  clock_ = 1;
}

void Perceptron::Update(const uint32_t* buckets, size_t n, int label, float delta) {
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
  return p;
}

}  // namespace claimtrace::attrib
