// Content pieces by factorised span scoring (see content_finder.h). Per side: near-boundary and
// far-boundary scores once per position, small tables for the piece-shape features, then a
// max over (near, far) pairs; "no piece" has its own score. Training is a structured
// perceptron step per side. With a ScoreCache (inference) the boundary scores are looked up in
// batches (Perceptron::ScoreGroups) and the pair search skips runs of far positions and pairs
// whose upper bound cannot win (exact: the same first-best piece). Covered by extractor_test.cc,
// score_cache_test.cc (cached fast path vs the simple path) and the PolNeAR evaluation.
#include "attrib/content_finder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>

namespace claimtrace::attrib {
namespace {

enum ContentTemplate : uint32_t {
  kQNearDist = 301,
  kQNearWord,
  kQNearOut,
  kQNearMark,
  kQNearCue,
  kQNearCut,
  kQFarWord,
  kQFarOut,
  kQFarSent,
  kQFarBlock,
  kQFarMark,
  kQFarSentOff,
  kQFarCue,
  kQFarCut,
  kQFarBigram,
  kQLen,
  kQOtherCue,
  kQSents,
  kQBlocks,
  kQAdjQuote,
  kQNoneBias,
  kQNoneCue,
  kQNoneNext,
  kQNoneAdj,
  kQNonePos,
  kQLenAdj,
  kQLenEdge,
  kQNearBigram,
};

constexpr uint32_t kMaxWindow = 700;
constexpr uint32_t kNearReach = 4;  // near boundary within this many tokens of the cluster
constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;

int32_t TopQuote(const DocView& v, int32_t q) {
  while (q >= 0 && v.quotes[q].parent >= 0) q = v.quotes[q].parent;
  return q;
}

// Repeated halving rounded up reaches 1 after ceil(log2 n) steps: 1 -> 0, 2 -> 1, 3-4 -> 2,
// 5-8 -> 3, ..., capped at 9 (the same values as that halving loop for every n < 2^32 - 1).
uint32_t LenBucket(uint32_t n) {
  if (n <= 1) return 0;
  return std::min<uint32_t>(9, static_cast<uint32_t>(std::bit_width(n - 1)));
}

struct Piece {
  uint32_t begin, end;
};

struct Ctx {
  const DocView& v;
  TokSpan cue, win;
  uint32_t cb, ce;  // the attribution cluster
  int32_t adj[2];   // adjacent top-level quotation on each side, or -1
  uint64_t cue_word;
  uint32_t cue_sent;
  // prefix counts over the window: sentence starts, block starts, other-cue starts
  std::vector<uint16_t> sents, blocks, others;

