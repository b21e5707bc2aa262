// HTML main-text and metadata extraction (the web stage).
//
// ExtractArticle decodes the page to UTF-8 (byte-order mark, HTTP charset, <meta charset>, then
// detection; a declaration the bytes contradict is overridden), parses it with an HTML5 parser
// (gumbo) and keeps only the article body as paragraphs separated by blank lines: headings and
// lists inside the article stay, navigation, menus, ads, cookie banners, share bars, related
// lists, comments, footers, and promotion at the article's edges (calls to action, author
// bios, disclosures, "Related articles" sections) go; a small learned filter (compiled in)
// then drops paragraphs it is confident are boilerplate. Streamed page segments are read where
// the page's script shows them; a script-rendered page whose visible text is thin gives its
// JSON-LD articleBody. It also reads the page's metadata (title, author, published
// date, outlet, canonical URL, language). It never throws and never crashes on malformed input:
// truncated or broken HTML still yields whatever text it holds. A page with no article text
// (an empty page, a bare menu) is an error "no article text found", not an empty document.
// Thread-safe (each call parses into its own arena; the compiled-in filter model is immutable).
//
//   Result<ExtractedPage> page = ExtractArticle(html, {.url = "https://example.com/a"});
//   if (page.ok()) std::cout << page->title.value_or("") << "\n" << page->text;
#ifndef CLAIMTRACE_HTML_H_
#define CLAIMTRACE_HTML_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/status.h"

namespace claimtrace {

namespace web {
class BlockFilter;
class BlockObserver;
}  // namespace web

struct HtmlOptions {
  std::optional<std::string> url;               // where the page came from, if known
  std::optional<std::string> declared_charset;  // from an HTTP Content-Type header
  // Pages larger than this are rejected (kResourceExhausted) instead of parsed.
  size_t max_html_bytes = 32u << 20;
  // Cut scripts, styles, comments and unused attributes before parsing (much faster, same
  // result; off only to test that claim).
  bool prepass = true;
  // The learned block filter (src/web/block_filter.h) drops boilerplate paragraphs left inside
  // the article container. Developer hooks: `block_filter` replaces the model compiled in,
  // `block_observer` sees the kept paragraphs before the filter (the trainer, ct_web_train).
  bool use_block_filter = true;
  const web::BlockFilter* block_filter = nullptr;
  web::BlockObserver* block_observer = nullptr;
};

struct ExtractedPage {
  std::string text;  // UTF-8 article body, paragraphs separated by "\n\n"
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::optional<std::string> outlet;
  std::optional<std::string> canonical_url;
  std::optional<std::string> language;  // BCP 47 primary tag, e.g. "en"
  bool charset_repaired = false;        // invalid bytes were replaced with U+FFFD
  // Added with the web stage; all optional extras.
  std::optional<std::string> modified;  // YYYY-MM-DD, last modification if the page says
  std::string charset;                  // charset the page was decoded from, e.g. "UTF-8"
  std::string published_source;         // where `published` came from: "visible" (shown in
                                        // the article header), "jsonld", "meta", "itemprop",
                                        // "time", "url", "date_element", "text", "modified"
  size_t replaced_bytes = 0;            // how many bytes/sequences became U+FFFD
};

Result<ExtractedPage> ExtractArticle(std::string_view html, const HtmlOptions& options);

}  // namespace claimtrace

#endif  // CLAIMTRACE_HTML_H_
