// Quotation pairing on real tokenizer output: styles, nesting, paragraph continuation, strays.
#include "attrib/quotes.h"

#include <gtest/gtest.h>

#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

std::string QuoteText(const TestDoc& t, const Quotation& q) {
  return t.Text({t.analysis.tokens[q.open].span.start, t.analysis.tokens[q.close].span.end});
}

TEST(Attrib, QuotesPairEveryStyle) {
  for (const char* text :
       {"He said \"it is over\" today.", "He said \xE2\x80\x9Cit is over\xE2\x80\x9D today.",
        "He said \xC2\xABit is over\xC2\xBB today.",
        "He said \xE2\x80\x98it is over\xE2\x80\x99 today."}) {
    TestDoc t(text);
    ASSERT_EQ(t.view->quotes.size(), 1u) << text;
    const Quotation& q = t.view->quotes[0];
    EXPECT_TRUE(q.closed) << text;
    EXPECT_EQ(q.depth, 0);
    EXPECT_NE(QuoteText(t, q).find("it is over"), std::string::npos) << text;
  }
}

TEST(Attrib, QuotesNest) {
  TestDoc t(
      "\xE2\x80\x9CThey told us \xE2\x80\x98go home\xE2\x80\x99 and left,\xE2\x80\x9D he said.");
  ASSERT_EQ(t.view->quotes.size(), 2u);
  EXPECT_EQ(t.view->quotes[1].parent, 0);
  EXPECT_EQ(t.view->quotes[1].depth, 1);
  const TokSpan home = t.Span("home");
  EXPECT_EQ(t.view->info[home.begin].quote, 1);  // innermost
  const TokSpan left = t.Span("left");
  EXPECT_EQ(t.view->info[left.begin].quote, 0);
  const TokSpan he = t.Span("he");
  EXPECT_EQ(t.view->info[he.begin].quote, -1);
}

TEST(Attrib, QuotesContinueOverParagraphs) {
  // The continuation convention: no closing mark at the end of the first paragraph, an opening
  // mark at the start of the next.
  TestDoc t(
      "He said: \xE2\x80\x9CThe first part.\n\n\xE2\x80\x9CThe second part.\xE2\x80\x9D\n\nNext.");
  ASSERT_EQ(t.view->quotes.size(), 1u);
  const Quotation& q = t.view->quotes[0];
  EXPECT_TRUE(q.continued);
  EXPECT_TRUE(q.closed);
  EXPECT_NE(QuoteText(t, q).find("second part"), std::string::npos);
  EXPECT_EQ(t.view->info[t.Span("Next").begin].quote, -1);
}

TEST(Attrib, UnclosedQuoteEndsWithItsParagraph) {
  TestDoc t("He said \xE2\x80\x9Cno end here.\n\nA new paragraph.");
  ASSERT_EQ(t.view->quotes.size(), 1u);
  EXPECT_FALSE(t.view->quotes[0].closed);
  EXPECT_FALSE(t.view->quotes[0].continued);
  EXPECT_EQ(t.view->info[t.Span("paragraph").begin].quote, -1);
}

TEST(Attrib, StrayClosingMarkIsIgnored) {
  TestDoc t("Nothing opened here\xE2\x80\x9D and then \xE2\x80\x9Csomething\xE2\x80\x9D.");
  ASSERT_EQ(t.view->quotes.size(), 1u);
  EXPECT_EQ(QuoteText(t, t.view->quotes[0]), "\xE2\x80\x9Csomething\xE2\x80\x9D");
}

TEST(Attrib, QuoteFamilies) {
  EXPECT_EQ(QuoteFamily("\""), 2);
  EXPECT_EQ(QuoteFamily("\xE2\x80\x9E"), 2);  // „
  EXPECT_EQ(QuoteFamily("'"), 1);
  EXPECT_EQ(QuoteFamily("\xE2\x80\xB9"), 1);  // ‹
  EXPECT_EQ(QuoteFamily("x"), 0);
}

}  // namespace
}  // namespace claimtrace::attrib
