// Per-token lexical keys shared by the gazetteer, the entity tagger and linking: hashes of the
// exact and lower-cased token text, its word shape ("Xx", "X.X.", "d,d") and lower-cased
// prefixes/suffixes, computed in one pass without allocating.
//
// Thread-safe, pure.
//
//   TokenKeys k = ComputeTokenKeys("Budanov’s", tokens[3].span);
//   k.lower == HashBytes("budanov")  // when the span covers "Budanov"
#ifndef CLAIMTRACE_LANG_LEXICAL_H_
#define CLAIMTRACE_LANG_LEXICAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/document.h"

namespace claimtrace::lang {

struct TokenKeys {
  uint64_t exact = 0;                     // HashBytes of the token text
  uint64_t lower = 0;                     // HashBytes of the lower-cased text
  uint64_t shape = 0;                     // HashBytes of the short word shape
  uint64_t pre2 = 0, pre3 = 0;            // lower-cased prefixes (code points)
  uint64_t suf2 = 0, suf3 = 0, suf4 = 0;  // lower-cased suffixes
  uint16_t length = 0;                    // code points
  bool has_upper = false;
  bool has_lower = false;
  bool has_digit = false;
};

TokenKeys ComputeTokenKeys(std::string_view text, ByteSpan span);
// The general code-point-by-code-point computation (ComputeTokenKeys takes a faster path for
// short all-ASCII words; the differential test in lexical_test.cc compares them).
TokenKeys ComputeTokenKeysSimple(std::string_view text, ByteSpan span);

// Hash of the lower-cased text (same as ComputeTokenKeys(...).lower).
uint64_t LowerHash(std::string_view word);

// Lower-cases `word` (ICU simple case mapping per code point) into `out`.
void AppendLower(std::string_view word, std::string* out);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_LEXICAL_H_
