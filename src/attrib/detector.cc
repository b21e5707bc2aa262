// Detection: cues first (all of them, so that each content decision can see the neighbouring
// cues: tagger, backstops for verbs of saying and fact objects, then the non-speech filter and
// cue edges), then source and content per cue, then rules over the whole list (passive
// reporting, a trailing "…, X said", a sentence-final cue after its speaker, shared reports,
// contents running on over a nested statement and the other clause_rules). Each rule is linear
// in the document. Covered by
// extractor_test.cc, fact_object_test.cc, cue_filter_test.cc, shared_report_test.cc and the PolNeAR
// evaluation (scripts/eval/polnear_eval.py).
#include "attrib/detector.h"

#include <algorithm>

#include "attrib/clause_rules.h"
#include "attrib/content_finder.h"
#include "attrib/cue_filter.h"
#include "attrib/cue_tagger.h"
#include "attrib/fact_object.h"
#include "attrib/noun_phrase.h"
#include "attrib/shared_report.h"
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

// "said in a statement on Thursday", "released at about 5 a.m.": a multi-word cue does not
// end in a preposition (or "about") that introduces a day, a month or a number, nor in such a
// preposition with its day.
void TrimCueRight(const DocView& v, TokSpan* cue) {
  static const uint64_t kPrep[] = {H("on"),   H("at"),     H("in"),    H("by"),   H("about"),
                                   H("from"), H("around"), H("until"), H("since")};
  static const uint64_t kTime[] = {
      H("monday"),   H("tuesday"), H("wednesday"), H("thursday"),  H("friday"),  H("saturday"),
      H("sunday"),   H("january"), H("february"),  H("march"),     H("april"),   H("may"),
      H("june"),     H("july"),    H("august"),    H("september"), H("october"), H("november"),
      H("december"), H("about"),   H("around"),    H("least")};
  auto is_prep = [&](uint32_t i) {
    return std::find(std::begin(kPrep), std::end(kPrep), v.info[i].word) != std::end(kPrep);
  };
  auto is_time = [&](uint32_t i) {
    return IsFigureWord(v, i) ||
           std::find(std::begin(kTime), std::end(kTime), v.info[i].word) != std::end(kTime);
  };
  while (cue->size() > 1) {
    const uint32_t last = cue->end - 1;
    if (is_prep(last) && cue->end < v.size() && is_time(cue->end)) {
      --cue->end;  // "said on" + "Friday"
    } else if (cue->size() > 2 && is_time(last) && is_prep(last - 1)) {
      cue->end -= 2;  // the tagger took the day too: "said in a statement on Friday"
    } else {
      break;
    }
  }
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
  EraseDropped(drop, found);
}

// "The line … is expected to cost 240 million euros, the transport department said": the passive
// report has a speaker after all — the trailing "…, X said" of its sentence. The passive
// attribution is dropped and X's content is the whole clause before the comma (the content
// finder cut it at the passive cue). `found` is in cue order.
void MergePassiveIntoTrailingSpeaker(const DocView& v, std::vector<Attribution>* found) {
  std::vector<uint8_t> drop(found->size(), 0);
  for (size_t n = 0; n < found->size(); ++n) {
    Attribution& x = (*found)[n];
    if (!x.source || x.cue.empty() || x.source->begin == 0) continue;
    const uint32_t comma = x.source->begin - 1;
    const uint32_t ss = v.sentences[v.info[x.cue.begin].sentence].first;
    if (!v.IsPunct(comma, ',') || comma <= ss || x.cue.begin < x.source->begin) continue;
    if (std::any_of(x.content.begin(), x.content.end(),
                    [&](const TokSpan& p) { return p.end > x.source->begin; })) {
      continue;
    }
    // "Construction starts in spring, and the first trams could run in 2028, the department
    // said": the whole clause before the comma is what X said, unless another cue or a quote
    // lies in front of the piece.
    if (!x.content.empty() && x.content.size() == 1 && x.content[0].begin > ss &&
        x.content[0].end == comma) {
      bool clear = true;
      for (uint32_t i = ss; i < x.content[0].begin && clear; ++i) {
        clear =
            !v.IsQuoteMark(i) && v.info[i].quote < 0 && !v.IsPunct(i, ':') && !v.IsPunct(i, ';');
      }
      // Earlier cues of the sentence only (cue order): linear in the document.
      for (size_t m = n; m-- > 0 && clear && (*found)[m].cue.begin >= ss;) {
        clear = (*found)[m].cue.begin >= comma;
      }
      uint32_t first = ss;  // past a bullet or dash opening the line
      while (first < x.content[0].begin && v.tokens[first].kind != TokenKind::kWord &&
             v.tokens[first].kind != TokenKind::kNumber) {
        ++first;
      }
      if (clear) x.content[0].begin = first;
    }
    bool merged = false;
    for (size_t m = n; m-- > 0 && (*found)[m].cue.begin >= ss;) {
      const Attribution& p = (*found)[m];
      if (drop[m] || p.source || p.cue.empty() || p.cue.end > comma) continue;
      drop[m] = 1;
      merged = true;
    }
    if (merged) {
      uint32_t first = ss;
      while (first < comma && v.tokens[first].kind != TokenKind::kWord &&
             v.tokens[first].kind != TokenKind::kNumber) {
        ++first;
      }
      x.content = {{first, comma}};
    }
  }
  EraseDropped(drop, found);
}

