// Speaker typing and resolution (see speaker.h for the model). Word tests compare the token
// hashes DocView computed, so no text is re-scanned. Covered by statement_builder_test.cc and the
// golden tests.
#include "attrib/speaker.h"

#include <algorithm>

#include "attrib/lexicon.h"

namespace claimtrace::attrib {
namespace {

uint64_t H(std::string_view w) { return DocView::WordHash(w); }

bool IsOneOf(uint64_t w, std::initializer_list<uint64_t> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsPreposition(uint64_t w) {
  static const uint64_t k[] = {H("of"),   H("for"),    H("from"),   H("at"),    H("in"),
                               H("with"), H("on"),     H("to"),     H("by"),    H("about"),
                               H("near"), H("inside"), H("within"), H("among"), H("close")};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsRelative(uint64_t w) {
  static const uint64_t k[] = {H("who"), H("whom"), H("which"), H("whose")};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsDeterminer(uint64_t w) {
  static const uint64_t k[] = {H("the"),   H("a"),       H("an"),  H("this"), H("that"),
                               H("these"), H("those"),   H("one"), H("some"), H("two"),
                               H("three"), H("several"), H("many")};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsSegmentBreak(const DocView& v, uint32_t i) {
  const Token& t = v.tokens[i];
  if (t.kind == TokenKind::kDash)
    return (t.flags & kTokenSpaceBefore) != 0;  // not "Russia-related"
  if (v.IsPunct(i, ',') || v.IsPunct(i, '(') || v.IsPunct(i, ')') || v.IsPunct(i, ';')) return true;
  return IsRelative(v.info[i].word) && v.info[i].pronoun == Pronoun::kRelative;  // not "WHO"
}

bool Capitalized(const DocView& v, uint32_t i) {
  return v.info[i].shape == Shape::kCapitalized || v.info[i].shape == Shape::kAllCaps ||
         v.info[i].shape == Shape::kMixed;
}

SpeakerKind KindOfEntity(const DocView& v, int32_t e, bool outlet) {
  switch (v.doc.entities[e].type) {
    case EntityType::kPerson:
      return SpeakerKind::kPerson;
    case EntityType::kOrg:
      return outlet ? SpeakerKind::kPublication : SpeakerKind::kOrganization;
    case EntityType::kGpe:
      return SpeakerKind::kOrganization;
    case EntityType::kNorp:
      return SpeakerKind::kAnonymousSource;
    default:
      return outlet ? SpeakerKind::kPublication : SpeakerKind::kUnknown;
  }
}

}  // namespace

bool LooksLikeOutlet(const DocView& v, TokSpan s) {
  const Lexicon& lex = v.lexicon;
  uint32_t b = s.begin;
  if (b < s.end && v.info[b].word == H("the")) ++b;
  if (b >= s.end) return false;
  bool media_word = false, outlet = false;
  for (uint32_t i = b; i < s.end; ++i) {
    if (!Capitalized(v, i) && v.info[i].word != H("'s") && v.tokens[i].kind != TokenKind::kPunct) {
      return false;
    }
    MediaClass m = lex.Media(v.Text(i));
    if (m == MediaClass::kOutlet) outlet = true;
    if (m == MediaClass::kMediaWord) media_word = true;
    if (i + 1 < s.end) {
      std::string two(v.Text(i));
      two += ' ';
      two += v.Text(i + 1);
      if (lex.Media(two) == MediaClass::kOutlet) outlet = true;
    }
  }
  return outlet || media_word;
}

SpeakerResolver::SpeakerResolver(const DocView& v) : v_(v) {}

std::string SpeakerResolver::SpanText(TokSpan s) const {
  return std::string(v_.doc.Slice({v_.tokens[s.begin].span.start, v_.tokens[s.end - 1].span.end}));
}

SpeakerResolver::Head SpeakerResolver::FindHead(TokSpan seg) const {
  Head h;
  for (uint32_t i = seg.begin; i < seg.end; ++i) {
    // A preposition ends the head noun phrase ("a spokesman for the Kremlin"), except inside a
    // name ("Bank of England": the entity runs on).
    if (IsPreposition(v_.info[i].word) && i > seg.begin &&
        !(v_.tokens[i].entity >= 0 && v_.tokens[i].entity == v_.tokens[i - 1].entity)) {
      break;
    }
    // A participle after the noun ends it too: "a letter seen by", "photos released of".
    if (h.found && i > seg.begin && v_.info[i].shape == Shape::kLower) {
      const std::string_view w = v_.Text(i);
      const bool participle = (w.size() > 4 && w.substr(w.size() - 2) == "ed") || w == "seen" ||
                              w == "written" || w == "shown" || w == "given" || w == "taken";
      std::string prev;
      if (participle && v_.lexicon.HeadKind(LowerAscii(v_.Text(h.token), &prev))) break;
    }
    if (v_.tokens[i].kind == TokenKind::kWord || v_.tokens[i].kind == TokenKind::kNumber) {
      if (v_.info[i].word == H("'s") || v_.info[i].word == H("\xE2\x80\x99s")) continue;
      h.token = i;
      h.found = true;
    }
  }
  return h;
}

Speaker SpeakerResolver::FromEntity(int32_t e, TokSpan span) const {
  const Entity& ent = v_.doc.entities[e];
  Speaker s;
  s.entity = ent.id;
  s.name = ent.name;
  const bool outlet =
      LooksLikeOutlet(v_, span) || v_.lexicon.Media(ent.name) == MediaClass::kOutlet;
  s.kind = KindOfEntity(v_, e, outlet);
  return s;
}

void SpeakerResolver::Remember(const Speaker& s, uint32_t anchor, uint64_t head, bool plural) {
  if (s.kind == SpeakerKind::kUnknown && !s.name) return;
  Referent r;
  r.token = anchor;
  r.name = s.name.value_or("");
  r.kind = s.kind;
  r.head = head;
  r.plural = plural;
  if (s.entity) {
    for (size_t e = 0; e < v_.doc.entities.size(); ++e) {
      if (v_.doc.entities[e].id == *s.entity) r.entity = static_cast<int32_t>(e);
    }
  }
  history_.push_back(std::move(r));
}

// A preposition whose object cannot be the referent of a later subject pronoun of the same
// sentence ("Speaking to X, he said", "In Kyiv, they …").
static bool IsPrepositionAt(const DocView& v, uint32_t i) {
  static const uint64_t kWords[] = {
      DocView::WordHash("to"),     DocView::WordHash("with"),    DocView::WordHash("from"),
      DocView::WordHash("by"),     DocView::WordHash("at"),      DocView::WordHash("for"),
      DocView::WordHash("about"),  DocView::WordHash("against"), DocView::WordHash("into"),
      DocView::WordHash("on"),     DocView::WordHash("in"),      DocView::WordHash("toward"),
      DocView::WordHash("towards")};
  for (uint64_t w : kWords) {
    if (v.info[i].word == w) return true;
  }
  return false;
}

std::optional<Speaker> SpeakerResolver::ResolvePronoun(Pronoun p, uint32_t at,
                                                       uint32_t pronoun) const {
  const uint32_t at_block = v_.info[at].block;
  auto as_speaker = [&](const Referent& r) {
    Speaker s;
    s.kind = r.kind;
    if (!r.name.empty()) s.name = r.name;
    if (r.entity >= 0) s.entity = v_.doc.entities[r.entity].id;
    return s;
  };
  auto compatible = [&](const Referent& r) {
    switch (p) {
      case Pronoun::kMale:
      case Pronoun::kFemale:
        return r.kind == SpeakerKind::kPerson ||
               ((r.kind == SpeakerKind::kAnonymousOfficial ||
                 r.kind == SpeakerKind::kAnonymousSource || r.kind == SpeakerKind::kExpert) &&
                !r.plural);
      case Pronoun::kPlural:
        return r.plural || r.kind == SpeakerKind::kOrganization;
      case Pronoun::kNeuter:
        return r.kind == SpeakerKind::kOrganization || r.kind == SpeakerKind::kDocument ||
               r.kind == SpeakerKind::kPublication;
      default:
        return false;
    }
  };
  // 0. A compatible name earlier in the same sentence, outside quotations.
  const uint32_t ss = v_.sentences[v_.info[pronoun].sentence].first;
  for (uint32_t i = pronoun; i-- > ss;) {
    if (v_.info[i].quote >= 0) continue;
    const int32_t e = v_.tokens[i].entity;
    if (e >= 0) {
      const EntityType t = v_.doc.entities[e].type;
      const bool person = p == Pronoun::kMale || p == Pronoun::kFemale;
      if (person ? t == EntityType::kPerson : (t == EntityType::kOrg || t == EntityType::kGpe)) {
        uint32_t b = i;
        while (b > ss && v_.tokens[b - 1].entity == e) --b;
        // "Speaking to Radio Ostra, he …", "After meeting Ivanov's envoy, she …": the object of
        // a preposition in the same sentence is not the subject pronoun's referent.
        uint32_t np = b;  // over the rest of the noun phrase: "to Radio Ostra", "with the"
        while (np > ss && b - np < 3 &&
               (v_.info[np - 1].shape == Shape::kCapitalized ||
                v_.info[np - 1].word == DocView::WordHash("the"))) {
          --np;
        }
        if (np > ss && IsPrepositionAt(v_, np - 1)) {
          i = b;
          continue;
        }
        return FromEntity(e, {b, i + 1});
      }
      continue;
    }
    if (v_.info[i].shape != Shape::kCapitalized) continue;
    if (i > ss && IsPrepositionAt(v_, i - 1)) continue;
    const std::string_view word = v_.Text(i);
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (!compatible(*it) || it->name.size() < word.size()) continue;
      const bool ends =
          it->name.compare(it->name.size() - word.size(), word.size(), word) == 0 &&
          (it->name.size() == word.size() || it->name[it->name.size() - word.size() - 1] == ' ');
      if (ends) return as_speaker(*it);
    }
  }
  // 1a. The subject of the sentence before, when no speaker was resolved there or since: a
  // compatible name among its first eight words ("The city's mayor, Viktor Savchuk, gave a
  // higher figure. About 12,000 had left, he told reporters." -> Savchuk, not the speaker of
  // an earlier paragraph).
  if (const uint32_t at_sent = v_.info[pronoun].sentence; at_sent > 0) {
    const auto [pb, pe] = v_.sentences[at_sent - 1];
    bool spoken_since = false;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->token < at && it->token >= pb) spoken_since = true;
      if (it->token < pb) break;
    }
    const bool person = p == Pronoun::kMale || p == Pronoun::kFemale;
    if (!spoken_since && pe > pb && at_block - v_.info[pb].block <= 1 && person) {
      for (uint32_t i = pb; i < pe && i < pb + 8; ++i) {
        if (v_.info[i].quote >= 0) break;
        const int32_t e = v_.tokens[i].entity;
        if (e < 0) continue;
        if (v_.doc.entities[e].type != EntityType::kPerson) break;
        uint32_t end = i;
        while (end < pe && v_.tokens[end].entity == e) ++end;
        return FromEntity(e, {i, end});
      }
    }
  }
  // 1. Speaker continuity: the latest compatible speaker within two paragraphs.
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->token >= at) continue;
    if (at_block - v_.info[it->token].block > 2) break;
    if (compatible(*it)) return as_speaker(*it);
  }
  // 2. The most recent compatible entity mention within three sentences.
  const uint32_t at_sent = v_.info[at].sentence;
  for (uint32_t i = at; i-- > 0;) {
    if (at_sent - v_.info[i].sentence > 3) break;
    const int32_t e = v_.tokens[i].entity;
    if (e < 0) continue;
    const EntityType t = v_.doc.entities[e].type;
    const bool ok = (p == Pronoun::kMale || p == Pronoun::kFemale) ? t == EntityType::kPerson
                    : (p == Pronoun::kPlural || p == Pronoun::kNeuter)
                        ? (t == EntityType::kOrg || t == EntityType::kGpe)
                        : false;
    if (ok) {
      uint32_t b = i;
      while (b > 0 && v_.tokens[b - 1].entity == e) --b;
      return FromEntity(e, {b, i + 1});
    }
  }
  return std::nullopt;
}

