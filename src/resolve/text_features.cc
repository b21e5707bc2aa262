// Word scanning over UTF-8 with an ASCII fast path; non-ASCII code points are classified and
// case-folded with ICU's uchar API (letters, digits and combining marks make words). Number
// parsing reads digit groups, decimal points, scale words and suffixes, and a small set of
// English number words. Covered by src/resolve/text_features_test.cc.
#include "resolve/text_features.h"

#include <unicode/uchar.h>
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_set>

#include "core/utf8.h"

namespace claimtrace::resolve {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<unsigned char>(cp));
  const uint32_t mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  return (mask & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// Decodes the code point at `i` without advancing; `len` receives its byte length.
char32_t PeekCodePoint(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return 0;
  }
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  size_t j = i;
  const char32_t cp = DecodeUtf8(s, &j);
  *len = j - i;
  if (*len == 0) *len = 1;
  return cp;
}

constexpr std::string_view kStopwords[] = {
    "a",       "about",  "above",    "after",     "again",   "against", "all",    "also",
    "am",      "an",     "and",      "any",       "are",     "as",      "at",     "be",
    "because", "been",   "before",   "being",     "below",   "between", "both",   "but",
    "by",      "can",    "could",    "did",       "do",      "does",    "doing",  "down",
    "during",  "each",   "even",     "ever",      "few",     "for",     "from",   "further",
    "had",     "has",    "have",     "having",    "he",      "her",     "here",   "hers",
    "herself", "him",    "himself",  "his",       "how",     "however", "i",      "if",
    "in",      "into",   "is",       "it",        "its",     "itself",  "just",   "last",
    "least",   "less",   "like",     "may",       "me",      "might",   "more",   "most",
    "much",    "must",   "my",       "myself",    "no",      "nor",     "not",    "now",
    "of",      "off",    "on",       "once",      "one",     "only",    "or",     "other",
    "our",     "ours",   "out",      "over",      "own",     "per",     "quite",  "rather",
    "really",  "said",   "same",     "say",       "saying",  "says",    "she",    "should",
    "since",   "so",     "some",     "still",     "such",    "than",    "that",   "the",
    "their",   "theirs", "them",     "then",      "there",   "these",   "they",   "this",
    "those",   "though", "through",  "to",        "told",    "too",     "under",  "until",
    "up",      "upon",   "us",       "very",      "was",     "we",      "were",   "what",
    "when",    "where",  "whether",  "which",     "while",   "who",     "whom",   "whose",
    "why",     "will",   "with",     "within",    "without", "would",   "yet",    "you",
    "your",    "yours",  "yourself", "according", "already", "another", "around", "away",
    "back",    "became", "become",   "get",       "got",     "many",    "made",   "make",
    "new",     "next",
};

struct NumberWord {
  std::string_view word;
  double value;
};
constexpr NumberWord kNumberWords[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
};

constexpr NumberWord kScaleWords[] = {
    {"hundred", 1e2},  {"thousand", 1e3},  {"million", 1e6}, {"millions", 1e6}, {"billion", 1e9},
    {"billions", 1e9}, {"trillion", 1e12}, {"bn", 1e9},      {"dozen", 12},
};

constexpr NumberWord kFractionWords[] = {
    {"half", 0.5},     {"third", 1.0 / 3}, {"thirds", 1.0 / 3},
    {"quarter", 0.25}, {"quarters", 0.25}, {"fifth", 0.2},
};

constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

template <size_t N>
const NumberWord* FindWord(const NumberWord (&table)[N], std::string_view w) {
  for (const NumberWord& nw : table) {
    if (nw.word == w) return &nw;
  }
  return nullptr;
}

bool IsMonth(std::string_view w) {
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}

// Parses a numeric word such as "7000", "1.5", "6bn", "10m", "5k". False if not a number.
bool ParseNumericWord(std::string_view w, double* value, bool* plain_integer) {
  size_t digits_end = 0;
  while (digits_end < w.size() && (IsDigit(w[digits_end]) || w[digits_end] == '.')) ++digits_end;
  if (digits_end == 0 || !IsDigit(w[0])) return false;
  double v = 0;
  const auto [ptr, ec] = std::from_chars(w.data(), w.data() + digits_end, v);
  if (ec != std::errc() || ptr != w.data() + digits_end) return false;
  std::string_view suffix = w.substr(digits_end);
  *plain_integer = suffix.empty() && w.substr(0, digits_end).find('.') == std::string_view::npos;
  if (suffix.empty()) {
  } else if (suffix == "bn" || suffix == "b") {
    v *= 1e9;
  } else if (suffix == "m" || suffix == "mn") {
    v *= 1e6;
  } else if (suffix == "k") {
    v *= 1e3;
  } else if (suffix == "tn") {
    v *= 1e12;
  } else {
    return false;  // "2nd", "10km", "m1": not a plain count
  }
  *value = v;
  return true;
}

}  // namespace

