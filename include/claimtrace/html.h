// HTML main-text and metadata extraction (the web stage).
//
// ExtractArticle decodes the page to UTF-8 (HTTP charset, BOM, <meta charset>, then detection),
// parses it with an HTML5 parser and keeps only the article body as paragraphs separated by
// blank lines, plus the page's metadata. It never throws and never crashes on malformed input:
// truncated or broken HTML still yields whatever text it holds. Thread-safe (no shared state).
//
//   Result<ExtractedPage> page = ExtractArticle(html, {.url = "https://example.com/a"});
//   if (page.ok()) std::cout << page->title.value_or("") << "\n" << page->text;
#ifndef CLAIMTRACE_HTML_H_
#define CLAIMTRACE_HTML_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/status.h"

namespace claimtrace {

struct HtmlOptions {
  std::optional<std::string> url;               // where the page came from, if known
  std::optional<std::string> declared_charset;  // from an HTTP Content-Type header
};

struct ExtractedPage {
  std::string text;  // UTF-8 article body, paragraphs separated by "\n\n"
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::optional<std::string> outlet;
  std::optional<std::string> canonical_url;
  std::optional<std::string> language;   // BCP 47 primary tag, e.g. "en"
  bool charset_repaired = false;         // invalid bytes were replaced with U+FFFD
};

Result<ExtractedPage> ExtractArticle(std::string_view html, const HtmlOptions& options);

}  // namespace claimtrace

#endif  // CLAIMTRACE_HTML_H_
