// Decoding a web page's bytes to UTF-8: choosing the character set and converting with ICU.
//
// DecodeHtmlBytes picks the charset in this order: a byte-order mark (it cannot lie), the
// charset declared by the HTTP Content-Type header, a <meta charset> / http-equiv declaration
// in the first 4 KiB, detection with uchardet, and finally UTF-8. A declaration is checked
// against the bytes: valid UTF-8 holding non-ASCII sequences is read as UTF-8 whatever the
// label says, and bytes labelled UTF-8 that are mostly not UTF-8 (typically windows-1252) are
// detected instead. Bytes that do not convert become U+FFFD and are counted in `replaced`.
// Labels are mapped as the WHATWG Encoding Standard does (latin1 and us-ascii are
// windows-1252, gb2312 is GB18030, ...). Pure functions; thread-safe.
//
//   DecodedHtml d = DecodeHtmlBytes(bytes, "iso-8859-1");
//   // d.text is UTF-8, d.charset == "windows-1252", d.source == CharsetSource::kDeclared
#ifndef CLAIMTRACE_WEB_CHARSET_H_
#define CLAIMTRACE_WEB_CHARSET_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimtrace::web {

enum class CharsetSource : uint8_t { kBom, kDeclared, kMeta, kDetected, kDefault };

// Short lower-case name, e.g. "meta".
std::string_view CharsetSourceName(CharsetSource source);

struct DecodedHtml {
  std::string text;     // UTF-8, always well-formed
  std::string charset;  // canonical name used for decoding, e.g. "UTF-8", "windows-1252"
  CharsetSource source = CharsetSource::kDefault;
  size_t replaced = 0;                             // bytes or sequences that became U+FFFD
  size_t first_replaced = std::string_view::npos;  // byte offset in the input of the first one
};

// Canonical name for an encoding label ("ISO-8859-1" -> "windows-1252", "utf8" -> "UTF-8"),
// or "" when neither the WHATWG table nor ICU knows the label.
std::string CanonicalCharset(std::string_view label);

// The charset a page declares in its first `limit` bytes with <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">, as a raw label.
std::optional<std::string> FindMetaCharset(std::string_view html, size_t limit = 4096);

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8" -> "UTF-8").
std::optional<std::string> CharsetFromContentType(std::string_view content_type);

// Converts `bytes` to UTF-8 as described above. Never fails: the worst case is UTF-8 with
// replacement characters.
DecodedHtml DecodeHtmlBytes(std::string_view bytes,
                            std::optional<std::string_view> declared_charset = std::nullopt);

// Converts `bytes` from `charset` (a canonical name) to UTF-8 with ICU. Returns false when ICU
// cannot open a converter for it.
bool ConvertToUtf8(std::string_view bytes, const std::string& charset, DecodedHtml* out);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_CHARSET_H_
