// Shared reports (shared_report.h): a left-to-right scan for the pass-on verb, then fixed
// steps over the report noun, "from", the source noun phrase and the relative clause's verb.
// Covered by shared_report_test.cc.
#include "attrib/shared_report.h"

#include <algorithm>

#include "attrib/cue_tagger.h"
#include "attrib/word_set.h"

namespace claimtrace::attrib {
namespace {

using word_set::H;
using word_set::In;

struct Words {
  uint64_t pass[16] = {H("shared"),    H("shares"),    H("share"),      H("sharing"),
                       H("passed"),    H("passes"),    H("relayed"),    H("relays"),
                       H("published"), H("publishes"), H("posted"),     H("posts"),
                       H("forwarded"), H("forwards"),  H("circulated"), H("released")};
  uint64_t nouns[16] = {H("updates"),  H("update"),   H("information"),  H("details"),
                        H("messages"), H("message"),  H("intelligence"), H("reports"),
                        H("report"),   H("claims"),   H("accounts"),     H("evidence"),
                        H("news"),     H("material"), H("documents"),    H("excerpts")};
  uint64_t rel[2] = {H("that"), H("which")};
};

const Words& W() {
  static const Words w;
  return w;
}

bool IsBreak(const DocView& v, uint32_t i) {
  return v.IsQuoteMark(i) || v.tokens[i].kind == TokenKind::kDash ||
         (v.tokens[i].kind == TokenKind::kPunct && !v.IsPunct(i, '\''));
}

// The subject ending right before `at`: skips one apposition closed by a dash or comma
// ("Osechkin - a man wanted for his work - has shared"), then takes an entity mention, a
// subject pronoun, or a noun phrase back to its determiner (at most six words).
std::optional<TokSpan> SubjectBefore(const DocView& v, uint32_t at, uint32_t ss) {
  if (at <= ss) return std::nullopt;
  uint32_t p = at - 1;
  if (v.tokens[p].kind == TokenKind::kDash || v.IsPunct(p, ',')) {
    const bool dash = v.tokens[p].kind == TokenKind::kDash;
    uint32_t q = p;
    while (q > ss && !(dash ? v.tokens[q - 1].kind == TokenKind::kDash : v.IsPunct(q - 1, ','))) {
      --q;
    }
    if (q <= ss + 1) return std::nullopt;
    p = q - 2;  // the token before the opening mark
  }
  if (v.tokens[p].kind != TokenKind::kWord) return std::nullopt;
  const int32_t e = v.tokens[p].entity;
  if (e >= 0) {
    uint32_t b = p;
    while (b > ss && v.tokens[b - 1].entity == e) --b;
    return TokSpan{b, p + 1};
  }
  const Pronoun pr = v.info[p].pronoun;
  if (pr == Pronoun::kMale || pr == Pronoun::kFemale || pr == Pronoun::kPlural) {
    return TokSpan{p, p + 1};
  }
  uint32_t b = p;
  while (b > ss && p - b < 6 && v.tokens[b - 1].kind == TokenKind::kWord &&
         !IsCueAux(v.info[b - 1].word)) {
    --b;
    if (v.info[b].word == H("the") || v.info[b].word == H("a") || v.info[b].word == H("an")) break;
  }
  return TokSpan{b, p + 1};
}

}  // namespace

std::vector<SharedReport> FindSharedReports(const DocView& v) {
  const Words& k = W();
  std::vector<SharedReport> out;
  for (uint32_t i = 0; i < v.size(); ++i) {
    if (!In(v.info[i].word, k.pass) || v.info[i].quote >= 0) continue;
    const uint32_t se = v.sentences[v.info[i].sentence].second;
    const uint32_t ss = v.sentences[v.info[i].sentence].first;
    uint32_t j = i + 1;
    if (j < se && v.info[j].word == H("on")) ++j;
    if (j + 2 >= se || !In(v.info[j].word, k.nouns) || v.info[j + 1].word != H("from")) continue;
    // The source: up to eight tokens to the relative pronoun.
    uint32_t r = j + 2;
    while (r < se && r < j + 11 && !In(v.info[r].word, k.rel) && !IsBreak(v, r)) ++r;
    if (r >= se || r == j + 2 || !In(v.info[r].word, k.rel) || r + 2 >= se) continue;
    const uint32_t verb = r + 1;
    if (!(v.info[verb].cue_bits & (kCueSpeech | kCueShow | kCueBelief | kCueWrite)) ||
        v.info[verb].shape != Shape::kLower) {
      continue;
    }
    uint32_t b = verb + 1;
    if (b < se && v.info[b].word == H("that")) ++b;
    uint32_t e = se;
    while (e > b && (v.tokens[e - 1].kind == TokenKind::kPunct || v.IsQuoteMark(e - 1))) --e;
    if (e <= b) continue;
    uint32_t cb = i;
    while (cb > ss && IsCueAux(v.info[cb - 1].word)) --cb;
    out.push_back({{cb, j + 1}, SubjectBefore(v, cb, ss), {verb, verb + 1}, {b, e}});
  }
  return out;
}

}  // namespace claimtrace::attrib
