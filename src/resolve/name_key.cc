// Phonetic keys by ordered rewriting: digraphs first (longest match), then letter classes,
// then the treatment of the i/y/j glide (dropped word-initially before a vowel and between
// vowels) and finally collapsing doubled letters. Given names are compared on their consonant
// skeleton with a feminine-ending guard. Covered by src/resolve/name_key_test.cc, including the
// "never merge" pairs (Boris/Andrew Johnson, Vladimir Putin/Osechkin).
#include "resolve/name_key.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace claimtrace::resolve {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Digraph {
  std::string_view from;
  std::string_view to;
  bool word_start_only;
};

// Longest first at each position.
constexpr Digraph kDigraphs[] = {
    {"shch", "S", false}, {"tsch", "C", false}, {"sch", "S", false}, {"chr", "Hr", true},
    {"tch", "C", false},  {"ch", "C", false},   {"cz", "C", false},  {"sh", "S", false},
    {"sz", "S", false},   {"zh", "Z", false},   {"kh", "H", false},  {"ph", "f", false},
    {"th", "t", false},   {"ck", "k", false},   {"gh", "g", false},  {"tz", "ts", false},
    {"ou", "u", false},   {"x", "ks", false},   {"q", "k", false},
};

constexpr std::string_view kTitles[] = {
    "mr",         "mrs",      "ms",        "miss",     "dr",      "prof",       "professor",
    "sir",        "dame",     "lord",      "lady",     "gen",     "general",    "lt",
    "lieutenant", "col",      "colonel",   "maj",      "major",   "capt",       "captain",
    "sgt",        "sergeant", "adm",       "admiral",  "cmdr",    "commander",  "president",
    "premier",    "minister", "secretary", "sen",      "senator", "rep",        "gov",
    "governor",   "mayor",    "judge",     "justice",  "rev",     "reverend",   "pope",
    "king",       "queen",    "prince",    "princess", "sheikh",  "chancellor", "ambassador",
    "chief",      "director", "spokesman",
};

constexpr std::string_view kSuffixes[] = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"};

constexpr std::string_view kParticles[] = {"von", "van", "der",   "den", "de", "da", "di",
                                           "du",  "del", "della", "la",  "le", "al", "el",
                                           "bin", "ibn", "ter",   "ten", "dos"};

template <size_t N>
bool In(const std::string_view (&set)[N], std::string_view w) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

std::string LowerNoDots(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c == '.') continue;
    out.push_back(Lower(c));
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Splits on spaces; trims punctuation other than inner hyphens/dots/apostrophes.
std::vector<std::string> SplitNameWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && !IsLetter(cur.back()) && cur.back() != '.') cur.pop_back();
    size_t b = 0;
    while (b < cur.size() && !IsLetter(cur[b])) ++b;
    if (b < cur.size()) out.push_back(cur.substr(b));
    cur.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == ',') {
      flush();
      if (c == ',') out.push_back(",");
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return out;
}

// Strips a trailing possessive from the last word ("Putin's" -> "Putin").
std::string StripPossessive(std::string w) {
  if (EndsWith(w, "'s") || EndsWith(w, "'S")) w.resize(w.size() - 2);
  while (!w.empty() && w.back() == '\'') w.pop_back();
  return w;
}

bool FeminineEnding(std::string_view key) { return !key.empty() && key.back() == 'a'; }

}  // namespace

std::string PhoneticKey(std::string_view ascii_word) {
  std::string w;
  w.reserve(ascii_word.size());
  for (char c : ascii_word) {
    if (IsLetter(c)) w.push_back(Lower(c));
  }
  if (w.empty()) return w;
  std::string out;
  out.reserve(w.size() + 2);
  for (size_t i = 0; i < w.size();) {
    bool matched = false;
    for (const Digraph& d : kDigraphs) {
      if (d.word_start_only && i != 0) continue;
      if (w.compare(i, d.from.size(), d.from) == 0) {
        out.append(d.to);
        i += d.from.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    switch (c) {
      case 'c':
        c = (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
        break;
      case 'j':
      case 'y':
        c = 'i';
        break;
      case 'w':
        c = 'v';
        break;
      case 'h':
        c = 'g';  // Ukrainian г (Oleh/Oleg, Hrozev/Grozev)
        break;
      default:
        break;
    }
    out.push_back(c);
    ++i;
  }
  // The i-glide: dropped word-initially before a vowel (Yulia/Iulia/Ulia, Yevgeny/Evgeny) and
  // between two vowels (Sergeyev/Sergeev).
  std::string glide;
  glide.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == 'i') {
      const bool next_vowel = i + 1 < out.size() && IsVowel(out[i + 1]) && out[i + 1] != 'i';
      const bool prev_vowel = !glide.empty() && IsVowel(glide.back()) && glide.back() != 'i';
      if ((glide.empty() && next_vowel && out.size() > 2) || (prev_vowel && next_vowel)) continue;
    }
    glide.push_back(out[i]);
  }
  std::string key;
  key.reserve(glide.size());
  for (char c : glide) {
    if (key.empty() || key.back() != c) key.push_back(c);
  }
  return key;
}

std::string ConsonantSkeleton(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (!IsVowel(c)) out.push_back(c);
  }
  return out;
}

