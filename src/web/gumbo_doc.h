// An HTML5 parse tree (gumbo) whose memory comes from an arena.
//
// Gumbo allocates every token, string buffer and node separately; with malloc/free that is a
// good share of the parse time. ParsedHtml hands gumbo a bump allocator whose frees are
// no-ops and releases everything at once when the document dies; the arena's blocks are kept
// in a small per-thread cache for the next page. A ParsedHtml is move-only, owns its tree,
// and must be used and destroyed on one thread. Covered by src/web/gumbo_doc_test.cc.
//
//   ParsedHtml doc = ParsedHtml::Parse("<p>Hello</p>");
//   const GumboNode* root = doc.root();
#ifndef CLAIMTRACE_WEB_GUMBO_DOC_H_
#define CLAIMTRACE_WEB_GUMBO_DOC_H_

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>

namespace claimtrace::web {

class ParsedHtml {
 public:
  static ParsedHtml Parse(std::string_view html);
  ParsedHtml(ParsedHtml&&) noexcept;
  ParsedHtml& operator=(ParsedHtml&&) noexcept;
  ~ParsedHtml();

  const GumboNode* root() const;      // the <html> element
  const GumboNode* document() const;  // the document node (doctype, root, comments)
  size_t arena_bytes() const;         // memory the parse used

 private:
  ParsedHtml();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Attribute value of an element, or nullptr (ASCII case-insensitive name).
const char* GetAttr(const GumboNode* node, const char* name);
// The element's tag, GUMBO_TAG_UNKNOWN for non-elements.
GumboTag TagOf(const GumboNode* node);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_GUMBO_DOC_H_
