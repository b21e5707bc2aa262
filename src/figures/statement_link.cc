// Statement linking by span containment, then by sentence, never through a statement's
// speaker or via phrase. Sentences are found by binary search over Document::sentences.
// Covered by statement_link_test.cc.
#include "figures/statement_link.h"

#include <algorithm>
#include <cstdint>

namespace claimtrace::figures {
namespace {

std::optional<ByteSpan> SentenceOf(const Document& doc, const ByteSpan& span) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), span.start,
                             [](uint32_t pos, const ByteSpan& s) { return pos < s.start; });
  if (it == doc.sentences.begin()) return std::nullopt;
  --it;
  if (it->end <= span.start) return std::nullopt;
  return *it;
}

uint32_t Gap(const ByteSpan& a, const ByteSpan& b) {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

// The figure is part of who speaks or relays ("Nearly eight of 10 voters say ..."), not of
// what is said.
bool InSpeakerOrVia(const Statement& st, const ByteSpan& span) {
  if (st.speaker.span && st.speaker.span->Overlaps(span)) return true;
  for (const Via& v : st.via) {
    if (v.span.Overlaps(span)) return true;
  }
  return false;
}

// A speaker that is itself a quantity ("5 percent prefer ...", a poll share) is not a source
// for the other figures of its sentence.
bool QuantitySpeaker(const Statement& st, const std::vector<ByteSpan>& figure_spans) {
  if (!st.speaker.span) return false;
  for (const ByteSpan& f : figure_spans) {
    if (st.speaker.span->Overlaps(f)) return true;
  }
  return false;
}

}  // namespace

std::optional<int> StatementFor(const Document& doc, const ByteSpan& span,
                                const std::vector<ByteSpan>& figure_spans) {
  std::optional<int> best;
  for (size_t k = 0; k < doc.statements.size(); ++k) {
    const ByteSpan& c = doc.statements[k].content;
    if (!c.Contains(span) || InSpeakerOrVia(doc.statements[k], span)) continue;
    if (!best || doc.statements[*best].content.size() > c.size()) best = static_cast<int>(k);
  }
  if (best) return best;
  const std::optional<ByteSpan> sentence = SentenceOf(doc, span);
  if (!sentence) return std::nullopt;
  uint32_t best_gap = UINT32_MAX;
  for (size_t k = 0; k < doc.statements.size(); ++k) {
    const Statement& st = doc.statements[k];
    std::optional<ByteSpan> anchor = st.cue;
    if (!anchor && st.speaker.span) anchor = st.speaker.span;
    if (!anchor || !sentence->Contains(*anchor)) continue;
    // The figure must not sit inside the statement's speaker or via phrase, and a speaker
    // that is a quantity is no source.
    if (InSpeakerOrVia(st, span) || QuantitySpeaker(st, figure_spans)) continue;
    const uint32_t gap = Gap(*anchor, span);
    if (gap < best_gap) {
      best_gap = gap;
      best = static_cast<int>(k);
    }
  }
  return best;
}

}  // namespace claimtrace::figures
