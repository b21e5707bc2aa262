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

TEST(NerAnnotations, UnlabeledPageListReadsPagesAndRejectsBadLines) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("ct_ner_ids_" + std::to_string(::getpid()));
  fs::create_directories(dir / "ground-truth");
  auto write = [](const fs::path& p, const char* text) {
    FILE* f = std::fopen(p.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs(text, f);
    std::fclose(f);
  };
  write(dir / "ground-truth" / "0007.json",
        R"({"ground_truth": {"main_content": "Orlova met the envoy."}})");
  write(dir / "ground-truth" / "0008.json", R"({"ground_truth": {}})");
  write(dir / "pages.ids", "# comment\n0007\n\n0008\n0009\n");
  write(dir / "bad.ids", "0007\nnot an id!\n");
  std::vector<Status> warnings;
  auto docs = ReadUnlabeledArticles((dir / "pages.ids").string(), dir.string(), &warnings);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, "pages.ids:0007");
  EXPECT_EQ((*docs)[0].text, "Orlova met the envoy.");
  EXPECT_TRUE((*docs)[0].unlabeled);
  EXPECT_TRUE((*docs)[0].entities.empty());
  EXPECT_EQ(warnings.size(), 2u);  // 0008 has no main_content, 0009 is missing
  auto bad = ReadUnlabeledArticles((dir / "bad.ids").string(), dir.string(), &warnings);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("bad.ids"), std::string::npos);
  EXPECT_NE(bad.status().ToString().find("not an id"), std::string::npos);
  fs::remove_all(dir);
}

TEST(NerAnnotations, WrittenArticlesAreReadFromTheTextDirectoryNextToTheList) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("ct_ner_written_" + std::to_string(::getpid()));
  fs::create_directories(dir / "news" / "written");
  auto write = [](const fs::path& p, const char* text) {
    FILE* f = std::fopen(p.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs(text, f);
    std::fclose(f);
  };
  write(dir / "news" / "written" / "0001.txt",
        "Mayor opens bridge\n\nMayor Lena Ortiz opened the bridge in Tarnow, the Port Authority "
        "said.\n");
  write(dir / "news" / "written.tsv",
        "# comment\n0001\tLena Ortiz\tPER\n0001\tTarnow\tLOC\n0001\tPort Authority\tORG\n"
        "0001\tMayor\tO\n");
  std::vector<Status> warnings;
  // The html-dev directory is not consulted for a list with its own text directory.
  auto docs =
      ReadAnnotatedArticles((dir / "news" / "written.tsv").string(), "/nonexistent", &warnings);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(docs->size(), 1u);
  const CorpusDoc& d = (*docs)[0];
  EXPECT_EQ(d.id, "written.tsv:0001");
  EXPECT_EQ(d.text.substr(0, 18), "Mayor opens bridge");
  std::vector<std::string> got;
  for (const GoldEntity& g : d.entities) {
    got.push_back(d.text.substr(g.start, g.end - g.start) + "/" + std::string(NerTypeName(g.type)));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"Lena Ortiz/PER", "Tarnow/LOC", "Port Authority/ORG"}));

  // A list line naming an article without a text file: an error naming the list, the line and
  // the missing file (training must not silently use less data than the list says).
  write(dir / "news" / "written.tsv", "0001\tLena Ortiz\tPER\n\n0002\tAmir Haddad\tPER\n");
  auto missing =
      ReadAnnotatedArticles((dir / "news" / "written.tsv").string(), "/nonexistent", &warnings);
  ASSERT_FALSE(missing.ok());
  const std::string msg = missing.status().ToString();
  EXPECT_NE(msg.find("written.tsv:3"), std::string::npos) << msg;
  EXPECT_NE(msg.find("written/0002.txt"), std::string::npos) << msg;
  // A file id that would leave the directory is refused the same way.
  write(dir / "news" / "written.tsv", "../0001\tLena Ortiz\tPER\n");
  EXPECT_FALSE(
      ReadAnnotatedArticles((dir / "news" / "written.tsv").string(), "/nonexistent", &warnings)
          .ok());
  EXPECT_EQ(ArticleTextDir("a/b/written-news.tsv"), "a/b/written-news");
  EXPECT_EQ(ArticleTextDir("a/pages.ids"), "");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimtrace::lang
