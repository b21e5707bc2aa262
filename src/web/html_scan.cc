// Tag scanning after the HTML5 tokenizer's tag-name, attribute-name and attribute-value
// states (WHATWG HTML §13.2.5), without character-reference decoding or error recovery beyond
// what the states themselves do. Covered by src/web/html_scan_test.cc.
#include "web/html_scan.h"

#include <cstring>

namespace claimtrace::web {
namespace {

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

}  // namespace

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

bool ContainsLowerSimple(std::string_view s, std::string_view lower) {
  if (lower.empty()) return true;
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i + lower.size() <= s.size(); ++i) {
    if (Lower(s[i]) != lower[0]) continue;
    size_t k = 1;
    while (k < lower.size() && Lower(s[i + k]) == lower[k]) ++k;
    if (k == lower.size()) return true;
  }
  return false;
}

// Fast path: when the needle has a character without a case variant (a digit, '#', '+'),
// memchr jumps between its occurrences, so a whole page is scanned at memchr speed.
bool ContainsLower(std::string_view s, std::string_view lower) {
  size_t anchor = 0;
  while (anchor < lower.size() && IsAsciiAlpha(lower[anchor])) ++anchor;
  if (anchor == lower.size() || s.size() < lower.size()) return ContainsLowerSimple(s, lower);
  const char a = lower[anchor];
  const char* const base = s.data();
  const char* p = base + anchor;
  const char* const last = base + (s.size() - lower.size()) + anchor;  // last usable anchor
  while (p <= last) {
    const void* hit = std::memchr(p, a, static_cast<size_t>(last - p) + 1);
    if (hit == nullptr) return false;
    const char* h = static_cast<const char*>(hit);
    const char* start = h - anchor;
    size_t k = 0;
    while (k < lower.size() && Lower(start[k]) == lower[k]) ++k;
    if (k == lower.size()) return true;
    p = h + 1;
  }
  return false;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::optional<std::string_view> RawTag::Attr(std::string_view lower_name) const {
  for (const RawAttr& a : attrs) {
    if (EqualsLower(a.name, lower_name)) return a.value;
  }
  return std::nullopt;
}

TagParse ParseTag(std::string_view html, size_t pos, RawTag* tag) {
  const size_t n = html.size();
  size_t i = pos + 1;
  tag->end_tag = false;
  tag->self_closing = false;
  tag->attrs.clear();
  tag->name.clear();
  tag->begin = pos;
  if (i < n && html[i] == '/') {
    tag->end_tag = true;
    ++i;
  }
  if (i >= n) return tag->end_tag ? TagParse::kUnterminated : TagParse::kNotATag;
  if (!IsAsciiAlpha(html[i])) return TagParse::kNotATag;
  while (i < n && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>') {
    tag->name.push_back(Lower(html[i]));
    ++i;
  }
  while (true) {
    while (i < n && (IsSpace(html[i]) || html[i] == '/')) {
      if (html[i] == '/' && i + 1 < n && html[i + 1] == '>') tag->self_closing = true;
      ++i;
    }
    if (i >= n) return TagParse::kUnterminated;
    if (html[i] == '>') {
      tag->end = i + 1;
      return TagParse::kTag;
    }
    const size_t name_begin = i;
    ++i;  // the first character may be '='
    while (i < n && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
    RawAttr attr{html.substr(name_begin, i - name_begin), {}};
    size_t j = i;
    while (j < n && IsSpace(html[j])) ++j;
    if (j < n && html[j] == '=') {
      ++j;
      while (j < n && IsSpace(html[j])) ++j;
      if (j >= n) return TagParse::kUnterminated;
      if (html[j] == '"' || html[j] == '\'') {
        const char quote = html[j];
        const size_t close = html.find(quote, j + 1);
        if (close == std::string_view::npos) return TagParse::kUnterminated;
        attr.value = html.substr(j + 1, close - j - 1);
        i = close + 1;
      } else {
        size_t k = j;
        while (k < n && !IsSpace(html[k]) && html[k] != '>') ++k;
        attr.value = html.substr(j, k - j);
        i = k;
      }
    }
    tag->attrs.push_back(attr);
  }
}

size_t FindRawTextEnd(std::string_view html, size_t from, std::string_view lower_name) {
  const size_t n = html.size();
  size_t i = from;
  while (i < n) {
    const void* hit = std::memchr(html.data() + i, '<', n - i);
    if (hit == nullptr) return std::string_view::npos;
    i = static_cast<const char*>(hit) - html.data();
    if (i + 2 + lower_name.size() <= n && html[i + 1] == '/' &&
        EqualsLower(html.substr(i + 2, lower_name.size()), lower_name)) {
      const size_t after = i + 2 + lower_name.size();
      if (after == n || IsSpace(html[after]) || html[after] == '/' || html[after] == '>') return i;
    }
    ++i;
  }
  return std::string_view::npos;
}

size_t FindCommentEnd(std::string_view html, size_t lt) {
  const size_t start = lt + 4;                          // after "<!--"
  if (html.substr(start, 1) == ">") return start + 1;   // "<!-->"
  if (html.substr(start, 2) == "->") return start + 2;  // "<!--->"
  size_t i = start;
  while (true) {
    i = html.find("--", i);
    if (i == std::string_view::npos) return std::string_view::npos;
    if (i + 2 < html.size() && html[i + 2] == '>') return i + 3;
    if (i + 3 < html.size() && html[i + 2] == '!' && html[i + 3] == '>') return i + 4;
    ++i;
  }
}

}  // namespace claimtrace::web
