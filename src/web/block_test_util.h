// Test helpers shared by the block feature and block filter tests: hand-built paragraphs and a
// small block tree to compute features over. Test-only; not part of the library.
//
//   BlockTree t = MakeTree({MakePara("Body text.", 1), MakePara("Share this", 2)});
//   std::vector<BlockFeatures> f = ComputeBlockFeatures(...);
#ifndef CLAIMTRACE_WEB_BLOCK_TEST_UTIL_H_
#define CLAIMTRACE_WEB_BLOCK_TEST_UTIL_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "web/blocks.h"
#include "web/hints.h"

namespace claimtrace::web::testing_support {

// A paragraph of element `elem` with its word and punctuation counts filled in.
inline Para MakePara(std::string text, int32_t elem, ParaKind kind = ParaKind::kText) {
  Para p;
  p.text = std::move(text);
  p.elem = elem;
  p.kind = kind;
  p.chars = static_cast<uint32_t>(p.text.size());
  for (size_t i = 0; i < p.text.size(); ++i) {
    const char c = p.text[i];
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') ++p.punctuation;
    if (c != ' ' && (i == 0 || p.text[i - 1] == ' ')) ++p.words;
  }
  return p;
}

// A container (elem 0) with a body div (1) and a boilerplate box (2) inside.
inline BlockTree MakeTree(const std::vector<Para>& paras) {
  BlockTree t;
  t.elems.resize(3);
  t.elems[0] = {.parent = -1,
                .end = 3,
                .first_para = 0,
                .end_para = static_cast<uint32_t>(paras.size()),
                .depth = 0};
  t.elems[1] = {.parent = 0, .end = 2, .hints = kHintContent, .depth = 1};
  t.elems[2] = {.parent = 0, .end = 3, .hints = kHintBoiler | kHintNoise, .depth = 1};
  t.paras = paras;
  return t;
}

}  // namespace claimtrace::web::testing_support

#endif  // CLAIMTRACE_WEB_BLOCK_TEST_UTIL_H_
