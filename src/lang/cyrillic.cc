// Cyrillic helpers: a hand-rolled UTF-8 decoder, letter counting for script detection, suffix
// stripping over code points for stems, and a letter table for transliteration. Covered by
// cyrillic_test.cc.
#include "lang/cyrillic.h"

#include <unicode/uchar.h>

#include <string_view>
#include <vector>

namespace claimtrace::lang {
namespace {

// Decodes one UTF-8 code point at i (advancing i); invalid bytes give U+FFFD.
char32_t Next(std::string_view s, size_t* i) {
  unsigned char b = static_cast<unsigned char>(s[*i]);
  if (b < 0x80) {
    ++*i;
    return b;
  }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len == 1 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = b & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    unsigned char c = static_cast<unsigned char>(s[*i + k]);
    if ((c & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  *i += len;
  return cp;
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::u32string LowerCodePoints(std::string_view word) {
  std::u32string out;
  for (size_t i = 0; i < word.size();) out.push_back(u_tolower(Next(word, &i)));
  return out;
}

bool IsVowelOrSoft(char32_t c) {
  switch (c) {
    case U'а':
    case U'я':
    case U'о':
    case U'е':
    case U'ё':
    case U'у':
    case U'ю':
    case U'ы':
    case U'и':
    case U'й':
    case U'ь':
    case U'і':
    case U'ї':
    case U'є':
    case U'э':
    case U'ъ':
      return true;
    default:
      return false;
  }
}

// Case endings, longest first within each length (Russian and Ukrainian nouns, adjectives and
// surnames). "ов"/"ев"/"ин" are never cut: they are surname stems.
constexpr std::u32string_view kEndings[] = {
    U"ами", U"ями", U"ого", U"его", U"ому", U"ему", U"ыми", U"ими", U"ием", U"еем", U"ией", U"ові",
    U"еві", U"ую",  U"юю",  U"ая",  U"яя",  U"ое",  U"ее",  U"ые",  U"ие",  U"ый",  U"ий",  U"ой",
    U"ей",  U"ых",  U"их",  U"ым",  U"им",  U"ом",  U"ем",  U"ам",  U"ям",  U"ах",  U"ях",  U"ея",
    U"ею",  U"ия",  U"ию",  U"ою",  U"єю",  U"ої",  U"ій",  U"ім",  U"ів",
};

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) Append(c, &out);
  return out;
}

const char* Latin(char32_t c) {
  switch (c) {
    case U'а':
      return "a";
    case U'б':
      return "b";
    case U'в':
      return "v";
    case U'г':
      return "g";
    case U'ґ':
      return "g";
    case U'д':
      return "d";
    case U'е':
      return "e";
    case U'ё':
      return "e";
    case U'є':
      return "ye";
    case U'ж':
      return "zh";
    case U'з':
      return "z";
    case U'и':
      return "i";
    case U'і':
      return "i";
    case U'ї':
      return "yi";
    case U'й':
      return "y";
    case U'к':
      return "k";
    case U'л':
      return "l";
    case U'м':
      return "m";
    case U'н':
      return "n";
    case U'о':
      return "o";
    case U'п':
      return "p";
    case U'р':
      return "r";
    case U'с':
      return "s";
    case U'т':
      return "t";
    case U'у':
      return "u";
    case U'ф':
      return "f";
    case U'х':
      return "kh";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "shch";
    case U'ъ':
      return "";
    case U'ы':
      return "y";
    case U'ь':
      return "";
    case U'э':
      return "e";
    case U'ю':
      return "yu";
    case U'я':
      return "ya";
    case U'ў':
      return "w";
    case U'ј':
      return "j";
    case U'љ':
      return "lj";
    case U'њ':
      return "nj";
    case U'ћ':
      return "c";
    case U'ђ':
      return "dj";
    case U'џ':
      return "dz";
    case U'ѓ':
      return "gj";
    case U'ќ':
      return "kj";
    case U'ѕ':
      return "dz";
    default:
      return nullptr;
  }
}

}  // namespace

bool IsCyrillicCodePoint(char32_t cp) { return cp >= 0x0400 && cp <= 0x052F; }

bool StartsCyrillic(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    char32_t cp = Next(word, &i);
    if (IsCyrillicCodePoint(cp)) return u_isalpha(cp);
    if (u_isalpha(cp)) return false;
  }
  return false;
}

bool HasCyrillic(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0xD0 && c <= 0xD4) return true;  // lead bytes of U+0400..U+052F
  }
  return false;
}

