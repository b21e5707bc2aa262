#include "lang/ner_annotations.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace claimtrace::lang {
namespace {

TEST(NerAnnotations, ProjectsLongestNamesFirstOnWordBoundaries) {
  auto names = ParseNameList(
      "# comment\n"
      "a1\tNew York\tLOC\n"
      "a1\tNew York Times\tORG\n"
      "a1\tYork\tLOC\n"
      "a1\tApple Pie Day\tO\n"
      "a1\tApple\tORG\n"
      "a1\tZürich\tLOC\n"
      "b2\tZed\tPER\n",
      "list.tsv");
  ASSERT_TRUE(names.ok()) << names.status().ToString();
  ASSERT_EQ(names->size(), 2u);
  std::string text =
      "The New York Times met Apple in New York. Yorkshire is not York. Apple Pie Day, "
      "Apples. Zürich’s lake, Zürichsee.";
  CorpusDoc d = ProjectNames("list.tsv:a1", text, (*names)["a1"]);
  EXPECT_EQ(d.id, "list.tsv:a1");
  std::vector<std::string> got;
  for (const GoldEntity& g : d.entities) {
    got.push_back(text.substr(g.start, g.end - g.start) + "/" + std::string(NerTypeName(g.type)));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"New York Times/ORG", "Apple/ORG", "New York/LOC",
                                           "York/LOC", "Zürich/LOC"}));
}

TEST(NerAnnotations, RejectsMalformedLines) {
  auto bad_type = ParseNameList("a1\tZed\tPERSON\n", "list.tsv");
  ASSERT_FALSE(bad_type.ok());
  EXPECT_NE(bad_type.status().ToString().find("list.tsv"), std::string::npos);
  EXPECT_NE(bad_type.status().ToString().find("PERSON"), std::string::npos);
  EXPECT_FALSE(ParseNameList("a1\tZed\n", "list.tsv").ok());
  EXPECT_FALSE(ParseNameList("\tZed\tPER\n", "list.tsv").ok());
  EXPECT_TRUE(ParseNameList("\n# only comments\n", "list.tsv").ok());
}

TEST(NerAnnotations, MissingArticleIsAWarning) {
  std::vector<Status> warnings;
  std::string list = (std::filesystem::temp_directory_path() /
                      ("ct_ner_annotations_" + std::to_string(::getpid()) + ".tsv"))
                         .string();
  {
    FILE* f = std::fopen(list.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("9999\tZed\tPER\n", f);
    std::fclose(f);
  }
  auto docs = ReadAnnotatedArticles(list, "/nonexistent-html-dev", &warnings);
  ASSERT_TRUE(docs.ok());
  EXPECT_TRUE(docs->empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_FALSE(ReadAnnotatedArticles("/nonexistent/list.tsv", "/x", &warnings).ok());
  std::filesystem::remove(list);
}

}  // namespace
}  // namespace claimtrace::lang
