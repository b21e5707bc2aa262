// Token keys: one pass over the token's code points writes the lower-cased bytes into a stack
// buffer (long tokens are truncated to 96 bytes for the affix keys only) while hashing the
// exact text, the lower-cased text and the collapsed shape. Short all-ASCII words (most of
// them) take a table-driven path without decoding that gives the same keys. Covered by
// lexical_test.cc (TokenKeysFastPathMatchesSimple compares the two paths).
#include "lang/lexical.h"

#include "core/utf8.h"
#include "lang/char_class.h"
#include "lang/hashing.h"

namespace claimtrace::lang {
namespace {

constexpr size_t kBuf = 96;
constexpr size_t kMaxCp = 40;

inline size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

char ShapeChar(CharClass c, char32_t cp) {
  switch (c) {
    case CharClass::kUpper:
      return 'X';
    case CharClass::kLower:
      return 'x';
    case CharClass::kLetterOther:
    case CharClass::kMark:
      return 'l';
    case CharClass::kDigit:
      return 'd';
    default:
      return cp < 0x80 ? static_cast<char>(cp) : '#';
  }
}

// Per-byte lower-cased byte, shape character and class of ASCII, taken from the general
// functions (so the fast path cannot drift from them); ok[b] false if b lower-cases to
// something that is not one ASCII byte (then the general path runs).
struct AsciiTables {
  unsigned char lower[128];
  char shape[128];
  CharClass cls[128];
  bool ok[128];
  AsciiTables() {
    for (char32_t b = 0; b < 128; ++b) {
      const char ch = static_cast<char>(b);
      const CharInfo c = ClassifyAt(std::string_view(&ch, 1), 0);
      const char32_t lc = c.cls == CharClass::kUpper ? ToLowerCodePoint(c.cp) : c.cp;
      ok[b] = c.len == 1 && c.cp == b && lc < 0x80;
      lower[b] = static_cast<unsigned char>(lc);
      shape[b] = ShapeChar(c.cls, c.cp);
      cls[b] = c.cls;
    }
  }
};

// Keys of an all-ASCII word of at most kMaxCp bytes (one byte per code point, nothing
// truncated): the same hashes as ComputeTokenKeysSimple, without decoding.
TokenKeys AsciiTokenKeys(const AsciiTables& t, std::string_view w) {
  TokenKeys k;
  unsigned char buf[kMaxCp];
  const size_t n = w.size();
  uint64_t exact = kFnvOffset, lower = kFnvOffset, shape = kFnvOffset;
  char last_shape = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(w[i]);
    exact = HashByte(exact, b);
    const unsigned char l = t.lower[b];
    lower = HashByte(lower, l);
    buf[i] = l;
    const char s = t.shape[b];
    if (s != last_shape) {
      shape = HashByte(shape, static_cast<unsigned char>(s));
      last_shape = s;
    }
    k.has_upper |= t.cls[b] == CharClass::kUpper;
    k.has_lower |= t.cls[b] == CharClass::kLower;
    k.has_digit |= t.cls[b] == CharClass::kDigit;
  }
  k.length = static_cast<uint16_t>(n);
  k.exact = exact;
  k.lower = lower;
  k.shape = shape;
  auto hash = [&](size_t from, size_t m) {
    uint64_t h = kFnvOffset;
    for (size_t i = from; i < from + m; ++i) h = HashByte(h, buf[i]);
    return h;
  };
  k.pre2 = n >= 2 ? hash(0, 2) : 0;
  k.pre3 = n >= 3 ? hash(0, 3) : 0;
  k.suf2 = n >= 2 ? hash(n - 2, 2) : 0;
  k.suf3 = n >= 3 ? hash(n - 3, 3) : 0;
  k.suf4 = n >= 4 ? hash(n - 4, 4) : 0;
  return k;
}

}  // namespace

TokenKeys ComputeTokenKeys(std::string_view text, ByteSpan span) {
  static const AsciiTables tables;
  std::string_view w = text.substr(span.start, span.size());
  if (w.size() <= kMaxCp) {
    bool ascii = true;
    for (char c : w) {
      const unsigned char b = static_cast<unsigned char>(c);
      if (b >= 0x80 || !tables.ok[b]) {
        ascii = false;
        break;
      }
    }
    if (ascii) return AsciiTokenKeys(tables, w);
  }
  return ComputeTokenKeysSimple(text, span);
}

TokenKeys ComputeTokenKeysSimple(std::string_view text, ByteSpan span) {
  TokenKeys k;
  std::string_view w = text.substr(span.start, span.size());
  char buf[kBuf];
  size_t starts[kMaxCp + 1];  // byte offset in buf of each code point
  size_t ncp = 0, nbuf = 0;
  uint64_t exact = kFnvOffset, lower = kFnvOffset, shape = kFnvOffset;
  char last_shape = 0;
  for (size_t i = 0; i < w.size();) {
    CharInfo c = ClassifyAt(w, i);
    for (size_t b = 0; b < c.len; ++b)
      exact = HashByte(exact, static_cast<unsigned char>(w[i + b]));
    char32_t lc = c.cls == CharClass::kUpper ? ToLowerCodePoint(c.cp) : c.cp;
    char enc[4];
    size_t n = (lc == c.cp && c.len > 0) ? 0 : EncodeUtf8(lc, enc);
    const char* src = n ? enc : w.data() + i;
    size_t len = n ? n : c.len;
    for (size_t b = 0; b < len; ++b) lower = HashByte(lower, static_cast<unsigned char>(src[b]));
    if (ncp < kMaxCp && nbuf + len <= kBuf) {
      starts[ncp++] = nbuf;
      for (size_t b = 0; b < len; ++b) buf[nbuf++] = src[b];
    }
    char s = ShapeChar(c.cls, c.cp);
    if (s != last_shape) {
      shape = HashByte(shape, static_cast<unsigned char>(s));
      last_shape = s;
    }
    k.has_upper |= c.cls == CharClass::kUpper;
    k.has_lower |= c.cls == CharClass::kLower;
    k.has_digit |= c.cls == CharClass::kDigit;
    ++k.length;
    i += c.len;
  }
  starts[ncp] = nbuf;
  k.exact = exact;
  k.lower = lower;
  k.shape = shape;
  std::string_view lw(buf, nbuf);
  auto prefix = [&](size_t m) { return m <= ncp ? HashBytes(lw.substr(0, starts[m])) : 0; };
  auto suffix = [&](size_t m) { return m <= ncp ? HashBytes(lw.substr(starts[ncp - m])) : 0; };
  k.pre2 = prefix(2);
  k.pre3 = prefix(3);
  k.suf2 = suffix(2);
  k.suf3 = suffix(3);
  k.suf4 = suffix(4);
  return k;
}

uint64_t LowerHash(std::string_view word) {
  return ComputeTokenKeys(word, {0, static_cast<uint32_t>(word.size())}).lower;
}

void AppendLower(std::string_view word, std::string* out) {
  for (size_t i = 0; i < word.size();) {
    CharInfo c = ClassifyAt(word, i);
    if (c.cls == CharClass::kUpper) {
      AppendUtf8(ToLowerCodePoint(c.cp), out);
    } else {
      out->append(word.substr(i, c.len));
    }
    i += c.len;
  }
}

}  // namespace claimtrace::lang
