// Read-only view of one analysed document shared by the entity stages (typing, linking,
// roles): text, tokens with their keys, sentences and gazetteer matches, plus helpers to read
// token text and to find which sentence or gazetteer phrase a token is in. Borrowed pointers:
// valid for one Analyze call; not thread-shared.
//
//   EntityContext ctx{text, &tokens, &keys, &sentences, &matches, &gazetteer};
//   std::string_view w = ctx.Text(7);
#ifndef CLAIMTRACE_LANG_ENTITY_CONTEXT_H_
#define CLAIMTRACE_LANG_ENTITY_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/lang.h"
#include "lang/gazetteer.h"
#include "lang/lexical.h"
#include "lang/ner_word_table.h"

namespace claimtrace::lang {

struct EntityContext {
  std::string_view text;
  const std::vector<Token>* tokens = nullptr;
  const std::vector<TokenKeys>* keys = nullptr;
  const std::vector<std::pair<uint32_t, uint32_t>>* sentences = nullptr;
  const std::vector<GazMatch>* matches = nullptr;
  const Gazetteer* gazetteer = nullptr;
  const NerWordTable* words = nullptr;  // the tagger's word table (name profiles), may be null
  std::string_view outlet;              // Document::outlet, may be empty

  size_t size() const { return tokens->size(); }
  const Token& tok(size_t i) const { return (*tokens)[i]; }
  std::string_view Text(size_t i) const {
    const ByteSpan& s = (*tokens)[i].span;
    return text.substr(s.start, s.size());
  }
  // Text from the start of token b to the end of token e-1.
  std::string_view Text(size_t b, size_t e) const {
    return text.substr(tok(b).span.start, tok(e - 1).span.end - tok(b).span.start);
  }
  bool Is(size_t i, std::string_view w) const { return i < size() && Text(i) == w; }
  bool Capitalized(size_t i) const { return (tok(i).flags & kTokenCapitalized) != 0; }
  bool AllCaps(size_t i) const { return (tok(i).flags & kTokenAllCaps) != 0; }
  bool SentenceStart(size_t i) const { return (tok(i).flags & kTokenSentenceStart) != 0; }
};

// A typed mention: tokens [begin, end).
// TypedMention::group of a dateline's place and its repeats ("KRAKÓW, Poland —" ... "Kraków"):
// linked as one place, never read as a surname.
inline constexpr uint16_t kDatelineGroup = 0xFFFF;

struct TypedMention {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kMisc;
  uint16_t group = 0;  // country group from the gazetteer (or kDatelineGroup), 0 = none
  bool from_tagger = true;
  bool outlet = false;      // matched the outlet lexicon or the document's own outlet
  bool the_before = false;  // a "The" written before the name belongs to it ("The Times")
};

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ENTITY_CONTEXT_H_
