// Noun-phrase chunking by stop words and token kinds (no part-of-speech tags are available).
// Covered by statement_builder_test.cc (paths) and extractor_test.cc.
#include "attrib/noun_phrase.h"

#include <algorithm>
#include <string>

#include "attrib/word_set.h"

namespace claimtrace::attrib {
namespace {

using word_set::H;
using word_set::In;

struct Words {
  uint64_t stop[22] = {H("that"),  H("who"),     H("which"), H("on"),     H("in"),     H("at"),
                       H("about"), H("for"),     H("after"), H("before"), H("during"), H("since"),
                       H("when"),  H("while"),   H("as"),    H("and"),    H("but"),    H("if"),
                       H("last"),  H("earlier"), H("to"),    H("by")};
  uint64_t remarks[5] = {H("comments"), H("remarks"), H("statement"), H("comment"), H("message")};
  uint64_t determiners[9] = {H("the"),   H("a"),   H("an"),  H("his"), H("her"),
                             H("their"), H("its"), H("our"), H("my")};
};

const Words& W() {
  static const Words w;
  return w;
}

bool IsCapitalized(const DocView& v, uint32_t i) {
  return v.info[i].shape == Shape::kCapitalized || v.info[i].shape == Shape::kAllCaps ||
         v.info[i].shape == Shape::kMixed;
}

}  // namespace

bool StartsCapitalized(const DocView& v, TokSpan np) {
  uint32_t i = np.begin;
  while (i < np.end && In(v.info[i].word, W().determiners)) ++i;
  return i < np.end && IsCapitalized(v, i);
}

TokSpan NounPhraseAt(const DocView& v, uint32_t i, uint32_t limit) {
  const Words& k = W();
  uint32_t j = i;
  while (j < limit && j - i < 8) {
    const Token& t = v.tokens[j];
    // A hyphen inside a name ("al-Ikhbariya") joins; with spaces around it is a dash.
    const bool inner_hyphen = t.kind == TokenKind::kDash && j > i && j + 1 < limit &&
                              !(t.flags & kTokenSpaceBefore) &&
                              !(v.tokens[j + 1].flags & kTokenSpaceBefore);
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber && !inner_hyphen &&
        !(t.kind == TokenKind::kSymbol && v.Text(j) == "&")) {
      break;
    }
    const TokInfo& ti = v.info[j];
    const bool inside_name =
        j > i && v.tokens[j].entity >= 0 && v.tokens[j].entity == v.tokens[j - 1].entity;
    if (In(ti.word, k.stop) && !inside_name) break;
    // A verb of saying ends the phrase; right after a determiner the word is a noun ("a report
    // by the bank").
    if (j > i && (ti.cue_bits & (kCueSpeech | kCueBelief | kCueWrite)) && !IsCapitalized(v, j) &&
        !In(ti.word, k.remarks) && !In(v.info[j - 1].word, k.determiners)) {
      break;
    }
    if (j > i &&
        (ti.pronoun == Pronoun::kPlural || ti.pronoun == Pronoun::kMale ||
         ti.pronoun == Pronoun::kFemale || ti.pronoun == Pronoun::kFirst) &&
        !In(ti.word, k.determiners)) {
      break;
    }
    ++j;
  }
  return {i, j};
}

bool PlausibleAccordingSource(const DocView& v, TokSpan np) {
  if (np.empty()) return false;
  // Manner, not a source: "according to plan", "according to their preference". Everything else
  // after "according to" names who or what says it (PolNeAR train: 398 of 429 "according to"
  // are cues, most of the rest unannotated attributions); reports, data, filings and polls are
  // document sources.
  static const uint64_t kManner[] = {
      H("plan"),       H("plans"),       H("schedule"),   H("script"),  H("tradition"),
      H("custom"),     H("rule"),        H("rules"),      H("law"),     H("laws"),
      H("protocol"),   H("procedure"),   H("procedures"), H("design"),  H("instructions"),
      H("preference"), H("preferences"), H("need"),       H("needs"),   H("way"),
      H("age"),        H("size"),        H("taste"),      H("tastes"),  H("merit"),
      H("merits"),     H("priority"),    H("priorities"), H("ability"), H("abilities"),
      H("category"),   H("categories"),  H("type"),       H("form")};
  if (In(v.info[np.end - 1].word, kManner)) return false;
  return true;
}

bool PlausibleSource(const DocView& v, TokSpan np) {
  if (np.empty()) return false;
  for (uint32_t i = np.begin; i < np.end; ++i) {
    if (v.tokens[i].entity >= 0) return true;
  }
  if (StartsCapitalized(v, np)) return true;
  std::string head;
  LowerAscii(v.Text(np.end - 1), &head);
  return v.lexicon.HeadKind(head).has_value();
}

}  // namespace claimtrace::attrib
