// Text-level cleaning: drops boilerplate and verbatim repeats, records every removal.
//
// CleanText normalises Unicode to NFC and whitespace (no word is changed), then removes
// comment/subscribe/share prompts, "Read more" teasers, source-link footers, lists of unrelated
// news teasers and paragraphs or captions repeating an earlier one verbatim. Each removed piece
// is returned with its reason and rule, so nothing is silently lost. Pure function, thread-safe.
//
//   CleanedText c = CleanText("Body.\n\nLeave a Comment");
//   // c.text == "Body.", c.removed[0].rule == "comment_prompt"
#ifndef CLAIMTRACE_CLEAN_H_
#define CLAIMTRACE_CLEAN_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"

namespace claimtrace {

struct CleanedText {
  std::string text;                   // paragraphs separated by "\n\n"
  std::vector<RemovedPiece> removed;  // in input order
};

CleanedText CleanText(std::string_view text);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_H_
