// Shingles are XXH3 hashes of k consecutive 64-bit word hashes; the signature loop applies all
// N multiply-shift hash functions to each distinct shingle (the inner loop over N is
// branch-free and vectorises). Covered by src/resolve/minhash_test.cc, which checks the
// estimate against the exact Jaccard similarity (differential test).
#include "resolve/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "resolve/text_features.h"

namespace claimtrace::resolve {
namespace {

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// 64-bit hashes of the distinct k-word shingles of `text`.
std::vector<uint64_t> ShingleHashes(std::string_view text, int k) {
  std::vector<uint64_t> words;
  WordScanner scan(text);
  while (scan.Next()) words.push_back(HashBytes(scan.word()));
  std::vector<uint64_t> shingles;
  if (words.empty()) return shingles;
  const size_t kk = static_cast<size_t>(std::max(1, k));
  if (words.size() < kk) {
    shingles.push_back(XXH3_64bits(words.data(), words.size() * sizeof(uint64_t)));
    return shingles;
  }
  shingles.reserve(words.size() - kk + 1);
  for (size_t i = 0; i + kk <= words.size(); ++i) {
    shingles.push_back(XXH3_64bits(words.data() + i, kk * sizeof(uint64_t)));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

}  // namespace

MinHasher::MinHasher(MinHashParams params) : params_(params) {
  uint64_t state = params_.seed;
  const int n = params_.num_hashes();
  a_.resize(n);
  b_.resize(n);
  for (int i = 0; i < n; ++i) {
    a_[i] = SplitMix64(&state) | 1;  // odd multiplier
    b_[i] = SplitMix64(&state);
  }
}

Signature MinHasher::Compute(std::string_view text) const {
  Signature sig;
  const std::vector<uint64_t> shingles = ShingleHashes(text, params_.shingle_words);
  if (shingles.empty()) return sig;
  const size_t n = a_.size();
  sig.mins.assign(n, std::numeric_limits<uint32_t>::max());
  sig.shingles = static_cast<uint32_t>(shingles.size());
  uint32_t* mins = sig.mins.data();
  const uint64_t* a = a_.data();
  const uint64_t* b = b_.data();
  for (uint64_t x : shingles) {
    for (size_t i = 0; i < n; ++i) {
      const uint32_t h = static_cast<uint32_t>((a[i] * x + b[i]) >> 32);
      mins[i] = std::min(mins[i], h);
    }
  }
  return sig;
}

std::vector<uint64_t> MinHasher::BandKeys(const Signature& s) const {
  std::vector<uint64_t> keys;
  if (s.empty()) return keys;
  const int rows = params_.rows;
  keys.reserve(params_.bands);
  for (int band = 0; band < params_.bands; ++band) {
    keys.push_back(XXH3_64bits_withSeed(s.mins.data() + static_cast<size_t>(band) * rows,
                                        rows * sizeof(uint32_t), static_cast<uint64_t>(band)));
  }
  return keys;
}

double EstimateJaccard(const Signature& a, const Signature& b) {
  if (a.empty() || b.empty() || a.mins.size() != b.mins.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.mins.size(); ++i) same += a.mins[i] == b.mins[i];
  return static_cast<double>(same) / static_cast<double>(a.mins.size());
}

double EstimateContainment(const Signature& a, const Signature& b, double jaccard) {
  if (a.shingles == 0 || b.shingles == 0) return 0;
  const double na = a.shingles, nb = b.shingles;
  const double inter = jaccard * (na + nb) / (1.0 + jaccard);
  return std::min(1.0, inter / std::min(na, nb));
}

std::vector<uint64_t> ShingleSet(std::string_view text, int shingle_words) {
  return ShingleHashes(text, shingle_words);
}

double ExactJaccard(const std::vector<uint64_t>& sa, const std::vector<uint64_t>& sb) {
  if (sa.empty() || sb.empty()) return 0;
  size_t i = 0, j = 0, inter = 0;
  while (i < sa.size() && j < sb.size()) {
    if (sa[i] < sb[j]) {
      ++i;
    } else if (sb[j] < sa[i]) {
      ++j;
    } else {
      ++inter;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(inter) / static_cast<double>(sa.size() + sb.size() - inter);
}

double ExactShingleJaccard(std::string_view a, std::string_view b, int shingle_words) {
  return ExactJaccard(ShingleHashes(a, shingle_words), ShingleHashes(b, shingle_words));
}

}  // namespace claimtrace::resolve
