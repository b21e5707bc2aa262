// Word and sentence features by byte scanning with UTF-8 decoding only for non-ASCII bytes.
// Covered by src/clean/text_features_test.cc.
#include "clean/text_features.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "claimtrace/status.h"
#include "core/utf8.h"

namespace claimtrace {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Non-ASCII code points that are punctuation, symbols or spaces, not letters.
bool IsNonAsciiPunct(char32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFEFF || cp == 0xFFFD;
}

// Length of a word character at s[i] (0 if none).
size_t WordCharAt(std::string_view s, size_t i) {
  const char c = s[i];
  if (IsAsciiLetter(c) || IsDigit(c)) return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  size_t j = i;
  const char32_t cp = DecodeUtf8(s, &j);
  return IsNonAsciiPunct(cp) ? 0 : j - i;
}

// Length of an inner joiner (' - ’) at s[i] followed by a word character, else 0.
size_t JoinerAt(std::string_view s, size_t i) {
  size_t n = 0;
  if (s[i] == '\'' || s[i] == '-') {
    n = 1;
  } else if (s.substr(i, 3) == "\xE2\x80\x99") {
    n = 3;
  }
  if (n == 0 || i + n >= s.size() || WordCharAt(s, i + n) == 0) return 0;
  return n;
}

// clang-format off
constexpr std::string_view kFunctionWords[] = {
    "about", "above", "according", "across", "after", "again", "against", "ago", "all", "almost",
    "along", "already", "also", "although", "always", "among", "and", "another", "any", "anyone",
    "anything", "are", "aren't", "around", "because", "been", "before", "being", "below",
    "between", "both", "but", "can", "can't", "cannot", "could", "couldn't", "day", "days", "did",
    "didn't", "does", "doesn't", "doing", "don't", "down", "during", "each", "either", "else",
    "enough", "even", "ever", "every", "few", "first", "for", "from", "further", "get", "got",
    "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he'd", "he'll", "he's", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "however", "i'd", "i'll", "i'm",
    "i've", "including", "into", "isn't", "it's", "its", "itself", "just", "last", "less", "let's",
    "like", "made", "make", "many", "may", "might", "month", "months", "more", "most", "much",
    "must", "mustn't", "myself", "never", "new", "next", "nor", "not", "now", "off", "once", "one",
    "only", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "part", "people",
    "per", "said", "same", "say", "says", "second", "several", "she", "she'd", "she'll", "she's",
    "should", "shouldn't", "since", "some", "still", "such", "than", "that", "that's", "the",
    "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd",
    "they'll", "they're", "they've", "this", "those", "though", "three", "through", "time",
    "times", "told", "too", "two", "under", "until", "upon", "very", "was", "wasn't", "we'd",
    "we'll", "we're", "we've", "week", "weeks", "were", "weren't", "what", "when", "where",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won't",
    "would", "wouldn't", "year", "years", "yet", "you", "your", "yours",
};
// clang-format on

constexpr std::string_view kAbbreviations[] = {
    "mr",  "mrs", "ms",  "dr",  "prof", "st",   "gen",  "col", "lt",  "sgt", "capt", "rev",
    "sen", "rep", "gov", "jr",  "sr",   "inc",  "corp", "ltd", "co",  "no",  "vs",   "etc",
    "jan", "feb", "mar", "apr", "aug",  "sept", "sep",  "oct", "nov", "dec", "maj",  "adm"};

bool IsOpeningAt(std::string_view s, size_t i) {
  const char c = s[i];
  if ((c >= 'A' && c <= 'Z') || IsDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') {
    return true;
  }
  if (static_cast<unsigned char>(c) >= 0x80) {
    // Opening quotes, or a non-ASCII letter (its case is not known here: accept).
    size_t j = i;
    const char32_t cp = DecodeUtf8(s, &j);
    if (cp == 0x201C || cp == 0x2018 || cp == 0xAB) return true;
    return !IsNonAsciiPunct(cp);
  }
  return false;
}

}  // namespace

