// A small HTML tag scanner for work done on the raw bytes before (or instead of) a full parse:
// the <meta charset> prescan and the pre-pass that cuts scripts and styles out of a page.
//
// ParseTag reads one start or end tag at a '<' following the HTML5 tokenizer's rules for tag
// names, attribute names and quoted/unquoted values (a '>' inside quotes does not end the tag).
// It does not decode character references. The helpers find the end of a comment and of a
// raw-text element ("</script" followed by a delimiter) the way the tokenizer does. All views
// point into the scanned input. Pure functions; thread-safe. Covered by html_scan_test.cc.
//
//   RawTag tag;
//   if (ParseTag(html, pos, &tag) == TagParse::kTag && tag.name == "meta")
//   Use(tag.Attr("charset"));
#ifndef CLAIMTRACE_WEB_HTML_SCAN_H_
#define CLAIMTRACE_WEB_HTML_SCAN_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::web {

struct RawAttr {
  std::string_view name;   // as written
  std::string_view value;  // raw, without quotes; empty when absent
};

struct RawTag {
  std::string name;  // lower case
  bool end_tag = false;
  bool self_closing = false;
  size_t begin = 0;  // offset of '<'
  size_t end = 0;    // offset just past '>'
  std::vector<RawAttr> attrs;

  // Value of the first attribute named `lower_name` (ASCII case-insensitive), if present.
  std::optional<std::string_view> Attr(std::string_view lower_name) const;
};

enum class TagParse {
  kNotATag,       // '<' not followed by a tag ("a < b", "<3"): it is text
  kTag,           // *tag is filled
  kUnterminated,  // the input ends inside the tag
};

// Parses the tag starting at html[pos] == '<' (either "<name" or "</name").
TagParse ParseTag(std::string_view html, size_t pos, RawTag* tag);

// True when `s` equals `lower` ignoring ASCII case (`lower` must be lower case).
bool EqualsLower(std::string_view s, std::string_view lower);
// True when `s` contains `lower` ignoring ASCII case. ContainsLowerSimple is the plain loop
// the fast version is checked against (html_scan_test.cc).
bool ContainsLower(std::string_view s, std::string_view lower);
bool ContainsLowerSimple(std::string_view s, std::string_view lower);
// Lower-cases ASCII letters.
std::string AsciiLower(std::string_view s);

// Offset of the "</name" that ends a raw-text element whose content starts at `from`
// (`lower_name` lower case), or npos.
size_t FindRawTextEnd(std::string_view html, size_t from, std::string_view lower_name);

// Offset just past the end of a comment whose "<!--" starts at `lt`, or npos if unterminated.
size_t FindCommentEnd(std::string_view html, size_t lt);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_HTML_SCAN_H_
