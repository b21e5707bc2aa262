// Byte-level scanners over UTF-8; Unicode spaces are recognised by their lead bytes (U+00A0,
// U+1680, U+2000..U+200A, U+2028/9, U+202F, U+205F, U+3000), zero-width characters (U+200B..D,
// U+FEFF) are dropped. Covered by src/web/text_util_test.cc.
#include "web/text_util.h"

#include <array>
#include <charconv>
#include <cstdint>

#include "core/utf8.h"

namespace claimtrace::web {
namespace {

inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Length of the UTF-8 sequence at s[i] (1 for ASCII or stray bytes).
inline size_t SeqLen(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return i + n <= s.size() ? n : 1;
}

// 1 = space, 2 = zero-width (drop), 0 = other, for the sequence at s[i] of length n.
inline int UnicodeSpaceKind(std::string_view s, size_t i, size_t n) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (n == 2 && b0 == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 1;
  if (n != 3) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if (b0 == 0xE2 && b1 == 0x80) {
    if (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) return 1;
    if (b2 >= 0x8B && b2 <= 0x8D) return 2;
  }
  if (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F) return 1;
  if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return 1;
  if (b0 == 0xE1 && b1 == 0x9A && b2 == 0x80) return 1;
  if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return 2;
  return 0;
}

// True when the non-ASCII sequence separates words (spaces, Latin-1 and general punctuation).
inline bool IsNonAsciiSeparator(std::string_view s, size_t i, size_t n) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (n == 2 && b0 == 0xC2) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    return b1 >= 0xA0 && b1 <= 0xBF && b1 != 0xAA && b1 != 0xB5 && b1 != 0xBA;
  }
  if (n == 2 && b0 == 0xC3) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    return b1 == 0x97 || b1 == 0xB7;  // multiplication and division signs
  }
  if (n == 3 && b0 == 0xE2) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    return b1 >= 0x80 && b1 <= 0x81;  // U+2000..U+207F general punctuation
  }
  if (n == 3 && b0 == 0xE3 && static_cast<unsigned char>(s[i + 1]) == 0x80) return true;
  return UnicodeSpaceKind(s, i, n) != 0;
}

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};
constexpr std::array<NamedEntity, 24> kEntities{{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"copy", 0xA9},    {"reg", 0xAE},
    {"trade", 0x2122}, {"eacute", 0xE9},  {"egrave", 0xE8},   {"aacute", 0xE1},  {"oacute", 0xF3},
    {"uuml", 0xFC},    {"ouml", 0xF6},    {"auml", 0xE4},     {"laquo", 0xAB},
}};

}  // namespace

void AppendCollapsed(std::string_view text, std::string* out, bool* last_space) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsAsciiSpace(c)) {
        if (!*last_space) {
          out->push_back(' ');
          *last_space = true;
        }
        ++i;
        continue;
      }
      // A run of printable ASCII in one append.
      size_t j = i + 1;
      while (j < n) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (d >= 0x80 || IsAsciiSpace(d)) break;
        ++j;
      }
      out->append(text.data() + i, j - i);
      *last_space = false;
      i = j;
      continue;
    }
    const size_t len = SeqLen(text, i);
    const int kind = UnicodeSpaceKind(text, i, len);
    if (kind == 1) {
      if (!*last_space) {
        out->push_back(' ');
        *last_space = true;
      }
    } else if (kind == 0) {
      out->append(text.data() + i, len);
      *last_space = false;
    }
    i += len;
  }
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = true;
  AppendCollapsed(s, &out, &space);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t CountWords(std::string_view s) {
  static constexpr std::array<uint8_t, 128> kAlnum = [] {
    std::array<uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = IsAsciiAlnum(static_cast<unsigned char>(c)) ? 1 : 0;
    return t;
  }();
  size_t words = 0;
  unsigned in_word = 0;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // branch-free for ASCII, the common case
      const unsigned letter = kAlnum[c];
      words += letter & (in_word ^ 1u);
      in_word = letter;
      ++i;
      continue;
    }
    const size_t len = SeqLen(s, i);
    const unsigned letter = IsNonAsciiSeparator(s, i, len) ? 0u : 1u;
    words += letter & (in_word ^ 1u);
    in_word = letter;
    i += len;
  }
  return words;
}

std::string CompareKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = true;
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (IsAsciiAlnum(c)) {
        out.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? (c | 0x20) : c));
        space = false;
      } else if (!space) {
        out.push_back(' ');
        space = true;
      }
      ++i;
      continue;
    }
    const size_t len = SeqLen(s, i);
    if (IsNonAsciiSeparator(s, i, len)) {
      if (!space) {
        out.push_back(' ');
        space = true;
      }
    } else {
      out.append(s.data() + i, len);
      space = false;
    }
    i += len;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    const size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12) {
      out.push_back(s[i++]);
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (name.size() >= 2 && name[0] == '#') {
      uint32_t v = 0;
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const char* b = name.data() + (hex ? 2 : 1);
      const char* e = name.data() + name.size();
      auto [p, ec] = std::from_chars(b, e, v, hex ? 16 : 10);
      if (ec == std::errc() && p == e && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) {
        cp = v;
      }
    } else {
      for (const NamedEntity& ent : kEntities) {
        if (ent.name == name) {
          cp = ent.cp;
          break;
        }
      }
    }
    if (cp == 0) {
      out.push_back(s[i++]);
      continue;
    }
    AppendUtf8(cp, &out);
    i = semi + 1;
  }
  return out;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace claimtrace::web
