#include "web/metadata.h"

#include <gtest/gtest.h>

#include <string>

#include "web/blocks.h"
#include "web/gumbo_doc.h"
#include "web/jsonld.h"
#include "web/main_text.h"

namespace claimtrace::web {
namespace {

PageMetadata Meta(const std::string& html, std::string_view url = "",
                  const JsonLdInfo* ld = nullptr, bool resolve = true) {
  ParsedHtml doc = ParsedHtml::Parse(html);
  MetadataInputs in{.root = doc.root(), .jsonld = ld};
  if (!url.empty()) in.url = url;
  PageMetadata m = ExtractMetadata(in);
  if (resolve) {
    const BlockTree tree = BuildBlocks(doc.root());
    const MainText main = SelectMainText(tree, {.title = m.title.value_or("")});
    ResolveDate(tree, main, m.title.value_or(""), &m);
    ResolveAuthor(tree, main, &m);
  }
  return m;
}

const std::string kText =
    "<p>The regional water company said on Thursday that the hosepipe ban would stay in place "
    "until the reservoirs recover, despite two weeks of heavy rain across the county.</p>"
    "<p>Engineers are still repairing a burst main near the treatment works, which has cost the "
    "network millions of litres a day since the start of the month, the company added.</p>";

TEST(WebMetadata, StripsSiteNamesFromTitles) {
  EXPECT_EQ(StripSiteFromTitle("Storm hits coast | The Herald", "The Herald"), "Storm hits coast");
  EXPECT_EQ(StripSiteFromTitle("The Herald - Storm hits coast", "The Herald"), "Storm hits coast");
  EXPECT_EQ(StripSiteFromTitle("Storm hits the north coast overnight - BBC News", ""),
            "Storm hits the north coast overnight");
  // A dash inside a headline stays when the tail is not short.
  EXPECT_EQ(StripSiteFromTitle("Ceasefire holds - for now, say officials on both sides", ""),
            "Ceasefire holds - for now, say officials on both sides");
}

TEST(WebMetadata, UrlHelpers) {
  EXPECT_EQ(OutletFromUrl("https://www.example.co.uk/a/b"), "example.co.uk");
  EXPECT_EQ(OutletFromUrl("http://user@m.news.example:8080/x"), "news.example");
  EXPECT_FALSE(OutletFromUrl("not a url").has_value());
  EXPECT_EQ(DateFromUrl("https://x.example/2019/11/04/storm"), "2019-11-04");
  EXPECT_EQ(DateFromUrl("https://x.example/news/2019-11-04-storm"), "2019-11-04");
  EXPECT_EQ(DateFromUrl("https://x.example/a/20191104/storm"), "2019-11-04");
  EXPECT_FALSE(DateFromUrl("https://x.example/2019/13/40/storm").has_value());
  EXPECT_FALSE(DateFromUrl("https://x.example/item/123456789").has_value());
  EXPECT_EQ(ResolveUrl("https://x.example/a/b?q=1", "/c"), "https://x.example/c");
  EXPECT_EQ(ResolveUrl("https://x.example/a/b", "c/d"), "https://x.example/a/c/d");
  EXPECT_EQ(ResolveUrl("https://x.example/a", "//cdn.example/z"), "https://cdn.example/z");
  EXPECT_FALSE(ResolveUrl("https://x.example/a", "javascript:void(0)").has_value());
  EXPECT_EQ(
      SiteFromTitle("Headline here – Greenfingers Diary", "https://greenfingersdiary.example/x"),
      "Greenfingers Diary");
  EXPECT_FALSE(
      SiteFromTitle("Headline here – Something Else", "https://other.example/").has_value());
}

TEST(WebMetadata, ReadsMetaTagsInPriorityOrder) {
  const PageMetadata m = Meta(
      "<html lang=en-US><head><title>Hosepipe ban stays | Valley Post</title>"
      "<meta property=og:site_name content='Valley Post'>"
      "<meta name=author content='By Rhys Morgan'>"
      "<meta property='article:published_time' content='2022-08-18T09:00:00+01:00'>"
      "<meta property='article:modified_time' content='2022-08-19T10:00:00+01:00'>"
      "<link rel=canonical href='/news/hosepipe'></head><body><h1>Hosepipe ban stays</h1>" +
          kText + "</body></html>",
      "https://www.valleypost.example/news/hosepipe?utm=1", nullptr);
  EXPECT_EQ(m.title, "Hosepipe ban stays");
  EXPECT_EQ(m.outlet, "Valley Post");
  EXPECT_EQ(m.author, "Rhys Morgan");
  EXPECT_EQ(m.published, "2022-08-18");
  EXPECT_EQ(m.modified, "2022-08-19");
  EXPECT_EQ(m.canonical_url, "https://www.valleypost.example/news/hosepipe");
  EXPECT_EQ(m.language, "en");
}

TEST(WebMetadata, JsonLdBeatsMetaTags) {
  JsonLdInfo ld;
  ld.headline = "Hosepipe ban to stay in place";
  ld.authors = {"Rhys Morgan", "Ann Lee"};
  ld.date_published = "2022-08-17";
  ld.publisher = "Valley Post Ltd";
  const PageMetadata m =
      Meta("<head><meta name=author content='Someone Else'></head><body>" + kText + "</body>",
           "https://valleypost.example/x", &ld);
  EXPECT_EQ(m.title, "Hosepipe ban to stay in place");
  EXPECT_EQ(m.author, "Rhys Morgan and Ann Lee");
  EXPECT_EQ(m.published, "2022-08-17");
  EXPECT_EQ(m.outlet, "Valley Post Ltd");
}

TEST(WebMetadata, PrefersTheVisibleHeadlineAndHeaderDate) {
  const PageMetadata m = Meta(
      "<head><meta property=og:title content='Hosepipe ban: what you need to know (SEO)'>"
      "<meta property='article:published_time' content='2022-08-01'></head><body>"
      "<nav><a href=/>Home</a></nav><h1>Hosepipe ban stays despite the rain</h1>"
      "<div class=meta><span class=author>By Rhys Morgan</span> | Updated 18 August 2022</div>" +
      kText + "</body>");
  EXPECT_EQ(m.title, "Hosepipe ban stays despite the rain");
  EXPECT_EQ(m.published, "2022-08-18");
  EXPECT_EQ(m.date_source, "visible");
  EXPECT_EQ(m.author, "Rhys Morgan");
}

TEST(WebMetadata, ALogoHeadingIsNotTheTitle) {
  const PageMetadata m = Meta(
      "<head><meta property=og:site_name content='Valley Post'>"
      "<meta property=og:title content='Water: hosepipe ban stays (Valley Post)'></head><body>"
      "<header><h1>Valley Post</h1></header><h1>Hosepipe ban stays despite the rain</h1>" +
      kText + "</body>");
  EXPECT_EQ(m.title, "Hosepipe ban stays despite the rain");
}

TEST(WebMetadata, DatesFromTimeElementsUrlsAndText) {
  const PageMetadata t = Meta(
      "<body><article><header><time datetime='2021-05-04T08:00'>May 4"
      "</time></header>" +
      kText + "</article></body>");
  EXPECT_EQ(t.published, "2021-05-04");
  const PageMetadata u = Meta("<body>" + kText + "</body>", "https://x.example/2020/02/29/leap");
  EXPECT_EQ(u.published, "2020-02-29");
  EXPECT_EQ(u.date_source, "url");
  const PageMetadata d = Meta(
      "<body><p>LONDON, March 4, 2023 - " +
      std::string(
          "The regional water company said on Thursday that the ban would stay in place.</p>") +
      kText + "</body>");
  EXPECT_EQ(d.published, "2023-03-04");
  const PageMetadata none = Meta("<body>" + kText + "</body>");
  EXPECT_FALSE(none.published.has_value());
}

TEST(WebMetadata, BylinesFromLinksAndItemprop) {
  const PageMetadata a =
      Meta("<body><div class=story><a href='/author/jo-kim'>Jo Kim</a>" + kText + "</div></body>");
  EXPECT_EQ(a.author, "Jo Kim");
  const PageMetadata b = Meta(
      "<body><span itemprop=author itemscope><span itemprop=name>"
      "Lu Chen</span></span>" +
      kText + "</body>");
  EXPECT_EQ(b.author, "Lu Chen");
  // Comment authors are not the article's author.
  const PageMetadata c = Meta("<body>" + kText +
                              "<div class=comments><span class=author>"
                              "Troll99</span><p>First!</p></div></body>");
  EXPECT_FALSE(c.author.has_value());
}

TEST(WebMetadata, LanguageFallbacks) {
  EXPECT_EQ(Meta("<html lang='pt_BR'><body>" + kText + "</body></html>").language, "pt");
  EXPECT_EQ(Meta("<html><head><meta property=og:locale content=de_DE></head><body>" + kText +
                 "</body></html>")
                .language,
            "de");
  EXPECT_FALSE(Meta("<html lang='x'><body>" + kText + "</body></html>").language.has_value());
}

TEST(WebMetadata, KnowsWhichMetaKeysItReads) {
  EXPECT_TRUE(IsMetadataKey("og:title"));
  EXPECT_TRUE(IsMetadataKey("article:published_time"));
  EXPECT_FALSE(IsMetadataKey("viewport"));
  EXPECT_FALSE(IsMetadataKey("OG:TITLE"));  // callers lower-case first
}

}  // namespace
}  // namespace claimtrace::web
