// Sentence splitting over the tokenizer's output.
//
// A sentence ends after a terminal (. ! ? … ...) and any closing quotes/brackets glued to it
// when the next token does not continue it (lower-case word, comma...); after an abbreviation
// or initial ("Gen.", "U.S.", "W.") only when a typical sentence opener follows ("The", "He");
// never after a capitalised title ("Mr.", "Lt."). Line breaks: a paragraph break always ends a
// sentence; a single line break ends it unless the line is visibly wrapped (next line starts
// lower case, or the line ends in , ; : ( or an opening quote); a bullet (•, -, * at line
// start) starts a new sentence. Sentences longer than kMaxSentenceTokens are cut.
//
// Pure function of its inputs; thread-safe.
//
//   std::vector<Token> tokens;  Tokenize(text, &tokens);
//   SplitSentences(text, &tokens, &doc.sentences, &analysis.sentence_tokens);
#ifndef CLAIMTRACE_LANG_SENTENCE_SPLITTER_H_
#define CLAIMTRACE_LANG_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/lang.h"

namespace claimtrace::lang {

inline constexpr uint32_t kMaxSentenceTokens = 1000;

// Sets kTokenSentenceStart on the first token of every sentence (clearing it elsewhere) and
// replaces `sentences` (byte spans, first token start to last token end) and
// `sentence_tokens` ([first, last) token indices). Every token belongs to exactly one sentence.
void SplitSentences(std::string_view text, std::vector<Token>* tokens,
                    std::vector<ByteSpan>* sentences,
                    std::vector<std::pair<uint32_t, uint32_t>>* sentence_tokens);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_SENTENCE_SPLITTER_H_
