// UTF-8 checks and repair shared by every reader.
//
// ValidUtf8Prefix finds the first byte where a string stops being well-formed UTF-8 (overlong
// forms, surrogates and code points past U+10FFFF are ill-formed, as in RFC 3629). RepairUtf8
// replaces each maximal ill-formed subpart with U+FFFD, following the W3C/Unicode
// "substitution of maximal subparts" practice, so repaired text never shifts valid characters.
// Pure functions; thread-safe.
//
//   size_t bad = 0;  std::string fixed = RepairUtf8("caf\xE9", &bad);  // "caf\uFFFD", bad == 1
#ifndef CLAIMTRACE_CORE_UTF8_H_
#define CLAIMTRACE_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimtrace {

// Length of the longest well-formed prefix; equals s.size() when all of `s` is valid.
size_t ValidUtf8Prefix(std::string_view s);

inline bool IsValidUtf8(std::string_view s) { return ValidUtf8Prefix(s) == s.size(); }

// Returns `s` with every ill-formed subsequence replaced by U+FFFD. `replaced` (optional)
// receives the number of replacements and `first_bad` the byte offset of the first one.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr, size_t* first_bad = nullptr);

// Decodes one code point at s[i] (s must be valid there); advances i. Returns U+FFFD on error.
char32_t DecodeUtf8(std::string_view s, size_t* i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// True when `s` looks like binary data rather than text: NUL bytes, or more than 10% of the
// first 4 KiB being control characters other than tab/newline/CR/form feed.
bool LooksBinary(std::string_view s);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_UTF8_H_
