// One JSON Lines record -> RawArticle.
//
// A record is one JSON object on one line. Known fields, each optional and each a string (null
// counts as absent): "id" (a string or an integer), "url", "outlet", "title", "published",
// "author", "language", and the body as "text" or "html" ("text" wins when both are given;
// "html" makes a kHtml article whose charset is UTF-8, since JSON strings are Unicode). Other
// fields are ignored. ParseJsonLine fills `out` or returns one reason: malformed JSON (with the
// column), not an object, a body field of the wrong type, no body, an empty body. A metadata
// field of the wrong type ("published": 1738663200) is left empty and named in `warnings`
// ("field \"published\" must be a string, got a number; ignored"). The caller adds the
// "path:LINE" location. ParseJsonLine parses with simdjson and, for anything it does not
// accept, defers to ParseJsonLineReference (nlohmann::json's SAX parser), which also words every
// error; both give the same result on every input (differential test). Reentrant (one simdjson
// parser per thread).
//
//   RawArticle a;
//   Status s = ParseJsonLine(R"({"title": "T", "text": "Body."})", &a);  // ok, a.body == "Body."
#ifndef CLAIMTRACE_INGEST_JSONL_PARSER_H_
#define CLAIMTRACE_INGEST_JSONL_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/ingest.h"
#include "claimtrace/status.h"

namespace claimtrace {

// `line` must be valid UTF-8 (repair it first). On error `out` is left partly filled.
// `warnings` (may be null) gets one line per ignored metadata field.
Status ParseJsonLine(std::string_view line, RawArticle* out,
                     std::vector<std::string>* warnings = nullptr);
Status ParseJsonLineReference(std::string_view line, RawArticle* out,
                              std::vector<std::string>* warnings = nullptr);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_JSONL_PARSER_H_
