// Cue tagging: greedy O/B/I decoding per sentence; the previous label is a feature, so training
// uses the predicted history (learning to recover from its own mistakes). Features: the word and
// its neighbours (hashed, lower-cased), suffixes (2-4 bytes) and shape, lexicon class and lemma,
// quote marks near the word, neighbouring entity types and pronouns, the class of the word
// before (determiner: a noun; "to"/auxiliary: a verb), subject-like words to the left and
// complement-like words ("that", a quote, a colon) to the right, position in the sentence.
// The candidate set is open (IsCueCandidate): every word token except frequent words that
// never started a cue in training, one sorted-vector lookup per word.
// Inference scores every candidate as if after an O in one batched lookup first (TagCues), the
// token after a B or I as it comes (TagCuesSimple is the token-by-token form).
// Covered by cue_tagger_test.cc (the candidate filter, the shipped model's filter, batched vs
// simple tagging) and the PolNeAR evaluation (scripts/eval/polnear_eval.py --cue-classes).
#include "attrib/cue_tagger.h"

#include <algorithm>

namespace claimtrace::attrib {
namespace {

enum CueTemplate : uint32_t {
  kCBias = 1,
  kCWord,
  kCWordPrev,
  kCWordM1,
  kCWordP1,
  kCWordM2,
  kCWordP2,
  kCBigramL,
  kCBigramR,
  kCSuffix,
  kCShape,
  kCShapeM1,
  kCShapeP1,
  kCLexClass,
  kCLemma,
  kCLexClassShapeM1,
  kCInQuote,
  kCQuoteLeft,
  kCQuoteRight,
  kCEntityM1,
  kCEntityP1,
  kCPronounM1,
  kCSentPos,
  kCWordInQuote,
  kCLexClassPrev,
  kCLexM1,
  kCLexP1,
  kCSubjNext,
  kCSuffixNext,
  kCLexNext,
  kCWordNext,
  kCSubjWord,
  kCAgentLeft,
  kCComplementRight,
  kCQuoteSide,
  kCSuffix2,
  kCSuffix4,
  kCPrevClass,
  kCPrevClassSuffix,
  kCOrigin,
  kCOriginNext,
  kCSuffixAgent,
  kCSuffixComplement,
};

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;  // word hash outside the sentence

uint32_t SentPosBucket(uint32_t d) { return d < 4 ? d : (d < 8 ? 4 : 5); }

// Class of the word after a candidate cue: what attribution complements look like.
uint64_t NextClass(const DocView& v, int64_t k, int64_t se) {
  if (k >= se) return 9;
  if (v.tokens[k].flags & kTokenOpensQuote) return 3;
  static const uint64_t kThat = DocView::WordHash("that"), kTo = DocView::WordHash("to"),
                        kOf = DocView::WordHash("of"), kAbout = DocView::WordHash("about"),
                        kOn = DocView::WordHash("on"), kFor = DocView::WordHash("for"),
                        kIn = DocView::WordHash("in");
  const uint64_t w = v.info[k].word;
  if (w == kThat) return 1;
  if (w == kTo) return 2;
  if (v.IsPunct(static_cast<uint32_t>(k), ':')) return 4;
  if (v.IsPunct(static_cast<uint32_t>(k), ',')) return 5;
  if (w == kOf || w == kAbout || w == kOn || w == kFor || w == kIn) return 6;
  if (v.info[k].pronoun != Pronoun::kNone) return 7;
  if (v.info[k].shape == Shape::kCapitalized) return 8;
  return 0;
}

// Class of the word before a candidate cue: does it look like the end of a subject?
uint64_t SubjClass(const DocView& v, int64_t k, int64_t ss) {
  if (k < ss) return 9;
  const TokInfo& t = v.info[k];
  if (t.pronoun != Pronoun::kNone) return 1 + static_cast<uint64_t>(t.pronoun);
  if (t.entity_type >= 0) return 20 + static_cast<uint64_t>(t.entity_type);
  if (v.tokens[k].flags & kTokenClosesQuote) return 30;
  if (v.IsPunct(static_cast<uint32_t>(k), ',')) return 31;
  if (t.shape == Shape::kCapitalized || t.shape == Shape::kAllCaps) return 32;
  return 0;
}

// Class of the word before a candidate cue, a stand-in for its part of speech: after a
// determiner or possessive it is a noun ("the announcement"), after "to" or an auxiliary a verb.
uint64_t PrevClass(const DocView& v, int64_t k, int64_t ss) {
  if (k < ss) return 9;
  static const uint64_t kDet[] = {DocView::WordHash("the"),  DocView::WordHash("a"),
                                  DocView::WordHash("an"),   DocView::WordHash("his"),
                                  DocView::WordHash("her"),  DocView::WordHash("their"),
                                  DocView::WordHash("its"),  DocView::WordHash("our"),
                                  DocView::WordHash("'s"),   DocView::WordHash("\xE2\x80\x99s"),
                                  DocView::WordHash("this"), DocView::WordHash("these"),
                                  DocView::WordHash("my"),   DocView::WordHash("your")};
  static const uint64_t kAux[] = {
      DocView::WordHash("has"),    DocView::WordHash("have"), DocView::WordHash("had"),
      DocView::WordHash("is"),     DocView::WordHash("are"),  DocView::WordHash("was"),
      DocView::WordHash("were"),   DocView::WordHash("will"), DocView::WordHash("would"),
      DocView::WordHash("could"),  DocView::WordHash("may"),  DocView::WordHash("might"),
      DocView::WordHash("should"), DocView::WordHash("be"),   DocView::WordHash("been"),
      DocView::WordHash("did"),    DocView::WordHash("does"), DocView::WordHash("do"),
      DocView::WordHash("not"),    DocView::WordHash("n't"),  DocView::WordHash("can")};
  const uint64_t w = v.info[k].word;
  if (std::find(std::begin(kDet), std::end(kDet), w) != std::end(kDet)) return 1;
  if (w == DocView::WordHash("to")) return 2;
  if (std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux)) return 3;
  if (v.info[k].pronoun != Pronoun::kNone) return 4;
  if (v.info[k].entity_type >= 0) return 5;
  if (v.IsPunct(static_cast<uint32_t>(k), ',')) return 6;
  if (v.tokens[k].kind == TokenKind::kWord && v.info[k].length > 4 &&
      v.info[k].suffix2 == DocView::WordHash("ly")) {
    return 7;  // an adverb: "publicly", "repeatedly"
  }
  if (v.tokens[k].flags & kTokenClosesQuote) return 8;
  return 0;
}

}  // namespace

