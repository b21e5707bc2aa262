// Transliteration-tolerant name keys for in-article linking. Fold() removes diacritics and
// lower-cases ("Zürich" -> "zurich", "Łukasz" -> "lukasz") and transliterates Cyrillic
// ("Буданов" -> "budanov"); Skeleton() reduces a folded name to
// a consonant skeleton after merging the spellings that English transliterations of Slavic
// (and other) names alternate between: kh/h, g/h, ks/x, ch/tch, ts/tz/c, w/v, ph/f, and all
// vowels including y and j. So Kirill/Kyrylo -> "krl", Aleksandr/Oleksandr -> "lxndr",
// Yuri/Yuriy -> "r", Dmitry/Dmytro -> "dmtr", Sergei/Serhiy -> "srh", Zelensky/Zelenskyy ->
// "zlnsk". The rules are generic, not a list of names.
//
// SameFirstName / SameSurname add guards against merging different people: short skeletons
// need a prefix relation, and a surname with a feminine -a ending never matches one without.
// Two Cyrillic words match when they are case forms of one another (SameCyrillicWord:
// "Буданова" / "Буданов", "Кирилла" / "Кирилл").
//
// Pure functions; thread-safe.
//
//   SameFirstName("Kirill", "Kyrylo") == true;  SameFirstName("Anna", "Ian") == false
#ifndef CLAIMTRACE_LANG_NAME_KEY_H_
#define CLAIMTRACE_LANG_NAME_KEY_H_

#include <string>
#include <string_view>

namespace claimtrace::lang {

std::string Fold(std::string_view name);
std::string Skeleton(std::string_view folded);

bool SameFirstName(std::string_view a, std::string_view b);
bool SameSurname(std::string_view a, std::string_view b);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NAME_KEY_H_
