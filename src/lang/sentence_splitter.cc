// Sentence splitter: one left-to-right pass deciding, for each token, whether a sentence
// boundary falls just before it (rules in sentence_splitter.h). Covered by
// sentence_splitter_test.cc and the golden tests in tests/golden/lang/.
#include "lang/sentence_splitter.h"

#include "lang/abbreviations.h"
#include "lang/char_class.h"

namespace claimtrace::lang {
namespace {

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens) : t_(text), tok_(tokens) {}

  bool BreakBefore(size_t i, size_t start) const {
    const Token& t = tok_[i];
    if (t.flags & kTokenParagraphStart) return true;
    if (i - start >= kMaxSentenceTokens) return true;
    size_t j = i - 1;
    while (j > start && IsCloser(tok_[j])) --j;
    bool terminal = IsTerminal(tok_[j]) || IsAbbrevWithPeriod(tok_[j]);
    if (t.flags & kTokenLineStart) return LineBreakEnds(i, j, terminal);
    if (!terminal) return false;
    return TerminalEnds(j, i);
  }

 private:
  std::string_view Text(const Token& t) const { return t_.substr(t.span.start, t.span.size()); }

  char First(const Token& t) const { return t_[t.span.start]; }

  bool IsCloser(const Token& t) const {
    if (t.kind == TokenKind::kQuote) return (t.flags & kTokenClosesQuote) != 0;
    if (t.kind == TokenKind::kPunct && !(t.flags & kTokenSpaceBefore)) {
      char c = First(t);
      return c == ')' || c == ']' || c == '}';
    }
    return false;
  }

  bool IsTerminal(const Token& t) const {
    if (t.kind != TokenKind::kPunct) return false;
    CharInfo c = ClassifyAt(t_, t.span.start);
    return c.cls == CharClass::kPeriod || c.cls == CharClass::kTerminal ||
           c.cls == CharClass::kEllipsis;
  }

  bool IsAbbrevWithPeriod(const Token& t) const {
    return t.kind == TokenKind::kWord && t.span.size() >= 2 && t_[t.span.end - 1] == '.';
  }

  bool StartsLower(const Token& t) const {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kOther) return false;
    CharInfo c = ClassifyAt(t_, t.span.start);
    return c.cls == CharClass::kLower;
  }

  bool IsBullet(size_t i) const {
    const Token& t = tok_[i];
    if (!(t.flags & kTokenLineStart)) return false;
    bool mark = t.kind == TokenKind::kDash;
    if (t.kind == TokenKind::kSymbol) {
      char32_t cp = ClassifyAt(t_, t.span.start).cp;
      mark = cp == 0x2022 || cp == 0x25CF || cp == 0x25AA || cp == 0x2023 || cp == 0x2043 ||
             cp == '*' || cp == 0x00B7;
    }
    return mark && i + 1 < tok_.size() && (tok_[i + 1].flags & kTokenSpaceBefore);
  }

  // Decides a boundary after terminal tok_[j] (plus glued closers) before tok_[i].
  bool TerminalEnds(size_t j, size_t i) const {
    const Token& term = tok_[j];
    const Token& next = tok_[i];
    if (term.kind == TokenKind::kWord) {  // abbreviation, initial, "U.S."
      std::string_view word = Text(term);
      word.remove_suffix(1);
      if (LookupAbbreviation(word) == AbbrevKind::kTitle && (term.flags & kTokenCapitalized)) {
        return false;
      }
      if (next.kind == TokenKind::kQuote && (next.flags & kTokenOpensQuote)) return true;
      return next.kind == TokenKind::kWord && (next.flags & kTokenCapitalized) &&
             IsSentenceStarter(Text(next));
    }
    if (StartsLower(next)) return false;
    if (next.kind == TokenKind::kPunct) {
      char c = First(next);
      if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}') return false;
    }
    if (next.kind == TokenKind::kQuote && (next.flags & kTokenClosesQuote)) return false;
    return true;
  }

  bool LineBreakEnds(size_t i, size_t j, bool terminal) const {
    if (IsBullet(i)) return true;
    if (terminal) {
      const Token& term = tok_[j];
      if (term.kind == TokenKind::kWord) {  // "Mr.\nSmith" is a wrapped line
        std::string_view word = Text(term);
        word.remove_suffix(1);
        return !(LookupAbbreviation(word) == AbbrevKind::kTitle &&
                 (term.flags & kTokenCapitalized));
      }
      return true;
    }
    const Token& next = tok_[i];
    if (StartsLower(next)) return false;
    const Token& p = tok_[i - 1];
    if (p.kind == TokenKind::kPunct) {
      char c = First(p);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '[') return false;
    }
    if (p.kind == TokenKind::kQuote && (p.flags & kTokenOpensQuote)) return false;
    if (p.kind == TokenKind::kWord && !(p.flags & kTokenCapitalized) &&
        IsSentenceStarter(Text(p)) && !(next.flags & kTokenAllCaps)) {
      return false;  // "... of the\nKremlin": wrapped after a function word
    }
    return true;
  }

  std::string_view t_;
  const std::vector<Token>& tok_;
};

}  // namespace

void SplitSentences(std::string_view text, std::vector<Token>* tokens,
                    std::vector<ByteSpan>* sentences,
                    std::vector<std::pair<uint32_t, uint32_t>>* sentence_tokens) {
  sentences->clear();
  sentence_tokens->clear();
  std::vector<Token>& tok = *tokens;
  if (tok.empty()) return;
  Splitter splitter(text, tok);
  auto close = [&](size_t first, size_t last) {
    tok[first].flags |= kTokenSentenceStart;
    sentences->push_back({tok[first].span.start, tok[last - 1].span.end});
    sentence_tokens->emplace_back(static_cast<uint32_t>(first), static_cast<uint32_t>(last));
  };
  for (Token& t : tok) t.flags &= static_cast<uint16_t>(~kTokenSentenceStart);
  size_t start = 0;
  for (size_t i = 1; i < tok.size(); ++i) {
    if (splitter.BreakBefore(i, start)) {
      close(start, i);
      start = i;
    }
  }
  close(start, tok.size());
}

}  // namespace claimtrace::lang