bool IsCueAux(uint64_t w) {
  static const uint64_t kAux[] = {DocView::WordHash("has"),        DocView::WordHash("have"),
                                  DocView::WordHash("had"),        DocView::WordHash("is"),
                                  DocView::WordHash("are"),        DocView::WordHash("was"),
                                  DocView::WordHash("were"),       DocView::WordHash("would"),
                                  DocView::WordHash("will"),       DocView::WordHash("also"),
                                  DocView::WordHash("previously"), DocView::WordHash("not"),
                                  DocView::WordHash("n't"),        DocView::WordHash("did"),
                                  DocView::WordHash("does"),       DocView::WordHash("do"),
                                  DocView::WordHash("could"),      DocView::WordHash("may"),
                                  DocView::WordHash("might"),      DocView::WordHash("should"),
                                  DocView::WordHash("be"),         DocView::WordHash("been"),
                                  DocView::WordHash("already"),    DocView::WordHash("repeatedly"),
                                  DocView::WordHash("publicly"),   DocView::WordHash("recently"),
                                  DocView::WordHash("never"),      DocView::WordHash("later")};
  return std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux);
}

namespace {

// IsCueCandidate after an O label, given whether the word is in the model's cue vocabulary.
bool CandidateAfterO(const DocView& v, const Model& model, uint32_t i, bool in_vocab) {
  const TokInfo& t = v.info[i];
  if (t.cue_bits != 0 || in_vocab) return true;
  if (v.tokens[i].kind != TokenKind::kWord || t.length < 3 || t.pronoun != Pronoun::kNone) {
    return false;
  }
  if (t.shape != Shape::kLower &&
      !(t.shape == Shape::kCapitalized && i == v.sentences[t.sentence].first)) {
    return false;
  }
  return !model.InSkipVocab(t.word);
}

}  // namespace

