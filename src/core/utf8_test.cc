#include "core/utf8.h"

#include <gtest/gtest.h>

#include <random>

namespace claimtrace {
namespace {

// Byte-at-a-time reference decoder used to check the fast path.
size_t ReferencePrefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    char32_t cp = DecodeUtf8(s, &j);
    if (cp == U'\uFFFD' && !(j - i == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
    i = j;
  }
  return s.size();
}

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Кирило Буданов — “quoted” \xF0\x9F\x98\x80"));
}

TEST(Utf8, RejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_EQ(ValidUtf8Prefix("ab\xC0\xAF"), 2u);        // overlong '/'
  EXPECT_EQ(ValidUtf8Prefix("ab\xED\xA0\x80"), 2u);    // surrogate
  EXPECT_EQ(ValidUtf8Prefix("ab\xF4\x90\x80\x80"), 2u);  // > U+10FFFF
  EXPECT_EQ(ValidUtf8Prefix("ab\xE2\x80"), 2u);        // truncated
}

TEST(Utf8, RepairReplacesMaximalSubparts) {
  size_t n = 0, first = 0;
  // E2 80 is a truncated 3-byte sequence: one U+FFFD, then 'x' survives.
  EXPECT_EQ(RepairUtf8("a\xE2\x80x\xFF", &n, &first), "a\xEF\xBF\xBDx\xEF\xBF\xBD");
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(first, 1u);
}

TEST(Utf8, FastPathAgreesWithReferenceOnRandomBytes) {
  std::mt19937 rng(42);
  const std::string alphabet[] = {"a", "bcdefgh ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80",
                                  "\x80", "\xE2", "\xF5", "\xC0"};
  for (int trial = 0; trial < 2000; ++trial) {
    std::string s;
    const int parts = static_cast<int>(rng() % 24);
    for (int k = 0; k < parts; ++k) s += alphabet[rng() % 9];
    ASSERT_EQ(ValidUtf8Prefix(s), ReferencePrefix(s)) << trial;
    EXPECT_TRUE(IsValidUtf8(RepairUtf8(s)));
  }
}

TEST(Utf8, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u201C', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t i = 0;
    EXPECT_EQ(DecodeUtf8(s, &i), cp);
    EXPECT_EQ(i, s.size());
  }
}

TEST(Utf8, LooksBinaryOnNulOrControlNoise) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("Hello,\tworld.\r\n"));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05 abc"));
}

}  // namespace
}  // namespace claimtrace