// "Sprinklers were off, port chief admits" (a headline, or any sentence ending in its cue): the
// words between the last comma and a sentence-final cue are the speaker, the clause before the
// comma what was said (not before a colon: "In a speech, he declared:" introduces its content).
// Applied only when the finders put part of the content between that comma and the cue
// (they cut "port" off "port chief"); a speaker of at most six plain words, no quotes.
void FixSentenceFinalCue(const DocView& v, std::vector<Attribution>* found) {
  for (Attribution& x : *found) {
    if (x.cue.empty()) continue;
    const auto [ss, se] = v.sentences[v.info[x.cue.begin].sentence];
    uint32_t end = x.cue.end;
    while (end < se && (v.IsPunct(end, '.') || v.IsPunct(end, '!') || v.IsPunct(end, '?'))) ++end;
    if (end != se) continue;  // not sentence-final
    uint32_t comma = x.cue.begin;
    while (comma > ss && !v.IsPunct(comma - 1, ',') && x.cue.begin - comma < 7) --comma;
    if (comma <= ss + 3 || !v.IsPunct(comma - 1, ',') || comma == x.cue.begin) continue;
    --comma;  // the comma token
    bool plain = true;
    for (uint32_t i = comma + 1; i < x.cue.begin && plain; ++i) {
      plain = v.tokens[i].kind == TokenKind::kWord && v.info[i].quote < 0;
    }
    const bool content_before_cue =
        std::any_of(x.content.begin(), x.content.end(),
                    [&](const TokSpan& p) { return p.begin > comma && p.end <= x.cue.begin; });
    if (!plain || !content_before_cue) continue;
    bool clean = true;  // the clause before the comma: no quote, colon or semicolon
    uint32_t first = ss;
    while (first < comma && v.tokens[first].kind != TokenKind::kWord &&
           v.tokens[first].kind != TokenKind::kNumber) {
      ++first;
    }
    for (uint32_t i = first; i < comma && clean; ++i) {
      clean = !v.IsQuoteMark(i) && !v.IsPunct(i, ':') && !v.IsPunct(i, ';');
    }
    if (!clean || comma - first < 2) continue;
    x.source = TokSpan{comma + 1, x.cue.begin};
    x.content = {{first, comma}};
  }
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
  AddFactObjectCues(view, &cues);
  for (TokSpan& c : cues) {
    TrimSpeakerFromCue(view, &c);
    ExtendCueLeft(view, &c);
    TrimCueRight(view, &c);
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
    const TokSpan np = NounPhraseAt(view, c.end, limit);
    return w == H("according") ? !PlausibleAccordingSource(view, np) : !PlausibleSource(view, np);
  });
  DropNonSpeechCues(view, &cues);  // "wrote it down", "a man wanted for his work"
  out.reserve(cues.size());
  ScoreCache cache(view.size(), view.sentences.size(), view.blocks.size());
  cache.source_tables = model.source_tables;  // empty unless precomputed: then filled lazily
  cache.content_tables = model.content_tables;
  for (const TokSpan& cue : cues) {
    Attribution a;
    a.cue = cue;
    a.source = FindSource(view, model, cue, nullptr, nullptr, &cache);
    TrimSourceTail(view, &a);
    a.content = FindContent(view, model, cue, a.source, cues, nullptr, nullptr, nullptr, &cache);
    // "Police confirmed three deaths": the object clause is what is reported.
    if (const std::optional<TokSpan> object = FactObjectOf(view, cue)) {
      if (std::none_of(a.content.begin(), a.content.end(),
                       [&](const TokSpan& p) { return p.Overlaps(*object); })) {
        a.content = {*object};
      }
    }
    out.push_back(std::move(a));
  }
  StartSourceAfterEarlierCue(view, &out);  // "Rusu said [staff] had complained"
  ApplyPassiveReporting(view, &out);
  MergePassiveIntoTrailingSpeaker(view, &out);
  FixSentenceFinalCue(view, &out);
  // "X has shared updates from a source that suggests …": X's statement (its own cue).
  const std::vector<SharedReport> shared = FindSharedReports(view);
  if (!shared.empty()) {
    std::vector<uint8_t> taken(view.size(), 0);
    for (const SharedReport& r : shared) {
      for (uint32_t i = r.cue.begin; i < r.cue.end; ++i) taken[i] = 1;
      taken[r.relayed.begin] = 1;
    }
    std::erase_if(out, [&](const Attribution& a) {
      for (uint32_t i = a.cue.begin; i < a.cue.end; ++i) {
        if (taken[i]) return true;
      }
      return false;
    });
    for (const SharedReport& r : shared) {
      Attribution a;
      a.cue = r.cue;
      a.source = r.subject ? r.subject : FindSource(view, model, r.cue, nullptr, nullptr, &cache);
      a.content = {r.content};
      out.push_back(std::move(a));
    }
    std::stable_sort(out.begin(), out.end(), [](const Attribution& x, const Attribution& y) {
      return x.cue.begin < y.cue.begin;
    });
  }
  ExtendOverNested(view, &out);
  ShareCoordinatedSource(view, &out);
  DropNestedTopics(view, &out);
  return out;
}

}  // namespace claimtrace::attrib
