// Parsing an HTTP/1.x response message as stored in a WARC "response" record.
//
// ParseHttpResponse reads the status line and headers, removes chunked transfer-encoding and
// undoes gzip/deflate content-encoding, so `body` is the entity as a browser would see it.
// Archives often store a payload already de-chunked or inflated while keeping the original
// headers; a body that does not look chunked or compressed is then taken as it is. The body
// never grows past `max_body_bytes` (a decompression bomb is an error, not an allocation).
// Pure function; thread-safe. Covered by src/web/http_response_test.cc.
//
//   Result<HttpResponse> r = ParseHttpResponse(block, 64 << 20);
//   if (r.ok() && r->status == 200) Use(r->content_type, r->body);
#ifndef CLAIMTRACE_WEB_HTTP_RESPONSE_H_
#define CLAIMTRACE_WEB_HTTP_RESPONSE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace::web {

struct HttpResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower case, in order
  std::string content_type;            // media type, lower case, without parameters
  std::optional<std::string> charset;  // Content-Type charset parameter
  std::string body;                    // de-chunked, content-encoding undone

  // First header named `lower_name`, if any.
  std::optional<std::string_view> Header(std::string_view lower_name) const;
};

Result<HttpResponse> ParseHttpResponse(std::string_view message, uint64_t max_body_bytes);

// Removes chunked transfer-encoding. Returns false when `data` is not valid chunked framing.
bool Dechunk(std::string_view data, uint64_t max_bytes, std::string* out);

// Inflates gzip or zlib/raw deflate data. kParseError for corrupt or truncated data,
// kResourceExhausted when the result would exceed `max_bytes`.
Status Inflate(std::string_view data, uint64_t max_bytes, std::string* out);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_HTTP_RESPONSE_H_
