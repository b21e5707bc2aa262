#include "lang/lexical.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace claimtrace::lang
