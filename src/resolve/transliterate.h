// NameTransliterator: turns a name written in any script into plain ASCII Latin, the common
// ground on which name keys are computed (see name_key.h).
//
// Cyrillic goes through ICU's BGN/PCGN transliterators: Ukrainian-Latin/BGN when the text has a
// Ukrainian-only letter (і ї є ґ), Russian-Latin/BGN when it has a Russian-only one (ы э ъ ё), and
// both when it has neither (so "Кирило" gives "Kirilo" and "Kyrylo"). Every other script goes
// through Any-Latin. Latin letters with diacritics are first spelled the English way (č -> ch,
// š -> sh, ž -> zh, ł -> l) and then Latin-ASCII strips what is left (ü -> u, ß -> ss); when
// merely dropping the marks gives another form ("Kovačević" -> "Kovacevic", the usual English
// press spelling), that form comes second.
//
// Owns ICU transliterators, which are not safe to share between threads: use one instance per
// thread. Results are cached (bounded), so repeated names cost a hash lookup.
//
//   CT_ASSIGN_OR_RETURN(auto tr, NameTransliterator::Create());
//   tr->ToAscii("Кирилл Буданов");  // {"Kirill Budanov"}
#ifndef CLAIMTRACE_RESOLVE_TRANSLITERATE_H_
#define CLAIMTRACE_RESOLVE_TRANSLITERATE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace::resolve {

// Which transliteration a piece of text needs.
enum class NameScript : uint8_t {
  kAscii,      // nothing to do
  kLatin,      // Latin with diacritics
  kRussian,    // Cyrillic with a Russian-only letter
  kUkrainian,  // Cyrillic with a Ukrainian-only letter
  kCyrillic,   // Cyrillic that could be either
  kOther,      // Greek, Arabic, Han, ...
};

// Classifies `text` (UTF-8) by the letters it contains.
NameScript DetectNameScript(std::string_view text);

class NameTransliterator {
 public:
  // Fails with kInternal if ICU lacks one of the transliterators (ICU 72 has them all).
  static Result<std::unique_ptr<NameTransliterator>> Create();
  ~NameTransliterator();
  NameTransliterator(const NameTransliterator&) = delete;
  NameTransliterator& operator=(const NameTransliterator&) = delete;

  // ASCII forms of `text`: one form, or two for Cyrillic that could be Russian or Ukrainian
  // (Russian first) and for Latin whose marks can be spelled out or dropped (spelled out first).
  // `language` ("ru", "uk", ...) settles the ambiguous case when given. Never empty; the first form
  // is the preferred one.
  const std::vector<std::string>& ToAscii(std::string_view text, std::string_view language = "");

 private:
  NameTransliterator();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unordered_map<std::string, std::vector<std::string>> cache_;
};

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_TRANSLITERATE_H_
