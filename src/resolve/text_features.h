// Word-level text features shared by the across-article algorithms: case-folded words,
// stop words, a light English stemmer, content words and the numbers a text mentions.
//
// All functions are pure and thread-safe. Words are maximal runs of letters, digits and
// combining marks; apostrophes inside a word are dropped ("don't" -> "dont", "Putin's" ->
// "putins"), digit groups are joined ("7,000" -> "7000") and decimals kept ("1.5").
//
//   WordScanner scan("Russia's 7,000 troops");
//   while (scan.Next()) Use(scan.word());  // "russias", "7000", "troops"
#ifndef CLAIMTRACE_RESOLVE_TEXT_FEATURES_H_
#define CLAIMTRACE_RESOLVE_TEXT_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"

namespace claimtrace::resolve {

// Iterates over the case-folded words of a UTF-8 text. The text must outlive the scanner.
class WordScanner {
 public:
  explicit WordScanner(std::string_view text) : text_(text) {}

  // Advances to the next word; false at the end of the text.
  bool Next();
  // The current word, case-folded (valid until the next call to Next()).
  std::string_view word() const { return word_; }
  // Where the current word lies in the text.
  ByteSpan span() const { return span_; }
  // True when the current word starts with an upper-case letter in the text.
  bool capitalized() const { return capitalized_; }
  // True when the current word consists of digits (and separators) only.
  bool numeric() const { return numeric_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  std::string word_;
  ByteSpan span_;
  bool capitalized_ = false;
  bool numeric_ = false;
};

// Case-folded words of `text`, in order.
std::vector<std::string> FoldedWords(std::string_view text);

// True for English function words ("the", "of", "said", ...); `word` must be case-folded.
bool IsStopword(std::string_view word);

// Light English suffix stripping (plural -s/-es/-ies, -ing, -ed, final -e), so that
// "forces"/"force" and "killed"/"kill" meet. Input case-folded; pure ASCII rules.
std::string Stem(std::string_view word);

// Stemmed, case-folded words of `text` that are not stop words and not numbers, in order.
std::vector<std::string> ContentWords(std::string_view text);

// Numbers a text mentions, normalised: "7,000" -> 7000, "1.5 million" -> 1.5e6, "$6bn" -> 6e9,
// "88%" -> 88, number words "five" -> 5, "two dozen" -> 24, "a third" -> 0.333..
// Sorted, duplicates removed. Years and other plain integers are included.
std::vector<double> NumbersIn(std::string_view text);

// 64-bit hash of a byte string (XXH3), used for every feature hash in this stage.
uint64_t HashBytes(std::string_view bytes, uint64_t seed = 0);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_TEXT_FEATURES_H_
