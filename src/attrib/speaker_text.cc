// The speaker as shown: trims the detected source span (leading/trailing punctuation, the path,
// relative and "…, adding" clauses, trailing time words and auxiliaries; a heading relative
// pronoun alone). Pure token tests on the DocView's hashes. Covered by statement_builder_test.cc
// (SpeakerText* tests) and the golden tests.
#include "attrib/speaker_text.h"

#include <algorithm>

#include "attrib/cue_tagger.h"

namespace claimtrace::attrib {
namespace {

uint64_t H(std::string_view w) { return DocView::WordHash(w); }

}  // namespace

std::optional<TokSpan> TrimSource(const DocView& v, TokSpan s) {
  auto junk = [&](uint32_t i) {
    const Token& t = v.tokens[i];
    return t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote ||
           t.kind == TokenKind::kDash || (t.kind == TokenKind::kSymbol && v.Text(i) != "@");
  };
  while (s.begin < s.end && junk(s.begin)) ++s.begin;
  // The path is not part of the speaker: "Grozev in an interview with Radio Liberty", "Osechkin,
  // speaking to The Times".
  static const uint64_t kCut[] = {H("per"),      H("according"), H("told"),    H("telling"),
                                  H("speaking"), H("citing"),    H("writing"), H("talking")};
  // A leading possessive clitic ("’s panel") is left over from the word before.
  while (s.begin < s.end &&
         (v.info[s.begin].word == H("'s") || v.info[s.begin].word == H("\xE2\x80\x99s"))) {
    ++s.begin;
  }
  // The same clitic split into a quote mark and "s" ("The report 's authors"): the "s" too.
  while (s.begin < s.end && s.begin > 0 && v.info[s.begin].word == H("s") &&
         v.tokens[s.begin - 1].kind == TokenKind::kQuote &&
         !(v.tokens[s.begin].flags & kTokenSpaceBefore)) {
    ++s.begin;
  }
  // A leading relay is the path, not the speaker: "According to the Herald, Professor John
  // Burrows" -> "Professor John Burrows"; "According to Yonhap news agency" -> "Yonhap news
  // agency".
  if (s.size() > 2 && v.info[s.begin].word == H("according") &&
      v.info[s.begin + 1].word == H("to")) {
    uint32_t comma = 0;
    for (uint32_t i = s.begin + 2; i < s.end && !comma; ++i) {
      if (v.IsPunct(i, ',')) comma = i;
    }
    s.begin = comma && comma + 1 < s.end ? comma + 1 : s.begin + 2;
    while (s.begin < s.end && junk(s.begin)) ++s.begin;
  }
  for (uint32_t i = s.begin + 1; i < s.end; ++i) {
    const uint64_t w = v.info[i].word;
    uint32_t k = i + 1;  // "in (a|an|his|her) interview/remarks/comments/statement"
    if (k < s.end && (v.info[k].word == H("an") || v.info[k].word == H("a") ||
                      v.info[k].word == H("his") || v.info[k].word == H("her"))) {
      ++k;
    }
    const bool interview = w == H("in") && k < s.end &&
                           (v.info[k].word == H("interview") || v.info[k].word == H("remarks") ||
                            v.info[k].word == H("comments") || v.info[k].word == H("statement"));
    if (interview || std::find(std::begin(kCut), std::end(kCut), w) != std::end(kCut)) {
      s.end = i;
      break;
    }
    // A relative clause describes the speaker but is not the speaker as a reader wants it
    // shown: "Sen. McCaskill, who has endorsed Clinton" -> "Sen. McCaskill".
    const bool who = w == H("who") || w == H("whom") || w == H("whose");
    const bool comma_rel = v.IsPunct(i - 1, ',') && (w == H("which") || w == H("that"));
    if (who || comma_rel) {
      s.end = i;
      break;
    }
    // A participle clause of saying is the next statement, not the speaker: "Marta Oleksiuk, a
    // spokeswoman, adding that …" -> "Marta Oleksiuk, a spokeswoman".
    if (v.IsPunct(i - 1, ',') && v.info[i].shape == Shape::kLower &&
        (v.info[i].cue_bits & (kCueSpeech | kCueWrite | kCueBelief | kCueAccuse)) != 0) {
      s.end = i;
      break;
    }
  }
  while (s.end > s.begin && junk(s.end - 1)) --s.end;
  // A dangling relative pronoun or conjunction ("the FSB that"), or an auxiliary the cue did not
  // take ("the agents don't"), is not part of the source.
  static const uint64_t kTail[] = {H("and"),
                                   H("don't"),
                                   H("doesn't"),
                                   H("didn't"),
                                   H("won't"),
                                   H("wouldn't"),
                                   H("can't"),
                                   H("couldn't"),
                                   H("don\xE2\x80\x99t"),
                                   H("doesn\xE2\x80\x99t"),
                                   H("didn\xE2\x80\x99t"),
                                   H("won\xE2\x80\x99t"),
                                   H("wouldn\xE2\x80\x99t"),
                                   H("can\xE2\x80\x99t"),
                                   H("couldn\xE2\x80\x99t")};
  // Time words and sentence adverbs after the speaker ("Zelensky today", "Forbes, however") are
  // not part of it (weekdays are left alone: "The Mail on Sunday").
  static const uint64_t kWhen[] = {H("today"),     H("yesterday"), H("tonight"), H("now"),
                                   H("however"),   H("earlier"),   H("again"),   H("still"),
                                   H("meanwhile"), H("instead"),   H("too")};
  auto when = [&](uint32_t i) {
    return std::find(std::begin(kWhen), std::end(kWhen), v.info[i].word) != std::end(kWhen);
  };
  for (bool changed = true; changed;) {
    changed = false;
    while (s.end > s.begin + 1 &&
           (v.info[s.end - 1].pronoun == Pronoun::kRelative || IsCueAux(v.info[s.end - 1].word) ||
            std::find(std::begin(kTail), std::end(kTail), v.info[s.end - 1].word) !=
                std::end(kTail))) {
      --s.end;
      changed = true;
    }
    // Only a run of time words that does not make up the whole span ("Today" stays).
    uint32_t e = s.end;
    while (e > s.begin + 1 && when(e - 1)) --e;
    if (e < s.end && e > s.begin && !when(e - 1)) {
      s.end = e;
      changed = true;
    }
    while (s.end > s.begin && junk(s.end - 1)) {
      --s.end;
      changed = true;
    }
  }
  // "who, after being captured by the Germans in 1942, …": a relative pronoun heading the
  // source stands for its antecedent (resolved by the caller); the clause after it is not the
  // speaker.
  if (s.size() > 1 && v.info[s.begin].pronoun == Pronoun::kRelative &&
      v.info[s.begin].word != H("that")) {
    s.end = s.begin + 1;
  }
  // "(D-Va.)"-style tails: an opened parenthesis runs to its closing one.
  int open = 0;
  for (uint32_t i = s.begin; i < s.end; ++i) {
    if (v.IsPunct(i, '(')) ++open;
    if (v.IsPunct(i, ')')) --open;
  }
  if (open > 0) {
    for (uint32_t i = s.end; i < v.size() && i < s.end + 3; ++i) {
      if (v.IsPunct(i, ')')) {
        s.end = i + 1;
        break;
      }
    }
  }
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace claimtrace::attrib
