// Word-hash sets for the hand-written rules of the attribution stage: a rule file lists its
// words once as hashes (the same hash as DocView's tokens) and tests membership without strings.
// Header-only, no state; thread-safe.
//
//   using word_set::H; using word_set::In;
//   const uint64_t kTell[2] = {H("told"), H("tells")};  ... In(view.info[i].word, kTell)
#ifndef CLAIMTRACE_SRC_ATTRIB_WORD_SET_H_
#define CLAIMTRACE_SRC_ATTRIB_WORD_SET_H_

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "attrib/doc_view.h"

namespace claimtrace::attrib::word_set {

// The hash of a lower-case word, as DocView stores it per token.
inline uint64_t H(std::string_view lower) { return DocView::WordHash(lower); }

template <size_t N>
bool In(uint64_t word, const uint64_t (&set)[N]) {
  return std::find(std::begin(set), std::end(set), word) != std::end(set);
}

}  // namespace claimtrace::attrib::word_set

#endif  // CLAIMTRACE_SRC_ATTRIB_WORD_SET_H_
