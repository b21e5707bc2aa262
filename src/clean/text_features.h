// Word-level features the list and repeat rules measure: words, content words, names,
// sentences. Deliberately simple (no NLP stage may be used here: clean runs before lang).
//
// Words are runs of letters (any script), digits, and inner apostrophes or hyphens. Content
// words are words of three or more letters, lower-cased (ASCII letters only; other scripts are
// kept as written), that are not in a short English function-word list. Names are capitalised
// words that do not open a sentence. SplitSentences cuts after . ! ? or … (and closing quotes)
// when a capital, digit or opening quote follows, except after initials and common
// abbreviations ("Mr.", "U.S.", "Jan."). Pure functions, thread-safe.
//
//   ContentWords("The ministry said it would act.")  // {"ministry", "act"}
//   SplitSentences("He left. She stayed.")           // {"He left.", "She stayed."}
#ifndef CLAIMTRACE_CLEAN_TEXT_FEATURES_H_
#define CLAIMTRACE_CLEAN_TEXT_FEATURES_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

std::vector<std::string_view> Words(std::string_view text);
// The next word of Words(text) at or after *pos: sets *word, moves *pos past it; false at the
// end. For loops that need no vector:  size_t pos = 0; std::string_view w;
// while (NextWord(text, &pos, &w)) ...
bool NextWord(std::string_view text, size_t* pos, std::string_view* word);
size_t CountWords(std::string_view text);
bool IsFunctionWord(std::string_view lower_word);
std::string LowerAscii(std::string_view word);

std::vector<std::string> ContentWords(std::string_view text);
std::vector<std::string> Names(std::string_view text);  // lower-cased

std::vector<std::string_view> SplitSentences(std::string_view paragraph);

// True when the paragraph's last visible character (closing quotes and brackets skipped) is
// sentence punctuation: . ! ? or …
bool EndsWithSentencePunctuation(std::string_view paragraph);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_TEXT_FEATURES_H_
