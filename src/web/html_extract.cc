// ExtractArticle: charset decoding (charset.h) -> pre-pass (prepass.h) -> gumbo parse into an
// arena (gumbo_doc.h) -> block view (blocks.h) -> JSON-LD (jsonld.h) and metadata
// (metadata.h) -> main-text selection (main_text.h) -> datelines from the text. Covered by
// src/web/html_extract_test.cc (bad input, pre-pass differential) and src/web/golden_test.cc.
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/html.h"
#include "core/utf8.h"
#include "web/block_filter.h"
#include "web/blocks.h"
#include "web/charset.h"
#include "web/gumbo_doc.h"
#include "web/jsonld.h"
#include "web/main_text.h"
#include "web/metadata.h"
#include "web/prepass.h"
#include "web/streamed_segments.h"
#include "web/text_util.h"

namespace claimtrace {
namespace {

// JSON-LD blocks read from the parse tree (used when the pre-pass is off).
void CollectJsonLd(const GumboNode* node, std::vector<std::string>* out) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_SCRIPT) {
      const char* type = web::GetAttr(n, "type");
      if (type != nullptr && web::IsJsonLdType(type)) {
        std::string body;
        const GumboVector& ch = n->v.element.children;
        for (unsigned i = 0; i < ch.length; ++i) {
          const auto* t = static_cast<const GumboNode*>(ch.data[i]);
          if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_WHITESPACE ||
              t->type == GUMBO_NODE_CDATA) {
            body += t->v.text.text;
          }
        }
        out->push_back(std::move(body));
      }
      continue;
    }
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
}

bool AllSpace(std::string_view s) { return web::TrimAscii(s).empty(); }

}  // namespace

Result<ExtractedPage> ExtractArticle(std::string_view html, const HtmlOptions& options) {
  const std::string where = options.url.value_or("");
  if (html.size() > options.max_html_bytes) {
    return ResourceExhaustedError("page too large (" + std::to_string(html.size()) +
                                      " bytes, limit " + std::to_string(options.max_html_bytes) +
                                      ")",
                                  {.file = where});
  }
  if (AllSpace(html)) return ParseError("empty page", {.file = where});

  std::optional<std::string_view> declared;
  if (options.declared_charset) declared = *options.declared_charset;
  web::DecodedHtml decoded = web::DecodeHtmlBytes(html, declared);
  if (decoded.charset.rfind("UTF-16", 0) != 0 && LooksBinary(decoded.text)) {
    return UnsupportedError("not an HTML page (binary data)", {.file = where});
  }

  // Streamed segments moved into their placeholders, as the page's script shows them.
  const std::optional<std::string> inlined = web::InlineStreamedSegments(decoded.text);
  const std::string_view page_html = inlined ? std::string_view(*inlined) : decoded.text;

  std::vector<std::string> json_ld;
  web::ReducedHtml reduced;
  std::string_view to_parse = page_html;
  if (options.prepass) {
    reduced = web::ReduceHtml(page_html);
    to_parse = reduced.html;
    json_ld = std::move(reduced.json_ld);
  }
  const web::ParsedHtml doc = web::ParsedHtml::Parse(to_parse);
  if (!options.prepass) CollectJsonLd(doc.root(), &json_ld);

  const web::JsonLdInfo ld = web::ParseJsonLd(json_ld);
  std::optional<std::string_view> url;
  if (options.url) url = *options.url;
  const web::TextStore* texts = options.prepass ? &reduced.texts : nullptr;
  web::PageMetadata meta =
      web::ExtractMetadata({.root = doc.root(), .jsonld = &ld, .url = url, .texts = texts});
  const web::BlockTree tree = web::BuildBlocks(doc.root(), texts);
  const web::BlockFilter* filter = nullptr;
  if (options.use_block_filter) {
    filter = options.block_filter != nullptr ? options.block_filter : &web::BlockFilter::Default();
  }
  const web::MainText main =
      web::SelectMainText(tree, {.title = meta.title.value_or(""),
                                 .article_body = ld.article_body.value_or(""),
                                 .filter = filter,
                                 .observer = options.block_observer});
  web::ResolveDate(tree, main, meta.title.value_or(""), &meta);
  web::ResolveAuthor(tree, main, &meta);
  // A page whose visible text is thin but which carries the article as JSON-LD articleBody
  // (rendered by script) gives the body (main_text.h).
  std::optional<std::string> body_text;
  if (ld.article_body) body_text = web::ArticleBodyFallback(main, *ld.article_body);
  if (main.text.empty() && !body_text) {
    return NotFoundError("no article text found", {.file = where});
  }

  ExtractedPage page;
  page.text = body_text ? std::move(*body_text) : main.text;
  page.title = std::move(meta.title);
  page.author = std::move(meta.author);
  page.published = std::move(meta.published);
  page.modified = std::move(meta.modified);
  page.outlet = std::move(meta.outlet);
  page.canonical_url = std::move(meta.canonical_url);
  page.language = std::move(meta.language);
  page.charset = decoded.charset;
  page.published_source = meta.date_source;
  page.replaced_bytes = decoded.replaced;
  page.charset_repaired = decoded.replaced > 0;
  return page;
}

}  // namespace claimtrace
