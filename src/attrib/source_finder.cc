// Source span selection by a factorised span score (see source_finder.h). Boundary scores are
// computed once per position; span-shape features have small domains, so their weights are read
// into tables once per cue. Training is a structured perceptron step: +gold, -best when they
// differ. With a ScoreCache (inference) the boundary scores are looked up in batches and the
// span search skips runs of ends whose upper bound cannot win (exact). Covered by
// extractor_test.cc, score_cache_test.cc (cached fast path vs the simple path) and the PolNeAR
// evaluation.
#include "attrib/source_finder.h"

#include <algorithm>
#include <array>

namespace claimtrace::attrib {
namespace {

enum SourceTemplate : uint32_t {
  kSStartWord = 101,
  kSStartPrevWord,
  kSStartShape,
  kSStartEnt,
  kSStartDist,
  kSStartPron,
  kSStartBigram,
  kSStartCue,
  kSStartLex,
  kSEndWord,
  kSEndNext,
  kSEndBigram,
  kSEndShape,
  kSEndEnt,
  kSEndDist,
  kSEndPron,
  kSEndCue,
  kSLen,
  kSCommas,
  kSQuote,
  kSOtherCue,
  kSPerson,
  kSGapComma,
  kSGapQuote,
  kSNullBias,
  kSNullCue,
  kSNullLemma,
  kSNullPrev,
  kSNullNext,
  kSNullPos,
  kSNullQuote,
};

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;

struct Ctx {
  const DocView& v;
  TokSpan cue;
  uint32_t ss, se;
  uint64_t cue_word;
  // prefix counts over [ss, se): commas, quote marks, cue words, person tokens
  std::vector<uint16_t> commas, quotes, cuewords, persons;

  uint32_t sent_end;  // the sentence's own end: the bound of the boundary words

  ScoreCache* pool = nullptr;  // lends the prefix vectors' storage (see Borrowed)

