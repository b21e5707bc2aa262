// Small text helpers for the web stage: white-space collapsing, word counting, comparison keys
// and HTML character references outside the parser (JSON-LD strings often carry "&amp;").
//
// Words are maximal runs of letters and digits; every non-ASCII code point that is not a
// space or punctuation counts as a letter, so counting is cheap and language-neutral. Pure
// functions; thread-safe. Covered by src/web/text_util_test.cc.
//
//   std::string s;  bool space = true;
//   AppendCollapsed("  Hello\n  world ", &s, &space);  // s == "Hello world "
#ifndef CLAIMTRACE_WEB_TEXT_UTIL_H_
#define CLAIMTRACE_WEB_TEXT_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimtrace::web {

// Appends `text` with every run of white space (ASCII, NBSP and other Unicode spaces) turned
// into one ' '. `*last_space` says whether `out` ends in a space (or is at a line start) and
// is updated.
void AppendCollapsed(std::string_view text, std::string* out, bool* last_space);

// `s` without leading/trailing white space and with inner runs collapsed to one space.
std::string CollapseWhitespace(std::string_view s);

// Number of words in `s`.
size_t CountWords(std::string_view s);

// Comparison key: lower-case ASCII, letters and digits only, single spaces.
std::string CompareKey(std::string_view s);

// Decodes HTML character references (&amp; &#8217; &#x2019; and the common named ones).
std::string DecodeEntities(std::string_view s);

// Removes leading and trailing ASCII white space.
std::string_view TrimAscii(std::string_view s);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_TEXT_UTIL_H_
