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
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find(kPlaceholderOpen, i);
    if (open == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    const size_t digits = open + kPlaceholderOpen.size();
    const size_t close = text.find(kPlaceholderClose, digits);
    size_t index = 0;
    if (close != std::string_view::npos && close > digits) {
      auto [p, ec] = std::from_chars(text.data() + digits, text.data() + close, index);
      if (ec == std::errc() && p == text.data() + close && index < size()) {
        out.append(Run(index));
        i = close + kPlaceholderClose.size();
        continue;
      }
    }
    out.append(kPlaceholderOpen);  // not a placeholder of ours: keep the character
    i = digits;
  }
  return out;
}

}  // namespace claimtrace::web
