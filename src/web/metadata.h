// Page metadata: title, author, published date, outlet, canonical URL and language.
//
// ExtractMetadata gathers candidates from the JSON-LD article node, <meta> tags (Open Graph,
// article:*, Dublin Core, common CMS names), <link rel=canonical>, <html lang>, <title>,
// <h1>, <time> elements, bylines (class/id/itemprop/rel=author hints), the page URL
// (/2019/11/04/ patterns) and datelines at the top of the article text, and picks each field by
// a fixed source order (documented per field in metadata.cc). Dates are normalised to
// YYYY-MM-DD with core/date.h. Pure function of its inputs; thread-safe.
// Covered by src/web/metadata_test.cc and the golden tests.
//
//   PageMetadata m = ExtractMetadata({.root = doc.root(), .jsonld = &ld, .url = url});
//   if (m.published) std::cout << *m.published;  // "2019-11-04"
#ifndef CLAIMTRACE_WEB_METADATA_H_
#define CLAIMTRACE_WEB_METADATA_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>

#include "web/blocks.h"
#include "web/jsonld.h"
#include "web/main_text.h"
#include "web/page_dates.h"
#include "web/site_names.h"

namespace claimtrace::web {

struct PageMetadata {
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::optional<std::string> modified;   // YYYY-MM-DD
  std::optional<std::string> outlet;
  std::optional<std::string> canonical_url;
  std::optional<std::string> language;  // primary subtag, lower case
  std::string date_source;              // which source gave `published`, e.g. "jsonld"
};

struct MetadataInputs {
  const GumboNode* root = nullptr;      // <html> element
  const JsonLdInfo* jsonld = nullptr;   // may be null
  std::optional<std::string_view> url;  // page URL, if known
  const TextStore* texts = nullptr;     // pre-pass placeholders, if any
};

// Everything from the markup; the published date is completed by ResolveDate.
PageMetadata ExtractMetadata(const MetadataInputs& inputs);

// True for the <meta> keys (lower case) ExtractMetadata reads; the key of a <meta> is its
// property, name, itemprop or http-equiv attribute, the first present in that order.
bool IsMetadataKey(std::string_view key);

// When no author was found in the markup: a "By Jane Doe" line in the article's header region
// (the few blocks before the text and its first lines).
void ResolveAuthor(const BlockTree& tree, const MainText& main, PageMetadata* meta);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_METADATA_H_
