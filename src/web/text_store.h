// Text the pre-pass took out of the markup, and the placeholders that stand for it.
//
// Gumbo handles text one character at a time through its tokenizer and tree builder, which
// is most of the parse cost of a text-heavy page. The pre-pass therefore moves long text runs
// (without character references, so the parser would not change them) into a TextStore and
// leaves a short placeholder in the markup: U+E000, the decimal index, U+E001. Whoever reads
// text nodes of such a parse calls Expand to get the original text back. Pages that contain
// U+E000 themselves (or a reference to it) are not given placeholders at all. Read-only after
// the pre-pass; safe to share between threads then. Covered by src/web/prepass_test.cc.
//
//   std::string text = store.Expand(node->v.text.text);
#ifndef CLAIMTRACE_WEB_TEXT_STORE_H_
#define CLAIMTRACE_WEB_TEXT_STORE_H_

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::web {

inline constexpr std::string_view kPlaceholderOpen = "\xEE\x80\x80";   // U+E000
inline constexpr std::string_view kPlaceholderClose = "\xEE\x80\x81";  // U+E001

struct TextStore {
  std::string bytes;                 // all stored runs, back to back
  std::vector<uint32_t> offsets{0};  // run i is bytes[offsets[i], offsets[i + 1])

  size_t size() const { return offsets.size() - 1; }
  std::string_view Run(size_t i) const {
    return std::string_view(bytes).substr(offsets[i], offsets[i + 1] - offsets[i]);
  }
  // Stores a run; returns the placeholder to put in the markup.
  std::string Add(std::string_view run);
  // True when `text` holds a placeholder.
  static bool HasPlaceholder(std::string_view text) {
    return text.find(kPlaceholderOpen) != std::string_view::npos;
  }
  // `text` with every placeholder replaced by its run.
  std::string Expand(std::string_view text) const;
  // Calls f(piece) for the pieces Expand would concatenate, in order, without building the
  // string.
  template <typename F>
  void ForEachPiece(std::string_view text, F&& f) const;
};

template <typename F>
void TextStore::ForEachPiece(std::string_view text, F&& f) const {
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find(kPlaceholderOpen, i);
    if (open == std::string_view::npos) {
      f(text.substr(i));
      return;
    }
    if (open > i) f(text.substr(i, open - i));
    const size_t digits = open + kPlaceholderOpen.size();
    const size_t close = text.find(kPlaceholderClose, digits);
    size_t index = 0;
    if (close != std::string_view::npos && close > digits) {
      auto [p, ec] = std::from_chars(text.data() + digits, text.data() + close, index);
      if (ec == std::errc() && p == text.data() + close && index < size()) {
        f(Run(index));
        i = close + kPlaceholderClose.size();
        continue;
      }
    }
    f(kPlaceholderOpen);  // not a placeholder of ours: keep the character
    i = digits;
  }
}

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_TEXT_STORE_H_