std::optional<Speaker> SpeakerResolver::ResolveDescription(TokSpan core, uint32_t head,
                                                           uint32_t at) const {
  std::string head_lower;
  LowerAscii(v_.Text(head), &head_lower);
  // 1. An entity mentioned earlier whose roles contain the head word ("the spy").
  int32_t best = -1;
  uint32_t best_pos = 0;
  for (uint32_t i = 0; i < at; ++i) {
    const int32_t e = v_.tokens[i].entity;
    if (e < 0 || v_.doc.entities[e].type != EntityType::kPerson) continue;
    if (core.Contains(i)) continue;
    for (const std::string& role : v_.doc.entities[e].roles) {
      std::string rl;
      LowerAscii(role, &rl);
      size_t p = rl.find(head_lower);
      const bool word = p != std::string::npos &&
                        (p == 0 || !std::isalpha(static_cast<unsigned char>(rl[p - 1]))) &&
                        (p + head_lower.size() == rl.size() ||
                         !std::isalpha(static_cast<unsigned char>(rl[p + head_lower.size()])));
      if (word && i >= best_pos) {
        best = e;
        best_pos = i;
      }
    }
  }
  if (best >= 0) return FromEntity(best, {best_pos, best_pos + 1});
  // 2. The latest earlier speaker with the same head word ("a whistleblower" ... "the
  //    whistleblower"; "a senior NATO official" ... "the NATO official").
  const uint64_t hw = v_.info[head].word;
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->token < at && it->head == hw) {
      Speaker s;
      s.kind = it->kind;
      if (!it->name.empty()) s.name = it->name;
      if (it->entity >= 0) s.entity = v_.doc.entities[it->entity].id;
      return s;
    }
  }
  // 2b. A generic anonymous head ("the source", "the official") stands for the latest unnamed
  //     speaker of the same kind ("a whistleblower" ... "the source"); role nouns ("the mayor")
  //     do not.
  const std::optional<SpeakerKind> kind = v_.lexicon.HeadKind(head_lower);
  const bool generic_head =
      IsOneOf(hw, {H("source"), H("sources"), H("insider"), H("insiders"), H("official"),
                   H("officials"), H("informant"), H("contact"), H("contacts"), H("person")});
  if (generic_head &&
      (kind == SpeakerKind::kAnonymousSource || kind == SpeakerKind::kAnonymousOfficial)) {
    const uint32_t at_block = v_.info[at].block;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->token >= at) continue;
      if (at_block - v_.info[it->token].block > 2) break;
      if (it->kind == *kind && it->entity < 0) {
        Speaker s;
        s.kind = it->kind;
        if (!it->name.empty()) s.name = it->name;
        return s;
      }
    }
  }
  // 3. A nationality or a generic person noun ("the Russian", "the man"): speaker continuity.
  // An unlisted head may be a person noun ("the veteran"), but not when the phrase is long
  // (a clause taken as the source) or the head is an abstract noun by its suffix ("the
  // decision", "the movement", "the community").
  auto abstract = [&] {
    for (std::string_view suf : {"tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"}) {
      if (head_lower.size() > suf.size() + 2 && head_lower.ends_with(suf)) return true;
    }
    return false;
  };
  const bool unlisted_person_like =
      !v_.lexicon.HeadKind(head_lower) && core.size() <= 5 && !abstract();
  const bool generic = v_.info[head].entity_type == static_cast<int8_t>(EntityType::kNorp) ||
                       IsOneOf(hw, {H("man"), H("woman"), H("person"), H("russian"), H("ukrainian"),
                                    H("american"), H("briton")}) ||
                       unlisted_person_like;
  if (generic) {
    const uint32_t at_block = v_.info[at].block;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->token >= at) continue;
      if (at_block - v_.info[it->token].block > 2) break;
      if (it->kind == SpeakerKind::kPerson && !it->plural) {
        Speaker s;
        s.kind = it->kind;
        if (!it->name.empty()) s.name = it->name;
        if (it->entity >= 0) s.entity = v_.doc.entities[it->entity].id;
        return s;
      }
    }
  }
  return std::nullopt;
}

