// Reading schema.org JSON-LD blocks for article metadata.
//
// ParseJsonLd looks through every block (a single object, an array, or an "@graph") for the
// node that describes the article: an Article-like @type (NewsArticle, BlogPosting, Report,
// ...) first, then a WebPage. It resolves "@id" references inside the blocks for the author
// and the publisher, and reads the WebSite name as a fallback outlet. Invalid JSON is skipped
// (raw control characters inside strings, a common fault, are tolerated). Strings are
// entity-decoded and white-space collapsed. Pure function; thread-safe.
// Covered by src/web/jsonld_test.cc.
//
//   JsonLdInfo ld = ParseJsonLd({R"({"@type":"NewsArticle","headline":"Storm"})"});
//   // ld.headline == "Storm"
#ifndef CLAIMTRACE_WEB_JSONLD_H_
#define CLAIMTRACE_WEB_JSONLD_H_

#include <optional>
#include <string>
#include <vector>

namespace claimtrace::web {

struct JsonLdInfo {
  std::string type;  // @type of the node read, e.g. "NewsArticle"; empty when none found
  std::optional<std::string> headline;
  std::vector<std::string> authors;           // person or organisation names, in order
  std::optional<std::string> date_published;  // as written
  std::optional<std::string> date_modified;
  std::optional<std::string> publisher;
  std::optional<std::string> site_name;  // WebSite name
  std::optional<std::string> article_body;
  std::optional<std::string> language;  // inLanguage
  std::optional<std::string> url;       // url / mainEntityOfPage
};

JsonLdInfo ParseJsonLd(const std::vector<std::string>& blocks);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_JSONLD_H_
