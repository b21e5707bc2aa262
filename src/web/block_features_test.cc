#include "web/block_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "web/block_test_util.h"
#include "web/hints.h"

namespace claimtrace::web {
namespace {

using testing_support::MakePara;
using testing_support::MakeTree;

TEST(WebBlockFeatures, FeatureNamesAreUniqueAndComplete) {
  std::vector<std::string_view> names(BlockFeatureNames().begin(), BlockFeatureNames().end());
  EXPECT_EQ(names.size(), kNumBlockFeatures);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  for (std::string_view n : names) EXPECT_FALSE(n.empty());
}

TEST(WebBlockFeatures, ShapeCountsWordsStopWordsAndEnds) {
  const TextShape s = ShapeOf("The Storm hit the coast at 5 am, officials said.\xE2\x80\x9D");
  EXPECT_EQ(s.words, 10u);
  EXPECT_EQ(s.capitalised, 2u);  // The, Storm
  EXPECT_EQ(s.stop, 3u);         // The, the, at
  EXPECT_EQ(s.digits, 1u);
  EXPECT_TRUE(s.sentence_end);
  EXPECT_FALSE(s.colon_end);
  const TextShape t = ShapeOf("Follow us: www.example.com | \xC2\xA9 2024 Example");
  EXPECT_FALSE(t.sentence_end);
  EXPECT_TRUE(t.web);
  EXPECT_TRUE(t.bar);
  EXPECT_TRUE(t.copyright);
  EXPECT_TRUE(ShapeOf("Read more:").colon_end);
  const TextShape cue = ShapeOf("Follow us on Instagram, then subscribe! Advertisement");
  EXPECT_EQ(cue.cue, 4u);  // follow, instagram, subscribe, advertisement
  EXPECT_TRUE(cue.cue_first);
  EXPECT_EQ(cue.stop, 2u);  // on, then
  EXPECT_FALSE(ShapeOf("Officials follow the rules").cue_first);
  EXPECT_TRUE(ShapeOf("Copyright 2024 Example Ltd").copyright);
  EXPECT_TRUE(ShapeOf("mail desk@example.org today").web);
  EXPECT_EQ(ShapeOf("").words, 0u);
}

// ShapeOf the plain way (words copied, lists searched linearly): the reference for the
// differential test of the packed-key table.
TextShape SimpleShape(std::string_view t) {
  static const std::vector<std::string_view> kStop = {
      "a",    "about", "after", "all",   "also",  "an",   "and",  "are",   "as",   "at",
      "be",   "been",  "but",   "by",    "can",   "for",  "from", "had",   "has",  "have",
      "he",   "her",   "his",   "if",    "in",    "into", "is",   "it",    "its",  "more",
      "not",  "of",    "on",    "one",   "or",    "our",  "she",  "so",    "than", "that",
      "the",  "their", "them",  "then",  "there", "they", "this", "to",    "was",  "we",
      "were", "what",  "when",  "which", "who",   "will", "with", "would", "you",  "your"};
  static const std::vector<std::string_view> kCue = {
      "account",   "ad",      "ads",      "advertisement", "author",    "buy",        "cart",
      "category",  "click",   "comment",  "comments",      "contact",   "cookie",     "cookies",
      "copyright", "demo",    "download", "email",         "facebook",  "follow",     "free",
      "instagram", "join",    "learn",    "linkedin",      "login",     "newsletter", "policy",
      "posted",    "privacy", "read",     "register",      "related",   "reserved",   "rights",
      "share",     "shop",    "sign",     "sponsored",     "subscribe", "tags",       "terms",
      "trial",     "twitter", "updated",  "video",         "watch",     "youtube"};
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  TextShape s;
  const size_t size = std::min(t.size(), kShapeBytes);
  size_t i = 0;
  while (i < size) {
    while (i < size && space(t[i])) ++i;
    if (i >= size) break;
    ++s.words;
    if (t[i] >= 'A' && t[i] <= 'Z') ++s.capitalised;
    if (t.substr(i, 4) == "http" || t.substr(i, 4) == "www.") s.web = true;
    std::string lower;
    bool plain = true, trailing = false;
    for (; i < t.size() && !space(t[i]); ++i) {
      const unsigned char u = static_cast<unsigned char>(t[i]);
      if (std::isalpha(u) && u < 0x80) {
        if (std::isupper(u)) ++s.upper;
        ++s.letters;
        if (plain && !trailing && lower.size() < 16) {
          lower += static_cast<char>(std::tolower(u));
        } else {
          plain = false;
        }
      } else if (u >= '0' && u <= '9') {
        ++s.digits;
        plain = false;
      } else if (u >= 0xC0) {
        ++s.letters;
        plain = false;
        if (u == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA9) {
          s.copyright = true;
        }
      } else if (std::string_view(".,:!?").find(static_cast<char>(u)) != std::string_view::npos) {
        trailing = true;
      } else {
        if (u == '|') s.bar = true;
        if (u == '@') s.web = true;
        plain = false;
      }
    }
    if (!plain || lower.empty()) continue;
    if (std::find(kStop.begin(), kStop.end(), lower) != kStop.end()) ++s.stop;
    if (std::find(kCue.begin(), kCue.end(), lower) != kCue.end()) {
      ++s.cue;
      if (s.words == 1) s.cue_first = true;
    }
    if (lower == "copyright") s.copyright = true;
  }
  return s;
}

TEST(WebBlockFeatures, ShapeMatchesThePlainVersion) {
  // Random texts from a vocabulary of list words, near misses, punctuation, digits, UTF-8 and
  // white space; compared on every count and on the flags the word pass sets.
  const std::vector<std::string> pieces = {"the",
                                           "The",
                                           "THE",
                                           "theirs",
                                           "share",
                                           "Share:",
                                           "shares",
                                           "advertisement",
                                           "advertisements",
                                           "copyright",
                                           "Copyright,",
                                           "\xC2\xA9",
                                           "caf\xC3\xA9",
                                           "http://x.org",
                                           "www.example.com",
                                           "https",
                                           "a@b",
                                           "|",
                                           "42",
                                           "x1",
                                           "(the",
                                           "the)",
                                           "read.",
                                           "read.more",
                                           "?",
                                           "...",
                                           "abcdefghijklmnopq",
                                           "Subscribe!",
                                           " ",
                                           "\n",
                                           "\t",
                                           "  ",
                                           "\xE2\x80\x9D"};
  uint32_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>((state >> 8) % 40);
    for (int k = 0; k < n; ++k) {
      state = state * 1664525u + 1013904223u;
      text += pieces[(state >> 8) % pieces.size()];
      state = state * 1664525u + 1013904223u;
      if ((state >> 8) % 3 != 0) text += ' ';
    }
    state = state * 1664525u + 1013904223u;
    const TextShape a = ShapeOf(text);
    const TextShape b = SimpleShape(text);
    ASSERT_EQ(a.words, b.words) << text;
    ASSERT_EQ(a.capitalised, b.capitalised) << text;
    ASSERT_EQ(a.stop, b.stop) << text;
    ASSERT_EQ(a.digits, b.digits) << text;
    ASSERT_EQ(a.letters, b.letters) << text;
    ASSERT_EQ(a.upper, b.upper) << text;
    ASSERT_EQ(a.cue, b.cue) << text;
    ASSERT_EQ(a.cue_first, b.cue_first) << text;
    ASSERT_EQ(a.copyright, b.copyright) << text;
    ASSERT_EQ(a.web, b.web) << text;
    ASSERT_EQ(a.bar, b.bar) << text;
  }
}

TEST(WebBlockFeatures, FeaturesDescribePositionKindAndHints) {
  const BlockTree t =
      MakeTree({MakePara("Officials said the storm would reach the coast by night.", 1),
                MakePara("What happened next", 1, ParaKind::kHeading),
                MakePara("Share this story on social media", 2)});
  const std::vector<uint32_t> kept = {0, 1, 2};
  const auto f = BlockFeatures({.tree = &t, .container = 0, .kept = &kept});
  ASSERT_EQ(f.size(), 3u);
  auto at = [&](size_t i, std::string_view name) {
    const auto& names = BlockFeatureNames();
    const size_t k =
        static_cast<size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    return f[i][k];
  };
  EXPECT_EQ(at(0, "first"), 1.0f);
  EXPECT_EQ(at(2, "last"), 1.0f);
  EXPECT_EQ(at(1, "kind_heading"), 1.0f);
  EXPECT_EQ(at(2, "prev_heading"), 1.0f);
  EXPECT_EQ(at(0, "sentence_end"), 1.0f);
  EXPECT_EQ(at(2, "sentence_end"), 0.0f);
  EXPECT_EQ(at(2, "hint_noise"), 1.0f);
  EXPECT_EQ(at(0, "hint_noise"), 0.0f);
  EXPECT_EQ(at(0, "hint_content"), 1.0f);
  EXPECT_FLOAT_EQ(at(1, "rel_pos"), 0.5f);
  EXPECT_EQ(at(0, "have_body"), 0.0f);
}

}  // namespace
}  // namespace claimtrace::web
