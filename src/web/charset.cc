// Charset choice and conversion. Order: BOM, HTTP declaration, <meta> prescan (first 4 KiB,
// comments skipped, as in the WHATWG "prescan a byte stream" algorithm), uchardet, UTF-8.
// A declaration is overridden when the bytes contradict it: valid UTF-8 with non-ASCII
// sequences is UTF-8; "UTF-8" bytes with more invalid bytes than half their valid multi-byte
// sequences are detected instead. Conversion goes through ICU (ucnv) with a counting
// substitution callback. Covered by src/web/charset_test.cc.
#include "web/charset.h"

#include <uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <array>
#include <cstring>
#include <memory>
#include <vector>

#include "core/utf8.h"
#include "web/html_scan.h"

namespace claimtrace::web {
namespace {

struct LabelEntry {
  std::string_view label;
  std::string_view name;
};

// WHATWG Encoding Standard labels whose decoder differs from what ICU would pick for the same
// label, plus the common spellings of UTF-8.
constexpr std::array<LabelEntry, 40> kLabels{{
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"x-unicode20utf8", "UTF-8"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso88591", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"windows-1252", "windows-1252"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"gb2312", "GB18030"},
    {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},
    {"gb18030", "GB18030"},
    {"chinese", "GB18030"},
    {"big5", "Big5-HKSCS"},
    {"big5-hkscs", "Big5-HKSCS"},
    {"x-x-big5", "Big5-HKSCS"},
    {"shift_jis", "windows-31j"},
    {"shift-jis", "windows-31j"},
    {"sjis", "windows-31j"},
    {"x-sjis", "windows-31j"},
    {"ms_kanji", "windows-31j"},
    {"windows-31j", "windows-31j"},
    {"euc-kr", "windows-949"},
    {"ks_c_5601-1987", "windows-949"},
    {"utf-16", "UTF-16LE"},
    {"unicode", "UTF-16LE"},
}};

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r' ||
          s.front() == '\f' || s.front() == '"' || s.front() == '\'')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r' ||
          s.back() == '\f' || s.back() == '"' || s.back() == '\'' || s.back() == ';')) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsUtf16(const std::string& name) { return name == "UTF-16LE" || name == "UTF-16BE"; }

struct CallbackContext {
  size_t count = 0;
  const char* base = nullptr;
  size_t first = std::string_view::npos;
};

void CountingToUCallback(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                         int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  auto* ctx = static_cast<CallbackContext*>(const_cast<void*>(context));
  if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) {
    if (ctx->count == 0 && ctx->base != nullptr && code_units != nullptr) {
      ctx->first = static_cast<size_t>(code_units - ctx->base);
    }
    ++ctx->count;
    (void)length;
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, err);
}

// Counts well-formed multi-byte UTF-8 sequences and ill-formed bytes in `s`.
void CountUtf8(std::string_view s, size_t* multibyte, size_t* invalid) {
  *multibyte = 0;
  *invalid = 0;
  size_t i = 0;
  while (i < s.size()) {
    const size_t good = ValidUtf8Prefix(s.substr(i));
    for (size_t k = i; k < i + good; ++k) {
      const auto c = static_cast<unsigned char>(s[k]);
      if (c >= 0xC0) ++*multibyte;
    }
    i += good;
    if (i < s.size()) {
      ++*invalid;
      ++i;
    }
  }
}

std::string Detect(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  if (ud == nullptr) return {};
  const size_t limit = std::min<size_t>(bytes.size(), 512 * 1024);
  uchardet_handle_data(ud, bytes.data(), limit);
  uchardet_data_end(ud);
  const char* name = uchardet_get_charset(ud);
  std::string result = name != nullptr ? CanonicalCharset(name) : std::string();
  uchardet_delete(ud);
  return result;
}

bool HasBom(std::string_view b, std::string* name, size_t* skip) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {
    *name = "UTF-8";
    *skip = 3;
    return true;
  }
  if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") {
    *name = "UTF-16LE";
    *skip = 2;
    return true;
  }
  if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") {
    *name = "UTF-16BE";
    *skip = 2;
    return true;
  }
  return false;
}