bool WordScanner::Next() {
  const std::string_view s = text_;
  word_.clear();
  // Skip to the start of a word.
  size_t len = 0;
  while (pos_ < s.size()) {
    const char32_t cp = PeekCodePoint(s, pos_, &len);
    if (IsWordCodePoint(cp)) break;
    pos_ += len;
  }
  if (pos_ >= s.size()) return false;
  span_.start = static_cast<uint32_t>(pos_);
  {
    const char32_t first = PeekCodePoint(s, pos_, &len);
    capitalized_ =
        first < 0x80 ? (first >= 'A' && first <= 'Z') : u_isupper(static_cast<UChar32>(first)) != 0;
  }
  numeric_ = true;
  size_t end = pos_;
  while (pos_ < s.size()) {
    const char32_t cp = PeekCodePoint(s, pos_, &len);
    if (IsWordCodePoint(cp)) {
      if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        word_.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
        if (!IsDigit(cp)) numeric_ = false;
      } else {
        AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)),
                   &word_);
        numeric_ = false;
      }
      pos_ += len;
      end = pos_;
      continue;
    }
    size_t next_len = 0;
    const char32_t next = PeekCodePoint(s, pos_ + len, &next_len);
    if (IsApostrophe(cp) && IsWordCodePoint(next) && !numeric_) {
      // Possessive 's ends the word; an inner apostrophe ("don't") is dropped.
      if (next == 's' || next == 'S') {
        size_t after_len = 0;
        const char32_t after = PeekCodePoint(s, pos_ + len + next_len, &after_len);
        if (!IsWordCodePoint(after)) {
          pos_ += len + next_len;
          break;
        }
      }
      pos_ += len;
      continue;
    }
    if ((cp == ',' || cp == '.') && numeric_ && IsDigit(next)) {
      if (cp == '.') word_.push_back('.');
      pos_ += len;
      continue;
    }
    break;
  }
  span_.end = static_cast<uint32_t>(end);
  return true;
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> out;
  WordScanner scan(text);
  while (scan.Next()) out.emplace_back(scan.word());
  return out;
}

bool IsStopword(std::string_view word) {
  static const std::unordered_set<std::string_view> kSet(std::begin(kStopwords),
                                                         std::end(kStopwords));
  return kSet.count(word) != 0;
}

std::string Stem(std::string_view word) {
  std::string w(word);
  auto ends = [&](std::string_view suffix) {
    return w.size() >= suffix.size() &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  auto is_ascii = [&] {
    return std::all_of(w.begin(), w.end(), [](char c) { return (c & 0x80) == 0; });
  };
  if (!is_ascii()) return w;
  if (w.size() > 4 && ends("ies")) {
    w.resize(w.size() - 3);
    w.push_back('y');
  } else if (ends("sses")) {
    w.resize(w.size() - 2);
  } else if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    w.pop_back();
  }
  if (w.size() > 5 && ends("ing")) {
    w.resize(w.size() - 3);
  } else if (w.size() > 4 && ends("ed")) {
    w.resize(w.size() - 2);
  }
  // Undouble a final consonant left by -ing/-ed ("running" -> "run"), drop a final silent e.
  if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2] &&
      std::string_view("aeiouls").find(w.back()) == std::string_view::npos) {
    w.pop_back();
  }
  if (w.size() > 4 && w.back() == 'e') w.pop_back();
  return w;
}

std::vector<std::string> ContentWords(std::string_view text) {
  std::vector<std::string> out;
  WordScanner scan(text);
  while (scan.Next()) {
    if (scan.numeric() || IsStopword(scan.word())) continue;
    if (FindWord(kNumberWords, scan.word()) || FindWord(kScaleWords, scan.word())) continue;
    out.push_back(Stem(scan.word()));
  }
  return out;
}

std::vector<double> NumbersIn(std::string_view text) {
  struct Tok {
    std::string word;
    bool numeric;
  };
  std::vector<Tok> toks;
  {
    WordScanner scan(text);
    while (scan.Next()) {
      Tok t{std::string(scan.word()), scan.numeric()};
      // Keep "%" adjacency irrelevant: "88%" scans as "88".
      toks.push_back(std::move(t));
    }
  }
  std::vector<double> out;
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string& w = toks[i].word;
    double value = 0;
    bool plain_integer = false;
    bool found = false;
    if (ParseNumericWord(w, &value, &plain_integer)) {
      found = true;
      // Dates: skip years and day numbers next to a month name.
      const bool after_month = i > 0 && IsMonth(toks[i - 1].word);
      const bool before_month = i + 1 < toks.size() && IsMonth(toks[i + 1].word);
      if (plain_integer && (after_month || before_month) && value <= 31) continue;
      if (plain_integer && w.size() == 4 && value >= 1800 && value <= 2100) continue;
    } else if (const NumberWord* nw = FindWord(kNumberWords, w)) {
      found = true;
      value = nw->value;
      // "twenty-five" scans as "twenty" "five".
      if (value >= 20 && i + 1 < toks.size()) {
        if (const NumberWord* unit = FindWord(kNumberWords, toks[i + 1].word);
            unit && unit->value < 10) {
          value += unit->value;
          ++i;
        }
      }
      // "a third", "two thirds".
      if (i + 1 < toks.size()) {
        if (const NumberWord* fr = FindWord(kFractionWords, toks[i + 1].word)) {
          value *= fr->value;
          ++i;
        }
      }
    } else if ((w == "a" || w == "an") && i + 1 < toks.size()) {
      if (const NumberWord* fr = FindWord(kFractionWords, toks[i + 1].word)) {
        found = true;
        value = fr->value;
        ++i;
      } else if (toks[i + 1].word == "dozen" || toks[i + 1].word == "hundred" ||
                 toks[i + 1].word == "thousand" || toks[i + 1].word == "million") {
        found = true;
        value = 1;
      }
    } else if (const NumberWord* fr = FindWord(kFractionWords, w); fr && w == "half") {
      found = true;
      value = fr->value;
    }
    if (!found) continue;
    while (i + 1 < toks.size()) {
      const NumberWord* scale = FindWord(kScaleWords, toks[i + 1].word);
      if (!scale) break;
      value *= scale->value;
      ++i;
    }
    // Round away binary noise so 1.5 * 1e6 and 1500000 compare equal.
    const double rounded = std::round(value * 1e6) / 1e6;
    out.push_back(rounded);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

uint64_t HashBytes(std::string_view bytes, uint64_t seed) {
  return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

}  // namespace claimtrace::resolve
