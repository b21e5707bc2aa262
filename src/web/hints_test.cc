#include "web/hints.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace claimtrace::web {
namespace {

TEST(WebHints, ContentTokens) {
  EXPECT_TRUE(ClassifyHintToken("post-content") & kHintStrongContent);
  EXPECT_TRUE(ClassifyHintToken("articleBody") & kHintStrongContent);
  EXPECT_TRUE(ClassifyHintToken("entry_content") & kHintStrongContent);
  EXPECT_TRUE(ClassifyHintToken("story") & kHintContent);
  EXPECT_FALSE(ClassifyHintToken("story") & kHintStrongContent);
}

TEST(WebHints, BoilerplateWinsOverContentInOneToken) {
  const uint32_t related = ClassifyHintToken("related-articles");
  EXPECT_TRUE(related & kHintNoise);
  EXPECT_FALSE(related & kHintContent);
  EXPECT_TRUE(ClassifyHintToken("comment-content") & kHintComment);
  EXPECT_FALSE(ClassifyHintToken("comment-content") & kHintContent);
  EXPECT_TRUE(ClassifyHintToken("post-meta") & kHintMeta);
}

TEST(WebHints, WeakAndStrongBoilerplate) {
  EXPECT_TRUE(ClassifyHintToken("share-bar") & kHintNoise);
  EXPECT_TRUE(ClassifyHintToken("sidebar") & kHintNoise);
  EXPECT_TRUE(ClassifyHintToken("elementor-widget-text-editor") & kHintBoiler);
  EXPECT_FALSE(ClassifyHintToken("elementor-widget-text-editor") & kHintNoise);
  EXPECT_TRUE(ClassifyHintToken("ad-slot") & kHintBoiler);
}

TEST(WebHints, WordsMatchWholePartsOnly) {
  EXPECT_EQ(ClassifyHintToken("shadow"), 0u);     // not "ad"
  EXPECT_EQ(ClassifyHintToken("download"), 0u);   // not "ad"
  EXPECT_EQ(ClassifyHintToken("navy-blue"), 0u);  // not "nav"
  EXPECT_EQ(ClassifyHintToken("mt-4"), 0u);
  EXPECT_EQ(ClassifyHintToken(""), 0u);
}

TEST(WebHints, HiddenOnlyForWholeHidingTokens) {
  EXPECT_TRUE(ClassifyHintToken("sr-only") & kHintHidden);
  EXPECT_TRUE(ClassifyHintToken("visually-hidden") & kHintHidden);
  EXPECT_TRUE(ClassifyHintToken("screen-reader-text") & kHintHidden);
  EXPECT_TRUE(ClassifyHintToken("d-none") & kHintHidden);
  EXPECT_FALSE(ClassifyHintToken("field--label-visually_hidden") & kHintHidden);
  EXPECT_FALSE(ClassifyHintToken("hidden-xs") & kHintHidden);
  EXPECT_TRUE(ClassHints("hidden") & kHintHidden);
  EXPECT_FALSE(ClassHints("hidden md:block") & kHintHidden);  // shown from medium screens up
  EXPECT_FALSE(ClassHints("d-none d-lg-block") & kHintHidden);
}

TEST(WebHints, ClassAttributesCombineTokens) {
  const uint32_t h = ClassHints("  wrapper\tpost-content\nshare-buttons ");
  EXPECT_TRUE(h & kHintStrongContent);
  EXPECT_TRUE(h & kHintNoise);
}

TEST(WebHints, IdsThatAreSlugsGiveNoHint) {
  EXPECT_TRUE(IdHints("comments") & kHintComment);
  EXPECT_EQ(IdHints("why-you-should-share-your-story"), 0u);
}

TEST(WebHints, StreamedSegmentIdsAreRevealed) {
  EXPECT_EQ(IdHints("S:0"), kHintRevealed);
  EXPECT_EQ(IdHints("S:1234"), kHintRevealed);
  EXPECT_EQ(IdHints("S:"), 0u);
  EXPECT_EQ(IdHints("S:1a"), kHintRevealed);  // React writes the number in hex
  EXPECT_EQ(IdHints("S:1g"), 0u);
  EXPECT_EQ(IdHints("B:1"), 0u);
  EXPECT_EQ(ClassHints("S:1"), 0u);  // only as an id
}

// The pre-pass writes class and id values as HintToken(flags): reading that token back must
// give exactly the flags of the original value, for every value ClassHints/IdHints can return.
TEST(WebHints, HintTokensReadBackAsTheirFlags) {
  EXPECT_EQ(HintToken(0x3), "~3");
  EXPECT_EQ(HintToken(0xFFF), "~fff");
  for (uint32_t f = 1; f < (1u << 13); ++f) {
    if ((f & kHintShowLarge) && (f & kHintHidden)) continue;  // ClassHints never returns these
    ASSERT_EQ(ClassHints(HintToken(f)), f) << f;
    ASSERT_EQ(IdHints(HintToken(f)), f) << f;
  }
  for (std::string_view v : {"post-content share-buttons", "hidden md:block", "sr-only",
                             "byline author-name", "menu-item current", "entry-content"}) {
    EXPECT_EQ(ClassHints(HintToken(ClassHints(v))), ClassHints(v)) << v;
    EXPECT_EQ(IdHints(HintToken(IdHints(v))), IdHints(v)) << v;
  }
  // Not the reserved form: classified as words.
  EXPECT_EQ(ClassifyHintToken("~"), ClassifyHintToken(""));
  EXPECT_TRUE(ClassifyHintToken("~comments") & kHintComment);
}

// IsAuthorHref against the plain definition: the lower-cased link contains a pattern.
TEST(WebHints, AuthorHrefMatchesAPlainSearch) {
  const std::vector<std::string_view> patterns = {
      "/author/",   "/authors/", "/by/",         "/people/",      "/staff/",  "/profile/",
      "/profiles/", "/writers/", "/contributor", "/journalists/", "?author=", "/columnists/"};
  auto simple = [&patterns](std::string_view href) {
    std::string lower(href);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    for (std::string_view p : patterns) {
      if (lower.find(p) != std::string::npos) return true;
    }
    return false;
  };
  const std::string pieces[] = {"/", "?",      "Author",        "by",       "/BY/", "people", "=",
                                "x", "staff/", "/contributors", "?author=", "s/"};
  uint32_t seed = 7;
  for (int round = 0; round < 4000; ++round) {
    std::string href;
    const int parts = 1 + static_cast<int>(round % 6);
    for (int k = 0; k < parts; ++k) {
      seed = seed * 1664525u + 1013904223u;
      href += pieces[(seed >> 8) % std::size(pieces)];
    }
    ASSERT_EQ(IsAuthorHref(href), simple(href)) << href;
  }
}

TEST(WebHints, RolesStylesAndAuthorLinks) {
  EXPECT_TRUE(RoleHints("navigation") & kHintNoise);
  EXPECT_TRUE(RoleHints(" Main ") & kHintContent);
  EXPECT_TRUE(RoleHints("complementary") & kHintBoiler);
  EXPECT_EQ(RoleHints("button"), 0u);
  EXPECT_TRUE(IsHiddenStyle("color: red; DISPLAY : none"));
  EXPECT_TRUE(IsHiddenStyle("visibility:hidden"));
  EXPECT_FALSE(IsHiddenStyle("display:block"));
  EXPECT_TRUE(IsAuthorHref("https://x.example/author/jane-doe/"));
  EXPECT_TRUE(IsAuthorHref("/People/Jane"));
  EXPECT_FALSE(IsAuthorHref("/news/2024/authorities-respond"));
}

}  // namespace
}  // namespace claimtrace::web
