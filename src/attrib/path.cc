// Path finding: one scan of each statement's attribution clause for the trigger words of
// path.h, then relay merging, nesting and the propagation policy. Word tests compare DocView's
// token hashes. Covered by path_test.cc and the golden tests.
#include "attrib/path.h"

#include <algorithm>
#include <map>
#include <string>

#include "attrib/speaker.h"
#include "attrib/word_set.h"

namespace claimtrace::attrib {
namespace {

using word_set::H;
using word_set::In;

struct Words {
  uint64_t tell[4] = {H("told"), H("tells"), H("telling"), H("tell")};
  uint64_t speak[8] = {H("speaking"), H("talking"), H("spoke"), H("spoken"),
                       H("speak"),    H("talked"),  H("talk"),  H("speaks")};
  uint64_t with_to[2] = {H("with"), H("to")};
  uint64_t interview[2] = {H("interview"), H("interviews")};
  uint64_t remarks[5] = {H("comments"), H("remarks"), H("statement"), H("comment"), H("message")};
  uint64_t report_verb[3] = {H("reported"), H("reports"), H("reporting")};
  uint64_t writing[6] = {H("writing"), H("posting"),  H("wrote"),
                         H("posted"),  H("tweeting"), H("tweeted")};
  uint64_t hedge[9] = {H("reportedly"), H("allegedly"),  H("purportedly"),
                       H("supposedly"), H("apparently"), H("unconfirmed"),
                       H("rumoured"),   H("rumored"),    H("unverified")};
  uint64_t be[7] = {H("is"), H("are"), H("was"), H("were"), H("be"), H("been"), H("being")};
  uint64_t passive_hedge[10] = {H("said"),    H("believed"),   H("thought"),  H("reported"),
                                H("alleged"), H("understood"), H("rumoured"), H("rumored"),
                                H("claimed"), H("suspected")};
  uint64_t source_heads[9] = {H("source"),        H("sources"),   H("insider"),
                              H("insiders"),      H("contact"),   H("contacts"),
                              H("whistleblower"), H("informant"), H("informants")};
  uint64_t outlet_nouns[11] = {H("newspaper"), H("paper"),       H("outlet"),  H("broadcaster"),
                               H("channel"),   H("publication"), H("station"), H("agency"),
                               H("tabloid"),   H("magazine"),    H("website")};
  uint64_t permission[8] = {H("authorised"), H("authorized"), H("allowed"),  H("permitted"),
                            H("cleared"),    H("entitled"),   H("empowered"), H("licensed")};
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

ByteSpan Bytes(const DocView& v, uint32_t b, uint32_t e) {
  return {v.tokens[b].span.start, v.tokens[e - 1].span.end};
}

// A path element with the key of what it points to (for propagation).
struct Element {
  Via via;
  std::string target;  // lower-case text of the noun phrase it names
  bool relay = false;  // per / according to / reported (as opposed to told/interview/channel)
};

struct Work {
  std::vector<Element> elems;
  std::optional<ByteSpan> citing;
};

bool InContent(const Draft& d, uint32_t i) {
  for (const TokSpan& c : d.a.content) {
    if (c.Contains(i)) return true;
  }
  return false;
}

bool HasPlatform(const DocView& v, TokSpan np) {
  for (uint32_t i = np.begin; i < np.end; ++i) {
    if (v.lexicon.Media(v.Text(i)) == MediaClass::kPlatform) return true;
    if (i + 1 < np.end) {
      std::string two(v.Text(i));
      two += ' ';
      two += v.Text(i + 1);
      if (v.lexicon.Media(two) == MediaClass::kPlatform) return true;
    }
  }
  return false;
}

std::string TargetKey(const DocView& v, TokSpan np) {
  uint32_t i = np.begin;
  while (i + 1 < np.end && In(v.info[i].word, W().determiners)) ++i;
  std::string key;
  LowerAscii(v.doc.Slice(Bytes(v, i, np.end)), &key);
  return key;
}

// The entity a via target names: an entity inside it, or for "the newspaper" the latest outlet
// named before.
std::optional<std::string> TargetEntity(const DocView& v, TokSpan np) {
  for (uint32_t i = np.begin; i < np.end; ++i) {
    if (v.tokens[i].entity >= 0) return v.doc.entities[v.tokens[i].entity].id;
  }
  if (np.size() <= 3 && In(v.info[np.end - 1].word, W().outlet_nouns)) {
    for (uint32_t i = np.begin; i-- > 0;) {
      const int32_t e = v.tokens[i].entity;
      if (e < 0) continue;
      uint32_t b = i;
      while (b > 0 && v.tokens[b - 1].entity == e) --b;
      if (LooksLikeOutlet(v, {b, i + 1})) return v.doc.entities[e].id;
      i = b;
    }
  }
  return std::nullopt;
}

void Add(const DocView& v, Work* w, uint32_t b, uint32_t e, ViaRelation rel, TokSpan np) {
  if (e <= b || np.empty()) return;
  Element el;
  el.via.span = Bytes(v, b, e);
  el.via.relation = rel;
  el.via.entity = TargetEntity(v, np);
  el.target = TargetKey(v, np);
  el.relay =
      rel == ViaRelation::kPer || rel == ViaRelation::kAccordingTo || rel == ViaRelation::kReported;
  for (const Element& x : w->elems) {
    if (x.via.span.Overlaps(el.via.span)) return;
  }
  w->elems.push_back(std::move(el));
}

bool IsSourceNoun(const DocView& v, TokSpan np) {
  for (uint32_t i = np.begin; i < np.end; ++i) {
    if (In(v.info[i].word, W().source_heads)) return true;
  }
  return false;
}

void ScanClause(const DocView& v, const Draft& d, Work* w) {
  const Words& k = W();
  const uint32_t anchor = d.a.cue.empty() ? d.anchor : d.a.cue.begin;
  auto [ss, se] = v.sentences[v.info[anchor].sentence];
  // A statement reported inside a quotation has its clause inside that quotation: the outer
  // attribution ("…,” the commander told reporters) is not its path.
  if (const int32_t q = v.info[anchor].quote; q >= 0) {
    ss = std::max(ss, v.quotes[q].open);
    se = std::min(se, v.quotes[q].close + 1);
  }
  auto np_at = [&](uint32_t i) -> TokSpan {
    if (i >= se || InContent(d, i)) return {i, i};
    TokSpan np = NounPhraseAt(v, i, se);
    uint32_t e = np.begin;
    while (e < np.end && !InContent(d, e)) ++e;
    return {np.begin, e};
  };
  for (uint32_t i = ss; i < se; ++i) {
    if (InContent(d, i)) continue;
    const uint64_t word = v.info[i].word;
    const bool own_cue = d.a.cue.Contains(i);
    if (In(word, k.tell)) {
      TokSpan np = np_at(i + 1);
      if (!np.empty() && v.info[np.begin].word != H("that")) {
        Add(v, w, i, np.end, ViaRelation::kTold, np);
      }
    } else if (In(word, k.interview) && i + 1 < se && In(v.info[i + 1].word, k.with_to)) {
      TokSpan np = np_at(i + 2);
      uint32_t b = i;
      for (uint32_t j = i; j > ss && i - j < 4; --j) {
        if (v.info[j - 1].word == H("in") || v.info[j - 1].word == H("during")) {
          b = j - 1;
          break;
        }
      }
      Add(v, w, b, np.end, ViaRelation::kInterview, np);
    } else if (In(word, k.speak) && i + 1 < se && In(v.info[i + 1].word, k.with_to)) {
      TokSpan np = np_at(i + 2);
      // "not authorised to talk to the press" says why the source is anonymous; it names
      // no route the statement took.
      const bool permission = i >= ss + 2 && v.info[i - 1].word == H("to") &&
                              In(v.info[i - 2].word, k.permission);
      if (!permission && (StartsCapitalized(v, np) ||
                          In(v.info[np.begin < se ? np.begin : i].word, k.determiners))) {
        Add(v, w, i, np.end, ViaRelation::kInterview, np);
      }
    } else if (In(word, k.remarks) && i + 1 < se && v.info[i + 1].word == H("to")) {
      TokSpan np = np_at(i + 2);
      uint32_t b = i;
      for (uint32_t j = i; j > ss && i - j < 3; --j) {  // "in (his) remarks to"
        if (v.info[j - 1].word == H("in")) {
          b = j - 1;
          break;
        }
      }
      if (PlausibleSource(v, np) || HasPlatform(v, np)) {
        Add(v, w, b, np.end, ViaRelation::kTold, np);
      }
    } else if (word == H("to") && !d.a.cue.empty() && i == d.a.cue.end) {
      TokSpan np = np_at(i + 1);
      if (StartsCapitalized(v, np)) Add(v, w, i, np.end, ViaRelation::kTold, np);
    } else if (word == H("on")) {
      TokSpan np = np_at(i + 1);
      if (!np.empty() && (HasPlatform(v, np) || LooksLikeOutlet(v, np))) {
        uint32_t b = i;
        if (i > ss && In(v.info[i - 1].word, k.writing)) b = i - 1;
        for (uint32_t j = b; j > ss && b - j < 4; --j) {  // "in a post on X"
          if (v.info[j - 1].word == H("in")) {
            b = j - 1;
            break;
          }
        }
        Add(v, w, b, np.end, ViaRelation::kOther, np);
      }
    } else if (word == H("per")) {
      TokSpan np = np_at(i + 1);
      if (StartsCapitalized(v, np) && PlausibleSource(v, np)) {
        Add(v, w, i, np.end, ViaRelation::kPer, np);
      }
    } else if (word == H("according") && i + 1 < se && v.info[i + 1].word == H("to") && !own_cue) {
      TokSpan np = np_at(i + 2);
      if (np.empty()) continue;
      if (IsSourceNoun(v, np)) {
        if (!w->citing) w->citing = Bytes(v, np.begin, np.end);
      } else if (d.st.speaker.span && PlausibleSource(v, np)) {
        Add(v, w, i, np.end, ViaRelation::kAccordingTo, np);
      }
    } else if (In(word, k.report_verb) && !own_cue) {
      if (i + 1 < se && v.info[i + 1].word == H("by")) {
        TokSpan np = np_at(i + 2);
        uint32_t b = (i > ss && v.info[i - 1].word == H("as")) ? i - 1 : i;
        if (StartsCapitalized(v, np)) Add(v, w, b, np.end, ViaRelation::kReported, np);
      } else {
        // "<Outlet> reported": the capitalised run right before.
        uint32_t b = i;
        while (b > ss && !InContent(d, b - 1) && IsCapitalized(v, b - 1)) --b;
        if (b > ss && v.info[b - 1].word == H("the")) --b;
        if (b < i && LooksLikeOutlet(v, {b, i}))
          Add(v, w, b, i + 1, ViaRelation::kReported, {b, i});
      }
    } else if (word == H("citing")) {
      TokSpan np = np_at(i + 1);
      if (!np.empty() && !w->citing) w->citing = Bytes(v, np.begin, np.end);
      // What is cited is not the speaker's own path: "citing an interview with Radio Ostra".
      if (!np.empty()) i = np.end - 1;
    } else if (word == H("from")) {
      TokSpan np = np_at(i + 1);
      if (!np.empty() && IsSourceNoun(v, np) && !w->citing) {
        // "from a source within the FSB": take the source with its "within/inside/close to".
        uint32_t e = np.end;
        if (e < se && (v.info[e].word == H("within") || v.info[e].word == H("inside"))) {
          TokSpan more = np_at(e + 1);
          if (!more.empty()) e = more.end;
        }
        w->citing = Bytes(v, np.begin, e);
      }
    }
  }
}

// The speaker's own words may name what they rely on: "he had documents from a source within
// the ministry", "according to his sources".
void ScanContentForCiting(const DocView& v, const Draft& d, Work* w) {
  for (const TokSpan& piece : d.a.content) {
    for (uint32_t i = piece.begin; i < piece.end && !w->citing; ++i) {
      const uint64_t word = v.info[i].word;
      uint32_t start = 0;
      if (word == H("citing") || word == H("from")) {
        start = i + 1;
      } else if (word == H("according") && i + 1 < piece.end && v.info[i + 1].word == H("to")) {
        start = i + 2;
      } else {
        continue;
      }
      if (start >= piece.end) continue;
      TokSpan np = NounPhraseAt(v, start, piece.end);
      if (np.empty() || !IsSourceNoun(v, np)) continue;
      uint32_t e = np.end;
      if (e < piece.end && (v.info[e].word == H("within") || v.info[e].word == H("inside"))) {
        TokSpan more = NounPhraseAt(v, e + 1, piece.end);
        if (!more.empty()) e = more.end;
      }
      w->citing = Bytes(v, np.begin, e);
    }
  }
}

bool Hedged(const DocView& v, const Draft& d) {
  const Words& k = W();
  for (uint32_t i = d.a.cue.begin; i < d.a.cue.end; ++i) {
    if (v.info[i].cue_bits & kCueHedge) return true;
    if (In(v.info[i].word, k.passive_hedge) && i > 0 && In(v.info[i - 1].word, k.be)) return true;
  }
  // Hedge adverbs in the statement's sentence(s) or its content.
  const uint32_t anchor = d.a.cue.empty() ? d.anchor : d.a.cue.begin;
  const auto [ss, se] = v.sentences[v.info[anchor].sentence];
  for (uint32_t i = ss; i < se; ++i) {
    if (In(v.info[i].word, k.hedge)) return true;
  }
  for (const TokSpan& c : d.a.content) {
    for (uint32_t i = c.begin; i < c.end; ++i) {
      if (In(v.info[i].word, k.hedge)) return true;
    }
  }
  return false;
}

std::string SpeakerKey(const Statement& s) {
  if (s.speaker.entity) return "e:" + *s.speaker.entity;
  if (s.speaker.name &&
      (s.speaker.kind == SpeakerKind::kPerson || s.speaker.kind == SpeakerKind::kOrganization ||
       s.speaker.kind == SpeakerKind::kPublication)) {
    std::string k;
    LowerAscii(*s.speaker.name, &k);
    return "n:" + k;
  }
  return {};
}

// Words of the attribution clause (the cue's sentence outside the content) that tie a statement
// to an occasion of its own ("in a statement", "at a briefing", "later", "Tuesday").
struct Occasion {
  bool other_channel = false;  // a statement, briefing, speech, post … or "earlier/later"
  std::vector<uint64_t> days;  // weekday and "today"/"yesterday" words
};

Occasion OccasionOf(const DocView& v, const Draft& d) {
  static const uint64_t kChannel[] = {H("statement"),  H("conference"), H("briefing"), H("speech"),
                                      H("interview"),  H("press"),      H("post"),     H("tweet"),
                                      H("wrote"),      H("written"),    H("earlier"),  H("later"),
                                      H("separately"), H("meeting"),    H("hearing")};
  static const uint64_t kDays[] = {H("monday"),    H("tuesday"),  H("wednesday"), H("thursday"),
                                   H("friday"),    H("saturday"), H("sunday"),    H("today"),
                                   H("yesterday"), H("tonight")};
  Occasion o;
  const auto [sb, se] = v.sentences[v.info[d.anchor].sentence];
  for (uint32_t i = sb; i < se; ++i) {
    if (InContent(d, i)) continue;
    const uint64_t w = v.info[i].word;
    o.other_channel |= In(w, kChannel);
    if (In(w, kDays)) o.days.push_back(w);
  }
  return o;
}

// Rule 4 (see path.h): "… Hrytsenko said on Wednesday. Hrytsenko told Radio Svitanok that …".
void PropagateToPreviousSentence(const DocView& v, const std::vector<Draft>& drafts,
                                 std::vector<Work>* work) {
  std::vector<size_t> order;
  for (size_t n = 0; n < drafts.size(); ++n) {
    if (!drafts[n].drop) order.push_back(n);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return drafts[a].anchor < drafts[b].anchor; });
  for (size_t k = 0; k + 1 < order.size(); ++k) {
    const size_t n = order[k], m = order[k + 1];
    const Draft& early = drafts[n];
    const Draft& late = drafts[m];
    if (!(*work)[n].elems.empty() || early.a.cue.empty() || late.a.cue.empty()) continue;
    if (v.info[late.anchor].sentence != v.info[early.anchor].sentence + 1) continue;
    const std::string key = SpeakerKey(early.st);
    if (key.empty() || key != SpeakerKey(late.st)) continue;
    const std::vector<Element>& elems = (*work)[m].elems;
    if (elems.empty() || !std::all_of(elems.begin(), elems.end(), [](const Element& e) {
          return e.via.relation == ViaRelation::kTold || e.via.relation == ViaRelation::kInterview;
        })) {
      continue;
    }
    const Occasion a = OccasionOf(v, early), b = OccasionOf(v, late);
    if (a.other_channel) continue;
    if (!a.days.empty() && !b.days.empty() &&
        std::none_of(a.days.begin(), a.days.end(), [&](uint64_t w) {
          return std::find(b.days.begin(), b.days.end(), w) != b.days.end();
        })) {
      continue;
    }
    (*work)[n].elems = elems;
  }
}

}  // namespace

void FindPaths(const DocView& v, std::vector<Draft>* drafts) {
  std::vector<Work> work(drafts->size());
  for (size_t n = 0; n < drafts->size(); ++n) {
    Draft& d = (*drafts)[n];
    if (d.drop) continue;
    ScanClause(v, d, &work[n]);
    if (!work[n].citing) ScanContentForCiting(v, d, &work[n]);
    d.st.hedged = Hedged(v, d);
  }

  // A statement inside the content of a publication's statement was relayed by it.
  std::vector<size_t> publications;  // few per document: keeps this pass linear in practice
  for (size_t m = 0; m < drafts->size(); ++m) {
    const Draft& o = (*drafts)[m];
    if (!o.drop && o.st.speaker.kind == SpeakerKind::kPublication && o.a.source) {
      publications.push_back(m);
    }
  }
  for (size_t n = 0; n < drafts->size() && !publications.empty(); ++n) {
    Draft& d = (*drafts)[n];
    if (d.drop || d.a.cue.empty()) continue;
    for (size_t m : publications) {
      const Draft& o = (*drafts)[m];
      if (m == n) continue;
      if (!InContent(o, d.a.cue.begin)) continue;
      const uint32_t b =
          std::min(o.a.source->begin, o.a.cue.empty() ? o.a.source->begin : o.a.cue.begin);
      const uint32_t e = std::max(o.a.source->end, o.a.cue.end);
      Add(v, &work[n], b, e, ViaRelation::kReported, *o.a.source);
    }
  }

  // "X said … contacts who told him …": the inner speaker told the outer one, so the outer
  // statement cites them, and "told him" is the inner statement's path, not the outer one's.
  for (size_t n = 0; n < drafts->size(); ++n) {
    const Draft& inner = (*drafts)[n];
    if (inner.drop || inner.a.cue.empty() || !inner.st.speaker.span) continue;
    for (const Element& e : work[n].elems) {
      if (e.via.relation != ViaRelation::kTold) continue;
      if (e.target != "him" && e.target != "her" && e.target != "them") continue;
      for (size_t m = 0; m < drafts->size(); ++m) {
        Draft& outer = (*drafts)[m];
        if (m == n || outer.drop || outer.a.cue.empty() || outer.a.cue.begin >= inner.a.cue.begin ||
            v.info[outer.a.cue.begin].sentence != v.info[inner.a.cue.begin].sentence) {
          continue;
        }
        if (!work[m].citing) {
          // The inner speaker as written, or what its relative pronoun stands for.
          const TokSpan src = *inner.a.source;
          std::optional<TokSpan> ante;
          if (src.size() == 1 && v.info[src.begin].pronoun == Pronoun::kRelative) {
            ante = RelativeAntecedent(v, src.begin);
          }
          work[m].citing = ante ? Bytes(v, ante->begin, ante->end) : *inner.st.speaker.span;
        }
        std::erase_if(work[m].elems, [&](const Element& x) { return x.via.span == e.via.span; });
      }
    }
  }

  // Rule 1: relays stated in a sentence apply to all its statements.
  std::map<uint32_t, std::vector<size_t>> by_sentence;
  for (size_t n = 0; n < drafts->size(); ++n) {
    const Draft& d = (*drafts)[n];
    if (d.drop) continue;
    by_sentence[v.info[d.a.cue.empty() ? d.anchor : d.a.cue.begin].sentence].push_back(n);
  }
  for (const auto& [sent, members] : by_sentence) {
    std::vector<Element> relays;
    for (size_t n : members) {
      for (const Element& e : work[n].elems) {
        if (e.relay) relays.push_back(e);
      }
    }
    for (size_t n : members) {
      const Draft& d = (*drafts)[n];
      for (const Element& e : relays) {
        if (!d.a.cue.empty() && e.via.span.Overlaps(Bytes(v, d.a.cue.begin, d.a.cue.end))) {
          continue;  // "according to X" is this statement's own cue
        }
        bool have = false;
        for (const Element& x : work[n].elems) have |= x.via.span == e.via.span;
        if (!have) work[n].elems.push_back(e);
      }
    }
  }

  // Relay-only statements: "according to Metro" found as its own statement while another
  // speaker in the sentence took it as a relay.
  for (size_t n = 0; n < drafts->size(); ++n) {
    Draft& r = (*drafts)[n];
    if (r.drop || r.a.cue.empty() || !r.a.source) continue;
    const uint64_t w0 = v.info[r.a.cue.begin].word;
    if (w0 != H("according") && w0 != H("per")) continue;
    if (r.st.speaker.kind != SpeakerKind::kPublication) continue;
    const ByteSpan cue_bytes = Bytes(v, r.a.cue.begin, r.a.cue.end);
    for (size_t m = 0; m < drafts->size() && !r.drop; ++m) {
      if (m == n || (*drafts)[m].drop) continue;
      for (const Element& e : work[m].elems) {
        if (e.relay && e.via.span.Overlaps(cue_bytes)) {
          r.drop = true;
          break;
        }
      }
    }
  }

  // "Citing his source, Osechkin told …": the detector's statement with cue "citing" is the
  // citing of another statement in the sentence.
  for (size_t n = 0; n < drafts->size(); ++n) {
    Draft& r = (*drafts)[n];
    if (r.drop || r.a.cue.empty() || v.info[r.a.cue.begin].word != H("citing")) continue;
    for (size_t m = 0; m < drafts->size(); ++m) {
      const Draft& o = (*drafts)[m];
      if (m == n || o.drop || !work[m].citing) continue;
      if (v.info[o.a.cue.empty() ? o.anchor : o.a.cue.begin].sentence !=
          v.info[r.a.cue.begin].sentence) {
        continue;
      }
      const ByteSpan cue_bytes = Bytes(v, r.a.cue.begin, r.a.cue.end);
      const ByteSpan cited = *work[m].citing;
      if (cited.start >= cue_bytes.end && cited.start - cue_bytes.end <= 1) {
        r.drop = true;
        break;
      }
    }
  }

  // Rules 2 and 3: propagation to statements of the same speaker without a path of their own.
  std::vector<bool> own(drafts->size());
  for (size_t n = 0; n < drafts->size(); ++n) own[n] = !work[n].elems.empty();
  std::map<std::string, std::vector<size_t>> by_speaker;
  for (size_t n = 0; n < drafts->size(); ++n) {
    if ((*drafts)[n].drop) continue;
    std::string key = SpeakerKey((*drafts)[n].st);
    if (!key.empty()) by_speaker[key].push_back(n);
  }
  for (const auto& [key, members] : by_speaker) {
    // Rule 3: a target stated at two or more places of the article for this speaker.
    std::map<std::string, std::vector<uint32_t>> target_places;
    for (size_t n : members) {
      for (const Element& e : work[n].elems) {
        std::vector<uint32_t>& places = target_places[e.target];
        if (std::find(places.begin(), places.end(), e.via.span.start) == places.end()) {
          places.push_back(e.via.span.start);
        }
      }
    }
    std::map<std::string, int> target_count;
    for (const auto& [t, places] : target_places) target_count[t] = static_cast<int>(places.size());
    for (size_t n : members) {
      if (own[n]) continue;
      const uint32_t block = v.info[(*drafts)[n].anchor].block;
      // Rule 2: the nearest statement of the same speaker in the same paragraph.
      int best = -1;
      for (size_t m : members) {
        if (!own[m] || v.info[(*drafts)[m].anchor].block != block) continue;
        if (best < 0 ||
            std::abs(static_cast<int64_t>((*drafts)[m].anchor) - (*drafts)[n].anchor) <
                std::abs(static_cast<int64_t>((*drafts)[best].anchor) - (*drafts)[n].anchor)) {
          best = static_cast<int>(m);
        }
      }
      if (best < 0) {
        // Rule 3: the target stated most often (at least twice) for this speaker.
        std::string top;
        int top_count = 1;
        for (const auto& [t, c] : target_count) {
          if (c > top_count) {
            top = t;
            top_count = c;
          }
        }
        for (size_t m : members) {
          if (!own[m] || top.empty()) continue;
          for (const Element& e : work[m].elems) {
            if (e.target == top) best = static_cast<int>(m);
          }
          if (best >= 0) break;
        }
      }
      if (best >= 0) work[n].elems = work[best].elems;
    }
  }
  PropagateToPreviousSentence(v, *drafts, &work);

  for (size_t n = 0; n < drafts->size(); ++n) {
    Draft& d = (*drafts)[n];
    if (d.drop) continue;
    std::stable_sort(work[n].elems.begin(), work[n].elems.end(),
                     [](const Element& a, const Element& b) {
                       if (a.relay != b.relay) return !a.relay;  // told/interview first
                       return false;
                     });
    d.st.via.clear();
    for (const Element& e : work[n].elems) d.st.via.push_back(e.via);
    d.st.citing = work[n].citing;
    // A speaker does not cite itself ("updates from a source … that suggests …" whose speaker
    // is that source).
    if (d.st.citing && d.st.speaker.span && d.st.citing->Overlaps(*d.st.speaker.span)) {
      d.st.citing.reset();
    }
  }
}

}  // namespace claimtrace::attrib