bool NextWord(std::string_view s, size_t* pos, std::string_view* word) {
  size_t i = *pos;
  while (i < s.size()) {
    size_t n = WordCharAt(s, i);
    if (n == 0) {
      ++i;
      continue;
    }
    const size_t start = i;
    i += n;
    while (i < s.size()) {
      if ((n = WordCharAt(s, i)) > 0) {
        i += n;
      } else if ((n = JoinerAt(s, i)) > 0) {
        i += n;
      } else {
        break;
      }
    }
    *word = s.substr(start, i - start);
    *pos = i;
    return true;
  }
  *pos = i;
  return false;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  std::string_view w;
  while (NextWord(s, &pos, &w)) out.push_back(w);
  return out;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// The list is sorted: the words of one first letter form a range, found by a table so that
// the binary search runs over a handful of entries.
bool IsFunctionWord(std::string_view w) {
  struct Ranges {
    std::array<uint16_t, 27> begin{};  // begin[c - 'a'] .. begin[c - 'a' + 1]
    Ranges() {
      size_t k = 0;
      const size_t n = std::size(kFunctionWords);
      for (int c = 0; c < 26; ++c) {
        begin[c] = static_cast<uint16_t>(k);
        while (k < n && kFunctionWords[k][0] == 'a' + c) ++k;
      }
      begin[26] = static_cast<uint16_t>(k);
      CT_CHECK(k == n);  // every word starts with a-z, in sorted order
    }
  };
  static const Ranges ranges;
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  const int c = w[0] - 'a';
  return std::binary_search(std::begin(kFunctionWords) + ranges.begin[c],
                            std::begin(kFunctionWords) + ranges.begin[c + 1], w);
}

std::string LowerAscii(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::string fixed;  // curly apostrophe -> '
  if (out.find("\xE2\x80\x99") != std::string::npos) {
    for (size_t i = 0; i < out.size(); ++i) {
      if (out.compare(i, 3, "\xE2\x80\x99") == 0) {
        fixed.push_back('\'');
        i += 2;
      } else {
        fixed.push_back(out[i]);
      }
    }
    return fixed;
  }
  return out;
}

std::vector<std::string> ContentWords(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view w : Words(text)) {
    size_t letters = 0;
    for (char c : w) letters += IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0xC0;
    if (letters < 3 || IsDigit(w[0])) continue;
    std::string lower = LowerAscii(w);
    if (IsFunctionWord(lower)) continue;
    out.push_back(std::move(lower));
  }
  return out;
}

std::vector<std::string> Names(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view sentence : SplitSentences(text)) {
    std::vector<std::string_view> words = Words(sentence);
    for (size_t k = 1; k < words.size(); ++k) {
      std::string_view w = words[k];
      if (w.size() < 3 || !(w[0] >= 'A' && w[0] <= 'Z')) continue;
      std::string lower = LowerAscii(w);
      if (IsFunctionWord(lower)) continue;
      out.push_back(std::move(lower));
    }
  }
  return out;
}

std::vector<std::string_view> SplitSentences(std::string_view p) {
  std::vector<std::string_view> out;
  size_t start = 0;
  size_t i = 0;
  while (i < p.size()) {
    const char c = p[i];
    size_t end = 0;
    if (c == '.' || c == '!' || c == '?') {
      end = i + 1;
    } else if (p.substr(i, 3) == "\xE2\x80\xA6") {
      end = i + 3;
    }
    if (end == 0) {
      ++i;
      continue;
    }
    // Closing quotes and brackets belong to the sentence.
    while (end < p.size()) {
      if (p[end] == '"' || p[end] == '\'' || p[end] == ')' || p[end] == ']') {
        ++end;
      } else if (p.substr(end, 3) == "\xE2\x80\x9D" || p.substr(end, 3) == "\xE2\x80\x99") {
        end += 3;
      } else {
        break;
      }
    }
    if (end >= p.size() || p[end] != ' ' || end + 1 >= p.size() || !IsOpeningAt(p, end + 1)) {
      i = end;
      continue;
    }
    if (c == '.') {
      // Initials and abbreviations: the word before the period.
      size_t b = i;
      while (b > start && IsAsciiLetter(p[b - 1])) --b;
      const std::string word = LowerAscii(p.substr(b, i - b));
      const bool initial = word.size() == 1 && p[b] >= 'A' && p[b] <= 'Z';
      const bool dotted = b > start + 1 && p[b - 1] == '.';          // "U.S."
      const bool number_sign = word == "no" && IsDigit(p[end + 1]);  // "No. 5"
      if (initial || dotted || number_sign ||
          (word != "no" && std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
                               std::end(kAbbreviations))) {
        i = end;
        continue;
      }
    }
    out.push_back(p.substr(start, end - start));
    start = end + 1;
    i = start;
  }
  if (start < p.size()) out.push_back(p.substr(start));
  return out;
}

bool EndsWithSentencePunctuation(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                                 s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB") {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

}  // namespace claimtrace
