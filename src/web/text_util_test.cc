#include "web/text_util.h"

#include <gtest/gtest.h>

namespace claimtrace::web {
namespace {

TEST(WebTextUtil, CollapsesAllKindsOfSpace) {
  std::string out;
  bool space = true;
  AppendCollapsed(
      "  Hello\n\t world\xC2\xA0\xC2\xA0"
      "again",
      &out, &space);
  EXPECT_EQ(out, "Hello world again");
  EXPECT_FALSE(space);
  AppendCollapsed(" ", &out, &space);
  AppendCollapsed(" x", &out, &space);
  EXPECT_EQ(out, "Hello world again x");
  // Zero-width spaces and BOMs vanish; ideographic space is a space.
  EXPECT_EQ(CollapseWhitespace("a\xE2\x80\x8B"
                               "b\xE3\x80\x80"
                               "c\xEF\xBB\xBF"),
            "ab c");
}

TEST(WebTextUtil, CountsWords) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  one, two;three  "), 3u);
  EXPECT_EQ(CountWords("caf\xC3\xA9 \xE2\x80\x94 cr\xC3\xA8me"), 2u);  // the dash is no word
  EXPECT_EQ(CountWords("\xC2\xAB"
                       "quoted\xC2\xBB"),
            1u);
  EXPECT_EQ(CountWords("2024-03-12"), 3u);
}

TEST(WebTextUtil, CompareKeys) {
  EXPECT_EQ(CompareKey("  Storm Hits   the Coast! "), "storm hits the coast");
  EXPECT_EQ(CompareKey("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 Title"), "quoted title");
  EXPECT_EQ(CompareKey("Gr\xC3\xBC\xC3\x9F"
                       "e"),
            "gr\xC3\xBC\xC3\x9F"
            "e");
}

TEST(WebTextUtil, DecodesEntities) {
  EXPECT_EQ(DecodeEntities("Tom &amp; Jerry &#8217;s &#x2019; &nbsp;"),
            "Tom & Jerry \xE2\x80\x99s \xE2\x80\x99 \xC2\xA0");
  EXPECT_EQ(DecodeEntities("AT&T &unknown; &#xZZ; &"), "AT&T &unknown; &#xZZ; &");
  EXPECT_EQ(DecodeEntities("&#0; &#xD800;"), "&#0; &#xD800;");
}

TEST(WebTextUtil, TrimsAscii) { EXPECT_EQ(TrimAscii(" \t x y \n"), "x y"); }

}  // namespace
}  // namespace claimtrace::web
