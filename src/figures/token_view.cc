// TokenView construction: one pass lower-cases ASCII letters of the text (multi-byte UTF-8 is
// copied unchanged, so offsets stay the same), then each word token is looked up once in the
// lexicon. ParseNumeral reads digit groups by hand (std::from_chars for the value). Covered by
// cardinal_test.cc (Numeral.*) and every extractor test.
#include "figures/token_view.h"

#include <charconv>

namespace claimtrace::figures {

TokenView::TokenView(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), lower_(text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  toks_.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    ViewToken& v = toks_[i];
    v.span = t.span;
    v.kind = t.kind;
    v.flags = t.flags;
    if (t.kind == TokenKind::kWord && t.span.end <= text.size() && t.span.size() <= 24) {
      const std::string_view w = std::string_view(lower_).substr(t.span.start, t.span.size());
      v.info = LookupWord(w);
      if (v.info == nullptr) v.info = LookupPersonNoun(w);
    }
  }
}

std::optional<Numeral> ParseNumeral(std::string_view s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  Numeral n;
  char digits[48];
  size_t nd = 0;
  size_t i = 0;
  size_t group_len = 0;
  bool seen_comma = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      digits[nd++] = c;
      ++group_len;
      ++n.int_digits;
    } else if (c == ',') {
      if (n.int_digits == 0 || (seen_comma && group_len != 3) || (!seen_comma && group_len > 3)) {
        return std::nullopt;
      }
      seen_comma = true;
      group_len = 0;
    } else {
      return std::nullopt;
    }
  }
  if (n.int_digits == 0) return std::nullopt;
  if (seen_comma && group_len != 3) return std::nullopt;
  n.grouped = seen_comma;
  if (i < s.size()) {  // decimal part
    ++i;
    if (i >= s.size()) return std::nullopt;
    digits[nd++] = '.';
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      digits[nd++] = s[i];
    }
    n.decimal = true;
  }
  n.leading_zero = s[0] == '0' && n.int_digits > 1;
  auto [p, ec] = std::from_chars(digits, digits + nd, n.value);
  if (ec != std::errc() || p != digits + nd) return std::nullopt;
  return n;
}

}  // namespace claimtrace::figures
