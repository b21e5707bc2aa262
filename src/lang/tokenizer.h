// The fast tokenizer: one pass over UTF-8 text producing Tokens with byte offsets, kinds and
// flags (capitalised, all caps, space before, line start, paragraph start, opening/closing
// quote). Sentence-start flags are set later by SplitSentences.
//
// Decisions (documented in src/lang/README.md, tested in tokenizer_test.cc):
//  * "Russia’s", "it's" -> "Russia" + "’s": the possessive/contraction clitic 's is its own
//    kWord token (as in the training data), so entity spans never include it. Other inner
//    apostrophes stay inside the word: "don't", "O'Brien", "we're".
//  * A trailing apostrophe after s ("soldiers' families") is a kPunct token without quote flags
//    unless a single quotation is open, in which case it closes it.
//  * Hyphens join two lower-case parts ("well-known", "two-year-old"); otherwise the hyphen is
//    its own kDash token ("Al - Qaeda", "pro - Russian", "30,000 - 40,000", "COVID - 19").
//  * Numbers keep their separators ("7,000", "1.5", "10:30") and ordinal/decade suffixes
//    ("21st", "1990s"); other letters are split off ("$6bn" -> "$" "6" "bn", "88%" -> "88" "%").
//  * Abbreviations keep their period ("Gen.", "Lt.", "Feb.", "Inc.", "U.S.", "e.g."), as do
//    single-letter initials ("W.") and "No." before a number.
//  * URLs, e-mail addresses, #hashtags, @handles and emoji sequences are single kOther tokens.
//
// Allocation: fills the caller's vector (reuse it across calls to avoid reallocation).
// Thread-safe.
//
//   std::vector<Token> tokens;
//   Tokenize("Gen. Smith said “no.”", &tokens);  // Gen. | Smith | said | “ | no | . | ”
#ifndef CLAIMTRACE_LANG_TOKENIZER_H_
#define CLAIMTRACE_LANG_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "claimtrace/lang.h"

namespace claimtrace::lang {

// Replaces `tokens` with the tokens of `text` (valid UTF-8). Offsets are bytes into `text`.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_TOKENIZER_H_
