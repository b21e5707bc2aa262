// Person-name keys: a phonetic key per name word that makes Latin transliteration variants meet
// (Zelensky/Zelenskyy/Zelenskiy, Kirill/Kyrylo, Oleg/Oleh), parsing of a full name into given
// names and surname, and the compatibility test between two given names.
//
// Everything here works on ASCII Latin (see transliterate.h for getting there) and is rule-based:
// letters and digraphs are mapped onto classes (y/i/j, h/g, kh/ch, w/v, x/ks ...), vowels between
// consonants matter for the surname key but not for the given-name skeleton, and a feminine -a
// ending keeps Aleksandr and Aleksandra apart. No list of names is involved. Pure functions,
// thread-safe.
//
//   PhoneticKey("Zelenskyy") == PhoneticKey("Zelensky");               // "zelenski"
//   MatchGivenNames(ParsePersonName("Kirill Budanov").given[0],
//                   ParsePersonName("Kyrylo Budanov").given[0]);       // kVariant
#ifndef CLAIMTRACE_RESOLVE_NAME_KEY_H_
#define CLAIMTRACE_RESOLVE_NAME_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::resolve {

// Phonetic key of one ASCII name word; lower-case letters plus the digraph classes
// C (ch/tch/cz), S (sh/sch/shch/sz), Z (zh), H (kh). Empty when the word has no letters.
std::string PhoneticKey(std::string_view ascii_word);

// The key with its vowels removed ("kirilo" -> "krl"), used to compare given names, whose
// vowels vary most between transliterations (Aleksandr/Oleksandr, Dmitry/Dmytro).
std::string ConsonantSkeleton(std::string_view key);

struct NameWord {
  std::string ascii;     // as written (ASCII), without dots
  std::string key;       // PhoneticKey(ascii)
  bool initial = false;  // a single letter, e.g. "K." in "K. Budanov"
};

// A person name split into parts. Titles ("President", "Gen.") and suffixes ("Jr") are
// removed; particles ("von der", "al") are kept with the surname but not in its key.
struct PersonName {
  std::vector<NameWord> given;      // first and middle names or initials, in order
  NameWord surname;                 // the last name word; key is the surname key
  std::string surname_full;         // surname with particles, ASCII ("von der Leyen")
  std::vector<std::string> titles;  // stripped titles, lower-case, e.g. "president"
  bool guessed = false;             // a de-inflected reading of a Cyrillic name

  bool empty() const { return surname.key.empty(); }
  bool surname_only() const { return given.empty(); }
};

// Parses an ASCII name ("Maj. Gen. Kyrylo Budanov", "Budanov, Kirill", "Ursula von der Leyen").
// An empty result (surname.key empty) means the string holds no name word.
PersonName ParsePersonName(std::string_view ascii_name);

// True when a lower-case word (dots removed) is a title or honorific that may precede a name.
bool IsNameTitle(std::string_view lower_word);

enum class GivenNameMatch : uint8_t {
  kNone,     // incompatible: different people if the surnames agree
  kInitial,  // an initial agrees with the other name's first letter
  kPrefix,   // one is a short form of the other (Alex/Aleksandr, Vlad/Vladimir)
  kVariant,  // transliteration variants (Kirill/Kyrylo, Dmitry/Dmytro)
  kExact,    // same phonetic key (Zelensky/Zelenskyy style variation)
};

// Compares two given names (or initials).
GivenNameMatch MatchGivenNames(const NameWord& a, const NameWord& b);

// Compares whole given-name sequences (first names must match; middle names or initials
// must not contradict each other: "George H. W." vs "George W." is kNone).
GivenNameMatch MatchGivenSequences(const std::vector<NameWord>& a, const std::vector<NameWord>& b);

// Readings of a name transliterated from Russian or Ukrainian in an oblique case: "Budanova"
// (genitive of Budanov), "Zelenskogo" -> "Zelenskiy", "Kirilla" -> "Kirill". Returns the
// de-inflected ASCII word forms (not including `ascii_word` itself); empty when no rule applies.
std::vector<std::string> DeinflectedSurnames(std::string_view ascii_word);
std::vector<std::string> DeinflectedGivenNames(std::string_view ascii_word);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_NAME_KEY_H_
