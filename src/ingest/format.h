// Input formats and how an input's format is recognised: by its name, then by its content.
//
// FormatFromName maps extensions (".txt", ".md", none -> text; ".jsonl", ".ndjson" -> JSON
// Lines; ".html", ".htm", ".xhtml" -> HTML; ".warc" -> WARC; any of these + ".gz") and answers
// kUnknown for other names, and for a bare "name.gz". SniffFormat looks at the first decoded bytes:
// "WARC/1." -> WARC, first non-space byte '{' -> JSON Lines, '<' -> HTML, a UTF-16 byte-order mark
// -> text, binary noise -> kBinary, anything else -> text. Pure functions, thread-safe.
//
//   InputFormat f = FormatFromName("news/a.jsonl.gz");  // kJsonLines
//   if (f == InputFormat::kUnknown) f = SniffFormat(first_bytes);
#ifndef CLAIMTRACE_INGEST_FORMAT_H_
#define CLAIMTRACE_INGEST_FORMAT_H_

#include <string_view>

namespace claimtrace {

enum class InputFormat { kUnknown, kText, kJsonLines, kHtml, kWarc, kBinary };

std::string_view FormatName(InputFormat format);

// By file name (case-insensitive extension, ".gz" looked through).
InputFormat FormatFromName(std::string_view path);

// By the first bytes of the decoded content (give at least the first 4 KiB when available).
InputFormat SniffFormat(std::string_view head);

// The first byte after a UTF-8 byte-order mark and white space, or '\0' when there is none.
char FirstNonSpaceByte(std::string_view head);

// True when `head` starts with a UTF-16 byte-order mark.
bool HasUtf16Bom(std::string_view head);

// Documentation files met while walking a directory (README, LICENSE, ...), not articles.
bool IsDocumentationFile(std::string_view file_name);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_FORMAT_H_
