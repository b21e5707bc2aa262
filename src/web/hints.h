// What class names, ids, roles and tags say about a page element: content, boilerplate,
// comments, bylines, dates, captions, hidden.
//
// A class or id token is split into lower-case word parts ("articleBody" -> article, body;
// "share-bar_top" -> share, bar, top) and each part is looked up in a small general
// vocabulary (the words sites use for these regions, not any one site's names). Boilerplate
// words win over content words ("related-articles" is boilerplate). The pre-pass keeps only
// tokens for which ClassifyHintToken is non-zero, and the extractor only ever looks at class
// and id through it, so extraction is the same with and without the pre-pass (the pre-pass
// even writes the flags themselves, see HintToken). Pure functions;
// thread-safe. Covered by src/web/hints_test.cc.
//
//   uint32_t h = ClassHints("post-content share-buttons");  // kHintContent | kHintBoiler
//   if (h & kHintBoiler) ...
#ifndef CLAIMTRACE_WEB_HINTS_H_
#define CLAIMTRACE_WEB_HINTS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claimtrace::web {

enum HintFlag : uint32_t {
  kHintContent = 1u << 0,    // article, content, entry, story, post body
  kHintBoiler = 1u << 1,     // nav, menu, footer, sidebar, share, related, promo, ad, cookie, ...
  kHintComment = 1u << 2,    // comments, replies
  kHintHidden = 1u << 3,     // visually hidden (sr-only, d-none, hidden)
  kHintByline = 1u << 4,     // author, byline
  kHintDate = 1u << 5,       // date, time, timestamp, published
  kHintCaption = 1u << 6,    // caption, credit
  kHintTitle = 1u << 7,      // headline, title
  kHintMeta = 1u << 8,       // post-meta / article-info boxes (byline and date lines)
  kHintShowLarge = 1u << 9,  // responsive "show from this width" tokens (md:block, d-lg-flex)
  kHintStrongContent = 1u << 10,  // articleBody-like tokens (article-body, entry-content)
  kHintNoise = 1u << 11,          // boilerplate whatever its text looks like (comments, share,
                                  // related, nav, newsletter); plain kHintBoiler ("widget", "ad",
                                  // "banner") is overridden by article-like text
  kHintRevealed = 1u << 12,       // a streamed page segment that script moves into view
                                  // (React's <div hidden id="S:3">): its `hidden` is ignored
};

// Flags of one class or id token (no spaces). A token written by HintToken decodes to the
// flags it stands for.
uint32_t ClassifyHintToken(std::string_view token);

// One token that stands for `flags` (all flags fit in 16 bits): "~" + lower-case hex, e.g.
// HintToken(kHintContent | kHintBoiler) == "~3". The pre-pass writes class and id values this
// way, so the parser reads a few bytes instead of the site's class names and the extractor
// classifies no token twice; ClassHints/IdHints of the token give back exactly `flags` when
// `flags` came from ClassHints/IdHints. Tokens of this form ("~" and 1-4 hex digits) are
// reserved: a page's own class "~3a" also reads as flags 0x3a (no real site writes that).
std::string HintToken(uint32_t flags);

// Flags of a whole class attribute (space-separated tokens), with responsive "hidden" tokens
// ("hidden md:block") resolved to not hidden.
uint32_t ClassHints(std::string_view class_attr);

// Flags of an id attribute: like ClassHints, except that long slug-like ids
// ("why-share-your-story-matters", more than four parts) are text, not a role, and give none,
// and a streamed-segment id ("S:" + hex digits, React streaming rendering) gives kHintRevealed.
uint32_t IdHints(std::string_view id);

// Flags of an ARIA role value ("navigation" -> boiler, "main"/"article" -> content).
uint32_t RoleHints(std::string_view role);

// True for an inline style that hides the element (display:none, visibility:hidden).
bool IsHiddenStyle(std::string_view style);

// True for a link target that looks like an author page (/author/..., /by/..., /people/...).
bool IsAuthorHref(std::string_view href);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_HINTS_H_
