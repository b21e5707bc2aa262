#include "lang/ner_train.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "lang/ner_tagger.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

// A synthetic corpus: "<First> <Last> visited <City> with <Org> Group ." in a few templates.
std::string ToyIob(int docs, uint32_t seed) {
  const char* first[] = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo"};
  const char* last[] = {"Koval", "Marsh", "Oduya", "Pereira", "Quist", "Rahimi", "Stone", "Tanaka"};
  const char* city[] = {"Lvov", "Porto", "Quito", "Riga", "Sfax", "Turku", "Umea", "Vaasa"};
  const char* org[] = {"Alpha", "Borealis", "Cobalt", "Delta", "Ember", "Fjord", "Granite"};
  std::mt19937 rng(seed);
  std::string s;
  for (int d = 0; d < docs; ++d) {
    s += "# doc train/toy" + std::to_string(d) + "\n";
    for (int k = 0; k < 3; ++k) {
      s += std::string(first[rng() % 8]) + "\tB-PER\n" + last[rng() % 8] + "\tI-PER\n";
      s += "visited\tO\n" + std::string(city[rng() % 8]) + "\tB-LOC\nwith\tO\n";
      s += std::string(org[rng() % 7]) + "\tB-ORG\nGroup\tI-ORG\n.\tO\n\n";
    }
  }
  return s;
}

class NerTrainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("ct_ner_train_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "toy.iob2") << ToyIob(60, 1);
    std::ofstream(dir_ / "held.iob2") << ToyIob(5, 2);
    options_.data_dir = dir_.string();
    options_.files = {"toy.iob2"};
    options_.epochs = 5;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
  NerTrainOptions options_;
  Gazetteer gazetteer_;
};

TEST_F(NerTrainTest, LearnsTheToyCorpusAndGeneralises) {
  NerTrainReport report;
  Result<NerModel> model = TrainNerModel(options_, gazetteer_, &report);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(report.docs, 60u);
  EXPECT_EQ(report.entities, 60u * 9);
  ASSERT_EQ(report.epoch_errors.size(), 5u);
  EXPECT_LT(report.epoch_errors.back(), report.epoch_errors.front());
  // The word table is learnt from the training texts and travels inside the model.
  EXPECT_GT(model->words().size(), 0u);
  EXPECT_EQ(model->words().classes(), static_cast<uint32_t>(options_.word_classes));
  EXPECT_EQ(report.unlabeled_docs, 60u);
  // Tag held-out toy documents (new name combinations) and count exact matches.
  options_.files = {"held.iob2"};
  std::vector<Status> warnings;
  Result<std::vector<CorpusDoc>> held = LoadNerCorpus(options_, &warnings);
  ASSERT_TRUE(held.ok());
  size_t gold = 0, correct = 0;
  for (const CorpusDoc& d : *held) {
    std::vector<Token> tokens;
    std::vector<ByteSpan> spans;
    std::vector<std::pair<uint32_t, uint32_t>> sentences;
    Tokenize(d.text, &tokens);
    SplitSentences(d.text, &tokens, &spans, &sentences);
    std::vector<TokenKeys> keys;
    std::vector<GazMatch> matches;
    std::vector<NerToken> nt;
    PrepareNerTokens(d.text, tokens, sentences, gazetteer_, &model->words(), &keys, &matches, &nt);
    std::vector<uint8_t> labels;
    NerTagger(&*model).Tag(nt, sentences, &labels);
    for (const NerMention& m : LabelsToMentions(labels)) {
      for (const GoldEntity& g : d.entities) {
        correct += g.start == tokens[m.begin].span.start && g.end == tokens[m.end - 1].span.end &&
                   g.type == m.type;
      }
    }
    gold += d.entities.size();
  }
  EXPECT_GT(correct * 100, gold * 95) << correct << " of " << gold;
}

TEST_F(NerTrainTest, SameSeedSameBytes) {
  NerTrainReport r1, r2;
  Result<NerModel> a = TrainNerModel(options_, gazetteer_, &r1);
  Result<NerModel> b = TrainNerModel(options_, gazetteer_, &r2);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
  options_.seed = 7;
  NerTrainReport r3;
  Result<NerModel> c = TrainNerModel(options_, gazetteer_, &r3);
  ASSERT_TRUE(c.ok());
  EXPECT_NE(a->Serialize(), c->Serialize());
}

TEST_F(NerTrainTest, IncludeExcludeSelectDocuments) {
  options_.include = {"toy1"};  // toy1, toy10..toy19
  options_.exclude = {"toy15"};
  std::vector<Status> warnings;
  Result<std::vector<CorpusDoc>> docs = LoadNerCorpus(options_, &warnings);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 10u);
  options_.include = {"nothing-matches"};
  NerTrainReport report;
  EXPECT_FALSE(TrainNerModel(options_, gazetteer_, &report).ok());
}

}  // namespace
}  // namespace claimtrace::lang