bool IsNameTitle(std::string_view lower_word) { return In(kTitles, lower_word); }

PersonName ParsePersonName(std::string_view ascii_name) {
  PersonName name;
  std::vector<std::string> words = SplitNameWords(ascii_name);
  // "Budanov, Kirill" -> "Kirill Budanov"; other commas ("Smith, Jr") are dropped.
  if (auto comma = std::find(words.begin(), words.end(), ","); comma != words.end()) {
    std::vector<std::string> before(words.begin(), comma);
    std::vector<std::string> after(comma + 1, words.end());
    after.erase(std::remove(after.begin(), after.end(), ","), after.end());
    const bool after_is_suffix = after.size() == 1 && In(kSuffixes, LowerNoDots(after.front()));
    if (before.size() == 1 && !after.empty() && !after_is_suffix) {
      words = after;
      words.push_back(before.front());
    } else {
      words = before;
      words.insert(words.end(), after.begin(), after.end());
    }
  }
  // Leading titles (also stacked: "Maj. Gen.").
  size_t first = 0;
  while (first + 1 < words.size() && IsNameTitle(LowerNoDots(words[first]))) {
    name.titles.push_back(LowerNoDots(words[first]));
    ++first;
  }
  size_t last = words.size();
  while (last > first + 1 && In(kSuffixes, LowerNoDots(words[last - 1]))) --last;
  if (first >= last) return name;
  words = std::vector<std::string>(words.begin() + first, words.begin() + last);
  words.back() = StripPossessive(words.back());
  // Surname: the last word, with the particles right before it.
  size_t surname_begin = words.size() - 1;
  while (surname_begin > 1 && In(kParticles, LowerNoDots(words[surname_begin - 1]))) {
    --surname_begin;
  }
  if (surname_begin == 1 && words.size() > 2 && In(kParticles, LowerNoDots(words[0]))) {
    surname_begin = 0;
  }
  for (size_t i = surname_begin; i < words.size(); ++i) {
    if (!name.surname_full.empty()) name.surname_full.push_back(' ');
    name.surname_full += words[i];
  }
  name.surname.ascii = words.back();
  name.surname.key = PhoneticKey(words.back());
  for (size_t i = 0; i < surname_begin; ++i) {
    std::string w = words[i];
    // "J.R." style: every letter an initial.
    std::string letters;
    bool dotted_initials = w.find('.') != std::string::npos;
    for (char c : w) {
      if (IsLetter(c)) letters.push_back(c);
    }
    if (letters.empty()) continue;
    if (letters.size() == 1 ||
        (dotted_initials && letters.size() <= 3 &&
         static_cast<size_t>(std::count(w.begin(), w.end(), '.')) >= letters.size())) {
      for (char c : letters) {
        NameWord nw;
        nw.ascii = std::string(1, c);
        nw.key = PhoneticKey(nw.ascii);
        nw.initial = true;
        name.given.push_back(std::move(nw));
      }
      continue;
    }
    NameWord nw;
    nw.ascii = letters == w ? w : std::string(w);
    nw.ascii.erase(std::remove(nw.ascii.begin(), nw.ascii.end(), '.'), nw.ascii.end());
    nw.key = PhoneticKey(nw.ascii);
    if (!nw.key.empty()) name.given.push_back(std::move(nw));
  }
  return name;
}

