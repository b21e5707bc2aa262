// Text decoding: BOM check, a UTF-16 decoder with surrogate pairing (unpaired surrogates and
// an odd trailing byte become U+FFFD), else UTF-8 validation with repair. Covered by
// src/ingest/text_decode_test.cc.
#include "ingest/text_decode.h"

#include <unicode/ucnv.h>

#include "core/utf8.h"
#include "web/charset.h"

namespace claimtrace {
namespace {

DecodedText DecodeUtf16(std::string_view bytes, bool little_endian) {
  DecodedText out;
  out.encoding = little_endian ? "UTF-16LE" : "UTF-16BE";
  out.text.reserve(bytes.size());
  auto unit = [&](size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (char32_t{b} << 8 | a) : (char32_t{a} << 8 | b);
  };
  auto bad = [&](size_t at) {
    if (out.replaced++ == 0) out.first_bad = at;
    AppendUtf8(U'\uFFFD', &out.text);
  };
  size_t i = 2;  // after the byte-order mark
  while (i + 1 < bytes.size()) {
    const char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 < bytes.size()) {
        const char32_t lo = unit(i + 2);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), &out.text);
          i += 4;
          continue;
        }
      }
      bad(i);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      bad(i);
    } else {
      AppendUtf8(u, &out.text);
    }
    i += 2;
  }
  if (i < bytes.size()) bad(i);  // odd trailing byte
  return out;
}

// The MIME (else IANA) name of an ICU converter name ("ibm-912_P100-1995" -> "ISO-8859-2").
std::string DisplayName(const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  const char* iana = ucnv_getStandardName(charset.c_str(), "MIME", &status);
  if (U_FAILURE(status) || iana == nullptr) {
    status = U_ZERO_ERROR;
    iana = ucnv_getStandardName(charset.c_str(), "IANA", &status);
  }
  return U_SUCCESS(status) && iana != nullptr ? std::string(iana) : charset;
}

}  // namespace

DecodedText DecodeText(std::string bytes) {
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
    return DecodeUtf16(bytes, true);
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') {
    return DecodeUtf16(bytes, false);
  }
  DecodedText out;
  size_t offset = 0;
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bytes.erase(0, 3);
    offset = 3;
  }
  if (IsValidUtf8(bytes)) {
    out.text = std::move(bytes);
    return out;
  }
  size_t first = 0;
  std::string repaired = RepairUtf8(bytes, &out.replaced, &first);
  out.first_bad = first + offset;
  // Mostly UTF-8 with damage is repaired; no UTF-8 at all is a legacy charset (web/charset.h
  // decides both ways, as it does for pages labelled UTF-8).
  web::DecodedHtml legacy = web::DecodeHtmlBytes(bytes, "UTF-8");
  if (!legacy.charset.empty() && legacy.charset != "UTF-8") {
    out.text = std::move(legacy.text);
    out.encoding = DisplayName(legacy.charset);
    out.detected = true;
    out.replaced = legacy.replaced;
    return out;
  }
  out.text = std::move(repaired);
  return out;
}

std::string DescribeRepair(const DecodedText& d) {
  if (d.detected) {
    std::string msg = "not UTF-8: read as " + d.encoding + " (detected)";
    if (d.replaced > 0) {
      msg += " (" + std::to_string(d.replaced) + " bytes replaced with U+FFFD)";
    }
    return msg;
  }
  std::string msg = "invalid " + std::string(d.encoding) + " at byte " +
                    std::to_string(d.first_bad) + " (" + std::to_string(d.replaced) +
                    (d.replaced == 1 ? " sequence" : " sequences") + " replaced with U+FFFD)";
  return msg;
}

bool IsBlank(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    if (c < 0x80) return false;
    size_t j = i;
    const char32_t cp = DecodeUtf8(s, &j);
    const bool space = cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
                       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
                       cp == 0x3000 || cp == 0xFEFF || cp == 0x85;
    if (!space) return false;
    i = j;
  }
  return true;
}

}  // namespace claimtrace
