// Abbreviation and sentence-starter lists: sorted arrays searched with std::lower_bound on a
// lower-cased copy held in a small stack buffer. Covered by abbreviations_test.cc (the tables
// are checked to be sorted and unique) and tokenizer_test.cc / sentence_splitter_test.cc.
#include "lang/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace claimtrace::lang {
namespace {

struct Entry {
  std::string_view word;
  AbbrevKind kind;
};

constexpr AbbrevKind T = AbbrevKind::kTitle;
constexpr AbbrevKind G = AbbrevKind::kGeneral;
constexpr AbbrevKind N = AbbrevKind::kNumberPrefix;

// Lower case, sorted, unique (checked by abbreviations_test.cc).
constexpr Entry kAbbreviations[] = {
    {"adm", T},  {"al", G},   {"ald", T},  {"amb", T},  {"approx", G}, {"apr", G},  {"ariz", G},
    {"ark", G},  {"art", N},  {"assn", G}, {"asst", T}, {"atty", T},   {"aug", G},  {"ave", G},
    {"bldg", G}, {"blvd", G}, {"brig", T}, {"bros", G}, {"calif", G},  {"capt", T}, {"cdr", T},
    {"cf", G},   {"ch", N},   {"cmdr", T}, {"co", G},   {"col", T},    {"colo", G}, {"conn", G},
    {"corp", G}, {"cpl", T},  {"cpt", T},  {"dec", G},  {"dept", G},   {"det", T},  {"dr", T},
    {"esq", G},  {"etc", G},  {"feb", G},  {"fig", N},  {"figs", N},   {"fla", G},  {"fr", T},
    {"fri", G},  {"ft", G},   {"gen", T},  {"gov", T},  {"govt", G},   {"hon", T},  {"ibid", G},
    {"inc", G},  {"insp", T}, {"jan", G},  {"jr", G},   {"jul", G},    {"jun", G},  {"kan", G},
    {"lt", T},   {"ltd", G},  {"maj", T},  {"mar", N},  {"messrs", T}, {"mich", G}, {"minn", G},
    {"mlle", T}, {"mme", T},  {"mr", T},   {"mrs", T},  {"ms", T},     {"msgr", T}, {"mt", G},
    {"mx", T},   {"neb", G},  {"nev", G},  {"no", N},   {"nos", N},    {"nov", G},  {"oct", G},
    {"okla", G}, {"para", N}, {"pfc", T},  {"plc", G},  {"pp", N},     {"pres", T}, {"prof", T},
    {"pte", T},  {"pvt", T},  {"rd", G},   {"rep", T},  {"reps", T},   {"rev", T},  {"rt", T},
    {"sec", N},  {"sen", T},  {"sens", T}, {"sep", G},  {"sept", G},   {"sgt", T},  {"sr", G},
    {"st", G},   {"supt", T}, {"tenn", G}, {"tex", G},  {"thu", G},    {"thur", G}, {"thurs", G},
    {"tue", G},  {"tues", G}, {"univ", G}, {"vol", N},  {"vols", N},   {"vs", G},   {"wis", G},
};

// Lower case, sorted, unique.
constexpr std::string_view kStarters[] = {
    "a",         "about", "according", "after",   "again",        "all",     "also",     "although",
    "among",     "an",    "and",       "another", "any",          "as",      "at",       "because",
    "before",    "both",  "but",       "by",      "despite",      "did",     "do",       "does",
    "during",    "each",  "earlier",   "even",    "every",        "few",     "finally",  "first",
    "for",       "from",  "further",   "he",      "her",          "here",    "his",      "how",
    "however",   "i",     "if",        "in",      "indeed",       "instead", "is",       "it",
    "its",       "last",  "later",     "many",    "meanwhile",    "more",    "moreover", "most",
    "much",      "my",    "neither",   "never",   "nevertheless", "no",      "none",     "nor",
    "not",       "now",   "of",        "on",      "once",         "one",     "only",     "or",
    "other",     "our",   "over",      "she",     "since",        "so",      "some",     "still",
    "such",      "that",  "the",       "their",   "then",         "there",   "these",    "they",
    "this",      "those", "though",    "thus",    "to",           "today",   "two",      "under",
    "unlike",    "until", "was",       "we",      "were",         "what",    "when",     "where",
    "whether",   "which", "while",     "who",     "why",          "with",    "within",   "without",
    "yesterday", "yet",   "you",       "your",
};

// Lower-cases ASCII `word` into `buf`; false when it does not fit or is not ASCII.
bool LowerAscii(std::string_view word, char* buf, size_t cap, std::string_view* out) {
  if (word.empty() || word.size() > cap) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) return false;
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  *out = std::string_view(buf, word.size());
  return true;
}

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  char buf[16];
  std::string_view key;
  if (!LowerAscii(word, buf, sizeof buf, &key)) return AbbrevKind::kNone;
  const Entry* end = std::end(kAbbreviations);
  const Entry* it = std::lower_bound(std::begin(kAbbreviations), end, key,
                                     [](const Entry& e, std::string_view k) { return e.word < k; });
  return (it != end && it->word == key) ? it->kind : AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  char buf[16];
  std::string_view key;
  if (!LowerAscii(word, buf, sizeof buf, &key)) return false;
  return std::binary_search(std::begin(kStarters), std::end(kStarters), key);
}

namespace internal {
// For abbreviations_test.cc: the tables must be sorted and unique for the binary searches.
bool AbbreviationTablesSorted() {
  for (size_t i = 1; i < std::size(kAbbreviations); ++i) {
    if (!(kAbbreviations[i - 1].word < kAbbreviations[i].word)) return false;
  }
  for (size_t i = 1; i < std::size(kStarters); ++i) {
    if (!(kStarters[i - 1] < kStarters[i])) return false;
  }
  return true;
}
}  // namespace internal

}  // namespace claimtrace::lang
