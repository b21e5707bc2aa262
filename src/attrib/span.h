// Token spans and the internal attribution record shared by the attribution components.
//
// A TokSpan is a half-open token range [begin, end) into TextAnalysis::tokens. An Attribution
// is one cue with its source and content pieces, before it becomes a Statement. Plain values.
//
//   attrib::Attribution a{.cue = {3, 4}, .source = attrib::TokSpan{0, 2}, .content = {{5, 12}}};
//   bool direct = a.content.size() == 1 && a.content[0].size() == 7;
#ifndef CLAIMTRACE_ATTRIB_SPAN_H_
#define CLAIMTRACE_ATTRIB_SPAN_H_

#include <cstdint>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace claimtrace::attrib {

struct TokSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(uint32_t i) const { return begin <= i && i < end; }
  bool Overlaps(const TokSpan& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const TokSpan&, const TokSpan&) = default;
};

struct Attribution {
  TokSpan cue;                    // empty for cue-less attributions (headline "– source")
  std::optional<TokSpan> source;  // as written at the attribution
  std::vector<TokSpan> content;   // pieces in text order (split quotes have several)
};

// Removes the attributions whose flag in `drop` (one per attribution, any type testable as
// bool) is set, keeping the order of the others.
template <typename Flags>
void EraseDropped(const Flags& drop, std::vector<Attribution>* found) {
  size_t w = 0;
  for (size_t n = 0; n < found->size(); ++n) {
    if (drop[n]) continue;
    if (w != n) (*found)[w] = std::move((*found)[n]);  // no self-move: it empties vectors
    ++w;
  }
  found->resize(w);
}

// Distance buckets used by several feature templates: 0,1,2,3,4-5,6-8,9-15,16-30,31+.
inline uint32_t DistBucket(uint32_t d) {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 15) return 6;
  if (d <= 30) return 7;
  return 8;
}

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SPAN_H_
