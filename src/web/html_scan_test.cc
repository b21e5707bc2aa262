#include "web/html_scan.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace claimtrace::web {
namespace {

TEST(WebHtmlScan, ParsesStartTagsWithAllValueForms) {
  const std::string html = R"(<DIV Class="a > b" id=main data-x='1' hidden>rest)";
  RawTag tag;
  ASSERT_EQ(ParseTag(html, 0, &tag), TagParse::kTag);
  EXPECT_EQ(tag.name, "div");
  EXPECT_FALSE(tag.end_tag);
  EXPECT_EQ(tag.Attr("class"), "a > b");  // '>' inside quotes does not end the tag
  EXPECT_EQ(tag.Attr("id"), "main");
  EXPECT_EQ(tag.Attr("data-x"), "1");
  ASSERT_TRUE(tag.Attr("hidden").has_value());
  EXPECT_EQ(*tag.Attr("hidden"), "");
  EXPECT_FALSE(tag.Attr("style").has_value());
  EXPECT_EQ(html.substr(tag.end), "rest");
}

TEST(WebHtmlScan, ParsesEndAndSelfClosingTags) {
  RawTag tag;
  ASSERT_EQ(ParseTag("</P >", 0, &tag), TagParse::kTag);
  EXPECT_TRUE(tag.end_tag);
  EXPECT_EQ(tag.name, "p");
  ASSERT_EQ(ParseTag("<br/>", 0, &tag), TagParse::kTag);
  EXPECT_TRUE(tag.self_closing);
  EXPECT_EQ(tag.name, "br");
}

TEST(WebHtmlScan, TextThatLooksLikeATagIsNotOne) {
  RawTag tag;
  EXPECT_EQ(ParseTag("a < b", 2, &tag), TagParse::kNotATag);
  EXPECT_EQ(ParseTag("<3 you", 0, &tag), TagParse::kNotATag);
  EXPECT_EQ(ParseTag("<div class=\"never closed", 0, &tag), TagParse::kUnterminated);
  EXPECT_EQ(ParseTag("<div", 0, &tag), TagParse::kUnterminated);
}

TEST(WebHtmlScan, FindsRawTextEndsCaseInsensitively) {
  const std::string s = "var a = '</scriptx>'; </SCRIPT >after";
  const size_t end = FindRawTextEnd(s, 0, "script");
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(s.substr(end, 9), "</SCRIPT ");
  EXPECT_EQ(FindRawTextEnd("no end here", 0, "style"), std::string::npos);
}

TEST(WebHtmlScan, FindsCommentEndsIncludingAbruptOnes) {
  EXPECT_EQ(FindCommentEnd("<!-- a -- b -->x", 0), 15u);
  EXPECT_EQ(FindCommentEnd("<!-->x", 0), 5u);
  EXPECT_EQ(FindCommentEnd("<!--->x", 0), 6u);
  EXPECT_EQ(FindCommentEnd("<!-- a --!>x", 0), 11u);
  EXPECT_EQ(FindCommentEnd("<!-- never", 0), std::string::npos);
}

TEST(WebHtmlScan, CaseHelpers) {
  EXPECT_TRUE(EqualsLower("CharSet", "charset"));
  EXPECT_FALSE(EqualsLower("charsets", "charset"));
  EXPECT_TRUE(ContainsLower("text/HTML; Charset=x", "charset"));
  EXPECT_EQ(AsciiLower("AbC-\xC3\x89"), "abc-\xC3\x89");
  EXPECT_TRUE(ContainsLower("x&#XE000;y", "#xe00"));
  EXPECT_FALSE(ContainsLower("#xe0 #xE0", "#xe00"));
  EXPECT_TRUE(ContainsLower("application/LD+JSON", "ld+json"));
}

// The memchr fast path against the plain loop, on random strings over a small alphabet (so
// that partial matches, case variants and matches at both ends are frequent).
TEST(WebHtmlScan, ContainsLowerMatchesSimpleLoop) {
  const std::string alphabet = "#xXeE0+dD";
  const std::vector<std::string> needles = {"#xe00", "ld+json", "x#", "e0", "0",
                                            "#",     "xe",      "",   "d+d"};
  uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string s(next() % 14, ' ');
    for (char& c : s) c = alphabet[next() % alphabet.size()];
    for (const std::string& n : needles) {
      ASSERT_EQ(ContainsLower(s, n), ContainsLowerSimple(s, n)) << "s=" << s << " needle=" << n;
    }
  }
}

}  // namespace
}  // namespace claimtrace::web
