#include "web/jsonld.h"

#include <gtest/gtest.h>

namespace claimtrace::web {
namespace {

TEST(WebJsonLd, ReadsASingleArticle) {
  const JsonLdInfo ld = ParseJsonLd({R"({"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Tom &amp; Jerry   return","datePublished":"2024-01-02T10:00:00Z",
    "dateModified":"2024-01-03","author":{"@type":"Person","name":"Ann Lee"},
    "publisher":{"@type":"Organization","name":"Daily Example"},"inLanguage":"en-GB",
    "articleBody":"Body text.","mainEntityOfPage":{"@id":"https://x.example/a"}})"});
  EXPECT_EQ(ld.type, "NewsArticle");
  EXPECT_EQ(ld.headline, "Tom & Jerry return");
  EXPECT_EQ(ld.date_published, "2024-01-02T10:00:00Z");
  EXPECT_EQ(ld.date_modified, "2024-01-03");
  ASSERT_EQ(ld.authors.size(), 1u);
  EXPECT_EQ(ld.authors[0], "Ann Lee");
  EXPECT_EQ(ld.publisher, "Daily Example");
  EXPECT_EQ(ld.language, "en-GB");
  EXPECT_EQ(ld.article_body, "Body text.");
  EXPECT_EQ(ld.url, "https://x.example/a");
}

TEST(WebJsonLd, ResolvesGraphReferencesAndPrefersArticles) {
  const JsonLdInfo ld = ParseJsonLd({R"({"@graph":[
    {"@type":"WebPage","@id":"p","name":"Page name","datePublished":"2020-01-01"},
    {"@type":["Article","BlogPosting"],"@id":"a","headline":"The headline",
     "author":[{"@id":"person1"},"Second Author",{"name":"https://not.a.name/"}],
     "publisher":{"@id":"org"}},
    {"@type":"Person","@id":"person1","givenName":"Ida","familyName":"Berg"},
    {"@type":"Organization","@id":"org","name":"Org Name"},
    {"@type":"WebSite","name":"Site Name"}]})"});
  EXPECT_EQ(ld.type, "Article");
  EXPECT_EQ(ld.headline, "The headline");
  ASSERT_EQ(ld.authors.size(), 2u);
  EXPECT_EQ(ld.authors[0], "Ida Berg");
  EXPECT_EQ(ld.authors[1], "Second Author");
  EXPECT_EQ(ld.publisher, "Org Name");
  EXPECT_EQ(ld.site_name, "Site Name");
  // The article has no date; the WebPage's is used.
  EXPECT_EQ(ld.date_published, "2020-01-01");
}

TEST(WebJsonLd, ToleratesBrokenBlocks) {
  const JsonLdInfo ld = ParseJsonLd({"{not json", "",
                                     "<!-- {\"@type\":\"Report\",\"headline\":"
                                     "\"Line\nbreak\"} -->",
                                     "[1, 2, 3]"});
  EXPECT_EQ(ld.type, "Report");
  EXPECT_EQ(ld.headline, "Line break");
  EXPECT_TRUE(ParseJsonLd({}).type.empty());
  EXPECT_TRUE(ParseJsonLd({R"({"@type":"Organization","name":"x"})"}).type.empty());
}

}  // namespace
}  // namespace claimtrace::web
