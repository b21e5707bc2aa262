// Statement linking by span containment, then by sentence, never through a statement's
// speaker or via phrase. Sentences are found by binary search over Document::sentences.
// StatementLinker answers the same from sorted indexes: containing contents start within the
// longest content's length before the figure; anchors are looked up by the sentence's range.
// Covered by statement_link_test.cc (including a differential test against StatementFor).
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

std::optional<ByteSpan> Anchor(const Statement& st) {
  if (st.cue) return st.cue;
  return st.speaker.span;
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

StatementLinker::StatementLinker(const Document& doc, const std::vector<ByteSpan>& figure_spans)
    : doc_(doc) {
  const size_t n = doc.statements.size();
  by_content_.resize(n);
  for (uint32_t k = 0; k < n; ++k) {
    by_content_[k] = k;
    longest_content_ = std::max(longest_content_, doc.statements[k].content.size());
    if (std::optional<ByteSpan> a = Anchor(doc.statements[k])) anchors_.push_back({a->start, k});
  }
  std::sort(by_content_.begin(), by_content_.end(), [&](uint32_t a, uint32_t b) {
    const uint32_t sa = doc.statements[a].content.start, sb = doc.statements[b].content.start;
    return sa != sb ? sa < sb : a < b;
  });
  std::sort(anchors_.begin(), anchors_.end());
  // Figures sorted by start with the running maximum of their ends: some figure overlaps
  // [s, e) exactly when, among the figures starting before e, the largest end exceeds s.
  std::vector<ByteSpan> figures = figure_spans;
  std::sort(figures.begin(), figures.end());
  std::vector<uint32_t> max_end(figures.size());
  for (size_t i = 0; i < figures.size(); ++i) {
    max_end[i] = std::max(i > 0 ? max_end[i - 1] : 0u, figures[i].end);
  }
  quantity_speaker_.resize(n, false);
  for (size_t k = 0; k < n; ++k) {
    const std::optional<ByteSpan>& sp = doc.statements[k].speaker.span;
    if (!sp) continue;
    auto it = std::lower_bound(figures.begin(), figures.end(), sp->end,
                               [](const ByteSpan& f, uint32_t end) { return f.start < end; });
    const size_t before = static_cast<size_t>(it - figures.begin());
    quantity_speaker_[k] = before > 0 && max_end[before - 1] > sp->start;
  }
}

std::optional<int> StatementLinker::For(const ByteSpan& span) const {
  // Innermost containing content; ties go to the lowest index, as in StatementFor.
  std::optional<int> best;
  const uint32_t from = span.end > longest_content_ ? span.end - longest_content_ : 0;
  auto it = std::lower_bound(by_content_.begin(), by_content_.end(), from,
                             [&](uint32_t k, uint32_t pos) {
                               return doc_.statements[k].content.start < pos;
                             });
  for (; it != by_content_.end() && doc_.statements[*it].content.start <= span.start; ++it) {
    const Statement& st = doc_.statements[*it];
    if (!st.content.Contains(span) || InSpeakerOrVia(st, span)) continue;
    const int k = static_cast<int>(*it);
    if (!best) {
      best = k;
      continue;
    }
    const uint32_t size = st.content.size(), best_size = doc_.statements[*best].content.size();
    if (size < best_size || (size == best_size && k < *best)) best = k;
  }
  if (best) return best;
  const std::optional<ByteSpan> sentence = SentenceOf(doc_, span);
  if (!sentence) return std::nullopt;
  uint32_t best_gap = UINT32_MAX;
  for (auto a = std::lower_bound(anchors_.begin(), anchors_.end(),
                                 std::pair<uint32_t, uint32_t>{sentence->start, 0});
       a != anchors_.end() && a->first < sentence->end; ++a) {
    const Statement& st = doc_.statements[a->second];
    const ByteSpan anchor = *Anchor(st);
    if (!sentence->Contains(anchor)) continue;
    if (InSpeakerOrVia(st, span) || quantity_speaker_[a->second]) continue;
    const uint32_t gap = Gap(anchor, span);
    const int k = static_cast<int>(a->second);
    if (gap < best_gap || (best && gap == best_gap && k < *best)) {
      best_gap = gap;
      best = k;
    }
  }
  return best;
}

}  // namespace claimtrace::figures
