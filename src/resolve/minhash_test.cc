// Unit tests for minhash.h, with a differential test of the estimate against exact Jaccard.
#include "resolve/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "perturb.h"

namespace claimtrace::resolve {
namespace {

std::string Words(int from, int to) {
  std::string s;
  for (int i = from; i < to; ++i) s += "w" + std::to_string(i) + " ";
  return s;
}

TEST(Resolve, MinHashOfIdenticalTextsIsIdentical) {
  MinHasher h;
  const Signature a = h.Compute("The quick brown fox jumps over the lazy dog.");
  const Signature b = h.Compute("the QUICK brown fox, jumps over the lazy dog");
  EXPECT_EQ(a.mins, b.mins);  // case and punctuation do not matter
  EXPECT_EQ(a.mins.size(), static_cast<size_t>(h.params().num_hashes()));
  EXPECT_EQ(h.BandKeys(a), h.BandKeys(b));
  EXPECT_EQ(h.BandKeys(a).size(), static_cast<size_t>(h.params().bands));
  EXPECT_DOUBLE_EQ(EstimateJaccard(a, b), 1.0);
}

TEST(Resolve, MinHashHandlesEmptyAndShortTexts) {
  MinHasher h;
  EXPECT_TRUE(h.Compute("").empty());
  EXPECT_TRUE(h.Compute(" ... !!! ").empty());
  EXPECT_TRUE(h.BandKeys(h.Compute("")).empty());
  const Signature one = h.Compute("hello");
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(one.shingles, 1u);
  EXPECT_DOUBLE_EQ(EstimateJaccard(one, h.Compute("")), 0.0);
}

// Differential test: the MinHash estimate tracks the exact shingle Jaccard.
TEST(Resolve, MinHashEstimateTracksExactJaccard) {
  MinHasher h;
  neardup_eval::Rng rng(3);
  double worst = 0;
  for (int trial = 0; trial < 40; ++trial) {
    const int n = 200 + static_cast<int>(rng.Below(300));
    const int shift = static_cast<int>(rng.Below(static_cast<uint64_t>(n)));
    const std::string a = Words(0, n);
    const std::string b = Words(shift, n + shift);
    const double exact = ExactShingleJaccard(a, b, h.params().shingle_words);
    const double est = EstimateJaccard(h.Compute(a), h.Compute(b));
    worst = std::max(worst, std::abs(exact - est));
  }
  // 128 hashes: standard error <= 0.045; allow four of them.
  EXPECT_LT(worst, 0.18);
}

TEST(Resolve, ContainmentEstimateSeesASubsetCopy) {
  MinHasher h;
  const std::string full = Words(0, 600);
  const std::string part = Words(0, 300);
  const Signature a = h.Compute(full), b = h.Compute(part);
  const double j = EstimateJaccard(a, b);
  EXPECT_NEAR(j, 0.5, 0.15);
  EXPECT_GT(EstimateContainment(a, b, j), 0.8);
}

TEST(Resolve, ExactJaccardOfShingleSets) {
  EXPECT_DOUBLE_EQ(ExactShingleJaccard("a b c d", "a b c d", 3), 1.0);
  EXPECT_DOUBLE_EQ(ExactShingleJaccard("a b c d", "x y z", 3), 0.0);
  // {abc, bcd} vs {abc, bce}: 1 of 3.
  EXPECT_NEAR(ExactShingleJaccard("a b c d", "a b c e", 3), 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(ExactShingleJaccard("", "a b c", 3), 0.0);
}

}  // namespace
}  // namespace claimtrace::resolve