  Ctx(const DocView& view, TokSpan c, ScoreCache* storage = nullptr)
      : v(view), cue(c), pool(storage) {
    if (pool) SwapPool();
    const auto& sent = v.sentences[v.info[c.begin].sentence];
    ss = sent.first;
    sent_end = sent.second;
    se = std::max(sent.second, c.end);
    cue_word = v.info[c.begin].word;
    const size_t n = se - ss;
    commas.assign(n + 1, 0);
    quotes.assign(n + 1, 0);
    cuewords.assign(n + 1, 0);
    persons.assign(n + 1, 0);
    for (uint32_t k = ss; k < se; ++k) {
      const size_t r = k - ss;
      commas[r + 1] = commas[r] + (v.IsPunct(k, ',') ? 1 : 0);
      quotes[r + 1] = quotes[r] + (v.IsQuoteMark(k) ? 1 : 0);
      cuewords[r + 1] =
          cuewords[r] + ((v.info[k].cue_bits & (kCueSpeech | kCueBelief | kCueWrite)) ? 1 : 0);
      persons[r + 1] =
          persons[r] + (v.info[k].entity_type == static_cast<int8_t>(EntityType::kPerson) ? 1 : 0);
    }
  }
  ~Ctx() {
    if (pool) SwapPool();
  }
  Ctx(const Ctx&) = delete;
  Ctx& operator=(const Ctx&) = delete;
  void SwapPool() {
    commas.swap(pool->pool_u16[0]);
    quotes.swap(pool->pool_u16[1]);
    cuewords.swap(pool->pool_u16[2]);
    persons.swap(pool->pool_u16[3]);
  }
  uint64_t Word(int64_t k) const { return (k < ss || k >= sent_end) ? kBoundary : v.info[k].word; }
  uint64_t Shape(int64_t k) const {
    return (k < ss || k >= sent_end) ? 99 : static_cast<uint64_t>(v.info[k].shape);
  }
  int Count(const std::vector<uint16_t>& pre, uint32_t b, uint32_t e) const {
    return pre[e - ss] - pre[b - ss];
  }
  // Direction 0: the span precedes the cue; 1: it follows.
  uint32_t StartDist(int d, uint32_t i) const { return d == 0 ? cue.begin - i : i - cue.end; }
  uint32_t EndDist(int d, uint32_t j) const { return d == 0 ? cue.begin - j : j - cue.end; }
};

// Boundary features come in two parts: those of the boundary alone (cached per position) and
// those relating it to the cue.
template <typename Add>
void StartIndep(const Ctx& c, int d, uint32_t i, Add add) {
  const TokInfo& t = c.v.info[i];
  const uint64_t dd = static_cast<uint64_t>(d);
  add(FeatSide<kSStartWord>(dd, t.word));
  add(FeatSide<kSStartPrevWord>(dd, c.Word(int64_t{i} - 1)));
  add(FeatSide<kSStartShape>(dd, static_cast<uint64_t>(t.shape), c.Shape(int64_t{i} - 1)));
  add(FeatSide<kSStartEnt>(dd, static_cast<uint64_t>(t.entity_type + 1), t.entity_start));
  add(FeatSide<kSStartPron>(dd, static_cast<uint64_t>(t.pronoun)));
  add(FeatSide<kSStartBigram>(dd, c.Word(int64_t{i} - 1), t.word));
  add(FeatSide<kSStartLex>(dd, t.cue_bits & kCueClassMask));
}

template <typename Add>
void StartDep(const Ctx& c, int d, uint32_t i, Add add) {
  const uint64_t dd = static_cast<uint64_t>(d);
  add(Feat(kSStartDist, dd, DistBucket(c.StartDist(d, i))));
  add(Feat(kSStartCue, dd, c.cue_word, DistBucket(c.StartDist(d, i))));
}

template <typename Add>
void EndIndep(const Ctx& c, int d, uint32_t j, Add add) {
  const TokInfo& t = c.v.info[j - 1];
  const uint64_t dd = static_cast<uint64_t>(d);
  add(FeatSide<kSEndWord>(dd, t.word));
  add(FeatSide<kSEndNext>(dd, c.Word(j)));
  add(FeatSide<kSEndBigram>(dd, t.word, c.Word(j)));
  add(FeatSide<kSEndShape>(dd, static_cast<uint64_t>(t.shape), c.Shape(j)));
  const bool ent_continues = j < c.sent_end && c.v.tokens[j].entity >= 0 &&
                             c.v.tokens[j].entity == c.v.tokens[j - 1].entity;
  add(FeatSide<kSEndEnt>(dd, static_cast<uint64_t>(t.entity_type + 1), ent_continues));
  add(FeatSide<kSEndPron>(dd, static_cast<uint64_t>(t.pronoun)));
}

template <typename Add>
void EndDep(const Ctx& c, int d, uint32_t j, Add add) {
  const uint64_t dd = static_cast<uint64_t>(d);
  add(Feat(kSEndDist, dd, DistBucket(c.EndDist(d, j))));
  add(Feat(kSEndCue, dd, c.cue_word, DistBucket(c.EndDist(d, j))));
}

template <typename Add>
void StartFeatures(const Ctx& c, int d, uint32_t i, Add add) {
  StartIndep(c, d, i, add);
  StartDep(c, d, i, add);
}

template <typename Add>
void EndFeatures(const Ctx& c, int d, uint32_t j, Add add) {
  EndIndep(c, d, j, add);
  EndDep(c, d, j, add);
}

// Small-domain span features: (template, value) pairs.
struct ShapeVals {
  uint64_t len, commas, quote, othercue, person, gapcomma, gapquote;
};

ShapeVals SpanShape(const Ctx& c, int d, uint32_t i, uint32_t j) {
  ShapeVals s;
  s.len = std::min<uint32_t>(j - i, kMaxSourceTokens);
  s.commas = std::min(c.Count(c.commas, i, j), 3);
  s.quote = c.Count(c.quotes, i, j) > 0;
  s.othercue = c.Count(c.cuewords, i, j) > 0;
  s.person = c.Count(c.persons, i, j) > 0;
  const uint32_t gb = d == 0 ? j : c.cue.end;
  const uint32_t ge = d == 0 ? c.cue.begin : i;
  s.gapcomma = std::min(c.Count(c.commas, gb, ge), 2);
  s.gapquote = c.Count(c.quotes, gb, ge) > 0;
  return s;
}

template <typename Add>
void ShapeFeatures(int d, const ShapeVals& s, Add add) {
  const uint64_t dd = static_cast<uint64_t>(d);
  add(Feat(kSLen, dd, s.len));
  add(Feat(kSCommas, dd, s.commas));
  add(Feat(kSQuote, dd, s.quote));
  add(Feat(kSOtherCue, dd, s.othercue));
  add(Feat(kSPerson, dd, s.person));
  add(Feat(kSGapComma, dd, s.gapcomma));
  add(Feat(kSGapQuote, dd, s.gapquote));
}

template <typename Add>
void NullFeatures(const Ctx& c, Add add) {
  const TokInfo& t = c.v.info[c.cue.begin];
  add(Feat(kSNullBias, 0));
  add(Feat(kSNullCue, c.cue_word));
  add(Feat(kSNullLemma, t.lemma));
  add(Feat(kSNullPrev, c.Word(int64_t{c.cue.begin} - 1)));
  add(Feat(kSNullNext, c.Word(c.cue.end)));
  add(Feat(kSNullPos, std::min<uint32_t>(c.cue.begin - c.ss, 4)));
  add(Feat(kSNullQuote, t.quote >= 0));
}

bool Allowed(const Ctx& c, uint32_t i, uint32_t j) {
  if (j <= i || j - i > kMaxSourceTokens || i < c.ss || j > c.se) return false;
  TokSpan s{i, j};
  return !s.Overlaps(c.cue);
}

}  // namespace

bool IsSourceCandidate(const DocView& v, TokSpan cue, TokSpan span) {
  Ctx c(v, cue);
  return Allowed(c, span.begin, span.end);
}

namespace {

struct SourceShapeTables {
  std::array<float, kMaxSourceTokens + 1> len{};
  std::array<float, 4> commas{};
  std::array<float, 2> quote{}, othercue{}, person{}, gapquote{};
  std::array<float, 3> gapcomma{};
};

void ComputeSourceShapeTables(const Perceptron& w, SourceShapeTables tab[2]) {
  for (int d = 0; d < 2; ++d) {
    const uint64_t dd = static_cast<uint64_t>(d);
    auto one = [&](uint64_t f) {
      uint32_t b = w.Bucket(f);
      return w.Score(&b, 1, 0);
    };
    for (uint64_t k = 0; k <= kMaxSourceTokens; ++k) tab[d].len[k] = one(Feat(kSLen, dd, k));
    for (uint64_t k = 0; k < 4; ++k) tab[d].commas[k] = one(Feat(kSCommas, dd, k));
    for (uint64_t k = 0; k < 3; ++k) tab[d].gapcomma[k] = one(Feat(kSGapComma, dd, k));
    for (uint64_t k = 0; k < 2; ++k) {
      tab[d].quote[k] = one(Feat(kSQuote, dd, k));
      tab[d].othercue[k] = one(Feat(kSOtherCue, dd, k));
      tab[d].person[k] = one(Feat(kSPerson, dd, k));
      tab[d].gapquote[k] = one(Feat(kSGapQuote, dd, k));
    }
  }
}

}  // namespace

void PrecomputeSourceTables(const Perceptron& w, std::vector<float>* out) {
  SourceShapeTables tab[2];
  ComputeSourceShapeTables(w, tab);
  StoreTables(tab, out);
}

std::optional<TokSpan> FindSource(const DocView& v, const Model& model, TokSpan cue,
                                  const std::optional<TokSpan>* gold, Perceptron* learner,
                                  ScoreCache* cache) {
  if (cue.empty()) return std::nullopt;
  const Perceptron& w = learner ? *learner : model.source;
  if (learner) cache = nullptr;  // the weights change under training
  Ctx c(v, cue, cache);
  std::vector<uint32_t> buf;
  Borrowed<uint32_t> lend_buf(&buf, cache ? &cache->pool_u32 : nullptr);
  buf.reserve(16);
  auto score_of = [&](auto emit) {
    buf.clear();
    emit([&](uint64_t f) { buf.push_back(w.Bucket(f)); });
    return w.Score(buf.data(), buf.size(), 0);
  };

  float best = score_of([&](auto add) { NullFeatures(c, add); });
  std::optional<TokSpan> best_span;

  // Small tables for the span-shape features, per direction (cue-independent: cached).
  SourceShapeTables tab[2];
  if (!cache || !LoadTables(cache->source_tables, &tab)) {
    ComputeSourceShapeTables(w, tab);
    if (cache) StoreTables(tab, &cache->source_tables);
  }

  std::vector<float> start_score, end_score;
  Borrowed<float> lend_start(&start_score, cache ? &cache->pool_f[0] : nullptr);
  Borrowed<float> lend_end(&end_score, cache ? &cache->pool_f[1] : nullptr);
  for (int d = 0; d < 2; ++d) {
    const uint32_t lo = d == 0 ? c.ss : cue.end;
    const uint32_t hi = d == 0 ? cue.begin : c.se;
    if (hi <= lo) continue;
    start_score.assign(hi - lo, 0);
    end_score.assign(hi - lo + 1, 0);
    // The cue-dependent boundary features have small domains (distance buckets): tables.
    // They depend on the cue's word only: cached per (word, direction).
    std::array<float, 9> start_dep, end_dep;
    const ScoreCache::CueWordTables* known =
        cache ? FindCueTables(cache->source_cue, c.cue_word, d) : nullptr;
    if (known) {
      std::copy_n(known->vals.begin(), 9, start_dep.begin());
      std::copy_n(known->vals.begin() + 9, 9, end_dep.begin());
    } else if (cache) {  // fast path: the 18 small scores in one batched lookup
      ScoreBatch& batch = cache->batch;
      batch.Clear();
      const uint64_t dd = static_cast<uint64_t>(d);
      for (uint64_t b = 0; b < 9; ++b) {
        auto add = batch.Adder(w);
        add(Feat(kSStartDist, dd, b));
        add(Feat(kSStartCue, dd, c.cue_word, b));
        batch.EndGroup();
        add(Feat(kSEndDist, dd, b));
        add(Feat(kSEndCue, dd, c.cue_word, b));
        batch.EndGroup();
      }
      float both[18];
      batch.Score(w, both);
      for (size_t b = 0; b < 9; ++b) {
        start_dep[b] = both[2 * b];
        end_dep[b] = both[2 * b + 1];
      }
      ScoreCache::CueWordTables& t = cache->source_cue.emplace_back();
      t.cue_word = c.cue_word;
      t.side = d;
      std::copy(start_dep.begin(), start_dep.end(), t.vals.begin());
      std::copy(end_dep.begin(), end_dep.end(), t.vals.begin() + 9);
    } else {
      for (uint64_t b = 0; b < 9; ++b) {
        const uint64_t dd = static_cast<uint64_t>(d);
        start_dep[b] = score_of([&](auto add) {
          add(Feat(kSStartDist, dd, b));
          add(Feat(kSStartCue, dd, c.cue_word, b));
        });
        end_dep[b] = score_of([&](auto add) {
          add(Feat(kSEndDist, dd, b));
          add(Feat(kSEndCue, dd, c.cue_word, b));
        });
      }
      if (cache) {
        ScoreCache::CueWordTables& t = cache->source_cue.emplace_back();
        t.cue_word = c.cue_word;
        t.side = d;
        std::copy(start_dep.begin(), start_dep.end(), t.vals.begin());
        std::copy(end_dep.begin(), end_dep.end(), t.vals.begin() + 9);
      }
    }
    if (cache) {  // fast path: the boundaries not scored yet, in one batched lookup
      ScoreBatch& batch = cache->batch;
      std::vector<float*>& pending = cache->pending;
      std::vector<float>& pending_score = cache->pending_score;
      batch.Clear();
      pending.clear();
      for (uint32_t i = lo; i < hi && i < c.sent_end; ++i) {
        if (!cache->source_start_done[d][i]) {
          cache->source_start_done[d][i] = 1;
          pending.push_back(&cache->source_start[d][i]);
          StartIndep(c, d, i, batch.Adder(w));
          batch.EndGroup();
        }
        if (!cache->source_end_done[d][i + 1]) {
          cache->source_end_done[d][i + 1] = 1;
          pending.push_back(&cache->source_end[d][i + 1]);
          EndIndep(c, d, i + 1, batch.Adder(w));
          batch.EndGroup();
        }
      }
      pending_score.resize(pending.size());
      batch.Score(w, pending_score.data());
      for (size_t k = 0; k < pending.size(); ++k) *pending[k] = pending_score[k];
    }
    for (uint32_t i = lo; i < hi; ++i) {
      if (cache && i < c.sent_end) {
        start_score[i - lo] = cache->source_start[d][i] + start_dep[DistBucket(c.StartDist(d, i))];
        end_score[i + 1 - lo] =
            cache->source_end[d][i + 1] + end_dep[DistBucket(c.EndDist(d, i + 1))];
      } else {
        start_score[i - lo] = score_of([&](auto add) { StartFeatures(c, d, i, add); });
        end_score[i + 1 - lo] = score_of([&](auto add) { EndFeatures(c, d, i + 1, add); });
      }
    }
    const SourceShapeTables& tb = tab[d];
    // Exact pruning (as in FindContent): the shape terms replaced by their table maxima, added
    // in the same order, bound a span's total from above (float addition is monotone).
    auto max_of = [](const auto& a) { return *std::max_element(a.begin(), a.end()); };
    const float m_len = max_of(tb.len), m_commas = max_of(tb.commas), m_quote = max_of(tb.quote),
                m_other = max_of(tb.othercue), m_person = max_of(tb.person),
                m_gapcomma = max_of(tb.gapcomma), m_gapquote = max_of(tb.gapquote);
    // Fast path (with a cache): the bound of a run of kRun end positions, from their largest
    // end score (monotone again), skips the run when it cannot beat the best; a run that can is
    // scanned as before, so ties resolve the same way.
    constexpr uint32_t kRun = 8;
    std::vector<float>* run_max = cache ? &cache->run_max : nullptr;
    if (cache) {
      std::vector<float>& end_run_max = *run_max;
      end_run_max.assign((hi - lo) / kRun + 1, -1e30f);
      for (uint32_t k = 1; k <= hi - lo; ++k) {  // end_score[0] is never an end
        end_run_max[k / kRun] = std::max(end_run_max[k / kRun], end_score[k]);
      }
    }
    for (uint32_t i = lo; i < hi; ++i) {
      const uint32_t jmax = std::min<uint32_t>(hi, i + kMaxSourceTokens);
      auto scan = [&](uint32_t from, uint32_t to) {  // end positions [from, to]
        for (uint32_t j = from; j <= to; ++j) {
          const float base = start_score[i - lo] + end_score[j - lo];
          const float bound =
              base + m_len + m_commas + m_quote + m_other + m_person + m_gapcomma + m_gapquote;
          if (!(bound > best)) continue;
          const ShapeVals s = SpanShape(c, d, i, j);
          const float total = base + tb.len[s.len] + tb.commas[s.commas] + tb.quote[s.quote] +
                              tb.othercue[s.othercue] + tb.person[s.person] +
                              tb.gapcomma[s.gapcomma] + tb.gapquote[s.gapquote];
          if (total > best) {
            best = total;
            best_span = TokSpan{i, j};
          }
        }
      };
      if (!cache) {
        scan(i + 1, jmax);
        continue;
      }
      for (uint32_t j = i + 1; j <= jmax;) {
        const uint32_t run = (j - lo) / kRun;
        const uint32_t to = std::min(jmax, lo + run * kRun + (kRun - 1));
        const float run_base = start_score[i - lo] + (*run_max)[run];
        const float run_bound =
            run_base + m_len + m_commas + m_quote + m_other + m_person + m_gapcomma + m_gapquote;
        if (run_bound > best) scan(j, to);
        j = to + 1;
      }
    }
  }

  if (learner && gold) {
    const std::optional<TokSpan>& g = *gold;
    if (g && !Allowed(c, g->begin, g->end)) return best_span;  // unreachable gold: no update
    if (best_span != g) {
      auto feats_of = [&](const std::optional<TokSpan>& s, std::vector<uint32_t>* out) {
        out->clear();
        auto add = [&](uint64_t f) { out->push_back(learner->Bucket(f)); };
        if (!s) {
          NullFeatures(c, add);
          return;
        }
        const int d = s->end <= cue.begin ? 0 : 1;
        StartFeatures(c, d, s->begin, add);
        EndFeatures(c, d, s->end, add);
        ShapeFeatures(d, SpanShape(c, d, s->begin, s->end), add);
      };
      std::vector<uint32_t> fg, fp;
      feats_of(g, &fg);
      feats_of(best_span, &fp);
      learner->Update(fg.data(), fg.size(), 0, +1.0f);
      learner->Update(fp.data(), fp.size(), 0, -1.0f);
    }
    learner->NextExample();
  }
  return best_span;
}

}  // namespace claimtrace::attrib
