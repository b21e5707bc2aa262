// Detection: cues first (all of them, so that each content decision can see the neighbouring
// cues), then source and content per cue. Covered by extractor_test.cc and the PolNeAR
// evaluation (scripts/eval/polnear_eval.py).
#include "attrib/detector.h"

#include <algorithm>

#include "attrib/content_finder.h"
#include "attrib/cue_tagger.h"
#include "attrib/noun_phrase.h"
#include "attrib/source_finder.h"

namespace claimtrace::attrib {

namespace {

uint64_t H(std::string_view w) { return DocView::WordHash(w); }

// Auxiliaries, negation and a few adverbs belong to the cue ("has claimed", "also said",
// "would not say"), as in PolNeAR; the tagger does not always include them.
void ExtendCueLeft(const DocView& v, TokSpan* cue) {
  const uint32_t ss = v.sentences[v.info[cue->begin].sentence].first;
  while (cue->begin > ss && IsCueAux(v.info[cue->begin - 1].word)) --cue->begin;
}

// The open candidate set lets the tagger start a cue on the speaker's head noun
// ("… the whistleblower told Osechkin" tagged "whistleblower told"): a leading speaker noun,
// name or pronoun that is not itself a cue word belongs to the source, not to the cue.
void TrimSpeakerFromCue(const DocView& v, TokSpan* cue) {
  std::string lower;
  while (cue->size() > 1) {
    const TokInfo& t = v.info[cue->begin];
    if (t.cue_bits != 0) break;
    const bool speaker = t.entity_type >= 0 || t.pronoun != Pronoun::kNone ||
                         v.lexicon.HeadKind(LowerAscii(v.Text(cue->begin), &lower)).has_value();
    if (!speaker) break;
    ++cue->begin;
  }
}

// "X is said to blame Y", "X is believed to have fled", "X is reportedly stuck": reported speech
// without a speaker. The
// subject is part of what is reported (as PolNeAR annotates it), the content runs from "to" to
// the end of the clause, and a cue the tagger found right after "to" ("blame") is not a
// statement of its own.
void ApplyPassiveReporting(const DocView& v, std::vector<Attribution>* found) {
  static const uint64_t kBe[] = {H("is"), H("are"), H("was"), H("were"), H("be"), H("been")};
  static const uint64_t kVerb[] = {H("said"),     H("believed"),   H("thought"), H("reported"),
                                   H("alleged"),  H("understood"), H("claimed"), H("suspected"),
                                   H("known"),    H("rumoured"),   H("rumored"), H("expected"),
                                   H("estimated")};
  static const uint64_t kHedge[] = {H("reportedly"), H("allegedly"), H("purportedly"),
                                    H("supposedly")};
  std::vector<bool> drop(found->size(), false);
  for (size_t n = 0; n < found->size(); ++n) {
    Attribution& a = (*found)[n];
    // "The fleet is reportedly stuck": a hedge adverb as the cue; the subject is reported.
    if (!a.cue.empty() && std::find(std::begin(kHedge), std::end(kHedge),
                                    v.info[a.cue.end - 1].word) != std::end(kHedge)) {
      std::vector<TokSpan> content;
      if (a.source) content.push_back(*a.source);
      for (const TokSpan& c : a.content) {
        if (c.begin >= a.cue.end) content.push_back(c);
      }
      if (content.size() > (a.source ? 1u : 0u)) {
        a.content = std::move(content);
        a.source.reset();
      }
      continue;
    }
    if (a.cue.size() < 2 || a.cue.end >= v.size() || v.info[a.cue.end].word != H("to")) continue;
    const uint64_t last = v.info[a.cue.end - 1].word;
    bool be = false;
    for (uint32_t i = a.cue.begin; i + 1 < a.cue.end; ++i) {
      be |= std::find(std::begin(kBe), std::end(kBe), v.info[i].word) != std::end(kBe);
    }
    if (!be || std::find(std::begin(kVerb), std::end(kVerb), last) == std::end(kVerb)) continue;
    const uint32_t to = a.cue.end;
    uint32_t end = v.sentences[v.info[to].sentence].second;
    while (end > to + 1 && v.tokens[end - 1].kind == TokenKind::kPunct) --end;
    std::vector<TokSpan> content;
    if (a.source) {
      content.push_back(*a.source);
    } else if (!a.content.empty() && a.content.front().end <= a.cue.begin) {
      content.push_back(a.content.front());
    }
    content.push_back({to, end});
    a.content = std::move(content);
    a.source.reset();
    for (size_t m = 0; m < found->size(); ++m) {
      if (m != n && (*found)[m].cue.begin == to + 1) drop[m] = true;
    }
  }
  size_t w = 0;
  for (size_t n = 0; n < found->size(); ++n) {
    if (drop[n]) continue;
    if (w != n) (*found)[w] = std::move((*found)[n]);  // no self-move: it empties vectors
    ++w;
  }
  found->resize(w);
}

// A backstop for the learned tagger: an unambiguous verb of saying ("said", "added", "told")
// right after a speaker-like word (the end of a name, a subject pronoun, a listed speaker noun)
// or right before an inverted speaker ("…,” said Grozev") is a cue; so is a belief verb right
// after a listed speaker noun outside quotes ("officials believe", "analysts fear").
void AddCoreCues(const DocView& v, std::vector<TokSpan>* cues) {
  std::vector<uint8_t> covered(v.size(), 0);
  for (const TokSpan& c : *cues) {
    for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
  }
  bool added = false;
  std::string lower;
  for (uint32_t i = 1; i + 1 < v.size(); ++i) {
    const TokInfo& t = v.info[i];
    if (!(t.cue_bits & (kCueCore | kCueBelief)) || covered[i] || t.shape != Shape::kLower) continue;
    // The word before, skipping auxiliaries and adverbs ("a whistleblower has claimed").
    uint32_t b = i;
    while (b > 1 && (IsCueAux(v.info[b - 1].word) || v.info[b - 1].word == H("reportedly") ||
                     v.info[b - 1].word == H("then"))) {
      --b;
    }
    if (v.info[i].sentence != v.info[b - 1].sentence) continue;
    const TokInfo& p = v.info[b - 1];
    const TokInfo& n = v.info[i + 1];
    const bool subject_pronoun = p.pronoun == Pronoun::kMale || p.pronoun == Pronoun::kFemale ||
                                 p.pronoun == Pronoun::kPlural;
    const bool name_end = p.entity_type == static_cast<int8_t>(EntityType::kPerson) ||
                          p.entity_type == static_cast<int8_t>(EntityType::kOrg);
    const bool speaker_noun = v.lexicon.HeadKind(LowerAscii(v.Text(b - 1), &lower)).has_value();
    const bool inverted = ((v.tokens[i - 1].flags & kTokenClosesQuote) || v.IsPunct(i - 1, ',')) &&
                          (n.entity_type == static_cast<int8_t>(EntityType::kPerson) ||
                           n.pronoun == Pronoun::kMale || n.pronoun == Pronoun::kFemale);
    // Belief verbs only after a listed speaker noun ("officials believe", "experts fear"):
    // after names and pronouns they are too often not reported ("he thinks about …").
    const bool core = (t.cue_bits & kCueCore) != 0;
    if ((core && (subject_pronoun || name_end || speaker_noun || inverted)) ||
        (!core && speaker_noun && t.quote < 0)) {
      cues->push_back({i, i + 1});
      added = true;
    }
  }
  if (added) {
    std::sort(cues->begin(), cues->end(),
              [](const TokSpan& a, const TokSpan& b) { return a.begin < b.begin; });
  }
}

}  // namespace

void PrecomputeShapeTables(Model* model) {
  PrecomputeSourceTables(model->source, &model->source_tables);
  PrecomputeContentTables(model->content, &model->content_tables);
}

std::vector<Attribution> DetectAttributions(const DocView& view, const Model& model) {
  std::vector<Attribution> out;
  std::vector<TokSpan> cues = TagCues(view, model);
  AddCoreCues(view, &cues);
  for (TokSpan& c : cues) {
    TrimSpeakerFromCue(view, &c);
    ExtendCueLeft(view, &c);
  }
  // FindContent expects the cues sorted by begin; trimming and extending keep them so in
  // practice, and this keeps the contract when they do not.
  auto by_begin = [](const TokSpan& a, const TokSpan& b) { return a.begin < b.begin; };
  if (!std::is_sorted(cues.begin(), cues.end(), by_begin)) {
    std::stable_sort(cues.begin(), cues.end(), by_begin);
  }
  // "according to plan", "per cent": not attributions.
  std::erase_if(cues, [&](const TokSpan& c) {
    const uint64_t w = view.info[c.begin].word;
    if (w != H("according") && w != H("per")) return false;
    const uint32_t limit = view.sentences[view.info[c.begin].sentence].second;
    return !PlausibleSource(view, NounPhraseAt(view, c.end, limit));
  });
  out.reserve(cues.size());
  ScoreCache cache(view.size(), view.sentences.size(), view.blocks.size());
  cache.source_tables = model.source_tables;  // empty unless precomputed: then filled lazily
  cache.content_tables = model.content_tables;
  for (const TokSpan& cue : cues) {
    Attribution a;
    a.cue = cue;
    a.source = FindSource(view, model, cue, nullptr, nullptr, &cache);
    a.content = FindContent(view, model, cue, a.source, cues, nullptr, nullptr, nullptr, &cache);
    out.push_back(std::move(a));
  }
  ApplyPassiveReporting(view, &out);
  return out;
}

}  // namespace claimtrace::attrib
