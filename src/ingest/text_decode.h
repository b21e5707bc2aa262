// Turning the bytes of a plain-text input into valid UTF-8, saying what had to be repaired.
//
// A UTF-8 byte-order mark is dropped; UTF-16 (LE or BE, recognised by its byte-order mark) is
// converted to UTF-8; anything else is taken as UTF-8 and every ill-formed sequence is replaced
// with U+FFFD (core/utf8.h). The caller reports the repair as a warning naming the first bad
// byte. Pure function, thread-safe.
//
//   DecodedText d = DecodeText(std::move(bytes));
//   if (d.replaced > 0) sink.Warning(...d.first_bad...);
#ifndef CLAIMTRACE_INGEST_TEXT_DECODE_H_
#define CLAIMTRACE_INGEST_TEXT_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimtrace {

struct DecodedText {
  std::string text;                      // valid UTF-8
  std::string_view encoding = "UTF-8";   // "UTF-8", "UTF-16LE" or "UTF-16BE"
  size_t replaced = 0;                   // ill-formed sequences replaced with U+FFFD
  size_t first_bad = std::string::npos;  // byte offset of the first one in the input
};

DecodedText DecodeText(std::string bytes);

// A message for a repair, e.g. "invalid UTF-8 at byte 1042 (3 sequences replaced with U+FFFD)".
std::string DescribeRepair(const DecodedText& decoded);

// True when `s` holds nothing but whitespace (ASCII, NBSP, and other Unicode spaces).
bool IsBlank(std::string_view s);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_TEXT_DECODE_H_
