#include "lang/word_clusters.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace claimtrace::lang {
namespace {

// Sentences "<name> said <day>" / "<city> is <adj>" built from word ids: names 0-3 and cities
// 4-7 occur in different contexts, so two classes must separate them.
std::vector<uint32_t> ToyCorpus() {
  // 8 = said, 9 = is, 10-12 = days, 13-15 = adjectives.
  std::vector<uint32_t> seq;
  uint32_t s = 1;
  for (int i = 0; i < 400; ++i) {
    s = s * 1103515245u + 12345u;
    const uint32_t name = (s >> 16) % 4, day = 10 + (s >> 20) % 3;
    seq.insert(seq.end(), {name, 8, day, kClusterBoundary});
    s = s * 1103515245u + 12345u;
    const uint32_t city = 4 + (s >> 16) % 4, adj = 13 + (s >> 20) % 3;
    seq.insert(seq.end(), {city, 9, adj, kClusterBoundary});
  }
  return seq;
}

TEST(WordClusters, SeparatesWordsByContext) {
  const std::vector<uint32_t> seq = ToyCorpus();
  const std::vector<uint16_t> cls = ExchangeClusters(seq, 16, 4, 10);
  ASSERT_EQ(cls.size(), 16u);
  for (uint32_t w = 1; w < 4; ++w) EXPECT_EQ(cls[w], cls[0]) << w;
  for (uint32_t w = 5; w < 8; ++w) EXPECT_EQ(cls[w], cls[4]) << w;
  EXPECT_NE(cls[0], cls[4]);
  EXPECT_NE(cls[8], cls[0]);  // "said" is not a name
}

TEST(WordClusters, NeverLowersTheLikelihoodAndIsDeterministic) {
  const std::vector<uint32_t> seq = ToyCorpus();
  std::vector<uint16_t> start(16);
  for (uint32_t w = 0; w < 16; ++w) start[w] = static_cast<uint16_t>(w % 4);
  double prev = -1e300;
  for (int passes = 0; passes <= 4; ++passes) {
    const std::vector<uint16_t> cls = ExchangeClusters(seq, 16, 4, passes);
    const double f = ClusterLikelihood(seq, cls, 4);
    EXPECT_GE(f, prev - 1e-6) << passes;
    prev = f;
    EXPECT_EQ(cls, ExchangeClusters(seq, 16, 4, passes));
  }
  // Degenerate inputs: no words, one class, an unused id.
  EXPECT_EQ(ExchangeClusters({}, 3, 4, 3), (std::vector<uint16_t>{0, 0, 0}));
  EXPECT_EQ(ExchangeClusters(seq, 16, 1, 3), std::vector<uint16_t>(16, 0));
  const std::vector<uint16_t> wide = ExchangeClusters(seq, 20, 4, 3);
  EXPECT_EQ(wide.size(), 20u);
}

}  // namespace
}  // namespace claimtrace::lang
