#include "lang/ner_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/lexical.h"
#include "lang/ner_features.h"

namespace claimtrace::lang {
namespace {

NerModel Small() {
  std::vector<uint64_t> keys = {11, 22, 33};
  std::vector<float> w(keys.size() * kNerLabels, 0.0f);
  for (size_t i = 0; i < w.size(); ++i) w[i] = static_cast<float>(i % 7) - 3.0f;
  return NerModel::FromWeights(keys, w, "test model");
}

TEST(Lang, NerModelRoundTripsAndScores) {
  NerModel m = Small();
  Result<NerModel> back = NerModel::Parse(m.Serialize(), "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->rows(), 3u);
  EXPECT_EQ(back->meta(), "test model");
  uint64_t feats[] = {22, 999};
  int32_t a[kNerLabels] = {}, b[kNerLabels] = {};
  m.Score(feats, 2, a);
  back->Score(feats, 2, b);
  for (int l = 0; l < kNerLabels; ++l) EXPECT_EQ(a[l], b[l]);
  // Row 22 has weights (i % 7) - 3 for i = 17..33: the first is 17 % 7 - 3 = 0, the second 1.
  EXPECT_EQ(a[0], 0);
  EXPECT_GT(a[1], 0);
}

TEST(Lang, NerModelKeepsItsWordTable) {
  std::vector<std::string_view> texts = {"The envoy met Orlova. The envoy met Orlova again."};
  NerWordTableOptions o;
  o.classes = 4;
  o.min_count = 1;
  NerWordTable words = NerWordTable::Build(texts, o);
  const uint32_t orlova = words.Lookup(LowerHash("orlova"));
  ASSERT_NE(orlova, 0u);
  std::vector<uint64_t> keys = {5};
  std::vector<float> w(kNerLabels, 1.0f);
  const NerModel m = NerModel::FromWeights(keys, w, "words", std::move(words));
  const std::string bytes = m.Serialize();
  Result<NerModel> back = NerModel::Parse(bytes, "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->words().Lookup(LowerHash("orlova")), orlova);
  EXPECT_EQ(back->words().size(), m.words().size());
  // A byte flipped inside the table is caught by the checksum; a table row count that does
  // not fit the file is refused even with a valid checksum.
  std::string flipped = bytes;
  flipped[bytes.size() - 12] ^= 1;
  EXPECT_FALSE(NerModel::Parse(flipped, "mem").ok());
}

// Differential: the batched, prefetching Score equals the one-pass ScoreSimple, for feature
// lists longer than one batch, unknown and repeated keys, and keys sharing one home slot (a
// long probe run; k << 40 all hash to slot 0 here), known and unknown, and unknown keys whose
// tag and home slot equal a known key's.
TEST(Lang, NerModelBatchedScoreMatchesSimple) {
  std::vector<uint64_t> keys;
  for (uint64_t k = 1; k <= 500; ++k) keys.push_back(k * 0x9E3779B97F4A7C15ull);
  for (uint64_t k = 1; k <= 40; ++k) keys.push_back(k << 40);
  std::vector<float> w(keys.size() * kNerLabels);
  for (size_t i = 0; i < w.size(); ++i) w[i] = static_cast<float>((i * 37) % 101) * 0.1f - 5.0f;
  const NerModel m = NerModel::FromWeights(keys, w, "diff");
  uint64_t state = 7;
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<uint64_t> feats(static_cast<size_t>(trial % 150));
    for (uint64_t& f : feats) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      const uint64_t pick = (state >> 40) % 4;
      // pick 3: an unknown key with the home slot and tag of a known one (bits 0 and 29
      // flipped cancel in the home hash), so Score's tag probe matches and must resume.
      const uint64_t known = keys[(state >> 20) % keys.size()];
      f = pick == 0   ? state
          : pick == 1 ? (41 + (state >> 8) % 20) << 40
          : pick == 2 ? known
                      : ((state >> 12) & 1 ? known : known ^ ((1ull << 29) | 1));
    }
    int32_t a[kNerLabels] = {}, b[kNerLabels] = {};
    m.Score(feats.data(), static_cast<int>(feats.size()), a);
    m.ScoreSimple(feats.data(), static_cast<int>(feats.size()), b);
    for (int l = 0; l < kNerLabels; ++l) ASSERT_EQ(a[l], b[l]) << trial << " " << l;
  }
}

TEST(Lang, NerModelRejectsDamage) {
  std::string good = Small().Serialize();
  auto expect_corrupt = [](const std::string& bytes, const std::string& why) {
    Result<NerModel> r = NerModel::Parse(bytes, "model.bin");
    ASSERT_FALSE(r.ok()) << why;
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << why;
    EXPECT_NE(r.status().ToString().find("model.bin"), std::string::npos) << why;
  };
  expect_corrupt("", "empty");
  expect_corrupt(good.substr(0, good.size() / 2), "truncated");
  expect_corrupt(good + "x", "trailing byte");
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x10;
  expect_corrupt(flipped, "bit flip");
  std::string magic = good;
  magic[0] = 'X';
  expect_corrupt(magic, "magic");
  std::string version = good;
  version[8] = 9;  // format version
  expect_corrupt(version, "format version");
  std::string features = good;
  features[12] = static_cast<char>(kNerFeatureVersion + 1);
  expect_corrupt(features, "feature version");
}

TEST(Lang, NerModelMissingFileIsNotFound) {
  Result<NerModel> r = NerModel::Load("/nonexistent/ner.model");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace claimtrace::lang
