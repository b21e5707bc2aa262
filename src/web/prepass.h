// The pre-pass: a cheap scan that shrinks a page before the HTML5 parser sees it.
//
// ReduceHtml copies the page while cutting what extraction never reads: comments, <script>,
// <style>, <noscript>, <template>, <svg>, <math>, <iframe>, <textarea> and friends, images and
// inputs, <link>s other than canonical/author, attributes other than those the extractor reads
// (class and id become one token standing for their hint flags, see HintToken in hints.h;
// hrefs keep their value only when it names an author page), and runs of white space outside <pre>;
// long text runs move to a TextStore behind placeholders (text_store.h). JSON-LD blocks are
// collected before their <script> is dropped. Gumbo spends most of its time on exactly these bytes,
// so the parse gets several times faster; the extracted text and metadata are the same with and
// without the pre-pass (differential test in html_extract_test.cc). It also caps element
// nesting at 400 levels (deeper start tags are dropped, their text kept), because the HTML5
// tree builder is quadratic in nesting depth: a hostile page of 100,000 nested <div>s would
// otherwise take minutes. Thread-safe.
//
//   ReducedHtml r = ReduceHtml(page_utf8);
//   ParseAndExtract(r.html, r.json_ld);
#ifndef CLAIMTRACE_WEB_PREPASS_H_
#define CLAIMTRACE_WEB_PREPASS_H_

#include <string>
#include <string_view>
#include <vector>

#include "web/text_store.h"

namespace claimtrace::web {

struct ReducedHtml {
  std::string html;                  // the reduced page
  std::vector<std::string> json_ld;  // bodies of <script type="application/ld+json">, in order
  TextStore texts;                   // text runs replaced by placeholders (see text_store.h)
};

// `placeholders` = false keeps all text in the markup (for tests).
ReducedHtml ReduceHtml(std::string_view html, bool placeholders = true);

// True when the extractor may read attribute `attr` (lower case) of element `tag` (lower case).
bool IsExtractorAttribute(std::string_view tag, std::string_view attr);

// True for a <script type=...> value that holds JSON-LD.
bool IsJsonLdType(std::string_view type);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_PREPASS_H_
