// Turning the bytes of a plain-text input into valid UTF-8, saying what had to be repaired.
//
// A UTF-8 byte-order mark is dropped; UTF-16 (LE or BE, recognised by its byte-order mark) is
// converted to UTF-8; valid UTF-8 is taken as it is. Bytes that are not UTF-8 are either mostly
// UTF-8 with a few damaged sequences (at least twice as many well-formed multi-byte sequences as
// bad ones), repaired with U+FFFD (core/utf8.h), or not UTF-8 at all: a legacy file (Windows-1252,
// Latin-1, ...), decoded from the charset uchardet detects (web/charset.h; Windows-1252 when it
// cannot tell), so "Jos\xE9 M\xFCller" is "José Müller", not "Jos\uFFFD M\uFFFDller". The
// caller reports either as a warning naming the first non-UTF-8 byte. Pure function,
// thread-safe.
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
  std::string encoding = "UTF-8";        // "UTF-8", "UTF-16LE", "UTF-16BE", or a detected charset
  bool detected = false;                 // `encoding` is a legacy charset detected from the bytes
  size_t replaced = 0;                   // ill-formed sequences replaced with U+FFFD
  size_t first_bad = std::string::npos;  // byte offset of the first non-UTF-8 byte in the input
};

DecodedText DecodeText(std::string bytes);

// A message for a repair, e.g. "invalid UTF-8 at byte 1042 (3 sequences replaced with U+FFFD)"
// or "not UTF-8: read as windows-1252 (detected)".
std::string DescribeRepair(const DecodedText& decoded);

// True when `s` holds nothing but whitespace (ASCII, NBSP, and other Unicode spaces).
bool IsBlank(std::string_view s);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_TEXT_DECODE_H_
