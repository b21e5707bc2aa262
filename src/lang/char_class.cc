// Character classes: a 128-entry table for ASCII, ICU general categories plus a few explicit
// code points (quotes, dashes, apostrophes) for the rest. Covered by char_class_test.cc, which
// checks the ASCII table against the ICU path for every ASCII code point.
#include "lang/char_class.h"

#include <unicode/uchar.h>

namespace claimtrace::lang {
namespace internal {

namespace {

constexpr CharClass AsciiClassOf(unsigned c) {
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if (c < 0x20 || c == 0x7f) return CharClass::kOther;
  if (c >= 'A' && c <= 'Z') return CharClass::kUpper;
  if (c >= 'a' && c <= 'z') return CharClass::kLower;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  switch (c) {
    case '\'':
      return CharClass::kApostrophe;
    case '"':
      return CharClass::kQuote;
    case '-':
      return CharClass::kHyphen;
    case '.':
      return CharClass::kPeriod;
    case '!':
    case '?':
      return CharClass::kTerminal;
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '_':
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;  // $ % & @ # / * + = < > | ~ ^ \ `
  }
}

struct AsciiTable {
  CharClass v[128];
  constexpr AsciiTable() : v() {
    for (unsigned c = 0; c < 128; ++c) v[c] = AsciiClassOf(c);
  }
};

constexpr AsciiTable kTable;

}  // namespace

const CharClass kAsciiClass[128] = {
#define CT_ROW(i)                                                                  \
  kTable.v[i], kTable.v[i + 1], kTable.v[i + 2], kTable.v[i + 3], kTable.v[i + 4], \
      kTable.v[i + 5], kTable.v[i + 6], kTable.v[i + 7]
    CT_ROW(0),  CT_ROW(8),   CT_ROW(16),  CT_ROW(24),  CT_ROW(32), CT_ROW(40),
    CT_ROW(48), CT_ROW(56),  CT_ROW(64),  CT_ROW(72),  CT_ROW(80), CT_ROW(88),
    CT_ROW(96), CT_ROW(104), CT_ROW(112), CT_ROW(120),
#undef CT_ROW
};

CharInfo ClassifyNonAscii(std::string_view text, size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  unsigned char b = s[i];
  char32_t cp = 0xFFFD;
  uint8_t len = 1;
  auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b < 0xE0 && cont(1)) {
    cp = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
    len = 2;
  } else if (b >= 0xE0 && b < 0xF0 && cont(1) && cont(2)) {
    cp = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
    len = 3;
  } else if (b >= 0xF0 && b < 0xF5 && cont(1) && cont(2) && cont(3)) {
    cp = ((b & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
         (s[i + 3] & 0x3Fu);
    len = 4;
  } else {
    return {0xFFFD, 1, CharClass::kOther};
  }
  return {cp, len, ClassifyCodePoint(cp)};
}

}  // namespace internal

CharClass ClassifyCodePoint(char32_t cp) {
  if (cp < 0x80) return internal::kAsciiClass[cp];
  switch (cp) {
    case 0x2019:  // ’
    case 0x02BC:  // ʼ modifier letter apostrophe
      return CharClass::kApostrophe;
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2039:  // ‹
    case 0x203A:  // ›
    case 0x2018:  // ‘
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x300C:  // 「
    case 0x300D:  // 」
    case 0x300E:  // 『
    case 0x300F:  // 』
    case 0xFF02:  // ＂
      return CharClass::kQuote;
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return CharClass::kHyphen;
    case 0x2012:  // figure dash
    case 0x2013:  // en dash
    case 0x2014:  // em dash
    case 0x2015:  // horizontal bar
    case 0x2E3A:
    case 0x2E3B:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return CharClass::kDash;
    case 0x2026:  // …
      return CharClass::kEllipsis;
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0xFF01:
    case 0xFF1F:
    case 0x3002:  // 。 ideographic full stop
    case 0xFF61:
    case 0x061F:  // Arabic question mark
    case 0x0964:  // Devanagari danda
      return CharClass::kTerminal;
    case 0x2028:
    case 0x0085:
      return CharClass::kNewline;
    case 0x2029:
      return CharClass::kParagraphSep;
    case 0x2022:  // • bullet
    case 0x25CF:  // ● black circle
    case 0x25AA:  // ▪
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x2212:  // − minus sign
      return CharClass::kSymbol;
    default:
      break;
  }
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return CharClass::kUpper;
    case U_LOWERCASE_LETTER:
      return CharClass::kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetterOther;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_SPACE_SEPARATOR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
      return CharClass::kNewline;
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kParagraphSep;
    case U_FORMAT_CHAR:
      return CharClass::kFormat;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kQuote;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
      return CharClass::kSymbol;
    case U_LETTER_NUMBER:  // Roman numerals Ⅻ
    case U_OTHER_NUMBER:   // ² ½ ①
      return CharClass::kDigit;
    case U_CONTROL_CHAR:
      return u_isspace(static_cast<UChar32>(cp)) ? CharClass::kSpace : CharClass::kOther;
    default:
      return CharClass::kOther;  // So (emoji), Co, Cn, Cs
  }
}

char32_t ToLowerCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

}  // namespace claimtrace::lang
