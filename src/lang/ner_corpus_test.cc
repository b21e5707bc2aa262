#include "lang/ner_corpus.h"

#include <gtest/gtest.h>

#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

std::string Span(const CorpusDoc& d, const GoldEntity& e) {
  return d.text.substr(e.start, e.end - e.start);
}

TEST(Lang, NerCorpusDetokenisesAndKeepsGoldSpans) {
  std::string iob =
      "# doc train/d1\n"
      "Putin\tB-PER\n's\tO\nwar\tO\nin\tO\nthe\tO\nU.S.\tB-LOC\n,\tO\n\"\tO\nNew\tB-ORG\n"
      "York\tI-ORG\nTimes\tI-ORG\n\"\tO\nsaid\tO\n(\tO\nneo\tO\n-\tO\nnoir\tO\n)\tO\n.\tO\n\n"
      "Second\tO\nsentence\tO\n\n"
      "# doc train/d2\nKyiv\tB-LOC\n";
  std::vector<Status> warnings;
  std::vector<CorpusDoc> docs = ParseIob2(iob, "x.iob2", &warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "x.iob2:train/d1");
  EXPECT_EQ(docs[0].text,
            "Putin's war in the U.S., \"New York Times\" said (neo-noir).\nSecond sentence");
  ASSERT_EQ(docs[0].entities.size(), 3u);
  EXPECT_EQ(Span(docs[0], docs[0].entities[0]), "Putin");
  EXPECT_EQ(docs[0].entities[0].type, NerType::kPer);
  EXPECT_EQ(Span(docs[0], docs[0].entities[1]), "U.S.");
  EXPECT_EQ(Span(docs[0], docs[0].entities[2]), "New York Times");
  EXPECT_EQ(docs[0].entities[2].type, NerType::kOrg);
  EXPECT_EQ(docs[1].text, "Kyiv");
  EXPECT_TRUE(docs[0].has_misc);
}

TEST(Lang, NerCorpusReportsBadLinesAndGoesOn) {
  std::string iob = "# doc test/a\nfoo\tB-XYZ\nbar\tI-PER\njunk line\n\nbaz\tO\n";
  std::vector<Status> warnings;
  std::vector<CorpusDoc> docs = ParseIob2(iob, "bad.iob2", &warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].ToString().find("bad.iob2:2"), std::string::npos);
  EXPECT_NE(warnings[1].ToString().find("bad.iob2:4"), std::string::npos);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].entities.size(), 1u);  // "bar": I- without B- starts an entity
  EXPECT_EQ(Span(docs[0], docs[0].entities[0]), "bar");
}

TEST(Lang, NerCorpusWnutSentencesAreDocumentsAndUnerHasNoMisc) {
  std::vector<CorpusDoc> w =
      ParseIob2("# doc train/wnut17-train\na\tO\n\nb\tB-PER\n\n", "wnut17.iob2", nullptr);
  EXPECT_EQ(w.size(), 2u);
  std::vector<CorpusDoc> u = ParseIob2("# doc dev/x\na\tO\n", "uner-ewt.iob2", nullptr);
  ASSERT_EQ(u.size(), 1u);
  EXPECT_FALSE(u[0].has_misc);
}

TEST(Lang, NerCorpusProjectsLabelsOntoTokens) {
  std::string text = "Gen. Kyrylo Budanov’s view";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);  // Gen. | Kyrylo | Budanov | ’s | view
  std::vector<GoldEntity> gold = {{5, 19, NerType::kPer}};
  std::vector<uint8_t> labels = ProjectLabels(tokens, gold);
  ASSERT_EQ(labels.size(), 5u);
  EXPECT_EQ(labels[0], kLabelO);
  EXPECT_EQ(labels[1], MakeLabel(NerType::kPer, kBegin));
  EXPECT_EQ(labels[2], MakeLabel(NerType::kPer, kLast));
  EXPECT_EQ(labels[3], kLabelO);
}

TEST(Lang, NerCorpusMissingFile) {
  std::vector<Status> warnings;
  Result<std::vector<CorpusDoc>> r = ReadIob2File("/nonexistent.iob2", &warnings);
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace claimtrace::lang