std::optional<TokSpan> RelativeAntecedent(const DocView& v, uint32_t rel) {
  uint32_t i = rel;
  while (i > 0 && (v.IsPunct(i - 1, ',') || v.tokens[i - 1].kind == TokenKind::kDash)) --i;
  if (i == 0 || v.info[i - 1].sentence != v.info[rel].sentence) return std::nullopt;
  const uint32_t last = i - 1;
  std::string lower;
  // Back over a noun phrase's modifiers to its determiner.
  auto np_start = [&](uint32_t head) {
    uint32_t b = head;
    while (
        b > 0 && head - b < 6 &&
        (v.tokens[b - 1].kind == TokenKind::kWord || v.tokens[b - 1].kind == TokenKind::kNumber) &&
        !IsPreposition(v.info[b - 1].word) && !(v.info[b - 1].cue_bits & kCueClassMask)) {
      --b;
      if (IsDeterminer(v.info[b].word)) break;
    }
    return b;
  };
  // "a source within the FSB that …": a listed speaker noun before a prepositional phrase is the
  // antecedent, with the phrase.
  auto with_pp = [&](TokSpan np) -> TokSpan {
    if (np.begin < 2 || !IsPreposition(v.info[np.begin - 1].word)) return np;
    const uint32_t head = np.begin - 2;
    if (v.info[head].sentence != v.info[rel].sentence || v.tokens[head].entity >= 0 ||
        !v.lexicon.HeadKind(LowerAscii(v.Text(head), &lower))) {
      return np;
    }
    return TokSpan{np_start(head), np.end};
  };
  if (v.tokens[last].entity >= 0) {
    uint32_t b = last;
    while (b > 0 && v.tokens[b - 1].entity == v.tokens[last].entity) --b;
    if (b > 0 && v.info[b - 1].word == H("the")) --b;
    const TokSpan np{b, last + 1};
    const TokSpan out = with_pp(np);
    return out == np ? TokSpan{b + (v.info[b].word == H("the") ? 1u : 0u), last + 1} : out;
  }
  LowerAscii(v.Text(last), &lower);
  if (!v.lexicon.HeadKind(lower)) {
    // An untagged name ("the FSB") only as the object of a speaker noun's phrase.
    if (v.info[last].shape != Shape::kCapitalized && v.info[last].shape != Shape::kAllCaps) {
      return std::nullopt;
    }
    uint32_t b = last;
    while (b > 0 && last - b < 4 &&
           (v.info[b - 1].shape == Shape::kCapitalized || v.info[b - 1].shape == Shape::kAllCaps)) {
      --b;
    }
    if (b > 0 && v.info[b - 1].word == H("the")) --b;
    const TokSpan np{b, last + 1};
    const TokSpan out = with_pp(np);
    if (out == np) return std::nullopt;
    return out;
  }
  return with_pp(TokSpan{np_start(last), last + 1});
}

