#include "web/prepass.h"

#include <gtest/gtest.h>

#include <string>

#include "web/hints.h"

namespace claimtrace::web {
namespace {

TEST(WebPrepass, CutsScriptsStylesAndCommentsButKeepsJsonLd) {
  const ReducedHtml r = ReduceHtml(
      "<head><script>var x = '<p>not text</p>';</script><style>p{color:red}</style>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
      "<body><!-- a <p>comment</p> --><p>Kept</p><noscript><p>Enable JS</p></noscript></body>");
  EXPECT_EQ(r.html, "<head></head><body><p>Kept</p></body>");
  ASSERT_EQ(r.json_ld.size(), 1u);
  EXPECT_EQ(r.json_ld[0], "{\"@type\":\"NewsArticle\"}");
}

TEST(WebPrepass, KeepsOnlyTheAttributesTheExtractorReads) {
  const ReducedHtml r = ReduceHtml(
      "<div class=\"mt-4 flex post-content px-2\" data-id=\"9\" style=\"color:red\" "
      "onclick=\"x()\">a</div><a href=\"https://x.example/news/1\" target=_blank>l</a>"
      "<a href=\"/author/jane\">Jane</a><div style=\"display: none\">h</div>");
  EXPECT_EQ(r.html, "<div class=\"" + HintToken(ClassHints("post-content")) +
                        "\">a</div><a href>l</a><a href=\"/author/jane\">Jane</a>"
                        "<div style=\"display:none\">h</div>");
}

TEST(WebPrepass, WritesClassAndIdAsTheirHintFlags) {
  const std::string cls = "menu-item menu-item-type-post menu-item-12 current";
  const ReducedHtml r = ReduceHtml("<li class=\"" + cls + "\" id=\"site-nav\">x</li>");
  EXPECT_EQ(r.html, "<li class=\"" + HintToken(ClassHints(cls)) + "\" id=\"" +
                        HintToken(IdHints("site-nav")) + "\">x</li>");
  // Values without hints are dropped; a long slug-like id gives none.
  EXPECT_EQ(ReduceHtml("<div class=\"px-2 mt-4\" id=\"why-share-your-story-matters\">x</div>").html,
            "<div>x</div>");
}

TEST(WebPrepass, KeepsRelAndAriaHiddenOnlyWhereTheyCount) {
  EXPECT_EQ(ReduceHtml("<a href=\"/x\" rel=\"noopener noreferrer\">a</a>"
                       "<a href=\"/y\" rel=\"Author\">b</a><div rel=\"author\">c</div>")
                .html,
            "<a href>a</a><a href rel=\"Author\">b</a><div>c</div>");
  EXPECT_EQ(ReduceHtml("<div aria-hidden=\"false\">a</div><div aria-hidden=\"TRUE\">b</div>").html,
            "<div>a</div><div aria-hidden=\"TRUE\">b</div>");
}

TEST(WebPrepass, CollapsesSpaceOutsidePre) {
  const ReducedHtml r = ReduceHtml("<p>a \n\n  b</p><pre>  x\n   y</pre><p>c   d</p>");
  EXPECT_EQ(r.html, "<p>a b</p><pre>  x\n   y</pre><p>c d</p>");
  // Space next to a block-level tag separates nothing and is dropped; between inline
  // elements it separates words and stays.
  EXPECT_EQ(ReduceHtml("<div>\n  <p> x </p>\n</div> <a href>y</a> <a href>z</a>").html,
            "<div><p>x</p></div><a href>y</a> <a href>z</a>");
}

TEST(WebPrepass, DropsPlainInlineTagsButNotHintedOnes) {
  const ReducedHtml r =
      ReduceHtml("<p><span>a</span><span class=\"byline\">b<span>c</span></span><b>d</b></p>");
  EXPECT_EQ(r.html, "<p>a<span class=\"" + HintToken(ClassHints("byline")) + "\">bc</span>d</p>");
}

TEST(WebPrepass, DropsSvgUntilItsEndOrAnHtmlBreakout) {
  EXPECT_EQ(ReduceHtml("<p>a<svg><g><text>label</text></g></svg>b</p>").html, "<p>ab</p>");
  // An HTML <p> would end the (unclosed) svg in a real parser: kept.
  EXPECT_EQ(ReduceHtml("<div><svg><path d=\"M0\"><p>text</p></div>").html,
            "<div><p>text</p></div>");
  // Inside an integration point (<desc>) HTML stays inside the svg: dropped with it.
  EXPECT_EQ(ReduceHtml("<svg><desc><p>tooltip</p></desc></svg><p>after</p>").html, "<p>after</p>");
}

TEST(WebPrepass, DropsNestedTemplatesAndRawTextElements) {
  EXPECT_EQ(ReduceHtml("<template><p>a<template>b</template>c</p></template><p>d</p>").html,
            "<p>d</p>");
  EXPECT_EQ(ReduceHtml("<textarea><p>no</p></textarea><iframe><p>no</p></iframe><p>yes</p>").html,
            "<p>yes</p>");
}

TEST(WebPrepass, AnUnclosedNoscriptLosesOnlyItsTag) {
  EXPECT_EQ(ReduceHtml("<noscript><p>Article text</p>").html, "<p>Article text</p>");
}

TEST(WebPrepass, KeepsMetadataMetasAndCanonicalLinksOnly) {
  const ReducedHtml r = ReduceHtml(
      "<meta name=\"viewport\" content=\"width=device-width\"><meta property=\"og:title\" "
      "content=\"T\"><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"canonical\" "
      "href=\"/x\"><img src=\"/a.jpg\" alt=\"A\">");
  EXPECT_EQ(r.html,
            "<meta property=\"og:title\" content=\"T\"><link rel=\"canonical\" href=\"/x\">");
}

TEST(WebPrepass, TextLessThanSignsAndBrokenMarkupSurvive) {
  EXPECT_EQ(ReduceHtml("<p>1 < 2 and 3 > 2</p>").html, "<p>1 < 2 and 3 > 2</p>");
  EXPECT_EQ(ReduceHtml("<p>cut <a href=\"x").html, "<p>cut");
  EXPECT_EQ(ReduceHtml("<p>a</p><!-- unterminated").html, "<p>a</p>");
  EXPECT_EQ(ReduceHtml("<p>x<script>never closed").html, "<p>x");
}

TEST(WebPrepass, CapsNestingDepth) {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<div>";
  html += "x";
  for (int i = 0; i < 1000; ++i) html += "</div>";
  html += "<p>after</p>";
  const std::string out = ReduceHtml(html).html;
  std::string expected;
  for (int i = 0; i < 400; ++i) expected += "<div>";
  expected += "x";
  for (int i = 0; i < 400; ++i) expected += "</div>";
  EXPECT_EQ(out, expected + "<p>after</p>");
}

TEST(WebPrepass, LongTextRunsMoveBehindPlaceholders) {
  const std::string run = "A sentence long enough to be stored,\n   with a line break.";
  const ReducedHtml r = ReduceHtml("<div>\n <p>" + run + " </p><p>short</p></div>");
  ASSERT_EQ(r.texts.size(), 1u);
  EXPECT_EQ(r.texts.Run(0), "A sentence long enough to be stored, with a line break.");
  EXPECT_EQ(r.html, "<div><p>" + std::string(kPlaceholderOpen) + "0" +
                        std::string(kPlaceholderClose) + "</p><p>short</p></div>");
  EXPECT_EQ(r.texts.Expand("x " + r.html.substr(8, 7) + " y"),
            "x A sentence long enough to be stored, with a line break. y");
  // Without placeholders the text stays inline.
  EXPECT_EQ(ReduceHtml("<p>" + run + "</p>", false).html,
            "<p>A sentence long enough to be stored, with a line break.</p>");
}

TEST(WebPrepass, TextTheParserWouldChangeStaysInline) {
  for (const std::string run : {"A run with a character reference &eacute; in it, long.",
                                "A run with a C1 control \xC2\x92 character in it, long.",
                                "A run with a noncharacter \xEF\xBF\xBF in it, long enough."}) {
    const ReducedHtml r = ReduceHtml("<p>" + run + "</p>");
    EXPECT_EQ(r.texts.size(), 0u) << run;
  }
  // A page using the placeholder character itself gets no placeholders at all.
  const ReducedHtml own = ReduceHtml(
      "<p>Icon \xEE\x80\x80 in a long enough run of text.</p>"
      "<p>Another long enough run of plain text here.</p>");
  EXPECT_EQ(own.texts.size(), 0u);
  // Expand leaves strings that merely look like placeholders alone.
  TextStore store;
  store.Add("stored");
  EXPECT_EQ(store.Expand("\xEE\x80\x80"
                         "7\xEE\x80\x81"),
            "\xEE\x80\x80"
            "7\xEE\x80\x81");
  EXPECT_EQ(store.Expand("[\xEE\x80\x80"
                         "0\xEE\x80\x81]"),
            "[stored]");
}

TEST(WebPrepass, AttributeQuotesAreReencoded) {
  EXPECT_EQ(ReduceHtml("<meta name=author content='Jane \"JD\" Doe'>").html,
            "<meta name=\"author\" content=\"Jane &quot;JD&quot; Doe\">");
}

TEST(WebPrepass, XmpContentGoesToTheParserAsWritten) {
  EXPECT_EQ(ReduceHtml("<div><xmp class=a>  a &amp; <b>b</b>\n</xmp>c</div>").html,
            "<div><xmp>  a &amp; <b>b</b>\n</xmp>c</div>");
}

}  // namespace
}  // namespace claimtrace::web
