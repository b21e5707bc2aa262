// Quotation pairing: one pass with a stack of open marks. A closing mark closes the nearest open
// mark of the same family (double/single), implicitly ending unclosed inner ones. At a new
// line, open quotations either continue (the line opens with a mark of the outermost open
// quotation's family) or end at the previous line's last token. Covered by quotes_test.cc.
#include "attrib/quotes.h"

namespace claimtrace::attrib {

int QuoteFamily(std::string_view m) {
  if (m == "\"" || m == "\xE2\x80\x9C" || m == "\xE2\x80\x9D" || m == "\xE2\x80\x9E" ||
      m == "\xE2\x80\x9F" || m == "\xC2\xAB" || m == "\xC2\xBB" || m == "''" || m == "``") {
    return 2;
  }
  if (m == "'" || m == "\xE2\x80\x98" || m == "\xE2\x80\x99" || m == "\xE2\x80\x9A" ||
      m == "\xE2\x80\xB9" || m == "\xE2\x80\xBA" || m == "`") {
    return 1;
  }
  return 0;
}

std::vector<Quotation> FindQuotations(std::string_view text, const std::vector<Token>& tokens,
                                      std::vector<int32_t>* innermost) {
  std::vector<Quotation> quotes;
  std::vector<std::pair<int32_t, int>> stack;  // (quotation index, family)
  auto close_all = [&](uint32_t last) {
    for (auto& [q, fam] : stack) quotes[q].close = last;
    stack.clear();
  };
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const bool is_mark = (t.flags & (kTokenOpensQuote | kTokenClosesQuote)) != 0;
    const int family =
        is_mark ? QuoteFamily(text.substr(t.span.start, t.span.end - t.span.start)) : 0;
    if (i > 0 && StartsBlock(t) && !stack.empty()) {
      if ((t.flags & kTokenOpensQuote) && family == stack.front().second) {
        // Continuation: inner quotations end with the old paragraph; the outer one runs on.
        for (size_t k = 1; k < stack.size(); ++k) quotes[stack[k].first].close = i - 1;
        stack.resize(1);
        quotes[stack[0].first].continued = true;
        continue;
      }
      close_all(i - 1);
    }
    if (!is_mark || family == 0) continue;
    if (t.flags & kTokenOpensQuote) {
      Quotation q;
      q.open = i;
      q.close = i;
      q.depth = static_cast<uint8_t>(std::min<size_t>(stack.size(), 255));
      q.parent = stack.empty() ? -1 : stack.back().first;
      stack.emplace_back(static_cast<int32_t>(quotes.size()), family);
      quotes.push_back(q);
      continue;
    }
    for (size_t k = stack.size(); k-- > 0;) {
      if (stack[k].second != family) continue;
      for (size_t j = k + 1; j < stack.size(); ++j) quotes[stack[j].first].close = i - 1;
      quotes[stack[k].first].close = i;
      quotes[stack[k].first].closed = true;
      stack.resize(k);
      break;
    }  // a closing mark with no open partner is ignored
  }
  if (!tokens.empty()) close_all(static_cast<uint32_t>(tokens.size() - 1));

  innermost->assign(tokens.size(), -1);
  for (size_t q = 0; q < quotes.size(); ++q) {  // outer before inner: inner overwrite
    for (uint32_t i = quotes[q].open; i <= quotes[q].close && i < tokens.size(); ++i) {
      (*innermost)[i] = static_cast<int32_t>(q);
    }
  }
  return quotes;
}

}  // namespace claimtrace::attrib
