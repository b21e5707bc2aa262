// Character classes for the tokenizer: one small enum per code point, ASCII from a table and
// everything else from ICU's Unicode properties (u_charType), so the hot loop never builds
// strings or calls ICU for plain English text.
//
// Contract: `text` must be valid UTF-8 (Document::text always is; invalid bytes decode as
// U+FFFD, class kOther, length 1). Pure functions, thread-safe.
//
//   CharInfo c = ClassifyAt("Über", 0);  // c.cls == CharClass::kUpper, c.len == 2
//   bool sp = IsSpaceClass(ClassifyAt(" x", 0).cls);  // true
#ifndef CLAIMTRACE_LANG_CHAR_CLASS_H_
#define CLAIMTRACE_LANG_CHAR_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimtrace::lang {

enum class CharClass : uint8_t {
  kSpace,         // horizontal white space incl. NBSP, thin spaces
  kNewline,       // \n, U+2028; \r is kSpace (CRLF counts once)
  kParagraphSep,  // U+2029
  kUpper,         // upper- or title-case letter
  kLower,         // lower-case letter
  kLetterOther,   // letter without case (CJK, Arabic, ...), modifier letters
  kMark,          // combining marks (continue a word)
  kDigit,         // decimal digits of any script
  kFormat,        // Cf: soft hyphen, ZWJ, ZWNJ, BOM (ignorable inside words)
  kApostrophe,    // ' ’ ʼ (may be an apostrophe or a single quote)
  kQuote,         // " “ ” „ ‟ « » ‹ › ‘ ‚ 「 」 『 』 (not ’)
  kHyphen,        // - U+2010 U+2011
  kDash,          // – — ‒ ― U+2E3A U+2E3B
  kPeriod,        // .
  kEllipsis,      // …
  kTerminal,      // ! ? ‼ ⁇ ⁈ ⁉ and the full-width/ideographic ones
  kPunct,         // , ; : ( ) [ ] { } and other Unicode punctuation
  kSymbol,        // $ % & @ # / * + = < > | ~ ^ \ • currency and math symbols
  kOther,         // emoji, other symbols, controls, U+FFFD
};

struct CharInfo {
  char32_t cp;
  uint8_t len;  // bytes in UTF-8
  CharClass cls;
};

// Class of one code point (ICU for non-ASCII).
CharClass ClassifyCodePoint(char32_t cp);

namespace internal {
extern const CharClass kAsciiClass[128];
CharInfo ClassifyNonAscii(std::string_view text, size_t i);
}  // namespace internal

// Decodes and classifies the code point starting at text[i] (i < text.size()).
inline CharInfo ClassifyAt(std::string_view text, size_t i) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {b, 1, internal::kAsciiClass[b]};
  return internal::ClassifyNonAscii(text, i);
}

inline bool IsSpaceClass(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kNewline || c == CharClass::kParagraphSep;
}
inline bool IsLetterClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetterOther;
}
inline bool IsAlnumClass(CharClass c) { return IsLetterClass(c) || c == CharClass::kDigit; }

// Simple lower-casing of one code point (ICU u_tolower for non-ASCII).
char32_t ToLowerCodePoint(char32_t cp);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_CHAR_CLASS_H_