GivenNameMatch MatchGivenNames(const NameWord& a, const NameWord& b) {
  if (a.key.empty() || b.key.empty()) return GivenNameMatch::kNone;
  if (a.initial || b.initial) {
    // Compare first letters of what was written and of the keys (Yulia vs "I.").
    const char la = Lower(a.ascii.empty() ? a.key[0] : a.ascii[0]);
    const char lb = Lower(b.ascii.empty() ? b.key[0] : b.ascii[0]);
    if (la == lb || a.key[0] == b.key[0]) return GivenNameMatch::kInitial;
    return GivenNameMatch::kNone;
  }
  if (a.key == b.key) return GivenNameMatch::kExact;
  const bool gender_agrees = FeminineEnding(a.key) == FeminineEnding(b.key);
  const std::string sa = ConsonantSkeleton(a.key);
  const std::string sb = ConsonantSkeleton(b.key);
  if (gender_agrees && sa.size() >= 2 && sa == sb) return GivenNameMatch::kVariant;
  // Short forms: the shorter key starts the longer (>= 3 letters) and the skeletons agree so far.
  const std::string& shorter = a.key.size() <= b.key.size() ? a.key : b.key;
  const std::string& longer = a.key.size() <= b.key.size() ? b.key : a.key;
  if (shorter.size() >= 3 && longer.compare(0, shorter.size(), shorter) == 0 &&
      !FeminineEnding(longer)) {
    return GivenNameMatch::kPrefix;
  }
  return GivenNameMatch::kNone;
}

GivenNameMatch MatchGivenSequences(const std::vector<NameWord>& a, const std::vector<NameWord>& b) {
  if (a.empty() || b.empty()) return GivenNameMatch::kNone;
  GivenNameMatch first = MatchGivenNames(a[0], b[0]);
  if (first == GivenNameMatch::kNone) return first;
  // Middle names: where both have one at the same position they must agree.
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 1; i < n; ++i) {
    if (MatchGivenNames(a[i], b[i]) == GivenNameMatch::kNone) return GivenNameMatch::kNone;
  }
  return first;
}

std::vector<std::string> DeinflectedSurnames(std::string_view w) {
  std::vector<std::string> out;
  const std::string lower = LowerNoDots(w);
  auto cut = [&](size_t n, std::string_view add) {
    std::string base(w.substr(0, w.size() - n));
    base += add;
    out.push_back(std::move(base));
  };
  struct Rule {
    std::string_view suffix;
    size_t cut;
    std::string_view add;
  };
  static constexpr Rule kRules[] = {
      {"ovym", 2, ""},    {"evym", 2, ""},   {"inym", 2, ""},   {"ynym", 2, ""},
      {"ova", 1, ""},     {"ovu", 1, ""},    {"ove", 1, ""},    {"eva", 1, ""},
      {"evu", 1, ""},     {"eve", 1, ""},    {"ina", 1, ""},    {"inu", 1, ""},
      {"ine", 1, ""},     {"yna", 1, ""},    {"ynu", 1, ""},    {"skogo", 3, "iy"},
      {"skomu", 3, "iy"}, {"skim", 2, "iy"}, {"skym", 2, "yy"}, {"skoho", 3, "yy"},
      {"skom", 2, "iy"},
  };
  for (const Rule& r : kRules) {
    if (lower.size() > r.suffix.size() + 2 && EndsWith(lower, r.suffix)) {
      cut(r.cut, r.add);
      break;
    }
  }
  return out;
}

std::vector<std::string> DeinflectedGivenNames(std::string_view w) {
  std::vector<std::string> out;
  const std::string lower = LowerNoDots(w);
  if (lower.size() < 4) return out;
  auto cut = [&](size_t n, std::string_view add) {
    std::string base(w.substr(0, w.size() - n));
    base += add;
    out.push_back(std::move(base));
  };
  if (EndsWith(lower, "iya") || EndsWith(lower, "iyu") || EndsWith(lower, "iye")) {
    cut(1, "");  // Dmitriya -> Dmitriy
  } else if (EndsWith(lower, "iyem")) {
    cut(2, "");
  } else if (EndsWith(lower, "eya") || EndsWith(lower, "eyu") || EndsWith(lower, "eye")) {
    cut(1, "");  // Sergeya -> Sergey
  } else if (EndsWith(lower, "om") && !IsVowel(lower[lower.size() - 3])) {
    cut(2, "");  // Kirillom -> Kirill
  } else if ((lower.back() == 'a' || lower.back() == 'u' || lower.back() == 'e') &&
             !IsVowel(lower[lower.size() - 2])) {
    cut(1, "");  // Kirilla -> Kirill, Vladimiru -> Vladimir
  }
  return out;
}

}  // namespace claimtrace::resolve
