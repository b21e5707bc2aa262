// Cyrillic text helpers: language from script and letters, lower-casing, a light
// de-inflection stem for Russian/Ukrainian names, and a simple Latin transliteration used for
// name keys.
//
// DetectLanguageFromScript counts letters: when at least half of them (and at least 8) are
// Cyrillic it names the language from letters unique to one orthography — Ukrainian і ї є ґ ->
// "uk", Belarusian ў -> "be", Serbian ђ ћ џ љ њ ј -> "sr", Macedonian ѓ ќ ѕ -> "mk", Russian
// ы э ё -> "ru", ъ without ы/э -> "bg"; otherwise "ru". Text that is not mostly Cyrillic gives "".
// CyrillicStems lower-cases a word and lists its candidate stems: the word without trailing
// vowels/soft signs first (the key of a nominative form: "Украина" -> "украин", "Зеленский" ->
// "зеленск"), then the word with each matching case ending cut ("Будановым" -> "буданов",
// "Зеленского" -> "зеленск"), always keeping at least three letters. Two words are forms of
// one name when their candidate lists share a stem (SameCyrillicWord). Matching keys only,
// never shown to users.
//
// Pure functions; thread-safe.
//
//   DetectLanguageFromScript("Владимир Путин заявил ...") == "ru"
//   SameCyrillicWord("Путиным", "Путин") == true
#ifndef CLAIMTRACE_LANG_CYRILLIC_H_
#define CLAIMTRACE_LANG_CYRILLIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::lang {

bool IsCyrillicCodePoint(char32_t cp);

// True when the first letter of `word` is Cyrillic.
bool StartsCyrillic(std::string_view word);

// True when `text` contains any Cyrillic letter (a fast byte scan).
bool HasCyrillic(std::string_view text);

// "" when the text is not mostly Cyrillic; else an ISO 639-1 code (see above).
std::string DetectLanguageFromScript(std::string_view text);

// Lower case of a Cyrillic/Latin word (other characters kept).
std::string CyrillicLower(std::string_view word);

// Candidate de-inflected keys of a Cyrillic word, the nominative key first (see above).
std::vector<std::string> CyrillicStems(std::string_view word);

// True when two words share a candidate stem ("Буданова" / "Буданов").
bool SameCyrillicWord(std::string_view a, std::string_view b);

// Russian/Ukrainian letters to ASCII Latin (BGN-like, lower-case input or not); other
// characters are copied.
std::string TransliterateCyrillic(std::string_view text);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_CYRILLIC_H_
