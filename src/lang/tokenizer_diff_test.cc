// Differential tests: the fast scanner against ICU's word BreakIterator (the simple, slow
// path). On text built only from constructs where both follow the same rules (letter/digit
// words, spaces of every kind, single punctuation marks) the token lists must be identical; on
// arbitrary random text the scanner must keep its invariants and cover exactly the same
// non-space characters as ICU's segments.
#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "lang/char_class.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

// Non-space ICU word segments as byte spans.
std::vector<ByteSpan> IcuTokens(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  EXPECT_TRUE(U_SUCCESS(status));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  it->setText(u);
  // Map UTF-16 offsets back to UTF-8 byte offsets.
  std::vector<uint32_t> byte_at(static_cast<size_t>(u.length()) + 1, 0);
  {
    size_t b = 0;
    int32_t k = 0;
    while (k < u.length()) {
      byte_at[static_cast<size_t>(k)] = static_cast<uint32_t>(b);
      UChar32 cp = u.char32At(k);
      int32_t units = U16_LENGTH(cp);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (units == 2) byte_at[static_cast<size_t>(k) + 1] = static_cast<uint32_t>(b);
      k += units;
    }
    byte_at[static_cast<size_t>(u.length())] = static_cast<uint32_t>(b);
  }
  std::vector<ByteSpan> out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    ByteSpan span{byte_at[static_cast<size_t>(start)], byte_at[static_cast<size_t>(end)]};
    bool all_space = true;
    for (size_t i = span.start; i < span.end;) {
      CharInfo c = ClassifyAt(text, i);
      if (!IsSpaceClass(c.cls) && c.cls != CharClass::kFormat) all_space = false;
      i += c.len;
    }
    if (!all_space) out.push_back(span);
  }
  return out;
}

std::vector<ByteSpan> FastTokens(const std::string& text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<ByteSpan> out;
  for (const Token& t : tokens) out.push_back(t.span);
  return out;
}

std::string Show(const std::string& text, const std::vector<ByteSpan>& spans) {
  std::string s;
  for (const ByteSpan& b : spans) s += "[" + text.substr(b.start, b.size()) + "]";
  return s;
}

TEST(Lang, TokenizerMatchesIcuOnPlainWordsNumbersAndPunctuation) {
  const std::vector<std::string> letters = {"a", "b", "k", "z", "E", "Q", "é", "ß",
                                            "Ø", "ж", "Ї", "λ", "Ω", "ı", "ñ"};
  const std::vector<std::string> spaces = {" ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u2009"};
  const std::vector<std::string> puncts = {",", ";", ":", "!", "?", "(", ")"};
  std::mt19937 rng(12345);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = 5 + static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) {
      if (!text.empty()) text += pick(spaces);
      switch (rng() % 4) {
        case 0:
        case 1: {  // letters, then maybe digits ("G7")
          int len = 1 + static_cast<int>(rng() % 7);
          for (int j = 0; j < len; ++j) text += pick(letters);
          if (rng() % 5 == 0) text += std::to_string(rng() % 100);
          break;
        }
        case 2:
          text += std::to_string(rng() % 100000);
          break;
        default:
          text += pick(puncts);
          break;
      }
    }
    std::vector<ByteSpan> icu = IcuTokens(text);
    std::vector<ByteSpan> fast = FastTokens(text);
    ASSERT_EQ(Show(text, fast), Show(text, icu)) << "text: " << text;
  }
}

TEST(Lang, TokenizerCoversSameCharactersAsIcuOnRandomText) {
  // Code points from many classes: letters of several scripts, marks, digits, quotes,
  // apostrophes, dashes, spaces, format characters, emoji, symbols.
  const std::vector<char32_t> pool = {
      'a',     'Z',    'm',    '0',    '7',    ' ',     '\n',   '.',    ',',    '\'',   '"',
      '-',     '$',    '%',    '@',    '#',    '/',     '(',    ')',    '!',    '?',    ':',
      0x00A0,  0x2009, 0x00E9, 0x0416, 0x0436, 0x05D0,  0x0627, 0x6771, 0x0301, 0x0663, 0x2019,
      0x2018,  0x201C, 0x201D, 0x00AB, 0x00BB, 0x2013,  0x2014, 0x2026, 0x20AC, 0x2022, 0x1F600,
      0x1F3FD, 0x200D, 0x00AD, 0xFEFF, 0x2028, 0x1F1FA, 0x1F1E6};
  std::mt19937 rng(777);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) AppendUtf8(pool[rng() % pool.size()], &text);
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    // Invariants: ordered, non-empty, non-overlapping, inside the text, on code point
    // boundaries, and never containing white space.
    std::vector<bool> covered(text.size(), false);
    uint32_t prev_end = 0;
    for (const Token& t : tokens) {
      ASSERT_LT(t.span.start, t.span.end) << text;
      ASSERT_LE(prev_end, t.span.start) << text;
      ASSERT_LE(t.span.end, text.size()) << text;
      ASSERT_NE(static_cast<unsigned char>(text[t.span.start]) & 0xC0, 0x80u) << text;
      ASSERT_TRUE(t.span.end == text.size() ||
                  (static_cast<unsigned char>(text[t.span.end]) & 0xC0) != 0x80)
          << text;
      for (size_t i = t.span.start; i < t.span.end;) {
        CharInfo c = ClassifyAt(text, i);
        ASSERT_FALSE(IsSpaceClass(c.cls)) << Show(text, FastTokens(text));
        for (size_t b = 0; b < c.len; ++b) covered[i + b] = true;
        i += c.len;
      }
      prev_end = t.span.end;
    }
    // Every non-space, non-format character ICU puts in a segment is in one of our tokens.
    for (const ByteSpan& s : IcuTokens(text)) {
      for (size_t i = s.start; i < s.end;) {
        CharInfo c = ClassifyAt(text, i);
        if (!IsSpaceClass(c.cls) && c.cls != CharClass::kFormat) {
          ASSERT_TRUE(covered[i]) << "uncovered byte " << i << " in " << text;
        }
        i += c.len;
      }
    }
  }
}

TEST(Lang, TokenizerSurvivesRandomBytes) {
  std::mt19937 rng(99);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 50);
    for (int k = 0; k < n; ++k) text.push_back(static_cast<char>(rng() % 256));
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    uint32_t prev_end = 0;
    for (const Token& t : tokens) {
      ASSERT_LT(t.span.start, t.span.end);
      ASSERT_LE(prev_end, t.span.start);
      ASSERT_LE(t.span.end, text.size());
      prev_end = t.span.end;
    }
  }
}

}  // namespace
}  // namespace claimtrace::lang
