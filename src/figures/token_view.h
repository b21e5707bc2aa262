// TokenView: the figure and time grammars' view of a document's tokens.
//
// Built once per document from the language core's tokens (it does not tokenise again): keeps
// each token's span, kind and flags, its lexicon entry (looked up on the ASCII lower-case form)
// and a lower-cased copy of the text with the same byte offsets. The view borrows the text and
// must not outlive it. Not shared between threads (each Annotate call builds its own).
//
//   TokenView v(doc.text, analysis.tokens);
//   if (v.Is(i, "at") && v.Is(i + 1, "least")) ...
#ifndef CLAIMTRACE_FIGURES_TOKEN_VIEW_H_
#define CLAIMTRACE_FIGURES_TOKEN_VIEW_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/lang.h"
#include "figures/lexicon.h"

namespace claimtrace::figures {

struct ViewToken {
  ByteSpan span;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
  const WordInfo* info = nullptr;  // lexicon entry of the lower-case form, or nullptr
  bool in_time = false;            // inside a time expression (set by the figure extractor)
};

class TokenView {
 public:
  TokenView(std::string_view text, const std::vector<Token>& tokens);

  size_t size() const { return toks_.size(); }
  const ViewToken& tok(size_t i) const { return toks_[i]; }
  ViewToken& mutable_tok(size_t i) { return toks_[i]; }
  std::string_view text() const { return text_; }

  // Original and lower-cased text of token i ("" when i is out of range).
  std::string_view Text(size_t i) const {
    if (i >= toks_.size()) return {};
    const ByteSpan& s = toks_[i].span;
    return text_.substr(s.start, s.end - s.start);
  }
  std::string_view Lower(size_t i) const {
    if (i >= toks_.size()) return {};
    const ByteSpan& s = toks_[i].span;
    return std::string_view(lower_).substr(s.start, s.end - s.start);
  }
  bool Is(size_t i, std::string_view lower) const { return i < toks_.size() && Lower(i) == lower; }
  uint64_t Cls(size_t i) const {
    return i < toks_.size() && toks_[i].info ? toks_[i].info->cls : 0;
  }
  const WordInfo* Info(size_t i) const { return i < toks_.size() ? toks_[i].info : nullptr; }
  TokenKind Kind(size_t i) const { return toks_[i].kind; }
  bool IsWord(size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kWord; }
  bool IsNumber(size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kNumber; }
  bool SpaceBefore(size_t i) const {
    return i < toks_.size() && (toks_[i].flags & kTokenSpaceBefore) != 0;
  }
  bool Capitalized(size_t i) const {
    return i < toks_.size() && (toks_[i].flags & kTokenCapitalized) != 0;
  }
  bool SentenceStart(size_t i) const {
    return i < toks_.size() && (toks_[i].flags & kTokenSentenceStart) != 0;
  }
  // Tokens i and i+1 touch (no space between them).
  bool Glued(size_t i) const { return i + 1 < toks_.size() && !SpaceBefore(i + 1); }

 private:
  std::string_view text_;
  std::string lower_;
  std::vector<ViewToken> toks_;
};

// A numeral token read: "7,000" -> 7000; "1.5" -> 1.5.
struct Numeral {
  double value = 0;
  int int_digits = 0;         // digits before the decimal point ("7,000" -> 4)
  bool decimal = false;       // has a decimal part
  bool grouped = false;       // has thousands separators
  bool leading_zero = false;  // "007", "020" (not "0" or "0.5")
};

// Parses a plain numeral (digits, thousands commas, one decimal point). nullopt for anything
// else: times ("10:30"), ordinals ("21st"), decades ("1990s"), malformed groups ("1,00").
std::optional<Numeral> ParseNumeral(std::string_view token);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_TOKEN_VIEW_H_
