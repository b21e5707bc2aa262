// Quotations: pairs the opening and closing quote marks the tokenizer flagged into quotation
// spans, with nesting and the multi-paragraph convention (a paragraph that continues a
// quotation opens with a quote mark and the previous one has no closing mark).
//
// Pure function of the tokens; thread-safe.
//
//   std::vector<attrib::Quotation> q = attrib::FindQuotations(text, tokens, &innermost);
//   // innermost[i] = index into q of the innermost quotation containing token i, or -1
#ifndef CLAIMTRACE_ATTRIB_QUOTES_H_
#define CLAIMTRACE_ATTRIB_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimtrace/lang.h"

namespace claimtrace::attrib {

struct Quotation {
  uint32_t open = 0;       // token index of the opening mark
  uint32_t close = 0;      // token index of the closing mark, or of the last token when unclosed
  int32_t parent = -1;     // enclosing quotation, -1 at top level
  uint8_t depth = 0;       // 0 for top level
  bool closed = false;     // a matching closing mark was found
  bool continued = false;  // runs over a paragraph break (continuation convention)
};

// True for the token kinds/flags that start a new paragraph-like block (a new line).
inline bool StartsBlock(const Token& t) {
  return (t.flags & (kTokenParagraphStart | kTokenLineStart)) != 0;
}

// Quote mark family of the mark at `mark` (its UTF-8 text): 2 = double (" “ ” „ « »),
// 1 = single (' ‘ ’ ‚ ‹ ›), 0 = not a quote mark.
int QuoteFamily(std::string_view mark);

// Finds the quotations of a document, ordered by opening mark. `innermost` (resized to
// tokens.size()) receives for each token the innermost quotation containing it (marks
// included), or -1.
std::vector<Quotation> FindQuotations(std::string_view text, const std::vector<Token>& tokens,
                                      std::vector<int32_t>* innermost);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_QUOTES_H_
