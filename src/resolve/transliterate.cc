// Script detection by code-point ranges, then a chain of ICU transliterators chosen by script
// (BGN/PCGN for Russian and Ukrainian, Any-Latin otherwise, a small rule set of our own for
// Central European diacritics, Latin-ASCII last; Latin with marks also gets the plain form with
// the marks dropped). Results are memoised per input string.
// Covered by src/resolve/transliterate_test.cc.
#include "resolve/transliterate.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "core/utf8.h"

namespace claimtrace::resolve {
namespace {

constexpr size_t kMaxCacheEntries = 200000;

// Spell common diacritic letters the way English-language news spells them before Latin-ASCII
// drops the marks (Latin-ASCII alone would turn "č" into "c", not "ch").
constexpr const char16_t* kDiacriticRules =
    u"č > ch; Č > Ch; ć > ch; Ć > Ch; š > sh; Š > Sh; ś > sh; Ś > Sh; ž > zh; Ž > Zh; "
    u"ź > z; Ź > Z; ż > z; Ż > Z; ł > l; Ł > L; ř > rzh; Ř > Rzh; ş > sh; Ş > Sh; ș > sh; "
    u"Ș > Sh; ţ > ts; Ţ > Ts; ț > ts; Ț > Ts; ə > a; Ə > A; ğ > g; Ğ > G; ı > i;";

bool IsCyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x052F; }

bool IsUkrainianOnly(char32_t cp) {
  return cp == 0x0456 || cp == 0x0406 || cp == 0x0457 || cp == 0x0407 || cp == 0x0454 ||
         cp == 0x0404 || cp == 0x0491 || cp == 0x0490;
}

bool IsRussianOnly(char32_t cp) {
  return cp == 0x044B || cp == 0x042B || cp == 0x044D || cp == 0x042D || cp == 0x044A ||
         cp == 0x042A || cp == 0x0451 || cp == 0x0401;
}

bool IsLatinExtended(char32_t cp) {
  return (cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF) || cp == 0x0259 ||
         cp == 0x018F;
}

std::unique_ptr<icu::Transliterator> MakeChain(const char16_t* id, UErrorCode* status) {
  return std::unique_ptr<icu::Transliterator>(
      icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, *status));
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Collapses whitespace runs and trims.
std::string TidySpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

NameScript DetectNameScript(std::string_view text) {
  bool any_non_ascii = false, cyrillic = false, ukrainian = false, russian = false, latin = false,
       other = false;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    any_non_ascii = true;
    const char32_t cp = DecodeUtf8(text, &i);
    if (IsCyrillic(cp)) {
      cyrillic = true;
      ukrainian |= IsUkrainianOnly(cp);
      russian |= IsRussianOnly(cp);
    } else if (IsLatinExtended(cp)) {
      latin = true;
    } else if (cp >= 0x0370) {
      other = true;
    } else {
      latin = true;  // punctuation and symbols below U+0370: Latin-ASCII handles them
    }
  }
  if (!any_non_ascii) return NameScript::kAscii;
  if (cyrillic) {
    if (ukrainian && !russian) return NameScript::kUkrainian;
    if (russian && !ukrainian) return NameScript::kRussian;
    if (!russian && !ukrainian) return NameScript::kCyrillic;
    return NameScript::kOther;  // mixed: let Any-Latin take it
  }
  if (other) return NameScript::kOther;
  (void)latin;
  return NameScript::kLatin;
}

struct NameTransliterator::Impl {
  std::unique_ptr<icu::Transliterator> russian;     // Russian-Latin/BGN; Any-Latin; Latin-ASCII
  std::unique_ptr<icu::Transliterator> ukrainian;   // Ukrainian-Latin/BGN; ...
  std::unique_ptr<icu::Transliterator> diacritics;  // our rules
  std::unique_ptr<icu::Transliterator> any;         // Any-Latin; Latin-ASCII

  std::string Run(icu::Transliterator& t, std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    t.transliterate(u);
    return ToUtf8(u);
  }
  std::string Latin(std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    diacritics->transliterate(u);
    any->transliterate(u);
    return ToUtf8(u);
  }
};

NameTransliterator::NameTransliterator() : impl_(std::make_unique<Impl>()) {}
NameTransliterator::~NameTransliterator() = default;

Result<std::unique_ptr<NameTransliterator>> NameTransliterator::Create() {
  std::unique_ptr<NameTransliterator> t(new NameTransliterator());
  UErrorCode status = U_ZERO_ERROR;
  t->impl_->russian = MakeChain(u"Russian-Latin/BGN; Any-Latin; Latin-ASCII", &status);
  if (U_FAILURE(status)) {
    return InternalError(std::string("ICU has no Russian-Latin/BGN transliterator: ") +
                         u_errorName(status));
  }
  t->impl_->ukrainian = MakeChain(u"Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII", &status);
  if (U_FAILURE(status)) {
    return InternalError(std::string("ICU has no Ukrainian-Latin/BGN transliterator: ") +
                         u_errorName(status));
  }
  t->impl_->any = MakeChain(u"Any-Latin; Latin-ASCII", &status);
  if (U_FAILURE(status)) {
    return InternalError(std::string("ICU has no Any-Latin transliterator: ") +
                         u_errorName(status));
  }
  UParseError parse_error;
  t->impl_->diacritics.reset(icu::Transliterator::createFromRules(
      icu::UnicodeString(u"ClaimtraceDiacritics"), icu::UnicodeString(kDiacriticRules),
      UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status)) {
    return InternalError(std::string("bad built-in transliteration rules: ") + u_errorName(status));
  }
  return t;
}

const std::vector<std::string>& NameTransliterator::ToAscii(std::string_view text,
                                                            std::string_view language) {
  std::string cache_key(text);
  if (!language.empty()) {
    cache_key.push_back('\x1f');
    cache_key.append(language);
  }
  if (auto it = cache_.find(cache_key); it != cache_.end()) return it->second;
  if (cache_.size() >= kMaxCacheEntries) cache_.clear();

  std::vector<std::string> forms;
  NameScript script = DetectNameScript(text);
  if (script == NameScript::kCyrillic) {
    if (language == "ru") script = NameScript::kRussian;
    if (language == "uk") script = NameScript::kUkrainian;
  }
  switch (script) {
    case NameScript::kAscii:
      forms.push_back(std::string(text));
      break;
    case NameScript::kLatin: {
      // English-language news writes "Kovačević" both as "Kovachevich" and, far more often,
      // with the marks just dropped ("Kovacevic"): both forms, the English spelling first.
      forms.push_back(impl_->Latin(text));
      std::string stripped = impl_->Run(*impl_->any, text);
      if (stripped != forms.front()) forms.push_back(std::move(stripped));
      break;
    }
    case NameScript::kOther:
      forms.push_back(impl_->Latin(text));
      break;
    case NameScript::kRussian:
      forms.push_back(impl_->Run(*impl_->russian, text));
      break;
    case NameScript::kUkrainian:
      forms.push_back(impl_->Run(*impl_->ukrainian, text));
      break;
    case NameScript::kCyrillic: {
      forms.push_back(impl_->Run(*impl_->russian, text));
      std::string uk = impl_->Run(*impl_->ukrainian, text);
      if (uk != forms.front()) forms.push_back(std::move(uk));
      break;
    }
  }
  for (std::string& f : forms) f = TidySpaces(f);
  return cache_.emplace(std::move(cache_key), std::move(forms)).first->second;
}

}  // namespace claimtrace::resolve
