// HTTP response parsing: status line and header fields (RFC 9112 §4-5, obsolete line folding
// accepted), chunked transfer coding (§7.1, extensions and trailers ignored) and zlib inflate
// with gzip/zlib auto-detection and a raw-deflate fallback. Covered by
// src/web/http_response_test.cc.
#include "web/http_response.h"

#include <zlib.h>

#include <charconv>
#include <cstring>

#include "web/charset.h"
#include "web/html_scan.h"
#include "web/text_util.h"

namespace claimtrace::web {
namespace {

// Next line of `s` from *pos (without "\r\n" or "\n"); false at the end.
bool NextLine(std::string_view s, size_t* pos, std::string_view* line) {
  if (*pos >= s.size()) return false;
  const size_t nl = s.find('\n', *pos);
  const size_t end = nl == std::string_view::npos ? s.size() : nl;
  size_t stop = end;
  if (stop > *pos && s[stop - 1] == '\r') --stop;
  *line = s.substr(*pos, stop - *pos);
  *pos = nl == std::string_view::npos ? s.size() : nl + 1;
  return true;
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

Status InflateWith(std::string_view data, uint64_t max_bytes, int window_bits, std::string* out) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, window_bits) != Z_OK) return InternalError("zlib initialisation failed");
  out->clear();
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  char buf[1 << 15];
  Status status;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    const size_t produced = sizeof buf - zs.avail_out;
    if (out->size() + produced > max_bytes) {
      status = ResourceExhaustedError("decompressed content over " + std::to_string(max_bytes) +
                                      " bytes");
      break;
    }
    out->append(buf, produced);
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (concatenated streams).
      if (zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR || (rc == Z_OK && zs.avail_in == 0 && produced == 0)) {
      status = ParseError("truncated compressed content");
      break;
    }
    if (rc != Z_OK) {
      status = ParseError(std::string("corrupt compressed content (") +
                          (zs.msg != nullptr ? zs.msg : "zlib error") + ")");
      break;
    }
  }
  inflateEnd(&zs);
  return status;
}

}  // namespace

std::optional<std::string_view> HttpResponse::Header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return value;
  }
  return std::nullopt;
}

bool Dechunk(std::string_view data, uint64_t max_bytes, std::string* out) {
  out->clear();
  size_t pos = 0;
  std::string_view line;
  bool first = true;
  while (NextLine(data, &pos, &line)) {
    line = TrimAscii(line);
    if (line.empty() && !first) continue;  // the CRLF after a chunk's data
    size_t n = 0;
    while (n < line.size() && IsHex(line[n])) ++n;
    if (n == 0 || n > 15 ||
        (n < line.size() && line[n] != ';' && line[n] != ' ' && line[n] != '\t')) {
      return !first;  // not chunked at all, or garbage after the last good chunk
    }
    first = false;
    uint64_t size = 0;
    std::from_chars(line.data(), line.data() + n, size, 16);
    if (size == 0) return true;  // last chunk; trailers ignored
    const size_t take = static_cast<size_t>(std::min<uint64_t>(size, data.size() - pos));
    if (out->size() + take > max_bytes) return false;
    out->append(data.substr(pos, take));
    pos += take;
    if (take < size) return true;  // truncated capture: keep what there is
  }
  return !first;
}

Status Inflate(std::string_view data, uint64_t max_bytes, std::string* out) {
  Status s = InflateWith(data, max_bytes, 15 + 32, out);  // gzip or zlib
  if (!s.ok() && s.code() == StatusCode::kParseError && out->empty()) {
    std::string raw;
    Status r = InflateWith(data, max_bytes, -15, &raw);  // raw deflate
    if (r.ok()) {
      *out = std::move(raw);
      return r;
    }
  }
  return s;
}

Result<HttpResponse> ParseHttpResponse(std::string_view message, uint64_t max_body_bytes) {
  HttpResponse r;
  size_t pos = 0;
  std::string_view line;
  if (!NextLine(message, &pos, &line) || line.substr(0, 5) != "HTTP/") {
    return ParseError("not an HTTP response (no status line)",
                      {.fragment = MakeFragment(message.substr(0, 40))});
  }
  const size_t sp = line.find(' ');
  if (sp == std::string_view::npos) {
    return ParseError("bad HTTP status line", {.fragment = MakeFragment(line)});
  }
  std::string_view code = TrimAscii(line.substr(sp + 1));
  code = code.substr(0, code.find(' '));
  auto [p, ec] = std::from_chars(code.data(), code.data() + code.size(), r.status);
  if (ec != std::errc() || p != code.data() + code.size() || r.status < 100 || r.status > 999) {
    return ParseError("bad HTTP status line", {.fragment = MakeFragment(line)});
  }
  // Header fields up to the empty line.
  bool ended = false;
  while (NextLine(message, &pos, &line)) {
    if (line.empty()) {
      ended = true;
      break;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !r.headers.empty()) {  // obsolete folding
      r.headers.back().second += " ";
      r.headers.back().second += TrimAscii(line);
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;  // tolerated, like browsers
    r.headers.emplace_back(AsciiLower(TrimAscii(line.substr(0, colon))),
                           std::string(TrimAscii(line.substr(colon + 1))));
  }
  if (!ended) return ParseError("HTTP headers do not end (truncated response)");
  std::string_view body = message.substr(std::min(pos, message.size()));

  if (auto ct = r.Header("content-type")) {
    const std::string_view media = TrimAscii(ct->substr(0, ct->find(';')));
    r.content_type = AsciiLower(media);
    r.charset = CharsetFromContentType(*ct);
  }
  std::string dechunked;
  if (auto te = r.Header("transfer-encoding"); te && ContainsLower(*te, "chunked")) {
    if (Dechunk(body, max_body_bytes, &dechunked)) body = dechunked;
  }
  if (body.size() > max_body_bytes) {
    return ResourceExhaustedError("HTTP body over " + std::to_string(max_body_bytes) + " bytes");
  }
  if (auto ce = r.Header("content-encoding")) {
    const std::string enc = AsciiLower(TrimAscii(*ce));
    if (enc == "gzip" || enc == "x-gzip" || enc == "deflate") {
      const bool looks_gzip = body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
                              static_cast<unsigned char>(body[1]) == 0x8b;
      const bool looks_zlib =
          body.size() >= 2 && (static_cast<unsigned char>(body[0]) & 0x0f) == 8 &&
          ((static_cast<unsigned char>(body[0]) << 8) | static_cast<unsigned char>(body[1])) % 31 ==
              0;
      if (looks_gzip || looks_zlib || enc == "deflate") {
        std::string inflated;
        Status s = Inflate(body, max_body_bytes, &inflated);
        if (!s.ok()) {
          // A "deflate" body that is plain text after all was stored decoded.
          if (!(enc == "deflate" && !looks_zlib && inflated.empty())) return s;
          r.body.assign(body);
          return r;
        }
        r.body = std::move(inflated);
        return r;
      }
      // Stored already decoded.
    } else if (!enc.empty() && enc != "identity") {
      return UnsupportedError("content-encoding \"" + enc + "\" is not supported");
    }
  }
  r.body.assign(body);
  return r;
}

}  // namespace claimtrace::web
