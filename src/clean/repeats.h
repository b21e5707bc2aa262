// Repeated paragraphs and captions (removal reason "repeat").
//
// verbatim_repeat: a paragraph identical (after normalisation) to an earlier kept one. To
// protect lines that legitimately recur, a paragraph ending in sentence punctuation needs at
// least 4 words ("Thank you." may recur in a transcript); a title-like one (no final
// punctuation) needs 8 words, or 2 when it repeats the title or the paragraph just before it
// (a headline printed twice), since in lists and fixtures a short line may recur with meaning.
// repeated_caption: a caption-like paragraph (no final sentence punctuation, or containing
// "Pictured:") of at least 8 words (or saying "Pictured"), not a list item ("- ...") and not
// the first paragraph, whose every sentence, apart from picture
// descriptions ("Pictured: ...", "Above: ..."), repeats a sentence of the article: one of a
// paragraph that is not caption-like (anywhere), or exactly one of an earlier kept caption. A
// sentence repeats another when equal after trimming final punctuation, or, when it is
// sentence-like (at least 6 words, 2 of them function words, few commas: not a list of names) and
// the other is at most about twice as long, when 85% of its words (lower-cased) appear in the other
// in order (longest common subsequence) — captions re-use a sentence with a word changed
// ("...has claimed today."). The article copy always stays. Pure function, thread-safe.
//
//   MarkRepeats(&paragraphs);
#ifndef CLAIMTRACE_CLEAN_REPEATS_H_
#define CLAIMTRACE_CLEAN_REPEATS_H_

#include <string_view>
#include <vector>

#include "clean/paragraph.h"

namespace claimtrace {

void MarkRepeats(std::vector<Paragraph>* paragraphs);
// The same rule without MarkRepeats' shortcuts (lazy word lists, word signatures): the
// reference MarkRepeats is tested against.
void MarkRepeatsSimple(std::vector<Paragraph>* paragraphs);

// True when `sentence` repeats `other` (the rule above).
bool SentenceRepeats(std::string_view sentence, std::string_view other);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_REPEATS_H_
