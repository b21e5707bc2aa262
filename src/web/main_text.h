// Main-text selection: which paragraphs of a page are the article.
//
// SelectMainText scores every block element of the BlockTree as the article container: the
// words of content-like paragraphs inside it (long enough, few links), minus the words of
// content-like paragraphs under boilerplate-hinted descendants (comments, related lists,
// sidebars), minus link words, with a bonus for article-body hints (<article>, <main>,
// itemprop=articleBody, "entry-content"-like classes) and for agreement with the JSON-LD
// articleBody when the page has one. Inside the winner it keeps the paragraphs that are not
// under boilerplate, byline or date elements and not in link lists, drops a heading that
// repeats the title, and may add sibling blocks that continue the article; then trims what
// closes or opens the article without being part of it (end sections such as "Related
// articles", calls to action, author bios, disclosures: edge_trim.h) and, with a filter,
// drops what the learned block filter is confident is boilerplate (block_filter.h). Pure function
// of its inputs; thread-safe. Covered by src/web/main_text_test.cc and the golden tests.
//
//   MainText m = SelectMainText(tree, {.title = "Storm hits coast"});
//   std::cout << m.text;
#ifndef CLAIMTRACE_WEB_MAIN_TEXT_H_
#define CLAIMTRACE_WEB_MAIN_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/block_filter.h"
#include "web/blocks.h"

namespace claimtrace::web {

struct MainTextOptions {
  std::string_view title;               // the page's title, to drop a heading repeating it
  std::string_view article_body;        // JSON-LD articleBody, empty if none
  const BlockFilter* filter = nullptr;  // learned block filter run last; null: none
  BlockObserver* observer = nullptr;    // sees the kept paragraphs before the filter
};

struct MainText {
  std::string text;             // paragraphs separated by "\n\n"
  int32_t container = -1;       // chosen element index, -1 when the page has no text
  std::vector<uint32_t> paras;  // indices of the paragraphs kept, in order
  uint32_t words = 0;
};

MainText SelectMainText(const BlockTree& tree, const MainTextOptions& options);

// The JSON-LD articleBody as the article text, for pages whose visible text is thin (the body
// is rendered by script): used when `body` is plain text (no markup) of at least 80 words and
// the page's selected text has less than half as many. Paragraphs are the body's non-empty
// lines, white space collapsed. Returns nullopt when the page text should stay.
std::optional<std::string> ArticleBodyFallback(const MainText& selected, std::string_view body);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_MAIN_TEXT_H_
