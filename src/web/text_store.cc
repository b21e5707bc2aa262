// Placeholder encoding for pre-pass text runs: U+E000 <decimal index> U+E001. Covered by
// src/web/prepass_test.cc.
#include "web/text_store.h"

#include <charconv>

namespace claimtrace::web {

std::string TextStore::Add(std::string_view run) {
  const size_t index = size();
  bytes.append(run);
  offsets.push_back(static_cast<uint32_t>(bytes.size()));
  std::string placeholder(kPlaceholderOpen);
  placeholder += std::to_string(index);
  placeholder += kPlaceholderClose;
  return placeholder;
}

std::string TextStore::Expand(std::string_view text) const {
  std::string out;
  out.reserve(text.size() + 64);
  ForEachPiece(text, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace claimtrace::web