  // The word at k as seen from token `from`: a boundary marker outside from's block, so that
  // boundary features do not depend on the cue (and can be cached per block).
  uint64_t Word(int64_t k, uint32_t from) const {
    return (k < 0 || k >= static_cast<int64_t>(v.size()) || v.info[k].block != v.info[from].block)
               ? kBoundary
               : v.info[k].word;
  }
  int Count(const std::vector<uint16_t>& pre, uint32_t b, uint32_t e) const {
    return pre[e - win.begin] - pre[b - win.begin];
  }
  bool SentStart(uint32_t k) const { return v.sentences[v.info[k].sentence].first == k; }
  bool SentEnd(uint32_t k) const {  // k is one past a sentence's last token
    return k == v.size() || v.sentences[v.info[k - 1].sentence].second == k;
  }
  bool BlockStart(uint32_t k) const { return v.blocks[v.info[k].block].first == k; }
  bool BlockEnd(uint32_t k) const {
    return k == v.size() || v.blocks[v.info[k - 1].block].second == k;
  }
  // A boundary token inside a quotation that it neither opens (start) nor closes (end).
  bool CutsQuoteAtStart(uint32_t k) const {
    const int32_t q = TopQuote(v, v.info[k].quote);
    return q >= 0 && v.quotes[q].open != k;
  }
  bool CutsQuoteAtEnd(uint32_t k) const {  // k = last token of the piece
    const int32_t q = TopQuote(v, v.info[k].quote);
    return q >= 0 && v.quotes[q].close != k;
  }
  uint64_t Mark(uint32_t k) const {
    return (v.tokens[k].flags & kTokenOpensQuote)    ? 1
           : (v.tokens[k].flags & kTokenClosesQuote) ? 2
                                                     : 0;
  }
  uint64_t SentOff(uint32_t k) const {
    const int64_t d = static_cast<int64_t>(v.info[k].sentence) - static_cast<int64_t>(cue_sent);
    return static_cast<uint64_t>(std::clamp<int64_t>(d, -3, 3) + 3);
  }
  // Near boundary position of a piece on side s, far boundary position.
  static uint32_t Near(int s, Piece p) { return s == 0 ? p.end : p.begin; }
  static uint32_t Far(int s, Piece p) { return s == 0 ? p.begin : p.end; }
};

template <typename Add>
void NearFeatures(const Ctx& c, int s, uint32_t p, Add add) {
  const uint64_t ss = static_cast<uint64_t>(s);
  // Left piece: p is its end (exclusive); right piece: p is its first token.
  const uint32_t inside = s == 0 ? p - 1 : p;
  const int64_t outside = s == 0 ? int64_t{p} : int64_t{p} - 1;
  const uint32_t dist = s == 0 ? c.cb - p : p - c.ce;
  add(FeatSide<kQNearDist>(ss, dist));
  add(FeatSide<kQNearWord>(ss, dist, c.v.info[inside].word));
  add(FeatSide<kQNearOut>(ss, c.Word(outside, inside)));
  add(FeatSide<kQNearMark>(ss, c.Mark(inside), dist));
  add(FeatSide<kQNearCue>(ss, c.cue_word, dist));
  add(FeatSide<kQNearCut>(ss, s == 0 ? c.CutsQuoteAtEnd(inside) : c.CutsQuoteAtStart(inside)));
  // The word pair at the near edge, inside the piece ("at least", "that the").
  const int64_t next_in = s == 0 ? int64_t{inside} - 1 : int64_t{inside} + 1;
  add(FeatSide<kQNearBigram>(ss, c.v.info[inside].word, c.Word(next_in, inside)));
}

// Far-boundary features: those of the boundary alone (cached per position) and those relating it
// to the cue. Left piece: q is its first token; right piece: q is its end (exclusive).
template <typename Add>
void FarIndep(const Ctx& c, int s, uint32_t q, Add add) {
  const uint64_t ss = static_cast<uint64_t>(s);
  const uint32_t inside = s == 0 ? q : q - 1;
  const int64_t outside = s == 0 ? int64_t{q} - 1 : int64_t{q};
  add(FeatSide<kQFarWord>(ss, c.v.info[inside].word));
  add(FeatSide<kQFarOut>(ss, c.Word(outside, inside)));
  add(FeatSide<kQFarBigram>(ss, c.Word(outside, inside), c.v.info[inside].word));
  add(FeatSide<kQFarSent>(ss, s == 0 ? c.SentStart(q) : c.SentEnd(q)));
  add(FeatSide<kQFarBlock>(ss, s == 0 ? c.BlockStart(q) : c.BlockEnd(q)));
  add(FeatSide<kQFarCut>(ss, s == 0 ? c.CutsQuoteAtStart(inside) : c.CutsQuoteAtEnd(inside)));
}

template <typename Add>
void FarDep(const Ctx& c, int s, uint32_t q, Add add) {
  const uint64_t ss = static_cast<uint64_t>(s);
  const uint32_t inside = s == 0 ? q : q - 1;
  const int32_t tq = TopQuote(c.v, c.v.info[inside].quote);
  add(Feat(kQFarMark, ss, c.Mark(inside), tq >= 0 && tq == c.adj[s]));
  add(Feat(kQFarSentOff, ss, c.SentOff(inside)));
  add(Feat(kQFarCue, ss, c.cue_word, c.SentOff(inside)));
}

template <typename Add>
void FarFeatures(const Ctx& c, int s, uint32_t q, Add add) {
  FarIndep(c, s, q, add);
  FarDep(c, s, q, add);
}

struct ShapeVals {
  uint64_t len, others, sents, blocks, adj, edge;
};

// `edge`: whether the far boundary is a sentence edge (precomputed per far position by the
// search loop; PieceShape computes it).
ShapeVals PieceShapeWithEdge(const Ctx& c, int s, Piece p, bool edge) {
  ShapeVals v;
  v.len = LenBucket(p.end - p.begin);
  v.others = std::min(c.Count(c.others, p.begin, p.end), 2);
  v.sents = std::min(c.Count(c.sents, p.begin + 1, p.end), 3);
  v.blocks = std::min(c.Count(c.blocks, p.begin + 1, p.end), 2);
  const int32_t q = c.adj[s];
  v.adj = q >= 0 && p.begin <= c.v.quotes[q].open && c.v.quotes[q].close < p.end;
  v.edge = edge;
  return v;
}

ShapeVals PieceShape(const Ctx& c, int s, Piece p) {
  // The far boundary is a sentence edge (start of a left piece, end of a right piece).
  return PieceShapeWithEdge(c, s, p, s == 0 ? c.SentStart(p.begin) : c.SentEnd(p.end));
}

template <typename Add>
void ShapeFeatures(int s, const ShapeVals& v, Add add) {
  const uint64_t ss = static_cast<uint64_t>(s);
  add(Feat(kQLen, ss, v.len));
  add(Feat(kQOtherCue, ss, v.others));
  add(Feat(kQSents, ss, v.sents));
  add(Feat(kQBlocks, ss, v.blocks));
  add(Feat(kQAdjQuote, ss, v.adj));
  add(Feat(kQLenAdj, ss, v.len, v.adj));
  add(Feat(kQLenEdge, ss, v.len, v.edge));
}

template <typename Add>
void NoneFeatures(const Ctx& c, int s, Add add) {
  const uint64_t ss = static_cast<uint64_t>(s);
  add(Feat(kQNoneBias, ss));
  add(Feat(kQNoneCue, ss, c.cue_word));
  add(Feat(kQNoneNext, ss, s == 0 ? c.Word(int64_t{c.cb} - 1, c.cb) : c.Word(c.ce, c.ce - 1)));
  add(Feat(kQNoneAdj, ss, c.adj[s] >= 0));
  add(Feat(
      kQNonePos, ss,
      s == 0 ? c.cb == c.win.begin || c.SentStart(c.cb) : c.ce == c.win.end || c.SentEnd(c.ce)));
}

struct ContentShapeTables {
  float lae[10][2][2];
  float other[3], block[3], sent[4];
};

void ComputeContentShapeTables(const Perceptron& w, ContentShapeTables shape[2]) {
  auto one = [&](uint64_t f) {
    uint32_t b = w.Bucket(f);
    return w.Score(&b, 1, 0);
  };
  for (int side = 0; side < 2; ++side) {
    const uint64_t sd = static_cast<uint64_t>(side);
    ContentShapeTables& t = shape[side];
    for (uint64_t k = 0; k < 10; ++k) {
      for (uint64_t a = 0; a < 2; ++a) {
        for (uint64_t e = 0; e < 2; ++e) {
          t.lae[k][a][e] = one(Feat(kQLen, sd, k)) + one(Feat(kQAdjQuote, sd, a)) +
                           one(Feat(kQLenAdj, sd, k, a)) + one(Feat(kQLenEdge, sd, k, e));
        }
      }
    }
    for (uint64_t k = 0; k < 3; ++k) t.other[k] = one(Feat(kQOtherCue, sd, k));
    for (uint64_t k = 0; k < 3; ++k) t.block[k] = one(Feat(kQBlocks, sd, k));
    for (uint64_t k = 0; k < 4; ++k) t.sent[k] = one(Feat(kQSents, sd, k));
  }
}

}  // namespace

void PrecomputeContentTables(const Perceptron& w, std::vector<float>* out) {
  ContentShapeTables shape[2];
  ComputeContentShapeTables(w, shape);
  StoreTables(shape, out);
}

TokSpan ContentWindow(const DocView& v, TokSpan cue) {
  const uint32_t blk = v.info[cue.begin].block;
  uint32_t b = v.blocks[blk].first;
  uint32_t e = std::max(v.blocks[blk].second, cue.end);
  // A block that ends with a colon introduces the following block(s).
  uint32_t next = blk + 1;
  for (int k = 0; k < 3 && next < v.blocks.size() && e > b && v.IsPunct(e - 1, ':'); ++k) {
    e = v.blocks[next++].second;
  }
  // Widen to whole quotations that cross the edges (multi-paragraph quotes).
  const int32_t qb = TopQuote(v, v.info[b].quote);
  if (qb >= 0) b = std::min(b, v.quotes[qb].open);
  const int32_t qe = TopQuote(v, v.info[e - 1].quote);
  if (qe >= 0) e = std::max(e, v.quotes[qe].close + 1);
  if (e - b > kMaxWindow) {  // keep the window bounded around the cue
    b = static_cast<uint32_t>(std::max<int64_t>(b, int64_t{cue.begin} - kMaxWindow / 2));
    e = std::min<uint32_t>(e, b + kMaxWindow);
  }
  return {b, std::max(e, cue.end)};
}

std::vector<TokSpan> FindContent(const DocView& v, const Model& model, TokSpan cue,
                                 const std::optional<TokSpan>& source,
                                 const std::vector<TokSpan>& all_cues,
                                 const std::vector<TokSpan>* gold, Perceptron* learner,
                                 size_t* unreachable, ScoreCache* cache) {
  std::vector<TokSpan> parts;
  if (cue.empty()) return parts;
  const Perceptron& w = learner ? *learner : model.content;
  if (learner) cache = nullptr;  // the weights change under training
  Ctx c{v,
        cue,
        ContentWindow(v, cue),
        cue.begin,
        cue.end,
        {-1, -1},
        v.info[cue.begin].word,
        v.info[cue.begin].sentence,
        {},
        {},
        {}};
  if (source && source->end + 6 >= cue.begin && source->begin <= cue.end + 6 &&
      c.win.Contains(source->begin) && source->end <= c.win.end) {
    c.cb = std::min(c.cb, source->begin);
    c.ce = std::max(c.ce, source->end);
  }
  for (uint32_t k = c.cb; k > c.win.begin && c.cb - k < kNearReach; --k) {
    if (v.tokens[k - 1].flags & kTokenClosesQuote) {
      c.adj[0] = TopQuote(v, v.info[k - 1].quote);
      break;
    }
  }
  for (uint32_t k = c.ce; k < c.win.end && k - c.ce < kNearReach; ++k) {
    if (v.tokens[k].flags & kTokenOpensQuote) {
      c.adj[1] = TopQuote(v, v.info[k].quote);
      break;
    }
  }
  // Per-cue vectors on the cache's storage (no allocation per cue).
  Borrowed<uint16_t> lend_sents(&c.sents, cache ? &cache->pool_u16[0] : nullptr);
  Borrowed<uint16_t> lend_blocks(&c.blocks, cache ? &cache->pool_u16[1] : nullptr);
  Borrowed<uint16_t> lend_others(&c.others, cache ? &cache->pool_u16[2] : nullptr);
  std::vector<uint8_t> other_start;
  Borrowed<uint8_t> lend_other_start(&other_start, cache ? &cache->pool_u8[0] : nullptr);
  std::vector<uint32_t> buf;
  Borrowed<uint32_t> lend_buf(&buf, cache ? &cache->pool_u32 : nullptr);
  std::vector<float> near_score, far_score;
  Borrowed<float> lend_near(&near_score, cache ? &cache->pool_f[0] : nullptr);
  Borrowed<float> lend_far(&far_score, cache ? &cache->pool_f[1] : nullptr);
  std::vector<uint8_t> far_edge;
  Borrowed<uint8_t> lend_edge(&far_edge, cache ? &cache->pool_u8[1] : nullptr);
  const uint32_t n = c.win.size();
  c.sents.assign(n + 1, 0);
  c.blocks.assign(n + 1, 0);
  c.others.assign(n + 1, 0);
  {
    other_start.assign(n, 0);
    // all_cues is sorted by begin: only the cues starting inside the window are visited, so a
    // document with thousands of cues stays linear.
    auto o = std::lower_bound(all_cues.begin(), all_cues.end(), c.win.begin,
                              [](const TokSpan& x, uint32_t pos) { return x.begin < pos; });
    for (; o != all_cues.end() && o->begin < c.win.end; ++o) {
      if (!(*o == cue) && c.win.Contains(o->begin)) other_start[o->begin - c.win.begin] = 1;
    }
    for (uint32_t k = 0; k < n; ++k) {
      const uint32_t t = c.win.begin + k;
      c.sents[k + 1] = c.sents[k] + c.SentStart(t);
      c.blocks[k + 1] = c.blocks[k] + c.BlockStart(t);
      c.others[k + 1] = c.others[k] + other_start[k];
    }
  }

  buf.reserve(16);
  auto score_of = [&](auto emit) {
    buf.clear();
    emit([&](uint64_t f) { buf.push_back(w.Bucket(f)); });
    return w.Score(buf.data(), buf.size(), 0);
  };
  auto one = [&](uint64_t f) {
    uint32_t b = w.Bucket(f);
    return w.Score(&b, 1, 0);
  };

  // Per side: the best piece and its score, and the score of "no piece on this side".
  std::optional<Piece> best[2];
  float best_piece_score[2] = {-1e30f, -1e30f};
  float none_score[2] = {0, 0};
  ContentShapeTables shape[2];
  bool shape_ready = false;
  for (int s = 0; s < 2; ++s) {
    const uint64_t ss = static_cast<uint64_t>(s);
    // Span-shape tables (cue-independent: cached). lae folds length, adjacency and edge.
    if (!shape_ready) {
      if (!cache || !LoadTables(cache->content_tables, &shape)) {
        ComputeContentShapeTables(w, shape);
        if (cache) StoreTables(shape, &cache->content_tables);
      }
      shape_ready = true;
    }
    const ContentShapeTables& tab = shape[s];

    none_score[s] = score_of([&](auto add) { NoneFeatures(c, s, add); });
    float best_score = -1e30f;
    // Near positions: left piece ends in [cb - reach, cb]; right piece starts in [ce, ce + reach].
    uint32_t near_lo, near_hi, far_lo, far_hi;
    if (s == 0) {
      if (c.cb <= c.win.begin) continue;
      near_lo = std::max<int64_t>(int64_t{c.win.begin} + 1, int64_t{c.cb} - kNearReach);
      near_hi = c.cb;
      far_lo = c.win.begin;
      far_hi = c.cb - 1;  // far = first token of the piece
    } else {
      if (c.ce >= c.win.end) continue;
      near_lo = c.ce;
      near_hi = std::min<uint32_t>(c.win.end - 1, c.ce + kNearReach);
      far_lo = c.ce + 1;  // far = end (exclusive) of the piece
      far_hi = c.win.end;
    }
    near_score.assign(near_hi - near_lo + 1, 0);
    if (cache) {  // fast path: one batched lookup (score_cache_test compares)
      ScoreBatch& batch = cache->batch;
      batch.Clear();
      for (uint32_t p = near_lo; p <= near_hi; ++p) {
        NearFeatures(c, s, p, batch.Adder(w));
        batch.EndGroup();
      }
      batch.Score(w, near_score.data());
    } else {
      for (uint32_t p = near_lo; p <= near_hi; ++p) {
        near_score[p - near_lo] = score_of([&](auto add) { NearFeatures(c, s, p, add); });
      }
    }
    far_score.assign(far_hi - far_lo + 1, 0);
    // The cue-dependent far features have small domains: tables (mark x adjacency, sentence
    // offset, cue word x sentence offset).
    // They depend on the cue's word only: cached per (word, side).
    std::array<float, 6> mark_tab;
    std::array<float, 7> off_tab;
    const ScoreCache::CueWordTables* known =
        cache ? FindCueTables(cache->content_cue, c.cue_word, s) : nullptr;
    if (known) {
      std::copy_n(known->vals.begin(), 6, mark_tab.begin());
      std::copy_n(known->vals.begin() + 6, 7, off_tab.begin());
    } else if (cache) {  // fast path: the 20 one-feature scores in one batched lookup
      ScoreBatch& batch = cache->batch;
      batch.Clear();
      auto add = batch.Adder(w);
      for (uint64_t m = 0; m < 3; ++m) {
        for (uint64_t a = 0; a < 2; ++a) {
          add(Feat(kQFarMark, ss, m, a));
          batch.EndGroup();
        }
      }
      for (uint64_t o = 0; o < 7; ++o) {
        add(Feat(kQFarSentOff, ss, o));
        batch.EndGroup();
        add(Feat(kQFarCue, ss, c.cue_word, o));
        batch.EndGroup();
      }
      float one_scores[20];
      batch.Score(w, one_scores);
      std::copy_n(one_scores, 6, mark_tab.begin());
      for (size_t o = 0; o < 7; ++o) off_tab[o] = one_scores[6 + 2 * o] + one_scores[7 + 2 * o];
      ScoreCache::CueWordTables& t = cache->content_cue.emplace_back();
      t.cue_word = c.cue_word;
      t.side = s;
      t.vals.fill(0);
      std::copy(mark_tab.begin(), mark_tab.end(), t.vals.begin());
      std::copy(off_tab.begin(), off_tab.end(), t.vals.begin() + 6);
    } else {
      for (uint64_t m = 0; m < 3; ++m) {
        for (uint64_t a = 0; a < 2; ++a) mark_tab[m * 2 + a] = one(Feat(kQFarMark, ss, m, a));
      }
      for (uint64_t o = 0; o < 7; ++o) {
        off_tab[o] = one(Feat(kQFarSentOff, ss, o)) + one(Feat(kQFarCue, ss, c.cue_word, o));
      }
      if (cache) {
        ScoreCache::CueWordTables& t = cache->content_cue.emplace_back();
        t.cue_word = c.cue_word;
        t.side = s;
        t.vals.fill(0);
        std::copy(mark_tab.begin(), mark_tab.end(), t.vals.begin());
        std::copy(off_tab.begin(), off_tab.end(), t.vals.begin() + 6);
      }
    }
    if (cache) {  // the positions not scored yet, in one batched lookup
      ScoreBatch& batch = cache->batch;
      std::vector<float*>& pending = cache->pending;
      std::vector<float>& pending_score = cache->pending_score;
      batch.Clear();
      pending.clear();
      for (uint32_t q = far_lo; q <= far_hi; ++q) {
        if (cache->content_far_done[s][q]) continue;
        cache->content_far_done[s][q] = 1;
        pending.push_back(&cache->content_far[s][q]);
        FarIndep(c, s, q, batch.Adder(w));
        batch.EndGroup();
      }
      pending_score.resize(pending.size());
      batch.Score(w, pending_score.data());
      for (size_t k = 0; k < pending.size(); ++k) *pending[k] = pending_score[k];
    }
    for (uint32_t q = far_lo; q <= far_hi; ++q) {
      if (cache) {
        const uint32_t inside = s == 0 ? q : q - 1;
        const int32_t tq = TopQuote(v, v.info[inside].quote);
        far_score[q - far_lo] = cache->content_far[s][q] +
                                mark_tab[c.Mark(inside) * 2 + (tq >= 0 && tq == c.adj[s])] +
                                off_tab[c.SentOff(inside)];
      } else {
        far_score[q - far_lo] = score_of([&](auto add) { FarFeatures(c, s, q, add); });
      }
    }
    far_edge.resize(far_hi - far_lo + 1);
    for (uint32_t q = far_lo; q <= far_hi; ++q) {
      far_edge[q - far_lo] = s == 0 ? c.SentStart(q) : c.SentEnd(q);
    }
    // Exact pruning: float addition is monotone, so a candidate whose shape terms are replaced
    // by their table maxima (same additions, same order) bounds its total from above; when
    // the bound does not beat the best so far, neither can the candidate (the test is `>`).
    float max_lae = -1e30f, max_other = -1e30f, max_sent = -1e30f, max_block = -1e30f;
    for (const auto& by_adj : tab.lae) {
      for (const auto& by_edge : by_adj) {
        for (float x : by_edge) max_lae = std::max(max_lae, x);
      }
    }
    for (float x : tab.other) max_other = std::max(max_other, x);
    for (float x : tab.sent) max_sent = std::max(max_sent, x);
    for (float x : tab.block) max_block = std::max(max_block, x);
    // Fast path (with a cache): the same bound for a run of kRun far positions, from their
    // largest far score (monotone again), skips the whole run when it cannot beat the best;
    // a run that can is scanned exactly as before, so ties resolve the same way.
    // The answer is the first candidate (in scan order) whose total is the maximum M, so a
    // candidate whose bound is below the total of any candidate (`floor` <= M) is skipped too:
    // the fast path takes as floor the totals of the pieces ending at the best far position.
    constexpr uint32_t kRun = 16;
    std::vector<float>* run_max = cache ? &cache->run_max : nullptr;
    float floor = -std::numeric_limits<float>::infinity();
    auto total_of = [&](float ns, uint32_t p, uint32_t q) {
      const float base = ns + far_score[q - far_lo];
      const Piece piece = s == 0 ? Piece{q, p} : Piece{p, q};
      const ShapeVals sv = PieceShapeWithEdge(c, s, piece, far_edge[q - far_lo]);
      return base + tab.lae[sv.len][sv.adj][sv.edge] + tab.other[sv.others] + tab.sent[sv.sents] +
             tab.block[sv.blocks];
    };
    if (cache) {
      std::vector<float>& far_run_max = *run_max;
      far_run_max.assign((far_hi - far_lo) / kRun + 1, -1e30f);
      uint32_t q_star = far_lo;
      for (uint32_t k = 0; k <= far_hi - far_lo; ++k) {
        far_run_max[k / kRun] = std::max(far_run_max[k / kRun], far_score[k]);
        if (far_score[k] > far_score[q_star - far_lo]) q_star = far_lo + k;
      }
      for (uint32_t p = near_lo; p <= near_hi; ++p) {
        if (s == 0 ? q_star < p : q_star > p) {
          floor = std::max(floor, total_of(near_score[p - near_lo], p, q_star));
        }
      }
    }
    for (uint32_t p = near_lo; p <= near_hi; ++p) {
      const float ns = near_score[p - near_lo];
      const uint32_t q_lo = s == 0 ? far_lo : std::max(far_lo, p + 1);
      const uint32_t q_hi = s == 0 ? std::min(far_hi, p - 1) : far_hi;
      auto scan = [&](uint32_t from, uint32_t to) {  // far positions [from, to]
        for (uint32_t q = from; q <= to && q >= from; ++q) {
          const float base = ns + far_score[q - far_lo];
          const float bound = base + max_lae + max_other + max_sent + max_block;
          if (!(bound > best_score) || bound < floor) continue;
          const Piece piece = s == 0 ? Piece{q, p} : Piece{p, q};
          const ShapeVals sv = PieceShapeWithEdge(c, s, piece, far_edge[q - far_lo]);
          const float total = base + tab.lae[sv.len][sv.adj][sv.edge] + tab.other[sv.others] +
                              tab.sent[sv.sents] + tab.block[sv.blocks];
          if (total > best_score) {
            best_score = total;
            best[s] = piece;
          }
        }
      };
      if (!cache) {
        scan(q_lo, q_hi);
        continue;
      }
      for (uint32_t q = q_lo; q <= q_hi && q >= q_lo;) {
        const uint32_t run = (q - far_lo) / kRun;
        const uint32_t to = std::min(q_hi, far_lo + run * kRun + (kRun - 1));
        const float run_base = ns + (*run_max)[run];
        const float run_bound = run_base + max_lae + max_other + max_sent + max_block;
        if (run_bound > best_score && !(run_bound < floor)) scan(q, to);
        q = to + 1;
      }
    }
    best_piece_score[s] = best_score;
  }
  // Joint choice: at least one side has a piece (a cue without content is not an attribution).
  {
    const float left_only = best_piece_score[0] + none_score[1];
    const float right_only = none_score[0] + best_piece_score[1];
    const float both = best_piece_score[0] + best_piece_score[1];
    if (both >= left_only && both >= right_only) {
      // keep both (a side without candidates has score -1e30 and never wins here)
    } else if (left_only >= right_only) {
      best[1].reset();
    } else {
      best[0].reset();
    }
  }

  if (learner && gold) {
    // Gold piece per side: the cover of the gold pieces before / after the cluster.
    std::optional<Piece> g[2];
    for (const TokSpan& t : *gold) {
      const int s = t.end <= c.cb ? 0 : t.begin >= c.ce ? 1 : -1;
      if (s < 0) {
        if (unreachable) *unreachable += t.size();
        continue;
      }
      if (!g[s]) g[s] = Piece{t.begin, t.end};
      g[s]->begin = std::min(g[s]->begin, t.begin);
      g[s]->end = std::max(g[s]->end, t.end);
    }
    for (int s = 0; s < 2; ++s) {
      if (g[s]) {
        const uint32_t near = Ctx::Near(s, *g[s]);
        const bool near_ok = s == 0 ? (near + kNearReach >= c.cb && near <= c.cb)
                                    : (near >= c.ce && near <= c.ce + kNearReach);
        const bool far_ok = g[s]->begin >= c.win.begin && g[s]->end <= c.win.end;
        if (!near_ok || !far_ok) {
          if (unreachable) *unreachable += g[s]->end - g[s]->begin;
          continue;
        }
      }
      const bool same = (!g[s] && !best[s]) || (g[s] && best[s] && g[s]->begin == best[s]->begin &&
                                                g[s]->end == best[s]->end);
      if (same) continue;
      auto feats_of = [&](const std::optional<Piece>& p, std::vector<uint32_t>* out) {
        out->clear();
        auto add = [&](uint64_t f) { out->push_back(learner->Bucket(f)); };
        if (!p) {
          NoneFeatures(c, s, add);
          return;
        }
        NearFeatures(c, s, Ctx::Near(s, *p), add);
        FarFeatures(c, s, Ctx::Far(s, *p), add);
        ShapeFeatures(s, PieceShape(c, s, *p), add);
      };
      std::vector<uint32_t> fg, fp;
      feats_of(g[s], &fg);
      feats_of(best[s], &fp);
      learner->Update(fg.data(), fg.size(), 0, +1.0f);
      learner->Update(fp.data(), fp.size(), 0, -1.0f);
    }
    learner->NextExample();
  }

  for (int s = 0; s < 2; ++s) {
    if (best[s]) parts.push_back({best[s]->begin, best[s]->end});
  }
  return parts;
}

}  // namespace claimtrace::attrib