void SetUtf8(std::string_view bytes, DecodedHtml* out) {
  size_t replaced = 0;
  size_t first = std::string_view::npos;
  if (IsValidUtf8(bytes)) {
    out->text.assign(bytes);
  } else {
    out->text = RepairUtf8(bytes, &replaced, &first);
  }
  out->charset = "UTF-8";
  out->replaced = replaced;
  out->first_replaced = first;
}

}  // namespace

std::string_view CharsetSourceName(CharsetSource source) {
  switch (source) {
    case CharsetSource::kBom:
      return "bom";
    case CharsetSource::kDeclared:
      return "declared";
    case CharsetSource::kMeta:
      return "meta";
    case CharsetSource::kDetected:
      return "detected";
    case CharsetSource::kDefault:
      return "default";
  }
  return "default";
}

std::string CanonicalCharset(std::string_view label) {
  const std::string lower = AsciiLower(Trim(label));
  if (lower.empty() || lower.size() > 40) return {};
  for (const LabelEntry& e : kLabels) {
    if (e.label == lower) return std::string(e.name);
  }
  UErrorCode err = U_ZERO_ERROR;
  const char* name = ucnv_getCanonicalName(lower.c_str(), "", &err);
  if (U_FAILURE(err) || name == nullptr) {
    err = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(lower.c_str(), &err);
    if (U_FAILURE(err) || cnv == nullptr) return {};
    std::string result = ucnv_getName(cnv, &err);
    ucnv_close(cnv);
    return U_FAILURE(err) ? std::string() : result;
  }
  return lower;  // ICU knows it; keep the label (ICU resolves aliases when opening)
}

std::optional<std::string> CharsetFromContentType(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  size_t pos = lower.find("charset");
  while (pos != std::string::npos) {
    size_t i = pos + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < lower.size() && lower[i] == '=') {
      ++i;
      while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
      size_t end = i;
      if (end < lower.size() && (lower[end] == '"' || lower[end] == '\'')) {
        const char q = lower[end];
        const size_t close = lower.find(q, end + 1);
        const std::string_view v =
            std::string_view(content_type)
                .substr(end + 1, (close == std::string::npos ? lower.size() : close) - end - 1);
        if (!Trim(v).empty()) return std::string(Trim(v));
        return std::nullopt;
      }
      while (end < lower.size() && lower[end] != ';' && lower[end] != ' ' && lower[end] != ',') {
        ++end;
      }
      const std::string_view v = Trim(content_type.substr(i, end - i));
      if (!v.empty()) return std::string(v);
      return std::nullopt;
    }
    pos = lower.find("charset", pos + 7);
  }
  return std::nullopt;
}