bool IsCueCandidate(const DocView& v, const Model& model, uint32_t i, int prev) {
  return prev != kLabelO || CandidateAfterO(v, model, i, model.InCueVocab(v.info[i].word));
}

void CueFeatures(const DocView& v, uint32_t i, int prev, const CueContext& ctx, const Perceptron& p,
                 std::vector<uint32_t>* out) {
  const bool in_vocab = ctx.in_vocab;
  const TokInfo& t = v.info[i];
  const auto [ss, se] = v.sentences[t.sentence];
  auto word = [&](int64_t k) -> uint64_t {
    return (k < ss || k >= se) ? kBoundary : v.info[k].word;
  };
  auto shape = [&](int64_t k) -> uint64_t {
    return (k < ss || k >= se) ? 99 : static_cast<uint64_t>(v.info[k].shape);
  };
  auto lex = [&](int64_t k) -> uint64_t {
    return (k < ss || k >= se) ? 0xFFFF : (v.info[k].cue_bits & kCueClassMask);
  };
  auto add = [&](uint64_t f) { out->push_back(p.Bucket(f)); };
  const int64_t j = i;
  const uint64_t pv = static_cast<uint64_t>(prev);

  add(Feat(kCBias, pv));
  add(Feat(kCWord, t.word));
  add(Feat(kCWordPrev, t.word, pv));
  add(Feat(kCWordM1, word(j - 1)));
  add(Feat(kCWordP1, word(j + 1)));
  add(Feat(kCWordM2, word(j - 2)));
  add(Feat(kCWordP2, word(j + 2)));
  add(Feat(kCBigramL, word(j - 1), t.word));
  add(Feat(kCBigramR, t.word, word(j + 1)));
  add(Feat(kCSuffix, t.suffix));
  add(Feat(kCShape, static_cast<uint64_t>(t.shape)));
  add(Feat(kCShapeM1, shape(j - 1)));
  add(Feat(kCShapeP1, shape(j + 1)));
  add(Feat(kCLexClass, lex(j)));
  add(Feat(kCLexClassPrev, lex(j), pv));
  add(Feat(kCLexM1, lex(j - 1)));
  add(Feat(kCLexP1, lex(j + 1)));
  if (t.lemma != 0xFFFF) add(Feat(kCLemma, t.lemma));
  add(Feat(kCLexClassShapeM1, lex(j), shape(j - 1)));
  add(Feat(kCInQuote, t.quote >= 0 ? 1 + std::min<uint64_t>(v.quotes[t.quote].depth, 2) : 0));
  add(Feat(kCWordInQuote, t.word, t.quote >= 0));

  // Quote marks near the word: a closing mark just before ("…,” he said") and an opening mark
  // just after ("said: “…").
  uint64_t ql = 0;
  for (int64_t k = j - 1, n = 0; k >= ss && n < 5; --k, ++n) {
    if (v.tokens[k].flags & kTokenClosesQuote) {
      ql = 1 + n;
      break;
    }
    if (v.tokens[k].flags & kTokenOpensQuote) break;
  }
  uint64_t qr = 0;
  for (int64_t k = j + 1, n = 0; k < se && n < 5; ++k, ++n) {
    if (v.tokens[k].flags & kTokenOpensQuote) {
      qr = 1 + n;
      break;
    }
    if (v.tokens[k].flags & kTokenClosesQuote) break;
  }
  add(Feat(kCQuoteLeft, ql, lex(j)));
  add(Feat(kCQuoteRight, qr, lex(j)));

  auto ent = [&](int64_t k) -> uint64_t {
    return (k < ss || k >= se) ? 98 : static_cast<uint64_t>(v.info[k].entity_type + 1);
  };
  add(Feat(kCEntityM1, ent(j - 1)));
  add(Feat(kCEntityP1, ent(j + 1)));
  add(Feat(kCPronounM1, (j - 1 >= ss) ? static_cast<uint64_t>(v.info[j - 1].pronoun) : 99));
  add(Feat(kCSentPos, SentPosBucket(i - ss), SentPosBucket(se - 1 - i)));
  const uint64_t next = NextClass(v, j + 1, se);
  const uint64_t subj = SubjClass(v, j - 1, ss);
  add(Feat(kCSubjNext, subj, next));
  add(Feat(kCSuffixNext, t.suffix, next));
  add(Feat(kCLexNext, lex(j), next, subj));
  add(Feat(kCWordNext, t.word, next));
  add(Feat(kCSubjWord, subj, t.word));

  // The nearest agent-like word to the left in the sentence (a person/organisation name or a
  // personal pronoun) and its distance; a complement-like word ahead ("that", a quote, a colon).
  uint64_t agent = 0;
  for (int64_t k = j - 1, d = 1; k >= ss && d <= 8; --k, ++d) {
    const TokInfo& a = v.info[k];
    const bool name = a.entity_type == static_cast<int8_t>(EntityType::kPerson) ||
                      a.entity_type == static_cast<int8_t>(EntityType::kOrg) ||
                      a.entity_type == static_cast<int8_t>(EntityType::kGpe);
    const bool pron = a.pronoun == Pronoun::kMale || a.pronoun == Pronoun::kFemale ||
                      a.pronoun == Pronoun::kPlural || a.pronoun == Pronoun::kFirst;
    if (name || pron) {
      agent = (name ? 10 : 20) + static_cast<uint64_t>(d <= 2 ? d : (d <= 4 ? 3 : 4));
      break;
    }
  }
  uint64_t complement = 0;
  for (int64_t k = j + 1, d = 1; k < se && d <= 3; ++k, ++d) {
    const uint64_t c = NextClass(v, k, se);
    if (c == 1 || c == 3 || c == 4) {
      complement = c * 10 + static_cast<uint64_t>(d);
      break;
    }
  }
  add(Feat(kCAgentLeft, agent, lex(j)));
  add(Feat(kCComplementRight, complement, lex(j)));
  add(Feat(kCAgentLeft, agent, complement));
  // Where the sentence's quotation is relative to the word.
  const uint64_t qside =
      (ctx.first_quoted >= 0 && ctx.first_quoted < j ? 1 : 0) | (ctx.last_quoted > j ? 2 : 0);
  add(Feat(kCQuoteSide, qside, lex(j), t.quote >= 0));

  // Generalisation beyond the words seen as cues: morphology, a part-of-speech stand-in and
  // where the candidate came from (lexicon, training vocabulary, open set).
  add(Feat(kCSuffix2, t.suffix2));
  add(Feat(kCSuffix4, t.suffix4));
  const uint64_t pc = PrevClass(v, j - 1, ss);
  add(Feat(kCPrevClass, pc, next));
  add(Feat(kCPrevClassSuffix, pc, t.suffix2));
  const uint64_t origin =
      (t.cue_bits != 0 ? 1 : 0) | (in_vocab ? 2 : 0) | (prev != kLabelO ? 4 : 0);
  add(Feat(kCOrigin, origin));
  add(Feat(kCOriginNext, origin, next, subj));
  add(Feat(kCSuffixAgent, t.suffix2, agent));
  add(Feat(kCSuffixComplement, t.suffix2, complement));
}

