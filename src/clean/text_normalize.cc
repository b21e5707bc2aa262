// NFC through ICU's Normalizer2 on UTF-8 directly (isNormalizedUTF8 quick check first, so the
// common already-NFC text is not copied twice); line splitting by one byte loop that copies
// runs of printable ASCII in bulk and decodes only non-ASCII sequences. SplitLinesSimple
// decodes every code point, splits lines first and collapses spaces by word splitting; the
// differential test in src/clean/text_normalize_test.cc checks the two agree on random input.
#include "clean/text_normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cstring>

#include "core/utf8.h"

namespace claimtrace {
namespace {

enum class CharClass { kKeep, kSpace, kDrop, kLineBreak, kParagraphBreak };

CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n' || cp == '\r' || cp == '\v') return CharClass::kLineBreak;
    if (cp == '\f') return CharClass::kParagraphBreak;
    if (cp <= 0x20 || cp == 0x7F) return CharClass::kSpace;
    return CharClass::kKeep;
  }
  if (cp == 0x85 || cp == 0x2028) return CharClass::kLineBreak;
  if (cp == 0x2029) return CharClass::kParagraphBreak;
  if (cp < 0xA0) return CharClass::kSpace;  // C1 controls
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000) {
    return CharClass::kSpace;
  }
  if (cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) return CharClass::kDrop;
  return CharClass::kKeep;
}

bool AllAscii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

class LineBuilder {
 public:
  explicit LineBuilder(std::vector<NormalizedLine>* out) : out_(out) {}

  void Space() {
    if (cur_.text.empty()) {
      ++cur_.indent;
    } else {
      pending_space_ = true;
    }
  }
  void Append(const char* p, size_t n, uint32_t chars) {
    if (pending_space_) {
      cur_.text.push_back(' ');
      ++cur_.chars;
      pending_space_ = false;
    }
    cur_.text.append(p, n);
    cur_.chars += chars;
  }
  void EndLine() {
    if (cur_.text.empty()) cur_.indent = 0;
    out_->push_back(std::move(cur_));
    cur_ = NormalizedLine();
    pending_space_ = false;
  }
  void Finish() {
    if (!cur_.text.empty()) EndLine();
  }
  // A whole line that needs no normalisation (only valid when no line is in progress).
  void CleanLine(const char* p, size_t n, uint32_t chars) {
    out_->push_back(NormalizedLine{std::string(p, n), 0, chars});
  }

 private:
  std::vector<NormalizedLine>* out_;
  NormalizedLine cur_;
  bool pending_space_ = false;
};

// The byte loop over text[i, n): normalises and ends lines as it goes.
void SplitSegment(std::string_view text, size_t i, size_t n, LineBuilder* b);

}  // namespace

std::string ToNfc(std::string_view text) {
  std::string repaired;
  if (!IsValidUtf8(text)) {
    repaired = RepairUtf8(text);
    text = repaired;
  }
  if (AllAscii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) return std::string(text);
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

namespace {

// The code points of s[b, e) when that line needs no change at all: printable ASCII and
// ordinary non-ASCII characters, single spaces, none at either end. Else -1.
int64_t CleanLineChars(const char* s, size_t b, size_t e) {
  if (b == e || s[b] == ' ' || s[e - 1] == ' ') return -1;
  int64_t chars = 0;
  for (size_t k = b; k < e; ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (c >= 0x21 && c <= 0x7E) {
      ++chars;
      continue;
    }
    if (c == ' ') {
      if (s[k + 1] == ' ') return -1;
      ++chars;
      continue;
    }
    if (c < 0x80) return -1;  // control characters, DEL
    if (c < 0xC0) continue;   // continuation byte
    ++chars;
    const auto c1 = static_cast<unsigned char>(s[k + 1]);
    if (c == 0xC2 && (c1 <= 0xA0 || c1 == 0xAD)) return -1;  // C1, NBSP, soft hyphen
    if (c == 0xE1 && c1 == 0x9A && static_cast<unsigned char>(s[k + 2]) == 0x80) return -1;
    if (c == 0xE2) {
      const auto c2 = static_cast<unsigned char>(s[k + 2]);
      if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return -1;
      if (c1 == 0x81 && (c2 == 0x9F || c2 == 0xA0)) return -1;
    }
    if (c == 0xE3 && c1 == 0x80 && static_cast<unsigned char>(s[k + 2]) == 0x80) return -1;
    if (c == 0xEF && c1 == 0xBB && static_cast<unsigned char>(s[k + 2]) == 0xBF) return -1;
  }
  return chars;
}

}  // namespace

std::vector<NormalizedLine> SplitLines(std::string_view text) {
  std::vector<NormalizedLine> lines;
  lines.reserve(text.size() / 64 + 4);
  LineBuilder b(&lines);
  const char* s = text.data();
  const size_t n = text.size();
  size_t i = 0;
  // Segment by segment: a segment ends after '\n'. Clean lines are copied whole; anything
  // else goes through the byte loop, which ends the segment's line(s) itself.
  while (i < n) {
    const void* nl = std::memchr(s + i, '\n', n - i);
    const size_t seg_end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - s) + 1 : n;
    size_t content_end = nl ? seg_end - 1 : n;
    if (content_end > i && s[content_end - 1] == '\r') --content_end;
    if (const int64_t chars = CleanLineChars(s, i, content_end); chars >= 0) {
      b.CleanLine(s + i, content_end - i, static_cast<uint32_t>(chars));
      i = seg_end;
      continue;
    }
    SplitSegment(text, i, seg_end, &b);
    i = seg_end;
  }
  b.Finish();
  return lines;
}