std::optional<std::string> FindMetaCharset(std::string_view html, size_t limit) {
  const std::string_view head = html.substr(0, std::min(limit, html.size()));
  RawTag tag;
  size_t i = 0;
  while (i < head.size()) {
    const size_t lt = head.find('<', i);
    if (lt == std::string_view::npos) break;
    if (head.substr(lt, 4) == "<!--") {
      const size_t end = FindCommentEnd(head, lt);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    const TagParse parsed = ParseTag(head, lt, &tag);
    if (parsed == TagParse::kUnterminated) break;
    if (parsed == TagParse::kNotATag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.end_tag || tag.name != "meta") continue;
    if (auto cs = tag.Attr("charset"); cs && !Trim(*cs).empty()) return std::string(Trim(*cs));
    auto equiv = tag.Attr("http-equiv");
    auto content = tag.Attr("content");
    if (equiv && content && EqualsLower(Trim(*equiv), "content-type")) {
      if (auto cs = CharsetFromContentType(*content)) return cs;
    }
  }
  return std::nullopt;
}

bool ConvertToUtf8(std::string_view bytes, const std::string& charset, DecodedHtml* out) {
  if (charset == "UTF-8") {
    SetUtf8(bytes, out);
    return true;
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(charset.c_str(), &err),
                                                         &ucnv_close);
  if (U_FAILURE(err) || cnv == nullptr) return false;
  CallbackContext ctx;
  ctx.base = bytes.data();
  ucnv_setToUCallBack(cnv.get(), CountingToUCallback, &ctx, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;

  std::vector<UChar> utf16(bytes.size() + 16);
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  UChar* dst = utf16.data();
  UChar* dst_end = utf16.data() + utf16.size();
  while (true) {
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &dst, dst_end, &src, src_end, nullptr, /*flush=*/true, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      const size_t used = static_cast<size_t>(dst - utf16.data());
      utf16.resize(utf16.size() * 2);
      dst = utf16.data() + used;
      dst_end = utf16.data() + utf16.size();
      continue;
    }
    break;
  }
  if (U_FAILURE(err)) return false;
  const int32_t len16 = static_cast<int32_t>(dst - utf16.data());
  int32_t len8 = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &len8, utf16.data(), len16, 0xFFFD, nullptr, &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return false;
  out->text.resize(static_cast<size_t>(len8));
  err = U_ZERO_ERROR;
  int32_t subs = 0;
  u_strToUTF8WithSub(out->text.data(), len8, &len8, utf16.data(), len16, 0xFFFD, &subs, &err);
  if (U_FAILURE(err)) return false;
  out->charset = charset;
  out->replaced = ctx.count + static_cast<size_t>(subs);
  out->first_replaced = ctx.first;
  return true;
}

DecodedHtml DecodeHtmlBytes(std::string_view bytes, std::optional<std::string_view> declared) {
  DecodedHtml out;
  std::string bom;
  size_t skip = 0;
  if (HasBom(bytes, &bom, &skip)) {
    out.source = CharsetSource::kBom;
    if (ConvertToUtf8(bytes.substr(skip), bom, &out)) {
      if (out.first_replaced != std::string_view::npos) out.first_replaced += skip;
      return out;
    }
  }

  const size_t valid = ValidUtf8Prefix(bytes);
  const bool is_utf8 = valid == bytes.size();
  bool has_non_ascii = false;
  if (is_utf8) {
    for (char c : bytes) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        has_non_ascii = true;
        break;
      }
    }
  }

  // Candidate declarations, HTTP first, then <meta>.
  std::string label;
  CharsetSource source = CharsetSource::kDefault;
  if (declared) {
    label = CanonicalCharset(*declared);
    if (!label.empty()) source = CharsetSource::kDeclared;
  }
  if (label.empty()) {
    if (auto meta = FindMetaCharset(bytes)) {
      label = CanonicalCharset(*meta);
      // A <meta> in an ASCII-compatible document cannot truthfully say UTF-16.
      if (IsUtf16(label)) label = "UTF-8";
      if (!label.empty()) source = CharsetSource::kMeta;
    }
  }
  if (IsUtf16(label)) {
    // Believe a UTF-16 declaration only when the bytes have the NULs UTF-16 markup would have.
    const std::string_view probe = bytes.substr(0, 1024);
    if (probe.find('\0') != std::string_view::npos) {
      out.source = source;
      if (ConvertToUtf8(bytes, label, &out)) return out;
    }
    label.clear();
    source = CharsetSource::kDefault;
  }

  if (is_utf8) {
    // Valid UTF-8: either pure ASCII (every ASCII-compatible charset reads it the same) or
    // real UTF-8 whatever the label says.
    out.text.assign(bytes);
    if (label.empty()) {
      out.charset = "UTF-8";
      out.source = CharsetSource::kDefault;
    } else if (label == "UTF-8" || !has_non_ascii) {
      out.charset = label;
      out.source = source;
    } else {
      out.charset = "UTF-8";  // the label is contradicted by the bytes
      out.source = CharsetSource::kDetected;
    }
    return out;
  }

  if (!label.empty() && label != "UTF-8") {
    out.source = source;
    if (ConvertToUtf8(bytes, label, &out)) return out;
  }

  // Labelled UTF-8 (or unlabelled) but not valid UTF-8: mostly UTF-8 with a few bad bytes, or
  // another charset altogether?
  size_t multibyte = 0;
  size_t invalid = 0;
  CountUtf8(bytes, &multibyte, &invalid);
  if (multibyte >= 2 * invalid) {
    out.source = label == "UTF-8" ? source : CharsetSource::kDetected;
    SetUtf8(bytes, &out);
    return out;
  }
  std::string detected = Detect(bytes);
  if (detected.empty() || detected == "UTF-8" || IsUtf16(detected)) detected = "windows-1252";
  out.source = CharsetSource::kDetected;
  if (ConvertToUtf8(bytes, detected, &out)) return out;
  out.source = CharsetSource::kDefault;
  SetUtf8(bytes, &out);
  return out;
}

}  // namespace claimtrace::web
