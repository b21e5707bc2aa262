// ParserKeepsAsIs: a word-at-a-time scan (eight bytes per step while they are plain printable
// ASCII) in front of the byte rules; DecodeKnownReferences splits at '&' and decodes the
// references whose treatment by the parser is known exactly. Covered by
// src/web/parser_text_test.cc (against the byte loop, and against gumbo itself).
#include "web/parser_text.h"

#include <cstdint>
#include <cstring>

#include "core/utf8.h"

namespace claimtrace::web {
namespace {

// The character references DecodeKnownReferences resolves: numeric ones whose code point the
// parser passes through unchanged and that are not white space, controls or private use (the
// placeholders live there), and five named ones, all with their semicolon. For these the
// parser's decoding is known exactly (prepass_test.cc checks it against gumbo).
bool PassedThroughCodePoint(uint32_t cp) {
  return (cp >= 0x21 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF) ||
         (cp >= 0xF900 && cp <= 0x10FFFF);
}

// Length of the reference at text[i] == '&' and its code point, or 0 when it is not one of
// the handled references.
size_t KnownReferenceAt(std::string_view text, size_t i, uint32_t* cp) {
  const std::string_view rest = text.substr(i + 1);
  if (!rest.empty() && rest[0] == '#') {
    size_t k = 1;
    const bool hex = k < rest.size() && (rest[k] == 'x' || rest[k] == 'X');
    if (hex) ++k;
    const size_t first_digit = k;
    uint32_t v = 0;
    for (; k < rest.size() && k - first_digit < 8; ++k) {
      const char c = rest[k];
      uint32_t d;
      if (c >= '0' && c <= '9') {
        d = static_cast<uint32_t>(c - '0');
      } else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        d = static_cast<uint32_t>((c | 0x20) - 'a' + 10);
      } else {
        break;
      }
      v = v * (hex ? 16 : 10) + d;
    }
    if (k == first_digit || k >= rest.size() || rest[k] != ';' || !PassedThroughCodePoint(v)) {
      return 0;
    }
    *cp = v;
    return k + 2;  // '&' ... ';'
  }
  struct Named {
    std::string_view name;
    uint32_t cp;
  };
  static constexpr Named kNamed[] = {
      {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"nbsp;", 0xA0}};
  for (const Named& n : kNamed) {
    if (rest.substr(0, n.name.size()) == n.name) {
      *cp = n.cp;
      return n.name.size() + 1;
    }
  }
  return 0;
}

}  // namespace

bool ParserKeepsAsIs(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    // Eight bytes at a time while they are all printable ASCII other than '&' (SWAR: a byte
    // is flagged when it is below 0x20, has the high bit, or equals '&' or 0x7F).
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL;
      constexpr uint64_t kHigh = 0x8080808080808080ULL;
      auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
      const uint64_t flagged = (w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) |
                               has_zero(w ^ (kOnes * '&')) | has_zero(w ^ (kOnes * 0x7F));
      if (flagged != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c == '&') return false;
    if (c < 0x20) {
      if (c != '\t' && c != '\n' && c != '\f' && c != '\r') return false;
      continue;
    }
    if (c == 0x7F) return false;
    if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) return false;
    if (c == 0xEF && i + 2 < n) {
      if (p[i + 1] == 0xB7 && p[i + 2] >= 0x90 && p[i + 2] <= 0xAF) return false;  // U+FDD0..
      if (p[i + 1] == 0xBF && p[i + 2] >= 0xBE) return false;                      // U+FFFE, U+FFFF
    }
    if (c >= 0xF0 && i + 3 < n && (p[i + 1] & 0x0F) == 0x0F && p[i + 2] == 0xBF &&
        p[i + 3] >= 0xBE) {
      return false;  // U+xFFFE, U+xFFFF in the supplementary planes
    }
  }
  return true;
}

bool ParserKeepsAsIsSimple(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = p[i];
    if (c == '&') return false;
    if (c < 0x20) {
      if (c != '\t' && c != '\n' && c != '\f' && c != '\r') return false;
      continue;
    }
    if (c == 0x7F) return false;
    if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) return false;
    if (c == 0xEF && i + 2 < n) {
      if (p[i + 1] == 0xB7 && p[i + 2] >= 0x90 && p[i + 2] <= 0xAF) return false;  // U+FDD0..
      if (p[i + 1] == 0xBF && p[i + 2] >= 0xBE) return false;                      // U+FFFE, U+FFFF
    }
    if (c >= 0xF0 && i + 3 < n && (p[i + 1] & 0x0F) == 0x0F && p[i + 2] == 0xBF &&
        p[i + 3] >= 0xBE) {
      return false;  // U+xFFFE, U+xFFFF in the supplementary planes
    }
  }
  return true;
}

bool DecodeKnownReferences(std::string_view text, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    const std::string_view plain = text.substr(i, amp == std::string_view::npos ? amp : amp - i);
    if (!ParserKeepsAsIs(plain)) return false;
    out->append(plain);
    if (amp == std::string_view::npos) break;
    uint32_t cp = 0;
    const size_t n = KnownReferenceAt(text, amp, &cp);
    if (n == 0) return false;
    AppendUtf8(static_cast<char32_t>(cp), out);
    i = amp + n;
  }
  return true;
}

}  // namespace claimtrace::web
