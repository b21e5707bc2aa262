// Averaged perceptron: learning, averaging, sparse serialisation, feature hashing.
#include "attrib/perceptron.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "attrib/model.h"

namespace claimtrace::attrib {
namespace {

// Two labels: label 1 has feature "y", label 0 feature "n", both share "x" and a bias.
TEST(Attrib, PerceptronLearnsSeparableProblem) {
  Perceptron p(2, 10);
  p.BeginTraining();
  const uint32_t x = p.Bucket(Feat(1, HashBytes("x")));
  const uint32_t y = p.Bucket(Feat(1, HashBytes("y")));
  const uint32_t n = p.Bucket(Feat(1, HashBytes("n")));
  const uint32_t bias = p.Bucket(Feat(2, 0));
  for (int epoch = 0; epoch < 100; ++epoch) {
    for (int gold = 0; gold < 2; ++gold) {
      std::vector<uint32_t> f = {bias, x, gold == 1 ? y : n};
      float s[2] = {0, 0};
      p.AddScores(f.data(), f.size(), s);
      const int guess = s[1] > s[0] ? 1 : 0;
      if (guess != gold) {
        p.Update(f.data(), f.size(), gold, 1);
        p.Update(f.data(), f.size(), guess, -1);
      }
      p.NextExample();
    }
  }
  p.Finish();
  std::vector<uint32_t> with_y = {bias, x, y}, with_n = {bias, x, n};
  EXPECT_GT(p.Score(with_y.data(), 3, 1), p.Score(with_y.data(), 3, 0));
  EXPECT_GT(p.Score(with_n.data(), 3, 0), p.Score(with_n.data(), 3, 1));
}

TEST(Attrib, PerceptronAveragesOverTime) {
  // Weight +1 from step 1, then -1 added at step 3 of 4: average is in between.
  Perceptron p(1, 4);
  p.BeginTraining();
  uint32_t b = 3;
  p.Update(&b, 1, 0, 1.0f);
  p.NextExample();
  p.NextExample();
  p.Update(&b, 1, 0, -1.0f);
  p.NextExample();
  p.Finish();
  const float w = p.Score(&b, 1, 0);
  EXPECT_GT(w, 0.0f);
  EXPECT_LT(w, 1.0f);
}

TEST(Attrib, PerceptronRoundTripsSparseForm) {
  Perceptron p(3, 8);
  p.BeginTraining();
  uint32_t b[2] = {5, 200};
  p.Update(b, 2, 2, 1.5f);
  p.NextExample();
  p.Finish();
  std::string bytes;
  p.AppendTo(&bytes);
  std::string_view in(bytes);
  Result<Perceptron> q = Perceptron::ReadFrom(&in);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_TRUE(in.empty());
  EXPECT_EQ(q->labels(), 3);
  EXPECT_FLOAT_EQ(q->Score(b, 2, 2), p.Score(b, 2, 2));
  EXPECT_EQ(q->NonZero(), 2u);
  std::string_view truncated(bytes.data(), bytes.size() - 3);
  EXPECT_FALSE(Perceptron::ReadFrom(&truncated).ok());
}

// Differential: the packed inference form scores bit-identically to the dense table, for
// every label count the model uses, sparse and dense rows, repeated and zero-weight buckets.
TEST(Attrib, PerceptronPackedScoresEqualDense) {
  for (int labels : {1, 3}) {
    Perceptron p(labels, 12);
    p.BeginTraining();
    uint64_t state = 12345;
    auto next = [&] {
      state = Mix(state, 0x2545F4914F6CDD1DULL);
      return state;
    };
    for (int step = 0; step < 3000; ++step) {
      uint32_t b[5];
      for (uint32_t& x : b) x = static_cast<uint32_t>(next() % 700);  // rows >= 700 stay zero
      const float delta = static_cast<float>(static_cast<int>(next() % 7) - 3) * 0.37f;
      p.Update(b, 5, static_cast<int>(next() % static_cast<uint64_t>(labels)), delta);
      p.NextExample();
    }
    p.Finish();
    Perceptron q = p;
    q.Pack();
    ASSERT_TRUE(q.packed());
    ASSERT_FALSE(p.packed());
    for (int trial = 0; trial < 2000; ++trial) {
      std::vector<uint32_t> b(1 + next() % 40);
      for (uint32_t& x : b) x = static_cast<uint32_t>(next() % (1u << 12));
      for (int l = 0; l < labels; ++l) {
        const float dense = p.Score(b.data(), b.size(), l);
        const float packed = q.Score(b.data(), b.size(), l);
        ASSERT_EQ(std::memcmp(&dense, &packed, sizeof(float)), 0) << dense << " vs " << packed;
      }
      float sd[3] = {0.5f, -1.25f, 0}, sp[3] = {0.5f, -1.25f, 0};
      p.AddScores(b.data(), b.size(), sd);
      q.AddScores(b.data(), b.size(), sp);
      ASSERT_EQ(std::memcmp(sd, sp, sizeof(sd)), 0);
    }
    // Training again drops the packed copy; loading packs.
    std::string bytes;
    p.AppendTo(&bytes);
    std::string_view in(bytes);
    Result<Perceptron> r = Perceptron::ReadFrom(&in);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->packed());
    r->BeginTraining();
    EXPECT_FALSE(r->packed());
  }
}

// Edge rows of the packed form: an all-zero table (only the padding row stored), and a table
// whose only non-zero rows are the first and the last, looked up with absent buckets after the
// last stored row (their rank addresses the padding row, which must add nothing).
TEST(Attrib, PerceptronPackedEdgeRowsEqualDense) {
  for (int labels : {1, 3}) {
    Perceptron zero(labels, 8);
    Perceptron zero_packed = zero;
    zero_packed.Pack();
    ASSERT_TRUE(zero_packed.packed());
    const uint32_t all[] = {0, 1, 63, 64, 200, 255};
    for (int l = 0; l < labels; ++l) EXPECT_EQ(zero_packed.Score(all, 6, l), 0.0f);

    Perceptron p(labels, 8);
    p.BeginTraining();
    const uint32_t first = 0, last = 255;
    p.Update(&first, 1, labels - 1, 1.5f);
    p.Update(&last, 1, 0, -0.25f);
    p.NextExample();
    p.Finish();
    Perceptron q = p;
    q.Pack();
    const uint32_t b[] = {254, 255, 3, 0, 255, 128, 191, 192, 253};
    for (size_t n = 0; n <= 9; ++n) {
      for (int l = 0; l < labels; ++l) {
        const float dense = p.Score(b, n, l), packed = q.Score(b, n, l);
        ASSERT_EQ(std::memcmp(&dense, &packed, sizeof(float)), 0) << n << " " << l;
      }
      float sd[3] = {0.25f, 0, -3.0f}, sp[3] = {0.25f, 0, -3.0f};  // (never -0.0f: see header)
      p.AddScores(b, n, sd);
      q.AddScores(b, n, sp);
      ASSERT_EQ(std::memcmp(sd, sp, sizeof(float) * static_cast<size_t>(labels)), 0) << n;
    }
  }
}

// Differential: batched scoring (ScoreGroups, fast path) equals Score per group (simple path)
// bit for bit, packed and dense, with empty groups, batches that split between groups and a
// group larger than one batch.
TEST(Attrib, PerceptronScoreGroupsEqualScore) {
  for (int labels : {1, 3}) {
    Perceptron p(labels, 12);
    p.BeginTraining();
    uint64_t state = 777;
    auto next = [&] {
      state = Mix(state, 0x2545F4914F6CDD1DULL);
      return state;
    };
    for (int step = 0; step < 3000; ++step) {
      uint32_t b[4];
      for (uint32_t& x : b) x = static_cast<uint32_t>(next() % 900);
      const float delta = static_cast<float>(static_cast<int>(next() % 9) - 4) * 0.29f;
      p.Update(b, 4, static_cast<int>(next() % static_cast<uint64_t>(labels)), delta);
      p.NextExample();
    }
    p.Finish();
    Perceptron q = p;
    q.Pack();
    ASSERT_TRUE(q.packed());
    for (int trial = 0; trial < 200; ++trial) {
      std::vector<uint32_t> buckets, offsets = {0};
      const size_t groups = next() % 90;
      for (size_t g = 0; g < groups; ++g) {
        const uint64_t r = next() % 20;
        const size_t n = r == 0 ? 0 : (r == 1 ? 257 + next() % 40 : next() % 12);
        for (size_t i = 0; i < n; ++i) buckets.push_back(static_cast<uint32_t>(next() % 4096));
        offsets.push_back(static_cast<uint32_t>(buckets.size()));
      }
      for (int l = 0; l < labels; ++l) {
        for (const Perceptron* w : {&p, &q}) {
          std::vector<float> out(groups, 7.0f);
          w->ScoreGroups(buckets.data(), offsets.data(), groups, l, out.data());
          for (size_t g = 0; g < groups; ++g) {
            const float one = w->Score(buckets.data() + offsets[g], offsets[g + 1] - offsets[g], l);
            ASSERT_EQ(std::memcmp(&one, &out[g], sizeof(float)), 0)
                << g << ": " << one << " vs " << out[g];
          }
        }
      }
      for (const Perceptron* w : {&p, &q}) {
        std::vector<float> all(groups * static_cast<size_t>(labels), 7.0f);
        w->ScoreGroupsAllLabels(buckets.data(), offsets.data(), groups, all.data());
        for (size_t g = 0; g < groups; ++g) {
          float one[3] = {0, 0, 0};
          w->AddScores(buckets.data() + offsets[g], offsets[g + 1] - offsets[g], one);
          ASSERT_EQ(std::memcmp(one, &all[g * static_cast<size_t>(labels)],
                                sizeof(float) * static_cast<size_t>(labels)),
                    0)
              << g;
        }
      }
    }
  }
}

TEST(Attrib, SideFeatureHashesEqualPlainOnes) {
  for (uint64_t d : {0, 1}) {
    for (uint64_t v : {uint64_t{0}, uint64_t{7}, HashBytes("said"), ~uint64_t{0}}) {
      EXPECT_EQ(FeatSide<301>(d, v), Feat(301, d, v));
      EXPECT_EQ(FeatSide<117>(d, v, HashBytes("told")), Feat(117, d, v, HashBytes("told")));
    }
  }
}

TEST(Attrib, FeatureHashesDependOnTemplateAndOrder) {
  const uint64_t a = HashBytes("said"), b = HashBytes("told");
  EXPECT_NE(Feat(1, a), Feat(2, a));
  EXPECT_NE(Feat(1, a, b), Feat(1, b, a));
  EXPECT_EQ(Feat(3, a, b), Feat(3, a, b));
}

}  // namespace
}  // namespace claimtrace::attrib