std::vector<TokSpan> TagCuesSimple(const DocView& v, const Model& model,
                                   const std::vector<uint8_t>* gold, Perceptron* learner) {
  std::vector<TokSpan> cues;
  std::vector<uint32_t> feats;
  feats.reserve(64);
  const Perceptron& w = learner ? *learner : model.cue;
  for (const auto& [ss, se] : v.sentences) {
    int prev = kLabelO;
    CueContext ctx;
    for (uint32_t k = ss; k < se; ++k) {
      if (v.info[k].quote < 0) continue;
      if (ctx.first_quoted < 0) ctx.first_quoted = k;
      ctx.last_quoted = k;
    }
    for (uint32_t i = ss; i < se; ++i) {
      const TokInfo& t = v.info[i];
      int label = kLabelO;
      if (IsCueCandidate(v, model, i, prev)) {
        feats.clear();
        ctx.in_vocab = model.InCueVocab(t.word);
        CueFeatures(v, i, prev, ctx, w, &feats);
        float scores[3] = {0, 0, 0};
        w.AddScores(feats.data(), feats.size(), scores);
        if (prev == kLabelO) scores[kLabelI] = -1e30f;  // I only continues a cue
        label = static_cast<int>(std::max_element(scores, scores + 3) - scores);
        if (learner) {
          int g = (*gold)[i];
          if (g == kLabelI && prev == kLabelO) g = kLabelB;
          if (g != label) {
            learner->Update(feats.data(), feats.size(), g, +1.0f);
            learner->Update(feats.data(), feats.size(), label, -1.0f);
          }
          learner->NextExample();
        }
      }
      if (label == kLabelB) {
        cues.push_back({i, i + 1});
      } else if (label == kLabelI && !cues.empty() && cues.back().end == i) {
        cues.back().end = i + 1;
      }
      prev = label;
    }
  }
  return cues;
}

