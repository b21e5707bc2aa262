// The export format: one JSON object per document, one document per line (JSON Lines).
//
// `claimtrace extract` and `claimtrace export` both write through DocumentToJson, so the two
// are byte-identical for the same document. DocumentFromJson reads the same format back (the
// store keeps documents in it) and validates every offset against `text`. Both are pure
// functions, safe to call from any thread. Specified field by field in docs/export-format.md.
//
//   std::string line = DocumentToJson(doc);          // no trailing newline
//   Result<Document> back = DocumentFromJson(line);  // back->text == doc.text
#ifndef CLAIMTRACE_EXPORT_H_
#define CLAIMTRACE_EXPORT_H_

#include <string>
#include <string_view>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace {

// Serialises `doc` as one line of JSON (keys in the documented order, no trailing newline).
std::string DocumentToJson(const Document& doc);

// Appends the same to `out` (avoids a copy in hot loops).
void AppendDocumentJson(const Document& doc, std::string* out);

// Parses one export-format object. Fails with kParseError on malformed JSON or a field of the
// wrong type, and with kCorruption when an offset falls outside `text` or inside a UTF-8 sequence.
Result<Document> DocumentFromJson(std::string_view json);

}  // namespace claimtrace

#endif  // CLAIMTRACE_EXPORT_H_
