// Tests for Pipeline: Process == Prepare + Annotate, rejection of empty articles, warnings for
// repaired HTML, and the annotate = false switch. Uses the models shipped under data/.
#include "claimtrace/pipeline.h"

#include <gtest/gtest.h>

#include "claimtrace/export.h"

namespace claimtrace {
namespace {

RawArticle TextArticle(std::string body) {
  RawArticle a;
  a.source = "test.txt";
  a.body = std::move(body);
  return a;
}

const char kArticle[] =
    "Mayor Ilona Kravets said on Tuesday that 1,200 households lost power.\n\n"
    "\"Crews will work overnight,\" Kravets told the Harbour Gazette.";

std::unique_ptr<Pipeline> Create(bool annotate = true) {
  Result<std::unique_ptr<Pipeline>> p = Pipeline::Create({.annotate = annotate});
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? std::move(p).value() : nullptr;
}

TEST(Pipeline, ProcessEqualsPrepareThenAnnotate) {
  auto pipeline = Create();
  ASSERT_NE(pipeline, nullptr);
  Result<Document> whole = pipeline->Process(TextArticle(kArticle), nullptr);
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  EXPECT_FALSE(whole->entities.empty());
  EXPECT_FALSE(whole->statements.empty());

  Result<Document> prepared = pipeline->Prepare(TextArticle(kArticle), nullptr);
  ASSERT_TRUE(prepared.ok());
  EXPECT_EQ(prepared->id, whole->id);
  EXPECT_EQ(prepared->text, whole->text);
  EXPECT_TRUE(prepared->entities.empty());
  EXPECT_TRUE(prepared->statements.empty());
  EXPECT_TRUE(prepared->sentences.empty());

  pipeline->Annotate(&*prepared);
  EXPECT_EQ(DocumentToJson(*prepared), DocumentToJson(*whole));
}

TEST(Pipeline, ArticleWithNothingLeftAfterCleaningIsRejected) {
  auto pipeline = Create(/*annotate=*/false);
  ASSERT_NE(pipeline, nullptr);
  Result<Document> doc = pipeline->Process(TextArticle("  \n\n \t\n"), nullptr);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().ToString().find("test.txt"), std::string::npos);
  EXPECT_NE(doc.status().message().find("no article text"), std::string::npos);
}

TEST(Pipeline, WithoutAnnotationOnlyReadsAndCleans) {
  auto pipeline = Create(/*annotate=*/false);
  ASSERT_NE(pipeline, nullptr);
  Result<Document> doc = pipeline->Process(TextArticle(kArticle), nullptr);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->id, DocumentId(doc->text));
  EXPECT_TRUE(doc->entities.empty());
  EXPECT_TRUE(doc->sentences.empty());
}

TEST(Pipeline, RepairedHtmlBytesAreReportedAsAWarning) {
  auto pipeline = Create(/*annotate=*/false);
  ASSERT_NE(pipeline, nullptr);
  RawArticle a;
  a.source = "page.html";
  a.format = BodyFormat::kHtml;
  a.declared_charset = "utf-8";
  std::string para =
      "<p>The caf\xC3\xA9 on the harbour front reopened on Tuesday after repairs to the roof "
      "that took most of the winter, the owner said.</p>";
  a.body = "<html><head><title>Caf\xC3\xA9 reopens</title></head><body><article>" + para + para +
           "<p>A stray byte \xFF sits here in an otherwise well-formed UTF-8 page about the "
           "harbour.</p>" + para + "</article></body></html>";
  CollectingDiagnostics diag;
  Result<Document> doc = pipeline->Process(std::move(a), &diag);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(diag.warnings().size(), 1u);
  EXPECT_EQ(diag.warnings()[0].where().file, "page.html");
  EXPECT_NE(diag.warnings()[0].message().find("U+FFFD"), std::string::npos);
}

}  // namespace
}  // namespace claimtrace
