// Format recognition: a lower-cased extension table, then a look at the first non-space bytes.
// Covered by src/ingest/format_test.cc.
#include "ingest/format.h"

#include <array>
#include <string>

#include "core/utf8.h"

namespace claimtrace {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kUnknown:
      return "unknown";
    case InputFormat::kText:
      return "text";
    case InputFormat::kJsonLines:
      return "JSON Lines";
    case InputFormat::kHtml:
      return "HTML";
    case InputFormat::kWarc:
      return "WARC";
    case InputFormat::kBinary:
      return "binary";
  }
  return "unknown";
}

InputFormat FormatFromName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string name = LowerAscii(slash == std::string_view::npos ? path : path.substr(slash + 1));
  const bool gz = EndsWith(name, ".gz");
  if (gz) name.resize(name.size() - 3);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) {
    // No extension: plain text, but "data.gz" says nothing about what was compressed.
    return gz ? InputFormat::kUnknown : InputFormat::kText;
  }
  const std::string_view ext = std::string_view(name).substr(dot + 1);
  struct Entry {
    std::string_view ext;
    InputFormat format;
  };
  static constexpr std::array<Entry, 10> kTable = {{
      {"txt", InputFormat::kText},
      {"text", InputFormat::kText},
      {"md", InputFormat::kText},
      {"jsonl", InputFormat::kJsonLines},
      {"ndjson", InputFormat::kJsonLines},
      {"html", InputFormat::kHtml},
      {"htm", InputFormat::kHtml},
      {"xhtml", InputFormat::kHtml},
      {"shtml", InputFormat::kHtml},
      {"warc", InputFormat::kWarc},
  }};
  for (const Entry& e : kTable) {
    if (ext == e.ext) return e.format;
  }
  return InputFormat::kUnknown;
}

bool HasUtf16Bom(std::string_view head) {
  return head.size() >= 2 &&
         ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'));
}

char FirstNonSpaceByte(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // UTF-8 byte-order mark
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' ||
                             head[i] == '\r' || head[i] == '\f')) {
    ++i;
  }
  return i < head.size() ? head[i] : '\0';
}

InputFormat SniffFormat(std::string_view head) {
  if (head.substr(0, 7) == "WARC/1.") return InputFormat::kWarc;
  if (HasUtf16Bom(head)) return InputFormat::kText;
  if (LooksBinary(head)) return InputFormat::kBinary;
  const char first = FirstNonSpaceByte(head);
  if (first == '{') return InputFormat::kJsonLines;
  if (first == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

bool IsDocumentationFile(std::string_view file_name) {
  const std::string name = LowerAscii(file_name);
  const size_t dot = name.find('.');
  const std::string_view stem = std::string_view(name).substr(0, dot);
  for (std::string_view doc : {"readme", "license", "licence", "copying", "notice", "changelog",
                               "authors", "contributing"}) {
    if (stem == doc) return true;
  }
  return false;
}

}  // namespace claimtrace
