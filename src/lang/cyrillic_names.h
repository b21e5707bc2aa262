// Name spotting in Cyrillic text (Russian, Ukrainian and other Cyrillic languages), used in
// place of the English-trained tagger on Cyrillic words.
//
// CyrillicLexicon holds data/lexicons/cyrillic.tsv (given names, places, organisations,
// organisation head words) plus the Russian and Ukrainian country names from ICU's locale
// data, keyed by de-inflected stems (lang/cyrillic.h), so "Украины" finds "Украина" and
// "Кириллом" finds "Кирилл".
//
// SpotCyrillicNames replaces tagger mentions that touch Cyrillic words by mentions found with
// rules, sentence by sentence:
//   * an all-caps word of 2-6 letters ("ФСБ", "НАТО") is an ORG unless the lexicon says
//     otherwise ("США" GPE);
//   * a capitalised organisation head ("Министерство", or an adjective before a lower-case
//     head: "Главное управление") extends over the lower-case genitive words and a final
//     place that follow ("Министерство обороны России") -> ORG;
//   * a capitalised name in «…» or „…“ quotes ("«Новая газета»") -> ORG;
//   * every other run of capitalised Cyrillic words (with initials "В." and joined by hyphens)
//     is a name. A sentence's first word joins only when the lexicon knows it or the same
//     word (any case form) is capitalised elsewhere in the text, else it is dropped; one-letter
//     words (prepositions) never start a name. Types: the lexicon (phrase or single word); a run
//     starting with a known given name or an initial, containing a patronymic ("Владимирович"),
//     or shaped like Name Surname (2-3 words, no adjective-shaped first word) -> PERSON; a
//     single word after a place preposition ("в", "из", "под") or a region in "-щина" -> GPE;
//     a single word with a surname ending ("-ов", "-ин", "-ский", "-енко", "-ук"; adjective
//     shapes only for "-ский"/"-цкий") -> PERSON; else MISC.
// Mentions keep the text's own script and case form; Entity::name is chosen by the linker.
//
// CyrillicLexicon is immutable after Load and thread-safe; SpotCyrillicNames is a pure
// function of its inputs.
//
//   CT_ASSIGN_OR_RETURN(CyrillicLexicon lex, CyrillicLexicon::Load(data_dir));
//   SpotCyrillicNames(ctx, lex, &typed_mentions);
#ifndef CLAIMTRACE_LANG_CYRILLIC_NAMES_H_
#define CLAIMTRACE_LANG_CYRILLIC_NAMES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/status.h"
#include "lang/entity_context.h"

namespace claimtrace::lang {

enum class CyrillicKind : uint8_t { kNone, kGiven, kGpe, kLoc, kOrg, kOrgHead };

class CyrillicLexicon {
 public:
  // Reads lexicons/cyrillic.tsv (FindDataFile) and adds ICU's ru/uk country names. A missing
  // file or an unknown kind is an error naming the file and line.
  static Result<CyrillicLexicon> Load(std::string_view data_dir);

  // Parses TSV content (name <TAB> kind lines, # comments); `source` names it in errors.
  Status AddTsv(std::string_view content, std::string_view source);
  void Add(std::string_view phrase, CyrillicKind kind);

  // Kind of the phrase made of these words (any case form), or kNone.
  CyrillicKind Find(const std::vector<std::string_view>& words) const;
  CyrillicKind Find(std::string_view word) const {
    return Find(std::vector<std::string_view>{word});
  }
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, CyrillicKind> entries_;  // space-joined nominative stems
  size_t max_words_ = 1;
};

// Replaces mentions over Cyrillic words in `mentions` by spotted ones (see above); the result
// is sorted by position and non-overlapping.
void SpotCyrillicNames(const EntityContext& ctx, const CyrillicLexicon& lexicon,
                       std::vector<TypedMention>* mentions);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_CYRILLIC_NAMES_H_
