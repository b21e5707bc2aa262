// What opens or closes an article container without being part of the article: end sections
// ("Related articles", "You may also like", "More from X", "Sources", "References"), calls to
// action ("Sign up for our newsletter", "Book a free demo"), author bios ("Jane Doe is a
// freelance writer with ten years of experience..."), testimonials, copyright notices,
// reference entries ("... Accessed 11 Apr. 2025."), affiliate/commission disclosures, and the
// short lines around them ("Take the next step", "30 day free trial").
//
// Sites put these blocks inside the article element, so container choice keeps them. They are
// recognised by shape, not by site: short paragraphs in the stock phrasing of such blocks, cut
// only as a run at the very end (or, for disclosures, near the top), never in the middle; a
// cut never takes 40% or more of the words. Newsletter pitches are the exception, dropped
// wherever they stand (main_text.cc). Pure functions; thread-safe. Covered by
// src/web/edge_trim_test.cc and the golden pages tests/golden/web/trailing_promo.html and
// end_sections.html.
//
//   kept.resize(EndSectionStart(tree.paras, kept));
//   kept.resize(TrailingPromoStart(tree.paras, kept));
#ifndef CLAIMTRACE_WEB_EDGE_TRIM_H_
#define CLAIMTRACE_WEB_EDGE_TRIM_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "web/blocks.h"

namespace claimtrace::web {

enum class EdgeKind {
  kArticle,  // ordinary text: ends a trailing run
  kPromo,    // call to action, author bio, copyright notice
  kNotice,   // affiliate or paid-promotion disclosure, reference-list entry
  kShort,    // a short line (heading, label, button text) that may belong to a promo block
};

EdgeKind ClassifyEdgeParagraph(const Para& p);

// Index into `kept` (paragraph indices in article order) where a trailing promotion run
// starts, or kept.size() when there is none. A run is the longest tail of promo and short
// paragraphs; it is cut from its first promo paragraph (with the short lines right above it)
// only when it holds at least one promo paragraph and less than 40% of the kept words.
size_t TrailingPromoStart(const std::vector<Para>& paras, const std::vector<uint32_t>& kept);

// True for a short heading-like line that opens an end section: "Related articles", "You may
// also like", "More from X", "About the author", "Sources", "References".
bool IsEndSectionHeading(const Para& p);

// Index into `kept` of the topmost end-section heading whose section (from it to the end)
// holds less than 40% of the kept words, or kept.size() when there is none.
size_t EndSectionStart(const std::vector<Para>& paras, const std::vector<uint32_t>& kept);

// True for a newsletter sign-up pitch ("Sign up for our weekly newsletter", "Get the best
// stories delivered to your inbox"): never article text, wherever it stands.
bool IsNewsletterPitch(const Para& p);

// Index into `kept` of the first paragraph after a leading run of notices (0 when there is
// none): the leading run of notice and short paragraphs is cut up to its last notice (short
// lines after it, such as the first subheading, stay), under the same 40% limit. Calls to
// action are not cut at the top, where they cannot be told from a lede.
size_t LeadingPromoEnd(const std::vector<Para>& paras, const std::vector<uint32_t>& kept);

// Removes from `kept` the leading run of notices (LeadingPromoEnd) and any further notice among
// the first five paragraphs left (a disclosure after the standfirst or the byline).
void DropLeadingNotices(const std::vector<Para>& paras, std::vector<uint32_t>* kept);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_EDGE_TRIM_H_