std::vector<TokSpan> TagCues(const DocView& v, const Model& model, const std::vector<uint8_t>* gold,
                             Perceptron* learner) {
  if (learner) return TagCuesSimple(v, model, gold, learner);
  // Fast path. Only a few features depend on the previous label, and it is O for almost every
  // token: first the features of every candidate as if after an O, all looked up in one batch
  // (Perceptron::ScoreGroupsAllLabels: the misses overlap); then the greedy decoding, which
  // uses those scores after an O and computes the rare token after a B or I as TagCuesSimple.
  const Perceptron& w = model.cue;
  std::vector<uint32_t> buckets, offsets = {0};
  buckets.reserve(v.size() * 16);  // about a quarter of the tokens are candidates, 45 features
  offsets.reserve(v.size() + 1);
  std::vector<uint8_t> after_o;  // per (sentence, token) visited: 1 = candidate after an O
  after_o.reserve(v.size());
  std::vector<CueContext> ctxs(v.sentences.size());
  for (size_t si = 0; si < v.sentences.size(); ++si) {
    const auto [ss, se] = v.sentences[si];
    CueContext& ctx = ctxs[si];
    for (uint32_t k = ss; k < se; ++k) {
      if (v.info[k].quote < 0) continue;
      if (ctx.first_quoted < 0) ctx.first_quoted = k;
      ctx.last_quoted = k;
    }
    for (uint32_t i = ss; i < se; ++i) {
      ctx.in_vocab = model.InCueVocab(v.info[i].word);
      const bool cand = CandidateAfterO(v, model, i, ctx.in_vocab);
      after_o.push_back(cand ? 1 : 0);
      if (!cand) continue;
      CueFeatures(v, i, kLabelO, ctx, w, &buckets);
      offsets.push_back(static_cast<uint32_t>(buckets.size()));
    }
  }
  const size_t groups = offsets.size() - 1;
  std::vector<float> scores_o(groups * 3);
  w.ScoreGroupsAllLabels(buckets.data(), offsets.data(), groups, scores_o.data());

  std::vector<TokSpan> cues;
  std::vector<uint32_t> feats;
  size_t visit = 0, group = 0;
  for (size_t si = 0; si < v.sentences.size(); ++si) {
    const auto [ss, se] = v.sentences[si];
    int prev = kLabelO;
    for (uint32_t i = ss; i < se; ++i) {
      const bool cand_o = after_o[visit++] != 0;
      const float* pre = cand_o ? &scores_o[3 * group++] : nullptr;
      int label = kLabelO;
      if (prev == kLabelO) {
        if (cand_o) {
          float scores[3] = {pre[0], pre[1], pre[2]};
          scores[kLabelI] = -1e30f;  // I only continues a cue
          label = static_cast<int>(std::max_element(scores, scores + 3) - scores);
        }
      } else {  // after B or I every token is a candidate
        CueContext ctx = ctxs[si];
        ctx.in_vocab = model.InCueVocab(v.info[i].word);
        feats.clear();
        CueFeatures(v, i, prev, ctx, w, &feats);
        float scores[3] = {0, 0, 0};
        w.AddScores(feats.data(), feats.size(), scores);
        label = static_cast<int>(std::max_element(scores, scores + 3) - scores);
      }
      if (label == kLabelB) {
        cues.push_back({i, i + 1});
      } else if (label == kLabelI && !cues.empty() && cues.back().end == i) {
        cues.back().end = i + 1;
      }
      prev = label;
    }
  }
  return cues;
}

}  // namespace claimtrace::attrib