namespace {

void SplitSegment(std::string_view text, size_t i, size_t n, LineBuilder* bp) {
  LineBuilder& b = *bp;
  const char* s = text.data();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c > 0x20 && c < 0x7F) {
      size_t j = i + 1;
      while (j<n&& static_cast<unsigned char>(s[j])> 0x20 &&
             static_cast<unsigned char>(s[j]) < 0x7F) {
        ++j;
      }
      b.Append(s + i, j - i, static_cast<uint32_t>(j - i));
      i = j;
      continue;
    }
    if (c == '\r') {
      b.EndLine();
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    char32_t cp = c;
    size_t next = i + 1;
    if (c >= 0x80) {
      next = i;
      cp = DecodeUtf8(text, &next);
    }
    switch (Classify(cp)) {
      case CharClass::kKeep:
        b.Append(s + i, next - i, 1);
        break;
      case CharClass::kSpace:
        b.Space();
        break;
      case CharClass::kDrop:
        break;
      case CharClass::kLineBreak:
        b.EndLine();
        break;
      case CharClass::kParagraphBreak:
        b.EndLine();
        b.EndLine();
        break;
    }
    i = next;
  }
}

}  // namespace

std::vector<NormalizedLine> SplitLinesSimple(std::string_view text) {
  // 1. Decode everything and cut raw lines.
  std::vector<std::u32string> raw(1);
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == '\r' && i < text.size() && text[i] == '\n') continue;  // CRLF: the LF ends it
    const CharClass k = Classify(cp);
    if (k == CharClass::kLineBreak) {
      raw.emplace_back();
    } else if (k == CharClass::kParagraphBreak) {
      raw.emplace_back();
      raw.emplace_back();
    } else if (k == CharClass::kSpace) {
      raw.back().push_back(U' ');
    } else if (k == CharClass::kKeep) {
      raw.back().push_back(cp);
    }
  }
  // The last line ends the text: dropped when it holds nothing visible.
  if (raw.back().find_first_not_of(U' ') == std::u32string::npos) raw.pop_back();
  // 2. Per line: count leading spaces, split into words, join with one space.
  std::vector<NormalizedLine> out;
  for (const std::u32string& line : raw) {
    NormalizedLine nl;
    size_t k = 0;
    while (k < line.size() && line[k] == U' ') ++k;
    std::vector<std::u32string> words;
    std::u32string word;
    for (char32_t cp : line) {
      if (cp == U' ') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        word.push_back(cp);
      }
    }
    if (!word.empty()) words.push_back(word);
    for (size_t w = 0; w < words.size(); ++w) {
      if (w > 0) {
        nl.text.push_back(' ');
        ++nl.chars;
      }
      for (char32_t cp : words[w]) {
        AppendUtf8(cp, &nl.text);
        ++nl.chars;
      }
    }
    nl.indent = nl.text.empty() ? 0 : static_cast<uint32_t>(k);
    out.push_back(std::move(nl));
  }
  return out;
}

}  // namespace claimtrace
