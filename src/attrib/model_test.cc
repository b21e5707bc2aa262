// Model file: round trip, damaged and incompatible files refused, the shipped model loads.
#include "attrib/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

Model SmallModel() {
  Model m = Model::Empty();
  m.meta = "test model";
  m.cue_vocab = {3, 7, 11};
  m.skip_vocab = {2, 5};
  m.cue.BeginTraining();
  uint32_t b = 17;
  m.cue.Update(&b, 1, kLabelB, 2.0f);
  m.cue.NextExample();  // an update must live for at least one step to survive averaging
  m.cue.Finish();
  return m;
}

TEST(Attrib, ModelRoundTrips) {
  Model m = SmallModel();
  Result<Model> back = Model::Deserialize(m.Serialize());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->meta, "test model");
  EXPECT_EQ(back->cue_vocab, m.cue_vocab);
  EXPECT_EQ(back->skip_vocab, m.skip_vocab);
  EXPECT_TRUE(back->InSkipVocab(5));
  EXPECT_FALSE(back->InSkipVocab(3));
  EXPECT_TRUE(back->InCueVocab(7));
  EXPECT_FALSE(back->InCueVocab(8));
  uint32_t b = 17;
  EXPECT_NE(m.cue.Score(&b, 1, kLabelB), 0.0f);
  EXPECT_FLOAT_EQ(back->cue.Score(&b, 1, kLabelB), m.cue.Score(&b, 1, kLabelB));
}

// Differential: the hash-set vocabulary index answers as the binary search over the sorted
// vectors, for members, non-members and the zero hash.
TEST(Attrib, ModelVocabIndexMatchesBinarySearch) {
  Model slow = Model::Empty();
  uint64_t h = 99;
  for (int i = 0; i < 3000; ++i) {
    h = Mix(h, static_cast<uint64_t>(i));
    (i % 3 == 0 ? slow.cue_vocab : slow.skip_vocab).push_back(h % 5 == 0 ? h % 4096 : h);
  }
  slow.skip_vocab.push_back(0);
  std::sort(slow.cue_vocab.begin(), slow.cue_vocab.end());
  std::sort(slow.skip_vocab.begin(), slow.skip_vocab.end());
  Model fast = slow;
  fast.BuildVocabIndex();
  ASSERT_FALSE(fast.cue_index.slots.empty());
  ASSERT_TRUE(slow.cue_index.slots.empty());
  std::vector<uint64_t> probes = slow.cue_vocab;
  probes.insert(probes.end(), slow.skip_vocab.begin(), slow.skip_vocab.end());
  for (uint64_t i = 0; i < 5000; ++i) probes.push_back(i);
  for (uint64_t p : probes) {
    EXPECT_EQ(fast.InCueVocab(p), slow.InCueVocab(p)) << p;
    EXPECT_EQ(fast.InSkipVocab(p), slow.InSkipVocab(p)) << p;
  }
  EXPECT_TRUE(fast.InSkipVocab(0));
  EXPECT_FALSE(fast.InCueVocab(0));
}

TEST(Attrib, ModelRejectsDamagedFiles) {
  const std::string good = SmallModel().Serialize();
  EXPECT_EQ(Model::Deserialize("").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(Model::Deserialize("NOTAMODEL-------------").status().code(), StatusCode::kCorruption);
  // Truncated.
  Result<Model> r = Model::Deserialize(std::string_view(good).substr(0, good.size() - 5));
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  // A flipped byte in the compressed payload.
  std::string bad = good;
  bad[bad.size() - 10] = static_cast<char>(bad[bad.size() - 10] ^ 0x5A);
  EXPECT_EQ(Model::Deserialize(bad).status().code(), StatusCode::kCorruption);
  // Another feature version: refused with a hint to retrain.
  std::string other = good;
  other[12] = static_cast<char>(other[12] + 1);  // the u32 after magic and format version
  Result<Model> v = Model::Deserialize(other);
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.status().message().find("retrain"), std::string::npos);
}

TEST(Attrib, ModelRejectsAnUnsortedSkipVocabulary) {
  Model m = SmallModel();
  m.skip_vocab = {9, 4};  // lookups are binary searches: an unsorted list would silently miss
  Result<Model> r = Model::Deserialize(m.Serialize());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("skip vocabulary"), std::string::npos);
}

TEST(Attrib, ModelFileErrorsNameThePath) {
  Result<Model> missing = Model::LoadFile("/nonexistent/attrib.model");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  const std::string path =
      (std::filesystem::temp_directory_path() / "attrib_model_test.bin").string();
  ASSERT_TRUE(SmallModel().SaveFile(path).ok());
  EXPECT_TRUE(Model::LoadFile(path).ok());
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("garbage", f);
    std::fclose(f);
  }
  Result<Model> bad = Model::LoadFile(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().where().file, path);
  std::remove(path.c_str());
}

TEST(Attrib, ShippedModelLoads) {
  Result<std::string> path = FindDataFile("models/attrib.model", "");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  Result<Model> m = Model::LoadFile(*path);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_FALSE(m->cue_vocab.empty());
  EXPECT_GT(m->cue.NonZero(), 1000u);
  EXPECT_NE(m->meta.find("attrib_tool train"), std::string::npos);
}

}  // namespace
}  // namespace claimtrace::attrib
