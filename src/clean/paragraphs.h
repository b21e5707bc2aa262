// From normalised lines to paragraphs: deciding what a single line break means.
//
// Blank lines always separate paragraphs. A single line break is ambiguous: in scraped text
// every line is usually a paragraph; in hard-wrapped text (e-mail, wire copy, Markdown) lines
// must be joined. The heuristic:
//  1. A break is always joined when it falls mid-sentence: the line ends with a lower-case
//     letter, a digit, a comma or a hyphen, and the next line starts with a lower-case letter
//     ("...when he arrived home in 2018,\n“everything" is not joined: the next line starts with
//     a quote; "...the port\nauthority said" is).
//  2. A text is hard-wrapped when, over the lines followed by another line, at least 3 such
//     lines exist, the longest line is at most 110 characters (W), at least 75% of them are
//     longer than 0.6*W and at least 30% end without sentence punctuation. In such a text a
//     break is also joined after any line longer than 0.6*W, unless the next line is a list
//     item, is indented deeper, or is a standalone line (a prompt, byline or date line).
//  3. Everything else is a paragraph break.
// Joining adds one space, or nothing after a word-final hyphen ("inter-\nnational" becomes
// "inter-national": the hyphen is kept, since whether it was a soft one cannot be known).
// Pure function, thread-safe.
//
//   std::vector<std::string> ps = FormParagraphs(SplitLines("Title\nBody line one.\n"));
//   // ps == {"Title", "Body line one."}
#ifndef CLAIMTRACE_CLEAN_PARAGRAPHS_H_
#define CLAIMTRACE_CLEAN_PARAGRAPHS_H_

#include <string>
#include <vector>

#include "clean/text_normalize.h"

namespace claimtrace {

std::vector<std::string> FormParagraphs(const std::vector<NormalizedLine>& lines);

// Rule 2 above; `width` (optional) receives W.
bool LooksHardWrapped(const std::vector<NormalizedLine>& lines, uint32_t* width = nullptr);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_PARAGRAPHS_H_
