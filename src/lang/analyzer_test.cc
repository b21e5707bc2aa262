#include <gtest/gtest.h>

#include "claimtrace/lang.h"

namespace claimtrace {
namespace {

TEST(Lang, AnalyzerFillsSentencesAndTokens) {
  Result<std::unique_ptr<LanguageAnalyzer>> analyzer = LanguageAnalyzer::Load({});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  Document doc;
  doc.text = "Headline Without Stop\n\nGen. Smith spoke. “Yes,” he said.";
  doc.sentences = {{0, 1}};  // replaced
  TextAnalysis a = (*analyzer)->Analyze(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.sentences[0]), "Headline Without Stop");
  EXPECT_EQ(doc.Slice(doc.sentences[1]), "Gen. Smith spoke.");
  EXPECT_EQ(doc.Slice(doc.sentences[2]), "“Yes,” he said.");
  ASSERT_EQ(a.sentence_tokens.size(), 3u);
  EXPECT_EQ(a.sentence_tokens.front().first, 0u);
  EXPECT_EQ(a.sentence_tokens.back().second, a.tokens.size());
  for (size_t i = 1; i < a.sentence_tokens.size(); ++i) {
    EXPECT_EQ(a.sentence_tokens[i].first, a.sentence_tokens[i - 1].second);
  }
  for (const Token& t : a.tokens) EXPECT_LE(t.span.end, doc.text.size());
}

TEST(Lang, AnalyzerEmptyDocument) {
  Result<std::unique_ptr<LanguageAnalyzer>> analyzer = LanguageAnalyzer::Load({});
  ASSERT_TRUE(analyzer.ok());
  Document doc;
  TextAnalysis a = (*analyzer)->Analyze(&doc);
  EXPECT_TRUE(a.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.entities.empty());
}

}  // namespace
}  // namespace claimtrace
