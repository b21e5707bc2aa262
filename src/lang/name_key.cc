// Name folding (Cyrillic transliterated, ICU NFD, marks dropped, a few letters without
// decomposition mapped by hand) and consonant skeletons. Covered by name_key_test.cc.
#include "lang/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdlib>

#include "lang/cyrillic.h"

namespace claimtrace::lang {
namespace {

const char* Special(UChar32 c) {
  switch (c) {
    case 0x00F8:
      return "o";  // ø
    case 0x0142:
      return "l";  // ł
    case 0x0111:
      return "d";  // đ
    case 0x00DF:
      return "ss";  // ß
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x0131:
      return "i";  // dotless i
    case 0x00F0:
      return "d";  // ð
    case 0x00FE:
      return "th";  // þ
    case 0x2019:
    case 0x0027:
    case 0x02BC:
    case 0x2018:
      return "";  // apostrophes vanish: O'Brien -> obrien
    default:
      return nullptr;
  }
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
}

}  // namespace

std::string Fold(std::string_view name) {
  std::string latin;
  if (HasCyrillic(name)) {
    latin = TransliterateCyrillic(name);
    name = latin;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(src, status) : src;
  if (U_FAILURE(status)) decomposed = src;
  std::string out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
        type == U_COMBINING_SPACING_MARK) {
      continue;
    }
    if (const char* s = Special(u_tolower(c))) {
      out += s;
      continue;
    }
    c = u_tolower(c);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      icu::UnicodeString one(c);
      one.toUTF8String(out);
    }
  }
  return out;
}

std::string Skeleton(std::string_view f) {
  std::string s;
  s.reserve(f.size());
  for (size_t i = 0; i < f.size();) {
    auto starts = [&](std::string_view p) { return f.substr(i, p.size()) == p; };
    char c = f[i];
    if (!((c >= 'a' && c <= 'z'))) {
      ++i;
      continue;
    }
    if (starts("shch")) {
      s += 's';
      i += 4;
    } else if (starts("tch") || starts("sch")) {
      s += starts("tch") ? 'c' : 's';
      i += 3;
    } else if (starts("ch") || starts("ts") || starts("tz") || starts("cz")) {
      s += 'c';
      i += 2;
    } else if (starts("kh")) {
      s += 'h';
      i += 2;
    } else if (starts("zh")) {
      s += 'z';
      i += 2;
    } else if (starts("sh")) {
      s += 's';
      i += 2;
    } else if (starts("ph")) {
      s += 'f';
      i += 2;
    } else if (starts("ck")) {
      s += 'k';
      i += 2;
    } else if (starts("ks") || starts("cs")) {
      s += 'x';
      i += 2;
    } else {
      switch (c) {
        case 'g':
          s += 'h';
          break;
        case 'w':
          s += 'v';
          break;
        case 'q':
          s += 'k';
          break;
        default:
          if (!IsVowel(c)) s += c;
      }
      ++i;
    }
  }
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

bool SameFirstName(std::string_view a, std::string_view b) {
  if (StartsCyrillic(a) && StartsCyrillic(b) && SameCyrillicWord(a, b)) return true;
  std::string fa = Fold(a), fb = Fold(b);
  if (fa == fb) return true;
  if (fa.empty() || fb.empty()) return false;
  // Initials: "V." matches "Vladimir".
  auto initial = [](const std::string& x) {
    return (x.size() == 2 && x[1] == '.') || x.size() == 1;
  };
  if (initial(fa) || initial(fb)) return fa[0] == fb[0];
  std::string sa = Skeleton(fa), sb = Skeleton(fb);
  if (sa != sb || sa.empty()) return false;
  if (sa.size() >= 2)
    return std::abs(static_cast<int>(fa.size()) - static_cast<int>(fb.size())) <= 3;
  return fa.rfind(fb, 0) == 0 || fb.rfind(fa, 0) == 0;  // Yuri / Yuriy
}

bool SameSurname(std::string_view a, std::string_view b) {
  // Two Cyrillic forms: case forms of one surname ("Буданов" / "Буданова" / "Будановым").
  if (StartsCyrillic(a) && StartsCyrillic(b)) return SameCyrillicWord(a, b);
  std::string fa = Fold(a), fb = Fold(b);
  if (fa == fb) return true;
  if (fa.size() < 3 || fb.size() < 3) return false;
  if ((fa.back() == 'a') != (fb.back() == 'a')) return false;  // Petrov / Petrova
  std::string sa = Skeleton(fa), sb = Skeleton(fb);
  if (sa.size() < 3 || sa != sb) return false;
  return fa[0] == fb[0] && std::abs(static_cast<int>(fa.size()) - static_cast<int>(fb.size())) <= 2;
}

}  // namespace claimtrace::lang
