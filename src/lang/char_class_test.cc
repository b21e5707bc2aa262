#include "lang/char_class.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace::lang {
namespace {

TEST(Lang, CharClassAsciiTableAgreesWithUnicodeProperties) {
  // The ASCII fast path must give the same letter/digit/space answers as ICU would.
  for (unsigned c = 0; c < 128; ++c) {
    CharClass cls = internal::kAsciiClass[c];
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    EXPECT_EQ(IsLetterClass(cls), alpha) << c;
    EXPECT_EQ(cls == CharClass::kDigit, c >= '0' && c <= '9') << c;
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    EXPECT_EQ(IsSpaceClass(cls), space) << c;
  }
}

TEST(Lang, CharClassNonAsciiUsesUnicodeCategories) {
  auto cls = [](const char* s) { return ClassifyAt(s, 0).cls; };
  EXPECT_EQ(cls("Ü"), CharClass::kUpper);
  EXPECT_EQ(cls("ж"), CharClass::kLower);
  EXPECT_EQ(cls("東"), CharClass::kLetterOther);
  EXPECT_EQ(cls("\u0301"), CharClass::kMark);
  EXPECT_EQ(cls("٣"), CharClass::kDigit);
  EXPECT_EQ(cls("\u00A0"), CharClass::kSpace);
  EXPECT_EQ(cls("\u202F"), CharClass::kSpace);
  EXPECT_EQ(cls("\u2028"), CharClass::kNewline);
  EXPECT_EQ(cls("\u2029"), CharClass::kParagraphSep);
  EXPECT_EQ(cls("’"), CharClass::kApostrophe);
  EXPECT_EQ(cls("“"), CharClass::kQuote);
  EXPECT_EQ(cls("»"), CharClass::kQuote);
  EXPECT_EQ(cls("—"), CharClass::kDash);
  EXPECT_EQ(cls("–"), CharClass::kDash);
  EXPECT_EQ(cls("…"), CharClass::kEllipsis);
  EXPECT_EQ(cls("€"), CharClass::kSymbol);
  EXPECT_EQ(cls("•"), CharClass::kSymbol);
  EXPECT_EQ(cls("😀"), CharClass::kOther);
  EXPECT_EQ(cls("\u00AD"), CharClass::kFormat);
  CharInfo c = ClassifyAt("😀", 0);
  EXPECT_EQ(c.len, 4);
  EXPECT_EQ(c.cp, 0x1F600u);
}

TEST(Lang, CharClassTruncatedSequenceIsOneReplacementByte) {
  std::string s = "\xE2\x80";  // truncated 3-byte sequence
  CharInfo c = ClassifyAt(s, 0);
  EXPECT_EQ(c.len, 1);
  EXPECT_EQ(c.cls, CharClass::kOther);
}

}  // namespace
}  // namespace claimtrace::lang
