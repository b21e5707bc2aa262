#include "web/main_text.h"

#include <gtest/gtest.h>

#include <string>

#include "web/gumbo_doc.h"

namespace claimtrace::web {
namespace {

std::string Para(const std::string& words) { return "<p>" + words + "</p>"; }

const std::string kBody1 =
    "The council approved the new budget on Tuesday after a debate that lasted almost four hours.";
const std::string kBody2 =
    "Opposition members argued that the spending on roads came at the expense of social care.";
const std::string kBody3 =
    "The finance director said the savings would be reviewed again before the end of the year.";

MainText Select(const std::string& html, MainTextOptions options = {}) {
  ParsedHtml doc = ParsedHtml::Parse(html);
  const BlockTree tree = BuildBlocks(doc.root());
  return SelectMainText(tree, options);
}

TEST(WebMainText, PicksTheArticleOverNavigationAndSidebar) {
  const std::string html =
      "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
      "<div class=wrap><div class=story>" +
      Para(kBody1) + Para(kBody2) + Para(kBody3) +
      "</div><div class=sidebar><h3>Popular</h3><ul><li><a href=/a>A story about something else "
      "entirely</a></li><li><a href=/b>Another unrelated story title</a></li></ul></div></div>"
      "<footer><p>Copyright 2024 Example News Ltd. All rights reserved.</p></footer>";
  const MainText m = Select(html);
  EXPECT_EQ(m.text, kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3);
}

TEST(WebMainText, DropsBoilerplateInsideTheArticle) {
  const std::string html =
      "<article><h1>Budget approved</h1><div class=byline>By Ann Lee</div>" + Para(kBody1) +
      "<div class=share-buttons><a href=/fb>Share on Facebook</a> <a href=/x>Share on X</a></div>"
      "<h2>What happens next</h2>" +
      Para(kBody2) + "<ul><li>roads</li><li>schools</li></ul>" +
      "<figure><figcaption>The council chamber on Tuesday.</figcaption></figure>" + Para(kBody3) +
      "<div class=related-posts><h3>Related</h3><ul><li><a href=/1>Council tax to rise by five "
      "per cent</a></li></ul></div><section id=comments><p>" +
      kBody2 +
      " I disagree with all of "
      "this and so do my neighbours on the estate.</p></section></article>";
  const MainText m = Select(html, {.title = "Budget approved"});
  EXPECT_EQ(m.text,
            kBody1 + "\n\nWhat happens next\n\n" + kBody2 + "\n\nroads\n\nschools\n\n" + kBody3);
}

TEST(WebMainText, KeepsArticleLikeTextUnderWeakBoilerplateHints) {
  // Page builders wrap every text block in a "widget"; its text still reads as an article.
  const std::string html = "<div class=page><div class=\"widget text-widget\">" + Para(kBody1) +
                           Para(kBody2) + "</div><div class=\"widget text-widget\">" +
                           Para(kBody3) +
                           "</div>"
                           "<div class=\"widget\"><a href=/q>Get a quote</a></div></div>";
  const MainText m = Select(html);
  EXPECT_EQ(m.text, kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3);
}

TEST(WebMainText, AHiddenContainerHoldingTheArticleIsUsed) {
  const std::string html = "<main><div class=skeleton>Loading</div></main><div hidden>" +
                           Para(kBody1) + Para(kBody2) + "</div>";
  const MainText m = Select(html);
  EXPECT_EQ(m.text, kBody1 + "\n\n" + kBody2);
}

TEST(WebMainText, JsonLdArticleBodyPicksBetweenLookalikes) {
  const std::string other =
      "This is a long teaser paragraph about an unrelated event that happened somewhere else "
      "last week and has nothing to do with the council or its budget at all, honestly.";
  const std::string html = "<div class=a>" + Para(other) + Para(other) + "</div><div class=b>" +
                           Para(kBody1) + Para(kBody2) + "</div>";
  const std::string body = kBody1 + " " + kBody2 + " " + kBody3 + " " + kBody1;
  const MainText m = Select(html, {.article_body = body});
  EXPECT_EQ(m.text, kBody1 + "\n\n" + kBody2);
}

TEST(WebMainText, NothingToSelect) {
  EXPECT_EQ(Select("").container, -1);
  EXPECT_TRUE(Select("<nav><a href=/>Home</a> <a href=/x>X</a></nav>").text.empty());
}

TEST(WebMainText, DropsUnfilledTemplateBlocksAndPlaceholderTokens) {
  const std::string lorem =
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
      "ut labore et dolore magna aliqua.";
  const std::string html = "<article>" + Para(kBody1) + "<p>[CTA_MODULE]</p>" + Para(kBody2) +
                           "<div><h3>Head Line 1</h3>" + Para(lorem) + Para(lorem) + "</div>" +
                           Para(kBody3) + "<p>[1]</p></article>";
  const MainText m = Select(html);
  EXPECT_EQ(m.text, kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n\n[1]");
}

TEST(WebMainText, DropsPhotoCreditLines) {
  const std::string html = "<article>" + Para(kBody1) +
                           "<p>Photo credit: ©iStock.com/someone, ©iStock.com/other</p>" +
                           Para(kBody2) + "<p>Image: Example Agency</p>" + Para(kBody3) +
                           "<p>Source: the council's budget papers, page 4.</p></article>";
  const MainText m = Select(html);
  EXPECT_EQ(m.text, kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 +
                        "\n\nSource: the council's budget papers, page 4.");
}

TEST(WebMainText, ArticleBodyReplacesThinPageText) {
  std::string body;
  for (int i = 0; i < 4; ++i) body += kBody1 + " " + kBody2 + "\n  \n" + kBody3 + "\n";
  MainText thin;
  thin.text = "Loading the article";
  thin.words = 3;
  const auto text = ArticleBodyFallback(thin, body);
  ASSERT_TRUE(text.has_value());
  EXPECT_EQ(text->substr(0, kBody1.size() + kBody2.size() + 3), kBody1 + " " + kBody2 + "\n\n");
  EXPECT_EQ(text->find("\n\n\n"), std::string::npos);
  // A page showing at least half of the body keeps its own text.
  MainText full;
  full.words = 100;
  EXPECT_FALSE(ArticleBodyFallback(full, body).has_value());
  // Short bodies (excerpts) and bodies with markup are not used.
  EXPECT_FALSE(ArticleBodyFallback(thin, kBody1).has_value());
  EXPECT_FALSE(ArticleBodyFallback(thin, "<p>" + body + "</p>").has_value());
  // "a < b" is not markup.
  EXPECT_TRUE(ArticleBodyFallback(thin, "When a < b, " + body).has_value());
}

TEST(WebMainText, DropsAdSlotLabelsAndNewsletterPitches) {
  const std::string html =
      "<article>" + Para(kBody1) + "<div class=slot><p>Advertisement</p></div>" +
      Para("Story continues below advertisement") + Para(kBody2) +
      Para("Sign up for our free weekly newsletter today.") + Para(kBody3) +
      Para("Advertisement of the new bus routes starts in May.") + "</article>";
  EXPECT_EQ(Select(html).text, kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 +
                                   "\n\nAdvertisement of the new bus routes starts in May.");
}

TEST(WebMainText, DropsShareBarLines) {
  const std::string html = "<article>" + Para(kBody1) + Para("SMS Facebook Twitter Email") +
                           Para(kBody2) + Para("Share on X") + Para(kBody3) + "</article>";
  // "Share on X" has a word that is not a network or an action: kept.
  EXPECT_EQ(Select(html).text, kBody1 + "\n\n" + kBody2 + "\n\nShare on X\n\n" + kBody3);
}

TEST(WebMainText, DropsFormStatusMessages) {
  const std::string html = "<article>" + Para(kBody1) + Para(kBody2) + Para(kBody3) +
                           "<form><div>Thank you! Your submission has been received!</div>"
                           "<div>Oops! Something went wrong while submitting the form.</div></form>"
                           "</article>";
  EXPECT_EQ(Select(html).text, kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3);
}

}  // namespace
}  // namespace claimtrace::web