uint32_t AntecedentHead(const DocView& v, TokSpan ante) {
  for (uint32_t i = ante.begin + 1; i < ante.end; ++i) {
    if (IsPreposition(v.info[i].word)) return i - 1;
  }
  return ante.end - 1;
}

std::optional<Speaker> SpeakerResolver::ResolveRelative(uint32_t rel) const {
  const std::optional<TokSpan> ante = RelativeAntecedent(v_, rel);
  if (!ante) return std::nullopt;
  const uint32_t last = AntecedentHead(v_, *ante);
  if (v_.tokens[last].entity >= 0) return FromEntity(v_.tokens[last].entity, *ante);
  std::string lower;
  LowerAscii(v_.Text(last), &lower);
  Speaker s;
  s.kind = *v_.lexicon.HeadKind(lower);
  s.name = SpanText(*ante);
  return s;
}

Speaker SpeakerResolver::Resolve(std::optional<TokSpan> source, uint32_t anchor) {
  Speaker out;
  if (!source || source->empty()) return out;
  const TokSpan span = *source;
  if (span.size() == 1 && v_.info[span.begin].pronoun == Pronoun::kRelative) {
    // "officials, who know …": the relative pronoun stands for the noun phrase before it.
    if (auto r = ResolveRelative(span.begin)) out = *r;
    Remember(out, anchor, v_.info[span.begin].word, false);
    return out;
  }
  // Segments: the core noun phrase, then appositives.
  std::vector<TokSpan> segs;
  uint32_t b = span.begin;
  for (uint32_t i = span.begin; i < span.end; ++i) {
    if (IsSegmentBreak(v_, i)) {
      if (i > b) segs.push_back({b, i});
      b = i + 1;
    }
  }
  if (span.end > b) segs.push_back({b, span.end});
  if (segs.empty()) return out;
  const TokSpan core = segs[0];
  const Head head = FindHead(core);
  if (!head.found) return out;
  const uint32_t h = head.token;
  const TokInfo& hi = v_.info[h];
  const bool definite = IsOneOf(v_.info[core.begin].word, {H("the"), H("this"), H("that")});
  std::string head_lower;
  LowerAscii(v_.Text(h), &head_lower);
  const std::optional<SpeakerKind> listed = v_.lexicon.HeadKind(head_lower);
  // Collective heads ("staff", "police") take "they", never "he"/"she".
  const bool collective = IsOneOf(hi.word, {H("staff"), H("police"), H("personnel"), H("crew"),
                                            H("people"), H("public"), H("media"), H("press")});
  const bool plural = (head_lower.size() > 3 && head_lower.back() == 's' && listed) ||
                      hi.pronoun == Pronoun::kPlural || collective;

  bool done = false;
  const bool norp_head =
      v_.tokens[h].entity >= 0 && v_.doc.entities[v_.tokens[h].entity].type == EntityType::kNorp;
  if (definite && norp_head && h > core.begin) {
    // "The Russian said": a nationality used as a description of someone mentioned before.
    if (auto r = ResolveDescription(core, h, anchor)) {
      out = *r;
      done = true;
    }
  }
  if (done) {
  } else if (v_.tokens[h].entity >= 0) {
    out = FromEntity(v_.tokens[h].entity, core);
    done = true;
  } else if (hi.pronoun == Pronoun::kMale || hi.pronoun == Pronoun::kFemale ||
             hi.pronoun == Pronoun::kPlural || hi.pronoun == Pronoun::kNeuter) {
    if (auto r = ResolvePronoun(hi.pronoun, anchor, h)) {
      out = *r;
    } else {
      out.kind = (hi.pronoun == Pronoun::kMale || hi.pronoun == Pronoun::kFemale)
                     ? SpeakerKind::kPerson
                     : SpeakerKind::kUnknown;
    }
    done = true;
  } else if (hi.pronoun == Pronoun::kFirst) {
    if (head_lower == "i" && v_.doc.author) {
      out.kind = SpeakerKind::kPerson;
      out.name = *v_.doc.author;
    }
    done = true;
  } else if (definite && h > core.begin) {
    if (auto r = ResolveDescription(core, h, anchor)) {
      out = *r;
      done = true;
    }
  }
  if (!done) {
    if (LooksLikeOutlet(v_, core)) {
      out.kind = SpeakerKind::kPublication;
      out.name = SpanText(core);
    } else if (listed) {
      out.kind = *listed;
      out.name = SpanText(core);
    } else if (Capitalized(v_, h) &&
               !(h == core.begin && hi.shape != Shape::kAllCaps &&
                 v_.tokens[h].flags & kTokenSentenceStart && core.size() > 1)) {
      // A name without NER: the capitalised run ending at the head.
      uint32_t s = h;
      while (s > core.begin && Capitalized(v_, s - 1) && !IsDeterminer(v_.info[s - 1].word)) --s;
      // Leading titles are not part of the name ("Inspector Mart Kask" -> "Mart Kask").
      std::string title;
      while (s < h && v_.lexicon.HeadKind(LowerAscii(v_.Text(s), &title)).has_value()) ++s;
      const TokSpan run{s, h + 1};
      out.kind = hi.shape == Shape::kAllCaps ? SpeakerKind::kOrganization : SpeakerKind::kPerson;
      out.name = SpanText(run);
      // A surname alone links to an earlier speaker whose name ends with it.
      if (run.size() == 1) {
        const std::string sur = SpanText(run);
        for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
          if (it->name.size() > sur.size() + 1 &&
              it->name.compare(it->name.size() - sur.size(), sur.size(), sur) == 0 &&
              it->name[it->name.size() - sur.size() - 1] == ' ') {
            out.name = it->name;
            out.kind = it->kind;
            if (it->entity >= 0) out.entity = v_.doc.entities[it->entity].id;
            break;
          }
        }
      }
    } else {
      out.name = SpanText(core);
    }
  }
  // An appositive naming a person wins over an unnamed core ("an expert, Christo Grozev"), and
  // over what a description core was resolved to ("The latest Western leader to visit Kyiv,
  // Spanish Prime Minister Pedro Sanchez": Sanchez, not an earlier leader).
  const bool core_named = v_.tokens[h].entity >= 0 || hi.pronoun != Pronoun::kNone;
  if (!core_named || out.kind != SpeakerKind::kPerson || !out.entity) {
    for (size_t k = 1; k < segs.size(); ++k) {
      const Head ah = FindHead(segs[k]);
      if (ah.found && v_.tokens[ah.token].entity >= 0 &&
          v_.doc.entities[v_.tokens[ah.token].entity].type == EntityType::kPerson &&
          (out.kind != SpeakerKind::kPerson || !core_named)) {
        out = FromEntity(v_.tokens[ah.token].entity, segs[k]);
        break;
      }
    }
  }
  Remember(out, anchor, hi.word, plural);
  return out;
}

}  // namespace claimtrace::attrib
