// Streamed page segments put back in place, as the page's own script would.
//
// React streaming rendering sends the page shell first, with placeholders
// (<template id="B:3"></template> for a boundary, followed by its fallback up to <!--/$-->;
// <template id="P:7"></template> for a segment), and the late parts afterwards at the end of
// <body> as <div hidden id="S:3">...</div>; a small script ($RC / $RS) then moves each segment
// into its placeholder. A reader sees the article in one place; the raw HTML has it cut into
// hidden pieces after the footer. InlineStreamedSegments does the move on the HTML text, so
// the rest of the extractor sees the page as displayed. Pure function; thread-safe. Covered by
// src/web/streamed_segments_test.cc and the golden page tests/golden/web/streamed_segments.html.
//
//   std::optional<std::string> moved = InlineStreamedSegments(html);
//   std::string_view page = moved ? *moved : html;
#ifndef CLAIMTRACE_WEB_STREAMED_SEGMENTS_H_
#define CLAIMTRACE_WEB_STREAMED_SEGMENTS_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimtrace::web {

// The page with every segment that has a placeholder moved into it (only on pages that call
// the moving functions, "$RC(" or "$RS(", as React's inline scripts do; nested placeholders
// inside moved segments too, each segment at most once), boundary fallbacks removed; nullopt
// when the page has no segment with a placeholder (then nothing changes). Segments without a
// placeholder stay where they are (still `hidden`; blocks.cc reads their text as revealed).
std::optional<std::string> InlineStreamedSegments(std::string_view html);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_STREAMED_SEGMENTS_H_
