// MinHash signatures over word shingles, and their LSH band keys.
//
// A document's text is case-folded into words (text_features.h), every run of k consecutive
// words is a shingle, and each shingle is hashed to 64 bits. The signature keeps, for each of
// N hash functions h_i(x) = (a_i * x + b_i) >> 32 (multiply-shift, a_i odd), the minimum over
// the shingles; two signatures agree at position i with probability equal to the Jaccard
// similarity of the shingle sets. LSH cuts the signature into `bands` bands of `rows` values;
// each band hashes to one 64-bit key, and documents sharing any band key are candidates.
// The number of distinct shingles is kept so that containment can be estimated too.
// Parameters and why they were chosen: docs/quality.md, "Across articles".
//
// MinHasher is immutable after construction and safe to share between threads.
//
//   MinHasher hasher;                          // default parameters
//   Signature s = hasher.Compute(doc.text);
//   for (uint64_t key : hasher.BandKeys(s)) index.Add(key, doc.id);
#ifndef CLAIMTRACE_RESOLVE_MINHASH_H_
#define CLAIMTRACE_RESOLVE_MINHASH_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimtrace::resolve {

struct MinHashParams {
  int shingle_words = 3;  // k
  int bands = 64;         // b
  int rows = 2;           // r; the signature has b * r values
  uint64_t seed = 0x5eed'c1a1'0000'0001ULL;

  int num_hashes() const { return bands * rows; }
};

struct Signature {
  std::vector<uint32_t> mins;  // num_hashes values; empty for a text without shingles
  uint32_t shingles = 0;       // distinct shingles of the text

  bool empty() const { return mins.empty(); }
};

class MinHasher {
 public:
  explicit MinHasher(MinHashParams params = {});

  const MinHashParams& params() const { return params_; }

  // Signature of a UTF-8 text. A text shorter than k words is one shingle of all its words;
  // a text without words has an empty signature.
  Signature Compute(std::string_view text) const;

  // One key per band (band index mixed in, so equal values in different bands do not collide).
  // Empty for an empty signature.
  std::vector<uint64_t> BandKeys(const Signature& s) const;

 private:
  MinHashParams params_;
  std::vector<uint64_t> a_;
  std::vector<uint64_t> b_;
};

// Fraction of positions where two signatures agree: an unbiased estimate of the Jaccard
// similarity of the shingle sets. 0 when either is empty or the lengths differ.
double EstimateJaccard(const Signature& a, const Signature& b);

// Estimated |A ∩ B| / min(|A|, |B|) from the Jaccard estimate and the shingle counts.
double EstimateContainment(const Signature& a, const Signature& b, double jaccard);

// Sorted, distinct 64-bit hashes of the k-word shingles of a text (the set MinHash samples).
std::vector<uint64_t> ShingleSet(std::string_view text, int shingle_words);

// Exact Jaccard similarity of two sorted shingle sets.
double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// Exact Jaccard similarity of the k-word shingle sets of two texts (reference for tests and
// the evaluation; not used on the fast path).
double ExactShingleJaccard(std::string_view a, std::string_view b, int shingle_words);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_MINHASH_H_
