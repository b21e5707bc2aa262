// Fact objects (fact_object.h): left of the verb, auxiliaries and a few adverbs are skipped and
// the word before must end a speaker-like subject (no passive "be" among the skipped words);
// right of the verb, either "to" + a verb (claim-like verbs only) or a noun phrase that does
// not start with a pronoun, preposition or complementiser and carries a figure before its
// first preposition other than "of" (for "put"/"estimate": a figure after "at"). The clause runs to
// the next comma, dash, colon, quote, "but" or the sentence end. Covered by fact_object_test.cc and
// the golden case tests/golden/attrib/fact_objects.
#include "attrib/fact_object.h"

#include <algorithm>
#include <string>

#include "attrib/cue_tagger.h"
#include "attrib/word_set.h"

namespace claimtrace::attrib {
namespace {

using word_set::H;
using word_set::In;

struct Words {
  uint64_t numbers[38] = {
      H("one"),      H("two"),       H("three"),   H("four"),     H("five"),    H("six"),
      H("seven"),    H("eight"),     H("nine"),    H("ten"),      H("eleven"),  H("twelve"),
      H("thirteen"), H("fifteen"),   H("twenty"),  H("thirty"),   H("forty"),   H("fifty"),
      H("sixty"),    H("seventy"),   H("eighty"),  H("ninety"),   H("hundred"), H("hundreds"),
      H("thousand"), H("thousands"), H("million"), H("millions"), H("billion"), H("billions"),
      H("dozen"),    H("dozens"),    H("half"),    H("score"),    H("scores"),  H("trillion"),
      H("fourteen"), H("eighteen")};
  // Skipped between the subject and the verb ("Ukraine also claims", "police have now
  // confirmed"); the passive "be" forms are skipped but veto the rule.
  uint64_t adverbs[8] = {H("reportedly"), H("now"), H("only"),       H("still"),
                         H("then"),       H("so"),  H("officially"), H("first")};
  uint64_t be[6] = {H("is"), H("are"), H("was"), H("were"), H("be"), H("been")};
  uint64_t subject_pronouns[6] = {H("he"), H("she"), H("they"), H("it"), H("we"), H("i")};
  uint64_t not_object[28] = {
      H("that"), H("to"),    H("what"),   H("whether"), H("how"),    H("if"),    H("when"),
      H("why"),  H("on"),    H("in"),     H("at"),      H("for"),    H("with"),  H("by"),
      H("from"), H("about"), H("during"), H("after"),   H("before"), H("since"), H("over"),
      H("as"),   H("of"),    H("this"),   H("these"),   H("those"),  H("and"),   H("or")};
  uint64_t object_stop[22] = {
      H("on"),     H("in"),    H("at"),     H("for"),   H("with"), H("by"),   H("from"), H("about"),
      H("during"), H("after"), H("before"), H("since"), H("over"), H("as"),   H("that"), H("who"),
      H("which"),  H("and"),   H("or"),     H("but"),   H("to"),   H("while")};
  uint64_t clause_stop[4] = {H("but"), H("while"), H("whereas"), H("although")};
  uint64_t verb_after_to[3] = {H("have"), H("be"), H("been")};
  uint64_t approx[6] = {H("about"),  H("around"), H("roughly"),
                        H("nearly"), H("almost"), H("least")};
  uint64_t determiners[11] = {H("the"), H("a"),   H("an"), H("his"),  H("her"), H("their"),
                              H("its"), H("our"), H("my"), H("this"), H("any")};
};

const Words& W() {
  static const Words w;
  return w;
}

bool IsClauseBreak(const DocView& v, uint32_t i) {
  const Token& t = v.tokens[i];
  if (v.IsQuoteMark(i) || t.kind == TokenKind::kDash) return true;
  if (t.kind == TokenKind::kPunct) {
    const std::string_view s = v.Text(i);
    return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "." || s == "!" ||
           s == "?";
  }
  return In(v.info[i].word, W().clause_stop);
}

bool IsYear(const DocView& v, uint32_t i) {
  const std::string_view s = v.Text(i);
  return s.size() == 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (s.starts_with("19") || s.starts_with("20"));
}

// Whether the word before the verb (after skipping auxiliaries and adverbs) ends a subject
// that can be a speaker.
bool SpeakerSubjectBefore(const DocView& v, uint32_t verb) {
  const Words& k = W();
  const uint32_t ss = v.sentences[v.info[verb].sentence].first;
  uint32_t b = verb;
  while (b > ss && (IsCueAux(v.info[b - 1].word) || In(v.info[b - 1].word, k.adverbs))) {
    if (In(v.info[b - 1].word, k.be)) return false;  // passive: "three deaths were confirmed"
    --b;
  }
  if (b <= ss) return false;
  const TokInfo& p = v.info[b - 1];
  if (v.tokens[b - 1].kind != TokenKind::kWord) return false;
  switch (p.entity_type) {
    case static_cast<int8_t>(EntityType::kPerson):
    case static_cast<int8_t>(EntityType::kOrg):
    case static_cast<int8_t>(EntityType::kGpe):
    case static_cast<int8_t>(EntityType::kNorp):
      return true;
    default:
      break;
  }
  if (In(p.word, k.subject_pronouns)) return true;
  std::string lower;
  return v.lexicon.HeadKind(LowerAscii(v.Text(b - 1), &lower)).has_value();
}

}  // namespace

bool IsFigureWord(const DocView& v, uint32_t i) {
  if (v.tokens[i].kind == TokenKind::kNumber || v.info[i].shape == Shape::kNumber) {
    return !IsYear(v, i);
  }
  return v.info[i].shape == Shape::kLower && In(v.info[i].word, W().numbers);
}

std::optional<TokSpan> FactObjectOf(const DocView& v, TokSpan cue) {
  if (cue.empty()) return std::nullopt;
  const uint32_t verb = cue.end - 1;
  const TokInfo& t = v.info[verb];
  if (!(t.cue_bits & kCueObject) || t.shape != Shape::kLower || t.quote >= 0) {
    return std::nullopt;
  }
  const uint32_t se = v.sentences[t.sentence].second;
  const uint32_t j = cue.end;
  if (j + 1 >= se || !SpeakerSubjectBefore(v, cue.begin)) return std::nullopt;
  const Words& k = W();
  auto clause_end = [&](uint32_t from) {
    uint32_t e = from;
    while (e < se && e - from < 30 && !IsClauseBreak(v, e)) ++e;
    return e;
  };
  // "claims to have killed six generals": the infinitive clause of a claim-like verb.
  if (v.info[j].word == H("to")) {
    if (!(t.cue_bits & kCueHedge)) return std::nullopt;
    const TokInfo& n = v.info[j + 1];
    const bool verb_like =
        In(n.word, k.verb_after_to) || (n.shape == Shape::kLower && !In(n.word, k.determiners) &&
                                        n.pronoun == Pronoun::kNone && !IsFigureWord(v, j + 1));
    if (!verb_like) return std::nullopt;
    const uint32_t e = clause_end(j + 2);
    return TokSpan{j, e};
  }
  const TokInfo& first = v.info[j];
  if (v.tokens[j].kind != TokenKind::kWord && v.tokens[j].kind != TokenKind::kNumber) {
    return std::nullopt;
  }
  if (In(first.word, k.not_object) ||
      (first.pronoun != Pronoun::kNone && !In(first.word, k.determiners))) {
    return std::nullopt;
  }
  // "put the toll at 40", "estimated the damage at about 2 million": the figure after "at".
  const std::string_view lemma = t.lemma < v.lexicon.lemma_count() ? v.lexicon.Lemma(t.lemma) : "";
  const bool at_verb = lemma == "put" || lemma == "estimate";
  bool figure = false;
  if (at_verb) {
    for (uint32_t i = j + 1; i + 1 < se && i - j < 12 && !figure; ++i) {
      if (IsClauseBreak(v, i)) break;
      if (v.info[i].word != H("at")) continue;
      uint32_t f = i + 1;
      if (f + 1 < se && In(v.info[f].word, k.approx)) ++f;
      figure = IsFigureWord(v, f);
    }
  }
  // Else a figure in the head noun phrase: before any preposition other than "of" ("put 40
  // people at risk" is not a report).
  for (uint32_t i = j; lemma != "put" && i < se && i - j < 8 && !figure; ++i) {
    if (IsClauseBreak(v, i) || In(v.info[i].word, k.object_stop)) break;
    figure = IsFigureWord(v, i);
  }
  if (!figure) return std::nullopt;
  return TokSpan{j, clause_end(j)};
}

void AddFactObjectCues(const DocView& v, std::vector<TokSpan>* cues) {
  std::vector<uint8_t> covered(v.size(), 0);
  for (const TokSpan& c : *cues) {
    for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
  }
  // A clause after another cue of its sentence is already inside that statement ("the study
  // showed that men reported 65% of the stories"): a second cue there would only cut it.
  std::vector<uint8_t> cue_before(v.size(), 0);
  for (const TokSpan& c : *cues) {
    const uint32_t se = v.sentences[v.info[c.begin].sentence].second;
    for (uint32_t i = c.end; i < se && !cue_before[i]; ++i) cue_before[i] = 1;
  }
  // Tokens inside an added object clause: an open-set cue the tagger put there ("put the
  // amount released at …") is part of the reported fact. One pass each: linear in the document.
  std::vector<uint8_t> in_object(v.size(), 0);
  std::vector<TokSpan> added;
  for (uint32_t i = 1; i < v.size(); ++i) {
    if (!(v.info[i].cue_bits & kCueObject) || covered[i] || cue_before[i]) continue;
    const TokSpan cue{i, i + 1};
    if (const std::optional<TokSpan> object = FactObjectOf(v, cue)) {
      for (uint32_t k = object->begin; k < object->end; ++k) in_object[k] = 1;
      added.push_back(cue);
    }
  }
  if (added.empty()) return;
  std::erase_if(*cues, [&](const TokSpan& c) {
    if (!in_object[c.begin]) return false;
    for (uint32_t k = c.begin; k < c.end; ++k) {
      if (v.info[k].cue_bits != 0) return false;
    }
    return true;
  });
  cues->insert(cues->end(), added.begin(), added.end());
  std::sort(cues->begin(), cues->end(),
            [](const TokSpan& a, const TokSpan& b) { return a.begin < b.begin; });
}

}  // namespace claimtrace::attrib
