// Segment inlining in three steps: find the segments (<div hidden id="S:hex">, its end by
// counting <div / </div, as React writes them), find the placeholders (<template id="B:hex">
// or "P:hex"), then copy the page with one recursive walk over the placeholders and segments
// sorted by position: a moved segment's own place is skipped, a placeholder is replaced by the
// segment's content (walked the same way for nested placeholders). Linear in the page plus the
// number of pieces. Covered by src/web/streamed_segments_test.cc.
#include "web/streamed_segments.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimtrace::web {
namespace {

constexpr size_t kMaxSegments = 4096;

bool IsHexId(std::string_view id) {
  if (id.empty() || id.size() > 8) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

struct Segment {
  size_t div_begin = 0;      // "<div hidden id="S:..."
  size_t content_begin = 0;  // after its ">"
  size_t content_end = 0;    // at its "</div>"
  size_t div_end = 0;        // after "</div>"
  bool has_placeholder = false;
  bool used = false;
};

struct Placeholder {
  size_t begin = 0;
  size_t end = 0;  // after the template (and the boundary fallback, for "B:")
  std::string_view id;
};

// End of the element whose content starts at `from` (matching </div>), npos if unclosed.
size_t MatchingDivEnd(std::string_view html, size_t from) {
  int depth = 1;
  size_t i = from;
  while (true) {
    i = html.find("<", i);
    if (i == std::string_view::npos) return i;
    if (html.compare(i, 4, "<div") == 0 &&
        (i + 4 < html.size() && (html[i + 4] == ' ' || html[i + 4] == '>'))) {
      ++depth;
    } else if (html.compare(i, 6, "</div>") == 0) {
      if (--depth == 0) return i;
    }
    ++i;
  }
}

class Inliner {
 public:
  explicit Inliner(std::string_view html) : html_(html) {}

  bool Collect() {
    static constexpr std::string_view kSeg = "<div hidden id=\"S:";
    for (size_t pos = html_.find(kSeg); pos != std::string_view::npos;
         pos = html_.find(kSeg, pos + 1)) {
      const size_t id_begin = pos + kSeg.size();
      const size_t quote = html_.find('"', id_begin);
      if (quote == std::string_view::npos) break;
      const std::string_view id = html_.substr(id_begin, quote - id_begin);
      if (!IsHexId(id) || quote + 1 >= html_.size() || html_[quote + 1] != '>') continue;
      Segment s;
      s.div_begin = pos;
      s.content_begin = quote + 2;
      s.content_end = MatchingDivEnd(html_, s.content_begin);
      if (s.content_end == std::string_view::npos) break;
      s.div_end = s.content_end + 6;
      if (segments_.size() >= kMaxSegments || segments_.count(id)) continue;
      segments_.emplace(id, s);
      pos = s.content_end;
    }
    if (segments_.empty()) return false;
    static constexpr std::string_view kTpl = "<template id=\"";
    for (size_t pos = html_.find(kTpl); pos != std::string_view::npos;
         pos = html_.find(kTpl, pos + 1)) {
      const size_t kind_at = pos + kTpl.size();
      if (kind_at + 2 >= html_.size() || html_[kind_at + 1] != ':') continue;
      const char kind = html_[kind_at];
      if (kind != 'B' && kind != 'P') continue;
      const size_t quote = html_.find('"', kind_at + 2);
      if (quote == std::string_view::npos) break;
      const std::string_view id = html_.substr(kind_at + 2, quote - kind_at - 2);
      auto it = segments_.find(id);
      if (it == segments_.end() || quote + 1 >= html_.size() || html_[quote + 1] != '>') continue;
      Placeholder p{.begin = pos, .end = quote + 2, .id = id};
      static constexpr std::string_view kClose = "</template>";
      if (html_.compare(p.end, kClose.size(), kClose) == 0) p.end += kClose.size();
      if (kind == 'B') {
        // The fallback shown until the boundary resolves ends at the boundary's "<!--/$-->".
        const size_t close = html_.find("<!--/$-->", p.end);
        if (close != std::string_view::npos) {
          const std::string_view fallback = html_.substr(p.end, close - p.end);
          if (fallback.find("<!--$") == std::string_view::npos) p.end = close;
        }
      }
      it->second.has_placeholder = true;
      placeholders_.push_back(p);
    }
    if (placeholders_.empty()) return false;
    for (const auto& [id, s] : segments_) {
      if (s.has_placeholder) moved_.push_back(&s);
    }
    std::sort(moved_.begin(), moved_.end(),
              [](const Segment* a, const Segment* b) { return a->div_begin < b->div_begin; });
    return true;
  }

  std::string Run() {
    std::string out;
    out.reserve(html_.size());
    Emit(0, html_.size(), 0, &out);
    return out;
  }

 private:
  // Copies [begin, end) with moved segments skipped and placeholders filled.
  void Emit(size_t begin, size_t end, int depth, std::string* out) {
    size_t i = begin;
    auto p = std::lower_bound(placeholders_.begin(), placeholders_.end(), begin,
                              [](const Placeholder& x, size_t pos) { return x.begin < pos; });
    auto s = std::lower_bound(moved_.begin(), moved_.end(), begin,
                              [](const Segment* x, size_t pos) { return x->div_begin < pos; });
    while (true) {
      while (p != placeholders_.end() && p->begin < i) ++p;
      while (s != moved_.end() && (*s)->div_begin < i) ++s;
      const size_t next_p = p != placeholders_.end() ? p->begin : std::string_view::npos;
      const size_t next_s = s != moved_.end() ? (*s)->div_begin : std::string_view::npos;
      const size_t next = std::min(next_p, next_s);
      if (next == std::string_view::npos || next >= end) break;
      out->append(html_.substr(i, next - i));
      if (next == next_s) {
        i = std::min((*s)->div_end, end);
        continue;
      }
      Segment& seg = segments_.at(p->id);
      i = std::min(p->end, end);
      if (!seg.used && depth < 64) {
        seg.used = true;
        Emit(seg.content_begin, seg.content_end, depth + 1, out);
      }
    }
    if (i < end) out->append(html_.substr(i, end - i));
  }

  std::string_view html_;
  std::unordered_map<std::string_view, Segment> segments_;
  std::vector<Placeholder> placeholders_;  // in page order
  std::vector<const Segment*> moved_;      // in page order
};

}  // namespace

// True when the page carries React's segment-moving calls ("$RC(" / "$RS("), found by memchr
// on the rare '$', much cheaper on a whole page than searching for the segment tag itself.
bool HasMoveCalls(std::string_view html) {
  const char* p = html.data();
  const char* end = p + html.size();
  while (p < end) {
    p = static_cast<const char*>(memchr(p, '$', static_cast<size_t>(end - p)));
    if (p == nullptr || end - p < 4) return false;
    if (p[1] == 'R' && (p[2] == 'C' || p[2] == 'S') && p[3] == '(') return true;
    ++p;
  }
  return false;
}

std::optional<std::string> InlineStreamedSegments(std::string_view html) {
  if (!HasMoveCalls(html)) return std::nullopt;
  static constexpr std::string_view kSeg = "<div hidden id=\"S:";
  if (memmem(html.data(), html.size(), kSeg.data(), kSeg.size()) == nullptr) return std::nullopt;
  Inliner inliner(html);
  if (!inliner.Collect()) return std::nullopt;
  return inliner.Run();
}

}  // namespace claimtrace::web
