// The block view of a parsed page: its visible text cut into paragraphs at block-level element
// boundaries, and the block-level elements as a flat tree in document order.
//
// BuildBlocks walks the gumbo tree once. Invisible or non-content subtrees (script, style,
// forms controls, media, hidden elements) produce nothing. Each paragraph records the block
// element that holds it, its kind (text, heading, list item, quote, caption, cell, pre), its
// word count and how much of it is link text. Elements are stored in pre-order, so an element's
// descendants are the index range (i, end) and its paragraphs the range [first_para, end_para).
// The view borrows nothing from the gumbo tree except `node` pointers (valid while the
// GumboDocument lives). Not thread-safe to share while building; read-only afterwards.
//
//   BlockTree tree = BuildBlocks(doc.root());
//   for (const Para& p : tree.paras) std::cout << p.text << "\n\n";
#ifndef CLAIMTRACE_WEB_BLOCKS_H_
#define CLAIMTRACE_WEB_BLOCKS_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <vector>

#include "web/text_store.h"

namespace claimtrace::web {

enum class ParaKind : uint8_t { kText, kHeading, kListItem, kPre, kQuote, kCaption, kCell, kTerm };

struct Para {
  std::string text;   // white space collapsed; "\n" inside <pre> and at single <br>
  int32_t elem = -1;  // the innermost block element holding it
  uint32_t words = 0;
  uint32_t link_words = 0;   // words inside <a href>
  uint32_t chars = 0;        // bytes of text
  uint32_t link_chars = 0;   // bytes inside <a href>
  uint16_t punctuation = 0;  // , . ; : ! ? count
  uint8_t heading = 0;       // 1..6 for <h1>..<h6>
  ParaKind kind = ParaKind::kText;

  double link_density() const { return chars == 0 ? 0.0 : double(link_chars) / chars; }
};

struct Elem {
  const GumboNode* node = nullptr;
  int32_t parent = -1;      // index of the enclosing block element, -1 for the top
  int32_t end = 0;          // one past the index of the last descendant element
  uint32_t first_para = 0;  // paragraphs inside: [first_para, end_para)
  uint32_t end_para = 0;
  uint32_t hints = 0;  // HintFlag bits from tag, class, id, role and itemprop
  uint16_t depth = 0;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
};

struct BlockTree {
  std::vector<Elem> elems;
  std::vector<Para> paras;
};

// True for elements that start and end a paragraph (div, p, li, h1, table cells, ...; unknown
// custom elements count as blocks).
bool IsBlockTag(GumboTag tag);

// Builds the block view of the subtree at `root` (normally the <html> element). `texts` (may
// be null) expands pre-pass placeholders in text nodes.
BlockTree BuildBlocks(const GumboNode* root, const TextStore* texts = nullptr);

// Hint flags an element carries by itself (tag, class, id, role, itemprop); includes
// kHintHidden for hidden elements.
uint32_t ElementHints(const GumboNode* node);

// True for elements whose content is never article text (script, style, form controls, media,
// <head>). Hidden elements are not skipped: they carry kHintHidden, because some pages keep
// their whole article in a hidden container that script reveals.
bool IsSkippedElement(const GumboNode* node, uint32_t hints);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_BLOCKS_H_