std::string DetectLanguageFromScript(std::string_view text) {
  if (!HasCyrillic(text)) return "";
  size_t cyrillic = 0, other = 0;
  size_t uk = 0, be = 0, sr = 0, mk = 0, ru = 0, hard = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = Next(text, &i);
    if (cp < 0x80) {
      if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ++other;
      continue;
    }
    if (!IsCyrillicCodePoint(cp)) {
      if (u_isalpha(cp)) ++other;
      continue;
    }
    if (!u_isalpha(cp)) continue;
    ++cyrillic;
    switch (u_tolower(cp)) {
      case U'і':
      case U'ї':
      case U'є':
      case U'ґ':
        ++uk;
        break;
      case U'ў':
        ++be;
        break;
      case U'ђ':
      case U'ћ':
      case U'џ':
      case U'љ':
      case U'њ':
      case U'ј':
        ++sr;
        break;
      case U'ѓ':
      case U'ќ':
      case U'ѕ':
        ++mk;
        break;
      case U'ы':
      case U'э':
      case U'ё':
        ++ru;
        break;
      case U'ъ':
        ++hard;
        break;
      default:
        break;
    }
  }
  if (cyrillic < 8 || cyrillic < other) return "";
  // Belarusian uses і and ў (no и); Ukrainian і ї є ґ; a few stray letters (quoted names) do
  // not outvote the rest.
  if (be > 0 && be * 4 >= uk) return "be";
  if (uk > ru) return "uk";
  if (sr > ru && sr >= mk) return "sr";
  if (mk > ru) return "mk";
  if (ru == 0 && hard > 0) return "bg";
  return "ru";
}

std::string CyrillicLower(std::string_view word) { return Encode(LowerCodePoints(word)); }

std::vector<std::string> CyrillicStems(std::string_view word) {
  std::u32string w = LowerCodePoints(word);
  constexpr size_t kMin = 3;
  std::vector<std::string> out;
  auto add = [&](size_t cut) {
    std::u32string b = w.substr(0, w.size() - cut);
    while (b.size() > kMin && IsVowelOrSoft(b.back())) b.pop_back();
    std::string e = Encode(b);
    for (const std::string& o : out) {
      if (o == e) return;
    }
    out.push_back(std::move(e));
  };
  add(0);
  for (std::u32string_view e : kEndings) {
    if (w.size() >= e.size() + kMin && std::u32string_view(w).substr(w.size() - e.size()) == e) {
      add(e.size());
    }
  }
  return out;
}

bool SameCyrillicWord(std::string_view a, std::string_view b) {
  std::vector<std::string> sa = CyrillicStems(a), sb = CyrillicStems(b);
  for (const std::string& x : sa) {
    for (const std::string& y : sb) {
      if (x == y) return true;
    }
  }
  return false;
}

std::string TransliterateCyrillic(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = Next(text, &i);
    if (!IsCyrillicCodePoint(cp)) {
      out.append(text.substr(start, i - start));
      continue;
    }
    char32_t lower = u_tolower(cp);
    const char* l = Latin(lower);
    if (l == nullptr) {
      out.append(text.substr(start, i - start));
      continue;
    }
    std::string s = l;
    if (lower != cp && !s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    out += s;
  }
  return out;
}

}  // namespace claimtrace::lang
