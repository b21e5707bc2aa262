// Internal to src/figures: the word lists behind LookupWord (lexicon.h), split by concept into
// lexicon_figure_words.cc (numbers, multipliers, fractions, units, currencies, person nouns,
// event participles) and lexicon_time_words.cc (function words, time words, tense and other
// cues). Each Add*Words function adds its lists to the map; a word may collect several classes.
// Called once, from lexicon.cc, while the table is built (single-threaded static init).
//
//   WordMap m;  AddFigureWords(&m);  AddTimeWords(&m);
#ifndef CLAIMTRACE_FIGURES_LEXICON_LISTS_H_
#define CLAIMTRACE_FIGURES_LEXICON_LISTS_H_

#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "figures/lexicon.h"

namespace claimtrace::figures {

using WordMap = std::unordered_map<std::string_view, WordInfo>;

// Adds `cls` (and a value, sub-index or unit when given) to the entry of `w`.
void AddWord(WordMap& m, std::string_view w, uint64_t cls, double value = 0, int sub = 0,
             std::string_view unit = {});
void AddWords(WordMap& m, std::initializer_list<std::string_view> words, uint64_t cls);
void AddUnitWords(WordMap& m, std::initializer_list<std::string_view> words, uint64_t cls,
                  std::string_view unit);

void AddFigureWords(WordMap* m);  // lexicon_figure_words.cc
void AddTimeWords(WordMap* m);    // lexicon_time_words.cc

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_LEXICON_LISTS_H_
