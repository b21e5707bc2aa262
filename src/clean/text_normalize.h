// Unicode and whitespace normalisation: the first step of cleaning. No word is changed.
//
// ToNfc repairs ill-formed UTF-8 (U+FFFD) and puts the text in Unicode Normalization Form C
// with ICU (canonical composition only: "e" + U+0301 becomes "é", but no compatibility folding,
// so "ﬁ" and full-width letters stay as written). SplitLines then cuts lines at LF, CRLF, CR,
// U+0085, U+2028 and vertical tab; a form feed or U+2029 ends the line and forces a paragraph
// break (an empty line). Within a line, tabs, control characters and Unicode spaces (U+00A0,
// U+2000..U+200A, U+202F, U+205F, U+3000, U+1680) become one ASCII space, runs collapse, and
// the line is trimmed; invisible format characters (U+200B, U+2060, U+FEFF, soft hyphen
// U+00AD) are dropped. ZWJ/ZWNJ are kept (they change how some scripts and emoji are written).
// SplitLinesSimple is the same contract written the slow, obvious way, for differential tests.
// Pure functions, thread-safe.
//
//   std::vector<NormalizedLine> lines = SplitLines(ToNfc("A\u00A0 b\r\n\tc"));
//   // lines[0].text == "A b", lines[1].text == "c", lines[1].indent == 1
#ifndef CLAIMTRACE_CLEAN_TEXT_NORMALIZE_H_
#define CLAIMTRACE_CLEAN_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

struct NormalizedLine {
  std::string text;     // trimmed, inner whitespace collapsed to single spaces; "" = blank line
  uint32_t indent = 0;  // whitespace characters before the first visible one
  uint32_t chars = 0;   // code points in `text`

  friend bool operator==(const NormalizedLine&, const NormalizedLine&) = default;
};

std::string ToNfc(std::string_view text);

// `text` must be valid UTF-8 (ToNfc's output is).
std::vector<NormalizedLine> SplitLines(std::string_view text);
std::vector<NormalizedLine> SplitLinesSimple(std::string_view text);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_TEXT_NORMALIZE_H_
