#include "web/gumbo_doc.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace::web {
namespace {

const GumboNode* FirstChild(const GumboNode* n, GumboTag tag) {
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    const auto* c = static_cast<const GumboNode*>(ch.data[i]);
    if (TagOf(c) == tag) return c;
  }
  return nullptr;
}

TEST(WebGumboDoc, ParsesIntoAnArena) {
  ParsedHtml doc = ParsedHtml::Parse("<p ID=x Class='a'>Hello");
  ASSERT_NE(doc.root(), nullptr);
  EXPECT_EQ(TagOf(doc.root()), GUMBO_TAG_HTML);
  const GumboNode* body = FirstChild(doc.root(), GUMBO_TAG_BODY);
  ASSERT_NE(body, nullptr);
  const GumboNode* p = FirstChild(body, GUMBO_TAG_P);
  ASSERT_NE(p, nullptr);
  EXPECT_STREQ(GetAttr(p, "id"), "x");
  EXPECT_STREQ(GetAttr(p, "CLASS"), "a");
  EXPECT_EQ(GetAttr(p, "style"), nullptr);
  EXPECT_GT(doc.arena_bytes(), 0u);
}

TEST(WebGumboDoc, ManyDocumentsAndMovesAreSafe) {
  std::string big;
  for (int i = 0; i < 2000; ++i)
    big += "<div class=c><p>paragraph " + std::to_string(i) + "</p></div>";
  for (int round = 0; round < 20; ++round) {
    ParsedHtml a = ParsedHtml::Parse(big);
    ParsedHtml b = std::move(a);
    EXPECT_EQ(TagOf(b.root()), GUMBO_TAG_HTML);
  }
}

}  // namespace
}  // namespace claimtrace::web
