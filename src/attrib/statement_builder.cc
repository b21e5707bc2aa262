// Statement building: (1) clean the detected attributions (drop punctuation-only pieces and
// duplicates), (2) add the cue-less forms the detector does not produce — headline attributions
// "… – intelligence chief" and paragraphs that continue a speaker's quotation without a new
// cue —, (3) resolve speakers in text order (speaker.cc), (4) type each statement (belief by
// cue class; direct when the content is quoted words, mixed when it contains a quoted fragment,
// else indirect), (5) find paths (path.cc). Covered by statement_builder_test.cc, the golden
// tests and the PolNeAR evaluation.
#include "attrib/statement_builder.h"

#include <algorithm>
#include <unordered_map>

#include "attrib/noun_phrase.h"
#include "attrib/path.h"
#include "attrib/speaker.h"

namespace claimtrace::attrib {
namespace {

ByteSpan Bytes(const DocView& v, TokSpan s) {
  return {v.tokens[s.begin].span.start, v.tokens[s.end - 1].span.end};
}

bool IsWordish(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.kind == TokenKind::kOther;
}

int32_t TopQuote(const DocView& v, int32_t q) {
  while (q >= 0 && v.quotes[q].parent >= 0) q = v.quotes[q].parent;
  return q;
}

// Drops punctuation-only pieces.
void CleanContent(const DocView& v, Attribution* a) {
  std::vector<TokSpan> keep;
  for (const TokSpan& p : a->content) {
    bool words = false;
    for (uint32_t i = p.begin; i < p.end && !words; ++i) words = IsWordish(v.tokens[i]);
    if (words) keep.push_back(p);
  }
  a->content = std::move(keep);
}

// "X reported, citing an interview with Y, that …": the citing phrase is the statement's path
// (path.cc reads it as `citing`), not its content, which starts at "that". Only when a comma and
// "that" follow the cited noun phrase within 20 tokens, outside quotations.
void SkipCitingPhrase(const DocView& v, Attribution* a) {
  const uint64_t citing = DocView::WordHash("citing");
  const uint64_t that = DocView::WordHash("that");
  for (TokSpan& p : a->content) {
    uint32_t s = 0;
    if (v.info[p.begin].word == citing) {
      s = p.begin + 1;
    } else if (p.begin > 0 && v.info[p.begin - 1].word == citing) {
      s = p.begin;
    } else {
      continue;
    }
    for (uint32_t k = s; k + 1 < p.end && k < s + 20; ++k) {
      if (v.IsQuoteMark(k) || v.info[k].quote >= 0) break;
      if (v.IsPunct(k, ',') && v.info[k + 1].word == that) {
        p.begin = k + 1;
        break;
      }
    }
  }
}

// Quotation marks after "so-called" are scare quotes, not quoted words.
bool ScareQuote(const DocView& v, int32_t q) {
  const uint32_t open = v.quotes[q].open;
  return open > 0 && (v.info[open - 1].word == DocView::WordHash("so-called") ||
                      v.info[open - 1].word == DocView::WordHash("so"));
}

StatementType TypeOf(const DocView& v, const Attribution& a) {
  for (uint32_t i = a.cue.begin; i < a.cue.end; ++i) {
    const uint16_t b = v.info[i].cue_bits;
    if ((b & kCueBelief) && !(b & (kCueSpeech | kCueWrite | kCueAccuse))) {
      return StatementType::kBelief;
    }
  }
  size_t words = 0, quoted = 0, marks = 0;
  for (const TokSpan& p : a.content) {
    for (uint32_t i = p.begin; i < p.end; ++i) {
      const int32_t q = v.info[i].quote;
      const bool scare = q >= 0 && ScareQuote(v, TopQuote(v, q));
      if (v.IsQuoteMark(i) && !scare) ++marks;
      if (!IsWordish(v.tokens[i])) continue;
      ++words;
      if (q >= 0 && !scare) ++quoted;
    }
  }
  if (words > 0 && quoted == words && marks > 0) return StatementType::kDirect;
  if (quoted > 0) return StatementType::kMixed;
  return StatementType::kIndirect;
}

// "according to X" / "per X": the source is the noun phrase after the cue; a phrase that cannot
// name a source ("according to plan", "per cent") means no attribution. False = drop.
bool FixRelayCue(const DocView& v, Attribution* a) {
  if (a->cue.empty()) return true;
  const uint64_t w0 = v.info[a->cue.begin].word;
  if (w0 != DocView::WordHash("according") && w0 != DocView::WordHash("per")) return true;
  const uint32_t limit = v.sentences[v.info[a->cue.begin].sentence].second;
  const TokSpan np = NounPhraseAt(v, a->cue.end, limit);
  if (w0 == DocView::WordHash("according") ? !PlausibleAccordingSource(v, np)
                                           : !PlausibleSource(v, np)) {
    return false;
  }
  if (!a->source || !(*a->source == np)) a->source = np;
  const uint32_t sent_start = v.sentences[v.info[a->cue.begin].sentence].first;
  for (TokSpan& c : a->content) {  // the content never includes its own source
    if (c.Overlaps(np)) {
      if (c.begin < np.begin)
        c.end = std::min(c.end, np.begin);
      else
        c.begin = std::max(c.begin, np.end);
    }
    // "CLAUSE, according to X": what X says is the whole clause before the cue.
    if (c.end <= a->cue.begin && c.begin > sent_start &&
        v.info[c.begin].sentence == v.info[a->cue.begin].sentence && v.info[c.begin].quote < 0) {
      c.begin = sent_start;
    }
  }
  CleanContent(v, a);
  return !a->content.empty();
}

// A cue that is a lone preposition ("on condition of anonymity", "In a poll") is an attribution
// only when a document, publication or organisation speaks through it.
bool KeepPrepositionCue(const DocView& v, const Draft& d) {
  if (d.a.cue.size() != 1) return true;
  static const uint64_t kPrep[] = {DocView::WordHash("on"),   DocView::WordHash("in"),
                                   DocView::WordHash("of"),   DocView::WordHash("for"),
                                   DocView::WordHash("to"),   DocView::WordHash("from"),
                                   DocView::WordHash("with"), DocView::WordHash("about"),
                                   DocView::WordHash("at"),   DocView::WordHash("by")};
  if (std::find(std::begin(kPrep), std::end(kPrep), v.info[d.a.cue.begin].word) ==
      std::end(kPrep)) {
    return true;
  }
  const SpeakerKind k = d.st.speaker.kind;
  return k == SpeakerKind::kDocument || k == SpeakerKind::kPublication ||
         k == SpeakerKind::kOrganization;
}

// "… – intelligence chief": a headline-style line whose last dash is followed by a short
// speaker phrase with no verb of saying.
void AddDashHeadlines(const DocView& v, std::vector<Draft>* drafts) {
  for (const auto& [bb, be] : v.blocks) {
    if (be - bb < 5 || be - bb > 60) continue;
    uint32_t last = be;
    while (last > bb && v.tokens[last - 1].kind == TokenKind::kPunct && !v.IsPunct(last - 1, ')')) {
      --last;
    }
    if (last < be && v.IsPunct(be - 1, '.')) continue;  // a sentence, not a headline
    uint32_t dash = be;
    for (uint32_t i = last; i-- > bb + 3;) {
      if (v.tokens[i].kind == TokenKind::kDash && (v.tokens[i].flags & kTokenSpaceBefore)) {
        dash = i;
        break;
      }
    }
    if (dash == be || last - dash < 2 || last - dash > 6) continue;
    bool verb = false;
    for (uint32_t i = dash + 1; i < last; ++i) {
      verb |= (v.info[i].cue_bits & (kCueSpeech | kCueBelief | kCueWrite)) != 0 &&
              v.info[i].shape == Shape::kLower;
    }
    if (verb) continue;
    // Not already an attribution found by the detector.
    bool covered = false;
    for (const Draft& d : *drafts) {
      for (const TokSpan& c : d.a.content) covered |= c.begin < dash && bb < c.end;
    }
    if (covered) continue;
    Draft d;
    d.a.source = TokSpan{dash + 1, last};
    d.a.content.push_back({bb, dash});
    CleanContent(v, &d.a);
    if (d.a.content.empty()) continue;
    d.anchor = dash;
    drafts->push_back(std::move(d));
  }
}

// A paragraph that is one quotation with no cue of its own, right after a paragraph whose last
// statement is a direct quote, continues that speaker.
void AddQuoteContinuations(const DocView& v, std::vector<Draft>* drafts) {
  std::vector<Draft> added;
  for (size_t b = 1; b < v.blocks.size(); ++b) {
    const auto [bb, be] = v.blocks[b];
    const int32_t q = TopQuote(v, v.info[bb].quote);
    if (q < 0 || v.quotes[q].open != bb) continue;
    uint32_t end = v.quotes[q].close + 1;
    while (end < be && v.tokens[end].kind == TokenKind::kPunct) ++end;
    if (end < be || v.quotes[q].close >= be) continue;  // more than the quotation in the block
    bool has_statement = false;
    const Draft* prev = nullptr;
    for (const Draft& d : *drafts) {
      if (d.drop) continue;
      const uint32_t db = v.info[d.anchor].block;
      if (db == b) has_statement = true;
      for (const TokSpan& c : d.a.content) has_statement |= c.Overlaps({bb, be});
      if (db + 1 == b && (!prev || d.anchor > prev->anchor)) prev = &d;
    }
    if (has_statement || !prev || prev->st.type != StatementType::kDirect ||
        prev->st.speaker.kind == SpeakerKind::kUnknown) {
      continue;
    }
    Draft d;
    d.a.content.push_back({bb, v.quotes[q].close + 1});
    d.anchor = bb;
    d.st.type = StatementType::kDirect;
    d.st.speaker = prev->st.speaker;
    d.st.speaker.span.reset();  // not written at this paragraph
    added.push_back(std::move(d));
  }
  for (Draft& d : added) drafts->push_back(std::move(d));
}

// "Ukraine's military intelligence chief told Sky News … “It is impossible,” said Major
// General Kyrylo Budanov.": a definite singular description of a person ("X's … chief", "the
// … minister") that resolved to nobody earlier is the named person speaking in the next
// statement, when that statement follows within the next sentence of the same paragraph and
// nobody else speaks in between. Indefinite or plural descriptions ("a senior official",
// "officials") stay anonymous.
void LinkDescriptionsForward(const DocView& v, std::vector<Draft>* drafts) {
  std::string lower;
  for (size_t n = 0; n + 1 < drafts->size(); ++n) {
    Draft& d = (*drafts)[n];
    if (d.drop || !d.a.source || d.st.speaker.entity ||
        d.st.speaker.kind != SpeakerKind::kAnonymousOfficial) {
      continue;
    }
    const TokSpan src = *d.a.source;
    if (src.size() < 2 || src.size() > 8) continue;
    // Definite: "the …" or a possessive name ("Ukraine's …").
    bool definite = v.info[src.begin].word == DocView::WordHash("the");
    for (uint32_t i = src.begin; i + 1 < src.end && !definite; ++i) {
      definite =
          v.info[i].entity_type >= 0 && (v.info[i + 1].word == DocView::WordHash("'s") ||
                                         v.info[i + 1].word == DocView::WordHash("\xE2\x80\x99s"));
    }
    // Singular person head: the last word, listed as an official-like noun, not plural.
    const std::string_view head = LowerAscii(v.Text(src.end - 1), &lower);
    const bool singular = !head.empty() && head.back() != 's';
    if (!definite || !singular || v.lexicon.HeadKind(head) != SpeakerKind::kAnonymousOfficial) {
      continue;
    }
    // The next statement (text order) with a named person speaker.
    const Draft* next = nullptr;
    for (size_t m = n + 1; m < drafts->size(); ++m) {
      if (!(*drafts)[m].drop) {
        next = &(*drafts)[m];
        break;
      }
    }
    if (!next || next->st.speaker.kind != SpeakerKind::kPerson || !next->st.speaker.name ||
        !next->a.source) {
      continue;
    }
    const uint32_t s0 = v.info[d.anchor].sentence;
    const uint32_t s1 = v.info[next->anchor].sentence;
    if (s1 < s0 || s1 > s0 + 1 || v.info[d.anchor].block != v.info[next->anchor].block) continue;
    d.st.speaker.name = next->st.speaker.name;
    d.st.speaker.entity = next->st.speaker.entity;
    d.st.speaker.kind = SpeakerKind::kPerson;
  }
}

}  // namespace

void BuildStatements(const DocView& v, std::vector<Attribution> found, std::vector<Statement>* out,
                     std::vector<StatementParts>* parts) {
  std::vector<Draft> drafts;
  drafts.reserve(found.size() + 4);
  std::unordered_map<uint64_t, std::vector<size_t>> by_cue;  // (cue begin, end) -> drafts
  for (Attribution& a : found) {
    CleanContent(v, &a);
    if (a.content.empty()) continue;
    SkipCitingPhrase(v, &a);
    if (!FixRelayCue(v, &a)) continue;
    std::vector<size_t>& same_cue = by_cue[(uint64_t{a.cue.begin} << 32) | a.cue.end];
    bool dup = false;
    for (size_t i : same_cue) dup |= drafts[i].a.content == a.content;
    if (dup) continue;
    same_cue.push_back(drafts.size());
    Draft d;
    d.anchor = a.cue.empty() ? a.content.front().begin : a.cue.begin;
    d.a = std::move(a);
    drafts.push_back(std::move(d));
  }
  AddDashHeadlines(v, &drafts);
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const Draft& x, const Draft& y) { return x.anchor < y.anchor; });

  SpeakerResolver resolver(v);
  for (Draft& d : drafts) {
    d.st.content = {Bytes(v, d.a.content.front()).start, Bytes(v, d.a.content.back()).end};
    if (!d.a.cue.empty()) d.st.cue = Bytes(v, d.a.cue);
    d.st.type = TypeOf(v, d.a);
    d.detected_source = d.a.source;
    std::optional<TokSpan> src = d.a.source ? TrimSource(v, *d.a.source) : std::nullopt;
    // "updates from a source within the FSB that suggests …": a source ending in a relative
    // pronoun right before its cue is that pronoun's antecedent.
    if (d.a.source && !d.a.cue.empty() && d.a.source->end == d.a.cue.begin &&
        d.a.source->size() > 1 && v.info[d.a.source->end - 1].pronoun == Pronoun::kRelative) {
      if (std::optional<TokSpan> ante = RelativeAntecedent(v, d.a.source->end - 1)) src = *ante;
    }
    d.a.source = src;
    d.st.speaker = resolver.Resolve(src, d.anchor);
    if (src) d.st.speaker.span = Bytes(v, *src);
    d.drop = !KeepPrepositionCue(v, d);
  }
  LinkDescriptionsForward(v, &drafts);
  AddQuoteContinuations(v, &drafts);
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const Draft& x, const Draft& y) { return x.anchor < y.anchor; });
  for (Draft& d : drafts) {
    if (d.st.content.empty()) {
      d.st.content = {Bytes(v, d.a.content.front()).start, Bytes(v, d.a.content.back()).end};
    }
  }
  FindPaths(v, &drafts);

  for (Draft& d : drafts) {
    if (d.drop) continue;
    // A content in several pieces ("“A,” he said, “B.”"): the pieces alone, in text order.
    d.st.content_parts.clear();
    if (d.a.content.size() > 1) {
      for (const TokSpan& c : d.a.content) d.st.content_parts.push_back(Bytes(v, c));
    }
    if (parts) {
      StatementParts p;
      for (const TokSpan& c : d.a.content) p.content_parts.push_back(Bytes(v, c));
      if (d.detected_source && d.st.speaker.span) {
        const ByteSpan det = Bytes(v, *d.detected_source);
        // Only while the speaker is still the one detected (paths may re-assign it).
        if (det.start <= d.st.speaker.span->start && d.st.speaker.span->end <= det.end) {
          p.source = det;
        }
      }
      parts->push_back(std::move(p));
    }
    out->push_back(std::move(d.st));
  }
}

}  // namespace claimtrace::attrib
