// UTF-8 validation by the well-formed byte sequence table of Unicode 15 §3.9 (Table 3-7),
// with an ASCII fast path that checks 8 bytes at a time. Covered by src/core/utf8_test.cc,
// which checks the fast path against a byte-by-byte reference on random input.
#include "core/utf8.h"

#include <cstring>

namespace claimtrace {
namespace {

// Length of the well-formed sequence starting at p[0] (1..4), or 0 if ill-formed; `*bad_len`
// receives the length of the maximal ill-formed subpart to replace (>= 1) when 0 is returned.
size_t SequenceLength(const unsigned char* p, size_t avail, size_t* bad_len) {
  const unsigned char c = p[0];
  *bad_len = 1;
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k < need; ++k) {
    if (k >= avail) {
      *bad_len = k;
      return 0;
    }
    const unsigned char b = p[k];
    const unsigned char l = (k == 1) ? lo : 0x80;
    const unsigned char h = (k == 1) ? hi : 0xBF;
    if (b < l || b > h) {
      *bad_len = k;
      return 0;
    }
  }
  return need;
}

}  // namespace

size_t ValidUtf8Prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    size_t bad_len;
    const size_t len = SequenceLength(p + i, n - i, &bad_len);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

std::string RepairUtf8(std::string_view s, size_t* replaced, size_t* first_bad) {
  size_t count = 0;
  size_t first = std::string_view::npos;
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    const size_t good = ValidUtf8Prefix(s.substr(i));
    out.append(s.data() + i, good);
    i += good;
    if (i >= s.size()) break;
    size_t bad_len;
    SequenceLength(p + i, s.size() - i, &bad_len);
    if (first == std::string_view::npos) first = i;
    out.append("\xEF\xBF\xBD");
    ++count;
    i += bad_len;
  }
  if (replaced) *replaced = count;
  if (first_bad) *first_bad = first;
  return out;
}

char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *i;
  size_t bad_len;
  const size_t len = SequenceLength(p, s.size() - *i, &bad_len);
  if (len == 0) {
    *i += bad_len;
    return U'\uFFFD';
  }
  *i += len;
  switch (len) {
    case 1: return p[0];
    case 2: return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3: return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
      return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool LooksBinary(std::string_view s) {
  const size_t n = s.size() < 4096 ? s.size() : 4096;
  if (std::memchr(s.data(), '\0', n) != nullptr) return true;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;
}

}  // namespace claimtrace
