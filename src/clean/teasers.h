// Lists of other stories ("teaser lists") inside or after an article.
//
// Two shapes are removed, each as one piece with rule "teaser_list":
//  1. A section label (boilerplate_rules.h MatchTeaserLabel: "Related", "Most read", "More
//     from X", or a bare "In World") followed by at least two short items (at most 60 words
//     each, separator paragraphs like "-" or "•" allowed between them). At the end of the text
//     an explicit label is enough; a bare "In X" label also needs separators between the items
//     or items unrelated to the article. Mid-text, only an explicit label followed by
//     headline-like items (no final period, at most 20 words) is removed.
//  2. Without a label, a trailing run of items that are each unrelated to the article and to
//     each other. IsUnrelatedTeaserRun is the measured rule: every item is shaped like a news
//     lede (8-60 words, capital first letter, not a quotation, not opening with a pronoun or
//     connective such as "He", "This", "However", few commas), shares under 15% of its content
//     words with the article and no capitalised name, and shares under 15% with its neighbour;
//     at least 3 items (2 when separators stand between them, then 3-60 words and under 30%
//     overlap suffice). Calibrated on BBC news (docs/quality.md,
//     src/clean/teaser_calibration_test.cc).
// Pure functions, thread-safe.
//
//   MarkTeaserLists(&paragraphs, &next_group);  // marks removed paragraphs in place
#ifndef CLAIMTRACE_CLEAN_TEASERS_H_
#define CLAIMTRACE_CLEAN_TEASERS_H_

#include <string_view>
#include <vector>

#include "clean/paragraph.h"

namespace claimtrace {

void MarkTeaserLists(std::vector<Paragraph>* paragraphs, int* next_group);

// `items` in text order; `article` is the article text before them.
bool IsUnrelatedTeaserRun(const std::vector<std::string_view>& items, std::string_view article,
                          bool separated);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_TEASERS_H_
