// DocView: the per-document token facts every attribution component reads — hashed lower-case
// word, suffix and shape, lexicon classes, pronoun class, entity type, sentence and block
// (line/paragraph) indices, quotations — computed in one pass over the tokens so that no
// component re-scans the text.
//
// Borrows the Document and TextAnalysis (they must outlive the view); not copyable; build one
// per document per thread.
//
//   attrib::DocView view(doc, analysis, lexicon);
//   if (view.info[i].cue_bits & attrib::kCueSpeech) ...
#ifndef CLAIMTRACE_ATTRIB_DOC_VIEW_H_
#define CLAIMTRACE_ATTRIB_DOC_VIEW_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "attrib/lexicon.h"
#include "attrib/quotes.h"
#include "claimtrace/document.h"
#include "claimtrace/lang.h"

namespace claimtrace::attrib {

enum class Pronoun : uint8_t {
  kNone,
  kMale,      // he him his himself
  kFemale,    // she her hers herself
  kPlural,    // they them their themselves
  kNeuter,    // it its itself
  kFirst,     // I me my we us our
  kSecond,    // you your
  kRelative,  // who whom which that
  kDemonstr,  // this these those
};

enum class Shape : uint8_t {
  kLower,
  kCapitalized,
  kAllCaps,
  kMixed,
  kNumber,
  kPunct,
  kQuote,
  kOther
};

struct TokInfo {
  uint64_t word = 0;     // hash of the ASCII-lower-cased token text
  uint64_t suffix = 0;   // hash of its last three bytes (lower-cased)
  uint64_t suffix2 = 0;  // last two bytes
  uint64_t suffix4 = 0;  // last four bytes
  uint8_t length = 0;    // byte length, capped at 255
  uint16_t cue_bits = 0;
  uint16_t lemma = 0xFFFF;  // lexicon lemma id, 0xFFFF when not a cue word
  uint32_t sentence = 0;
  uint32_t block = 0;  // line/paragraph index
  int32_t quote = -1;  // innermost quotation containing the token (marks included)
  Shape shape = Shape::kOther;
  Pronoun pronoun = Pronoun::kNone;
  int8_t entity_type = -1;  // EntityType of Token::entity, -1 if none
  bool entity_start = false;
};

// Pronoun class of a lower-cased word whose DocView::WordHash is `hash` (hashes compared first,
// then the text); PronounOfSimple compares the text with every pronoun. Equal results
// (doc_view_test.cc).
Pronoun PronounOf(std::string_view lower, uint64_t hash);
Pronoun PronounOfSimple(std::string_view lower);

class DocView {
 public:
  DocView(const Document& doc, const TextAnalysis& analysis, const Lexicon& lexicon);
  DocView(const DocView&) = delete;
  DocView& operator=(const DocView&) = delete;

  const Document& doc;
  const TextAnalysis& analysis;
  const Lexicon& lexicon;
  const std::vector<Token>& tokens;
  std::vector<TokInfo> info;
  std::vector<Quotation> quotes;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;  // [first, last) token ranges
  std::vector<std::pair<uint32_t, uint32_t>> blocks;     // [first, last) token ranges

  size_t size() const { return tokens.size(); }
  std::string_view Text(uint32_t i) const {
    return std::string_view(doc.text).substr(tokens[i].span.start, tokens[i].span.size());
  }
  bool IsPunct(uint32_t i, char c) const {
    return tokens[i].span.size() == 1 && doc.text[tokens[i].span.start] == c;
  }
  bool IsQuoteMark(uint32_t i) const {
    return (tokens[i].flags & (kTokenOpensQuote | kTokenClosesQuote)) != 0;
  }
  // The hash DocView uses for a word (lower-case) — for comparing with TokInfo::word.
  static uint64_t WordHash(std::string_view lower);
};

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_DOC_VIEW_H_
