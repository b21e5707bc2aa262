#include "lang/lexical.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lang/hashing.h"

namespace claimtrace::lang {
namespace {

TokenKeys Keys(std::string_view w) {
  return ComputeTokenKeys(w, {0, static_cast<uint32_t>(w.size())});
}

TEST(Lang, LexicalKeysLowerCaseShapeAndAffixes) {
  TokenKeys k = Keys("Budanov");
  EXPECT_EQ(k.exact, HashBytes("Budanov"));
  EXPECT_EQ(k.lower, HashBytes("budanov"));
  EXPECT_EQ(k.shape, HashBytes("Xx"));  // runs collapse
  EXPECT_EQ(k.pre2, HashBytes("bu"));
  EXPECT_EQ(k.suf3, HashBytes("nov"));
  EXPECT_EQ(k.length, 7);
  EXPECT_TRUE(k.has_upper);
  EXPECT_TRUE(k.has_lower);
  EXPECT_FALSE(k.has_digit);
  EXPECT_EQ(Keys("U.S.").shape, HashBytes("X.X."));
  EXPECT_EQ(Keys("7,000").shape, HashBytes("d,d"));
}

TEST(Lang, LexicalKeysAreUnicodeAware) {
  TokenKeys k = Keys("ZÜRICH");
  EXPECT_EQ(k.lower, HashBytes("zürich"));
  EXPECT_EQ(k.length, 6);
  EXPECT_EQ(k.suf2, HashBytes("ch"));
  EXPECT_EQ(Keys("Київ").lower, HashBytes("київ"));
  EXPECT_EQ(LowerHash("NATO"), HashBytes("nato"));
  std::string out;
  AppendLower("Ärger IN Kyiv", &out);
  EXPECT_EQ(out, "ärger in kyiv");
}

TEST(Lang, LexicalShortAndLongTokens) {
  TokenKeys a = Keys("a");
  EXPECT_EQ(a.pre2, 0u);  // shorter than the affix
  std::string longword(300, 'x');
  TokenKeys l = Keys(longword);
  EXPECT_EQ(l.length, 300);
  EXPECT_EQ(l.lower, HashBytes(longword));
}

// Differential: the all-ASCII fast path of ComputeTokenKeys gives every key of the general
// path, for random words of ASCII letters, digits and punctuation (lengths 0 to 50, so both
// sides of the 40-byte limit) and for words mixing in multi-byte letters (general path).
TEST(Lang, TokenKeysFastPathMatchesSimple) {
  constexpr std::string_view kAscii[] = {"A", "b", "Z", "q", "0", "7", "-",  "'", ".",
                                         "&", "_", "@", "x", "K", "m", "\t", "~", "/"};
  constexpr std::string_view kOther[] = {"\xC3\x89", "\xC3\x9F", "\xE2\x80\x99", "\xD0\x96"};
  uint64_t state = 11;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
  };
  for (int trial = 0; trial < 3000; ++trial) {
    std::string w;
    const size_t len = next() % 51;
    const bool mixed = trial % 5 == 0;
    for (size_t i = 0; i < len; ++i) {
      if (mixed && next() % 4 == 0) {
        w += kOther[next() % std::size(kOther)];
      } else {
        w += kAscii[next() % std::size(kAscii)];
      }
    }
    const std::string text = "<" + w + ">";
    const ByteSpan span{1, static_cast<uint32_t>(1 + w.size())};
    const TokenKeys a = ComputeTokenKeys(text, span);
    const TokenKeys b = ComputeTokenKeysSimple(text, span);
    ASSERT_EQ(a.exact, b.exact) << w;
    ASSERT_EQ(a.lower, b.lower) << w;
    ASSERT_EQ(a.shape, b.shape) << w;
    ASSERT_EQ(a.pre2, b.pre2) << w;
    ASSERT_EQ(a.pre3, b.pre3) << w;
    ASSERT_EQ(a.suf2, b.suf2) << w;
    ASSERT_EQ(a.suf3, b.suf3) << w;
    ASSERT_EQ(a.suf4, b.suf4) << w;
    ASSERT_EQ(a.length, b.length) << w;
    ASSERT_EQ(a.has_upper, b.has_upper) << w;
    ASSERT_EQ(a.has_lower, b.has_lower) << w;
    ASSERT_EQ(a.has_digit, b.has_digit) << w;
  }
}

}  // namespace
}  // namespace claimtrace::lang
