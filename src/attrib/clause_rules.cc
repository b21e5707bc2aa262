// Clause rules (clause_rules.h). Counts and slice effects are in docs/quality.md (Attribution,
// round 5): on the development slices (0 and 5 mod 10) and on slice 3, never looked at, each
// rule was measured with a fixed model. Covered by clause_rules_test.cc (hand-made attributions)
// and extractor_test.cc (with the shipped model).
#include "attrib/clause_rules.h"

#include <algorithm>
#include <iterator>

#include "attrib/cue_tagger.h"
#include "attrib/noun_phrase.h"
#include "attrib/word_set.h"

namespace claimtrace::attrib {

using word_set::H;

// "… said staff had complained about the valve for months": a content cut where a nested
// statement starts (at its speaker or its cue) runs on over that statement to the end of its
// content, as PolNeAR annotates nested attributions. `found` is in cue order.
void ExtendOverNested(const DocView& v, std::vector<Attribution>* found) {
  for (size_t n = 0; n + 1 < found->size(); ++n) {
    Attribution& o = (*found)[n];
    if (o.cue.empty() || o.content.empty()) continue;
    const uint64_t w0 = v.info[o.cue.begin].word;  // relay cues: what follows is not theirs
    if (w0 == H("citing") || w0 == H("according") || w0 == H("per")) continue;
    TokSpan& piece = o.content.back();
    if (piece.begin < o.cue.end) continue;
    const uint32_t sentence = v.info[o.cue.begin].sentence;
    for (size_t m = n + 1; m < found->size() && m <= n + 64; ++m) {  // bounded: linear
      const Attribution& in = (*found)[m];
      if (in.cue.empty() || v.info[in.cue.begin].sentence != sentence) break;
      if (in.cue.begin < piece.end) continue;
      const uint32_t start = in.source ? in.source->begin : in.cue.begin;
      // The nested speaker starts inside the piece or at most kGap words after it ("said
      // [staff] had complained", "said he has no problem with [presidents] criticizing …"), and
      // the piece stops before the nested cue.
      constexpr uint32_t kGap = 3;
      if (start < piece.begin || start > piece.end + kGap || piece.end > in.cue.begin) break;
      // … and can be a speaker ("staff", "the guards", "Rusu", "he"; not "first").
      const bool speaker = in.source && (PlausibleSource(v, *in.source) ||
                                         v.info[in.source->begin].pronoun != Pronoun::kNone);
      if (!speaker) break;
      // "… what it had found, citing …", "… – as Zelensky insists …": a separate clause; "…
      // inner turmoil and said …": a coordinated verb, not a nested statement.
      auto clause_break = [&](uint32_t i) {
        return v.tokens[i].kind == TokenKind::kPunct || v.tokens[i].kind == TokenKind::kDash ||
               v.IsQuoteMark(i);
      };
      bool gap_break = false;
      for (uint32_t i = piece.end; i < in.cue.begin; ++i) {
        const uint64_t w = v.info[i].word;
        gap_break |= clause_break(i) || w == H("and") || w == H("but") || w == H("or");
      }
      const uint32_t last = piece.end - 1;  // "… for some time,” he claimed …": a new clause
      if (gap_break || clause_break(last)) break;
      if (in.content.empty() || in.content.back().begin < in.cue.end) break;
      const uint32_t end = in.content.back().end;
      if (v.info[end - 1].sentence == sentence && end > piece.end) piece.end = end;
      break;
    }
  }
}

// "Mr. Ivanov, like most engineers, is still wary", "Petrov said he", "The dockers angrily
// rejected": a source before its cue ends before the first lower-case auxiliary or "said"
// after its first word, and without a trailing adverb ("-ly", "still", "themselves") — the
// subject noun phrase is the source, not the predicate that follows it. Not inside a relative,
// participle or subordinate clause ("Ivanov, who is still wary,", "an official, speaking
// on condition of anonymity because he was not authorised,"), which PolNeAR keeps with its
// source.
void TrimSourceTail(const DocView& v, Attribution* a) {
  if (!a->source || a->cue.empty() || a->source->end > a->cue.begin) return;
  static const uint64_t kAux[] = {H("is"),    H("are"),   H("was"),    H("were"),  H("has"),
                                  H("have"),  H("had"),   H("will"),   H("would"), H("may"),
                                  H("might"), H("could"), H("should"), H("did"),   H("does"),
                                  H("can"),   H("said"),  H("says"),   H("say")};
  static const uint64_t kTrailing[] = {H("still"),  H("themselves"), H("himself"), H("herself"),
                                       H("itself"), H("even"),       H("now"),     H("later"),
                                       H("also"),   H("today"),      H("however")};
  static const uint64_t kSubordinate[] = {H("because"), H("although"), H("though"),
                                          H("while"),   H("when"),     H("if"),
                                          H("since"),   H("after"),    H("before")};
  TokSpan& s = *a->source;
  for (uint32_t i = s.begin + 1; i < s.end; ++i) {
    const TokInfo& t = v.info[i];
    if (t.pronoun == Pronoun::kRelative || t.word == H("whose")) break;
    // A participle or subordinate clause describing the source keeps its verbs too: "A senior
    // official, speaking on condition of anonymity because he was not authorised …,".
    if (std::find(std::begin(kSubordinate), std::end(kSubordinate), t.word) !=
            std::end(kSubordinate) ||
        (v.IsPunct(i - 1, ',') && t.shape == Shape::kLower && t.length > 4 &&
         t.suffix == H("ing"))) {
      break;
    }
    if (t.shape == Shape::kLower &&
        std::find(std::begin(kAux), std::end(kAux), t.word) != std::end(kAux)) {
      s.end = i;
      break;
    }
  }
  static const uint64_t kLyNouns[] = {H("family"),   H("supply"),  H("assembly"),
                                      H("monopoly"), H("anomaly"), H("melancholy")};
  while (s.end > s.begin + 1) {
    const TokInfo& t = v.info[s.end - 1];
    const bool adverb =
        t.shape == Shape::kLower && t.length > 5 && t.suffix2 == H("ly") &&
        std::find(std::begin(kLyNouns), std::end(kLyNouns), t.word) == std::end(kLyNouns);
    const bool conj = t.word == H("and") || t.word == H("but") || t.word == H("or");
    if (!adverb && !conj &&
        std::find(std::begin(kTrailing), std::end(kTrailing), t.word) == std::end(kTrailing)) {
      break;
    }
    --s.end;
  }
}

void StartSourceAfterEarlierCue(const DocView& v, std::vector<Attribution>* found) {
  for (size_t n = 1; n < found->size(); ++n) {
    Attribution& a = (*found)[n];
    if (!a.source || a.cue.empty() || a.source->end > a.cue.begin) continue;
    TokSpan& s = *a.source;
    for (size_t m = n; m-- > 0 && n - m <= 8;) {
      const Attribution& earlier = (*found)[m];
      const TokSpan& c = earlier.cue;
      if (c.empty() || c.end <= s.begin) break;
      if (c.begin < s.begin || c.end >= s.end) continue;
      // Only when the span took the earlier statement whole — its speaker, its cue as the main
      // verb — not when the earlier cue sits in a relative or participle clause describing the
      // speaker ("Rusu, who has criticised the port,", "Rusu, speaking on Radio Prut,").
      if (!earlier.source || earlier.source->begin != s.begin) continue;
      bool in_clause = false;
      for (uint32_t i = s.begin; i < c.begin; ++i) {
        if (v.info[i].pronoun == Pronoun::kRelative || v.info[i].word == H("whose")) {
          in_clause = true;
        } else if (in_clause && v.IsPunct(i, ',')) {
          in_clause = false;
        }
      }
      const bool participle =
          c.begin > s.begin && v.IsPunct(c.begin - 1, ',') && v.info[c.begin].suffix == H("ing");
      if (in_clause || participle) continue;
      s.begin = c.end;
      while (s.begin < s.end &&
             (v.info[s.begin].word == H("that") || v.tokens[s.begin].kind == TokenKind::kPunct ||
              v.IsQuoteMark(s.begin))) {
        ++s.begin;
      }
      if (s.empty()) a.source.reset();
      break;
    }
  }
}

// "A spokeswoman confirmed that an inspection had taken place but declined to say …": a cue
// right after "and"/"but" (auxiliaries between) has no subject of its own; it shares the
// source of the previous cue of its sentence (the source finder took a noun of the first
// cue's content). Not after a comma with a new subject: "…, and Jones said" has "Jones" before
// the cue, so the rule does not apply. `found` is in cue order.
void ShareCoordinatedSource(const DocView& v, std::vector<Attribution>* found) {
  for (size_t n = 1; n < found->size(); ++n) {
    Attribution& a = (*found)[n];
    if (a.cue.empty()) continue;
    const uint32_t sentence = v.info[a.cue.begin].sentence;
    const uint32_t ss = v.sentences[sentence].first;
    uint32_t k = a.cue.begin;
    while (k > ss && IsCueAux(v.info[k - 1].word)) --k;
    if (k == ss || (v.info[k - 1].word != H("and") && v.info[k - 1].word != H("but"))) continue;
    for (size_t m = n; m-- > 0 && n - m <= 8;) {
      const Attribution& p = (*found)[m];
      if (p.cue.empty() || v.info[p.cue.begin].sentence != sentence) break;
      if (p.cue.end >= k || !p.source || p.source->begin > p.cue.begin) continue;
      a.source = p.source;
      break;
    }
  }
}

// "Lysenko said staff had complained about the valve for months": a nested cue inside
// another statement's content whose own content is only a topic ("about the valve": the cue
// ends in, or its content starts with, about/of/over/on) adds a fragment, not a claim; the
// outer statement already carries it whole. Runs after ExtendOverNested. `found` is in cue
// order.
void DropNestedTopics(const DocView& v, std::vector<Attribution>* found) {
  static const uint64_t kTopic[] = {H("about"), H("of"), H("over"), H("on")};
  auto topic = [&](uint32_t i) {
    return std::find(std::begin(kTopic), std::end(kTopic), v.info[i].word) != std::end(kTopic);
  };
  std::vector<uint8_t> drop(found->size(), 0);
  for (size_t n = 1; n < found->size(); ++n) {
    const Attribution& in = (*found)[n];
    if (in.cue.empty() || in.content.size() != 1 || in.content[0].begin < in.cue.end) continue;
    if (!topic(in.cue.end - 1) && !topic(in.content[0].begin)) continue;
    const uint32_t sentence = v.info[in.cue.begin].sentence;
    for (size_t m = n; m-- > 0 && n - m <= 8;) {
      const Attribution& o = (*found)[m];
      if (o.cue.empty() || v.info[o.cue.begin].sentence != sentence) break;
      const bool inside = std::any_of(o.content.begin(), o.content.end(), [&](const TokSpan& c) {
        return c.begin <= in.cue.begin && in.content[0].end <= c.end;
      });
      if (inside) {
        drop[n] = 1;
        break;
      }
    }
  }
  EraseDropped(drop, found);
}

}  // namespace claimtrace::attrib
