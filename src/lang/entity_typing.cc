// Mention typing (rules in entity_typing.h). Covered by entity_test.cc.
#include "lang/entity_typing.h"

#include <algorithm>

#include "lang/cyrillic.h"
#include "lang/entity_news_rules.h"
#include "lang/roles.h"

namespace claimtrace::lang {
namespace {

constexpr std::string_view kGeoWords[] = {
    "Arena",     "Avenue",    "Basin",   "Bay",     "Beach",   "Bridge", "Canal",     "Cape",
    "Cathedral", "Channel",   "Coast",   "Desert",  "Falls",   "Forest", "Glacier",   "Gulf",
    "Highway",   "Hill",      "Hills",   "Island",  "Islands", "Isle",   "Lake",      "Mount",
    "Mountain",  "Mountains", "Mt.",     "Ocean",   "Palace",  "Park",   "Peninsula", "Plain",
    "Plains",    "Plateau",   "Range",   "Reef",    "River",   "Road",   "Sea",       "Square",
    "Stadium",   "Station",   "Strait",  "Straits", "Street",  "Tower",  "Valley",    "Volcano",
    "Airport",   "Boulevard", "Harbour", "Harbor",  "Port",    "Steppe", "Wood",      "Woods"};

bool IsGeoWord(std::string_view w) {
  for (std::string_view g : kGeoWords) {
    if (g == w) return true;
  }
  return false;
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

bool IsClitic(std::string_view w) {
  return w == "'s" || w == "’s" || w == "'S" || w == "’S" || w == "'" || w == "’";
}

bool IsEdgeJunk(const EntityContext& ctx, size_t i) {
  TokenKind k = ctx.tok(i).kind;
  return k == TokenKind::kPunct || k == TokenKind::kQuote || k == TokenKind::kDash ||
         IsClitic(ctx.Text(i));
}

// The gazetteer match that starts at `begin`, or nullptr.
const GazMatch* MatchAt(const EntityContext& ctx, uint32_t begin) {
  const std::vector<GazMatch>& m = *ctx.matches;
  auto it = std::lower_bound(m.begin(), m.end(), begin,
                             [](const GazMatch& g, uint32_t b) { return g.begin < b; });
  return (it != m.end() && it->begin == begin) ? &*it : nullptr;
}

bool Overlaps(const TypedMention& a, uint32_t b, uint32_t e) { return a.begin < e && b < a.end; }

bool Quoted(const EntityContext& ctx, uint32_t b, uint32_t e) {
  return b > 0 && e < ctx.size() && ctx.tok(b - 1).kind == TokenKind::kQuote &&
         (ctx.tok(b - 1).flags & kTokenOpensQuote) && ctx.tok(e).kind == TokenKind::kQuote &&
         (ctx.tok(e).flags & kTokenClosesQuote);
}

EntityType MapType(const EntityContext& ctx, uint32_t b, uint32_t e, NerType t, uint32_t bits) {
  if ((bits & kGazNorp) && !(bits & (kGazPlace | kGazOutlet))) return EntityType::kNorp;
  if (bits & kGazOutlet) return EntityType::kOrg;
  bool place = (bits & kGazPlace) != 0;
  bool geo = (bits & kGazGeo) != 0 || IsGeoWord(ctx.Text(e - 1)) ||
             (e - b >= 2 && (ctx.Is(b, "Mount") || ctx.Is(b, "Lake") || ctx.Is(b, "Mt.")));
  switch (t) {
    case NerType::kPer:
      return EntityType::kPerson;
    case NerType::kOrg:
      return place && !(bits & kGazOrgHead) ? EntityType::kGpe : EntityType::kOrg;
    case NerType::kLoc:
      if (place) return EntityType::kGpe;
      return geo ? EntityType::kLoc : EntityType::kGpe;
    case NerType::kMisc: {
      if (place) return EntityType::kGpe;
      if (bits & kGazGeo) return EntityType::kLoc;
      bool event = false, digits = false;
      for (uint32_t i = b; i < e; ++i) {
        const TokenKeys& k = (*ctx.keys)[i];
        digits |= k.has_digit;
        if (ctx.gazetteer->WordBits(k.lower, ctx.Capitalized(i)) & kGazEvent) event = true;
      }
      const std::vector<GazMatch>& gm = *ctx.matches;
      auto it = std::lower_bound(gm.begin(), gm.end(), b,
                                 [](const GazMatch& g, uint32_t x) { return g.begin < x; });
      for (; it != gm.end() && it->begin < e; ++it) {
        if (it->end <= e && (it->bits & kGazEvent)) event = true;
      }
      if (event && (e - b >= 2 || digits)) return EntityType::kEvent;
      if (e - b >= 2 && Quoted(ctx, b, e)) return EntityType::kWork;
      return EntityType::kMisc;
    }
  }
  return EntityType::kMisc;
}

// Names are spanned without a leading "The" (as in the training data); the entity name keeps it.
TypedMention WithoutThe(const EntityContext& ctx, TypedMention m) {
  if (m.end - m.begin >= 2 && (ctx.Is(m.begin, "The") || ctx.Is(m.begin, "THE"))) {
    ++m.begin;
    m.the_before = true;
  }
  return m;
}

}  // namespace

// Transliterated surname endings (Russian, Ukrainian, Belarusian, Polish, Serbian/Croatian,
// Georgian, Armenian, Romanian, Turkish), longest first within a family.
constexpr std::string_view kSurnameEndings[] = {
    "ova",    "eva",   "yeva",  "ov",    "ev",    "enko",  "skaya", "skiy", "skyi",
    "sky",    "ski",   "ska",   "tskyi", "vich",  "vych",  "chuk",  "yuk",  "uk",
    "shvili", "dze",   "yan",   "escu",  "ovic",  "evic",  "ović",  "ević", "oglu",
    "ovski",  "evski", "ichev", "yshyn", "ishyn", "chenko"};

bool HasSurnameShape(std::string_view w) {
  if (w.size() < 5 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  // Every ending ends in one of these bytes ("ć" in 0x87): most words are out at once.
  const char last = w.back();
  if (std::string_view("avoyihkenuc\x87").find(last) == std::string_view::npos) return false;
  size_t letters = 0;
  for (char c : w) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++letters;
    } else if (!(static_cast<unsigned char>(c) >= 0x80)) {
      return false;  // digits, hyphens, dots: not a plain surname
    }
  }
  if (letters < 5) return false;
  for (std::string_view e : kSurnameEndings) {
    if (e.back() == last && w.size() >= e.size() + 3 &&
        w.compare(w.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

namespace {

// A person-typed cluster with no evidence of being a person: every mention is one word that
// neither the word list (first names, surnames, places) nor WordNet knows, never preceded by a
// title ("Mr", "President"), followed by a role appositive (", a researcher"), a citation year
// ("Kessler 2001"), "et al." or a personal pronoun within ten tokens. In news such names are mostly
// companies, products and outlets the tagger has never seen ("Twilio said") -> ORG, or places when
// one follows "in"/"near"
// ("in Neiafu") -> GPE. Returns kPerson when the evidence is missing or mixed.
EntityType UnknownSingleWordType(const EntityContext& ctx, const std::vector<TypedMention>& m,
                                 const std::vector<size_t>& idx) {
  const std::vector<GazMatch>& gm = *ctx.matches;
  bool place = false;
  for (size_t i : idx) {
    const TypedMention& t = m[i];
    if (t.end != t.begin + 1 || ctx.tok(t.begin).kind != TokenKind::kWord) {
      return EntityType::kPerson;
    }
    if (StartsCyrillic(ctx.Text(t.begin))) return EntityType::kPerson;
    if (HasSurnameShape(ctx.Text(t.begin))) return EntityType::kPerson;  // "Zelensky said"
    uint64_t lower = (*ctx.keys)[t.begin].lower;
    if (ctx.gazetteer->DictBits(lower) != 0) return EntityType::kPerson;
    if (ctx.gazetteer->WordBits(lower, true) & (kGazWnPerson | kGazTitle | kGazRole)) {
      return EntityType::kPerson;
    }
    auto it = std::lower_bound(gm.begin(), gm.end(), t.begin,
                               [](const GazMatch& g, uint32_t x) { return g.begin < x; });
    if (it != gm.begin() && (it - 1)->end == t.begin && ((it - 1)->bits & kGazTitle)) {
      return EntityType::kPerson;
    }
    size_t k = t.end;
    if (k < ctx.size() && (ctx.tok(k).kind == TokenKind::kNumber || ctx.Is(k, "et"))) {
      return EntityType::kPerson;  // "(Kessler 2001)", "Kessler et al."
    }
    if (ctx.Is(k, ",")) {
      ++k;
      if (ctx.Is(k, "a") || ctx.Is(k, "an") || ctx.Is(k, "the")) ++k;
      while (k < ctx.size() && k < t.end + 6 && ctx.tok(k).kind == TokenKind::kWord) {
        if (ctx.gazetteer->WordBits((*ctx.keys)[k].lower, false) & kGazRole) {
          return EntityType::kPerson;
        }
        ++k;
      }
    }
    // A personal pronoun soon after ("Messi ... his") is evidence of a person.
    for (size_t j = t.end; j < ctx.size() && j < t.end + 10; ++j) {
      std::string_view w = ctx.Text(j);
      if (w == "he" || w == "He" || w == "she" || w == "She" || w == "his" || w == "His" ||
          w == "her" || w == "him" || w == "himself" || w == "herself") {
        return EntityType::kPerson;
      }
    }
    if (t.begin > 0 && (ctx.Is(t.begin - 1, "in") || ctx.Is(t.begin - 1, "near"))) place = true;
  }
  return place ? EntityType::kGpe : EntityType::kOrg;
}

// A capitalised organisation head word inside a name ("Radio Svitanok", "Acme Bank"), unless
// the name starts with a word the word list knows as a name ("Margaret Court"); a legal form
// at its end in any case ("Fjordlaks ASA").
bool OrgHeadInside(const EntityContext& ctx, const TypedMention& m) {
  if (m.end - m.begin < 2) return false;
  if (IsLegalForm(ctx.Text(m.end - 1))) return true;
  if (ctx.gazetteer->DictBits((*ctx.keys)[m.begin].lower) & kDictCap) return false;
  for (uint32_t i = m.begin; i < m.end; ++i) {
    if (ctx.tok(i).kind == TokenKind::kWord && ctx.Capitalized(i) && !ctx.AllCaps(i) &&
        (ctx.gazetteer->WordBits((*ctx.keys)[i].lower, true) & kGazOrgHead)) {
      return true;
    }
  }
  return false;
}

}  // namespace

EntityType ClusterType(const EntityContext& ctx, const std::vector<TypedMention>& m,
                       const std::vector<size_t>& idx, EntityType voted, bool full_person,
                       const std::unordered_set<std::string_view>& places) {
  EntityType type = voted;
  // Role evidence around the mentions ("The water utility, Pryluzhne Vodokanal,", "Ion Rusu,
  // a lawyer") and organisation head words inside a name ("Radio Svitanok") can overrule
  // the tagger's PERSON / non-PERSON decision.
  int person_evidence = 0, org_evidence = 0, place_evidence = 0;
  bool name_like = true, legal_form = false;
  for (size_t i : idx) {
    legal_form |= m[i].end - m[i].begin >= 2 && IsLegalForm(ctx.Text(m[i].end - 1));
    // A person-typed name starting with a word the training data knows as a given name
    // ("broadcaster Fiona Gallacher": "broadcaster" alone would make an organisation).
    if (ctx.words != nullptr && m[i].type == EntityType::kPerson && m[i].end - m[i].begin >= 2 &&
        IsGivenNameProfile(NameProfileOf(ctx.words->Lookup((*ctx.keys)[m[i].begin].lower)))) {
      ++person_evidence;
    }
    RoleEvidence ev = RoleEvidenceOf(ctx, m[i].begin, m[i].end);
    person_evidence += ev == RoleEvidence::kPerson;
    org_evidence += ev == RoleEvidence::kOrg;
    place_evidence += ev == RoleEvidence::kPlace;
    bool head_inside = OrgHeadInside(ctx, m[i]) ||
                       (m[i].type == EntityType::kPerson && m[i].end - m[i].begin >= 2 &&
                        places.count(ctx.Text(m[i].begin)));
    org_evidence += head_inside;
    name_like &= !head_inside && !m[i].outlet && m[i].group == 0 && ctx.Capitalized(m[i].begin) &&
                 !(m[i].end - m[i].begin == 1 && ctx.AllCaps(m[i].begin)) &&
                 !(ExactPhraseBits(ctx, m[i].begin, m[i].end) &
                   (kGazPlace | kGazGeo | kGazOutlet | kGazNorp | kGazWnLocation));
  }
  // A name ending in a company's legal form is an organisation whatever is said around it
  // ("Norwegian fish farmer Fjordlaks ASA").
  if (legal_form) return EntityType::kOrg;
  if (full_person && org_evidence + place_evidence <= person_evidence) {
    type = EntityType::kPerson;
  }
  if ((type == EntityType::kPerson || type == EntityType::kOrg) && name_like &&
      place_evidence > person_evidence + org_evidence) {
    type = EntityType::kGpe;  // "the city of Lindenau"
  } else if (type == EntityType::kPerson && org_evidence > person_evidence) {
    type = EntityType::kOrg;
  } else if ((type == EntityType::kOrg || type == EntityType::kGpe || type == EntityType::kLoc) &&
             name_like && person_evidence > org_evidence + place_evidence) {
    type = EntityType::kPerson;
  } else if (type == EntityType::kPerson && !full_person && person_evidence == 0) {
    // A known country, city or region, only ever one word, with nothing saying it is a
    // person: a place ("Budanov said Moscow had lost ...").
    bool place = true;
    for (size_t i : idx) {
      const uint32_t bits =
          m[i].end - m[i].begin == 1 ? ExactPhraseBits(ctx, m[i].begin, m[i].end) : 0;
      place &= (bits & kGazPlace) != 0 && !(bits & kGazWnPerson);
    }
    type = place ? EntityType::kGpe : UnknownSingleWordType(ctx, m, idx);
  }
  return type;
}

uint32_t ExactPhraseBits(const EntityContext& ctx, uint32_t begin, uint32_t end, uint16_t* group) {
  if (group) *group = 0;
  const GazMatch* m = MatchAt(ctx, begin);
  if (m != nullptr && m->end == end) {
    if (group) *group = m->group;
    return m->bits;
  }
  if (end - begin == 1) {
    return ctx.gazetteer->WordBits((*ctx.keys)[begin].lower, ctx.Capitalized(begin));
  }
  return ctx.gazetteer->PhraseBits(ctx.Text(begin, end), group);
}

namespace {

// Multi-word gazetteer phrases repair tagger spans they overlap: "Federal" + "Security Service"
// inside the known name "Federal Security Service" become one mention. The phrase must be
// capitalised throughout its content words and cover every tagged mention it touches.
std::vector<NerMention> RepairWithPhrases(const EntityContext& ctx,
                                          const std::vector<NerMention>& tagged) {
  constexpr uint32_t kNameBits =
      kGazWnPerson | kGazWnGroup | kGazWnLocation | kGazWnObject | kGazOutlet | kGazPlace | kGazGeo;
  std::vector<NerMention> out;
  size_t k = 0;
  const std::vector<GazMatch>& gm = *ctx.matches;
  size_t g = 0;
  while (k < tagged.size()) {
    while (g < gm.size() && gm[g].end <= tagged[k].begin) ++g;
    bool replaced = false;
    if (g < gm.size() && gm[g].end - gm[g].begin >= 2 && (gm[g].bits & kNameBits) &&
        gm[g].begin <= tagged[k].begin && ctx.Capitalized(gm[g].begin) &&
        ctx.Capitalized(gm[g].end - 1)) {
      // Tagged mentions overlapping the phrase.
      size_t j = k;
      bool covered = true;
      while (j < tagged.size() && tagged[j].begin < gm[g].end) {
        covered &= tagged[j].end <= gm[g].end;
        ++j;
      }
      bool changes = j - k > 1 || tagged[k].begin != gm[g].begin || tagged[k].end != gm[g].end;
      if (covered && changes) {
        uint32_t bits = gm[g].bits;
        NerType type = tagged[k].type;
        if (bits & kGazWnPerson) type = NerType::kPer;
        if (bits & (kGazWnGroup | kGazOutlet)) type = NerType::kOrg;
        if (bits & (kGazWnLocation | kGazWnObject | kGazPlace | kGazGeo)) type = NerType::kLoc;
        out.push_back({gm[g].begin, gm[g].end, type});
        k = j;
        replaced = true;
      }
    }
    if (!replaced) out.push_back(tagged[k++]);
  }
  return out;
}

// Title-case or all-caps sentence (a headline): capitalisation says nothing there.
bool IsHeadline(const EntityContext& ctx, uint32_t first, uint32_t last) {
  size_t words = 0, caps = 0;
  for (uint32_t i = first; i < last; ++i) {
    if (ctx.tok(i).kind != TokenKind::kWord || ctx.tok(i).span.size() < 4) continue;
    ++words;
    caps += ctx.Capitalized(i);
  }
  return words >= 3 && caps * 10 >= words * 7;
}

bool IsOrgConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "the" || w == "on" || w == "and" || w == "&";
}

// An organisation head word with connectors right before a mention makes one organisation:
// "Institute for the" + "Study of War", "Ministry of" + "Defence". When the head word ends the
// previous mention ("Institute" tagged on its own), the two mentions become one. A broadcaster
// word right before a mention joins it as an organisation ("Radio" + "Ostra").
void ExtendWithOrgHeads(const EntityContext& ctx, std::vector<NerMention>* tagged) {
  uint32_t prev_end = 0;
  std::vector<NerMention>& t = *tagged;
  size_t out = 0;
  for (size_t j = 0; j < t.size(); ++j) {
    NerMention m = t[j];
    uint32_t b = m.begin;
    uint32_t k = b;
    while (k > prev_end && b - k < 3 && IsOrgConnector(ctx.Text(k - 1))) --k;
    const bool head_before =
        k < b && k >= 1 && !ctx.SentenceStart(k) && ctx.Capitalized(k - 1) &&
        (ctx.gazetteer->WordBits((*ctx.keys)[k - 1].lower, true) & kGazOrgHead);
    // "Radio Ostra", "TV Rain": a broadcaster word right before the mention is part of an
    // organisation's name (the tagger often takes only the name after it).
    const bool broadcaster_before = b >= 1 && b - 1 >= prev_end && ctx.Capitalized(b - 1) &&
                                    (ctx.Is(b - 1, "Radio") || ctx.Is(b - 1, "TV") ||
                                     ctx.Is(b - 1, "Television") || ctx.Is(b - 1, "Channel"));
    if (broadcaster_before && (b - 1 > prev_end || out == 0 || t[out - 1].end <= b - 1)) {
      m.begin = b - 1;
      m.type = NerType::kOrg;
    } else if (head_before && k > prev_end) {
      uint32_t h = k - 1;
      // Take capitalised words before the head too: "Russian Academy of Sciences".
      while (h > prev_end && ctx.Capitalized(h - 1) && !ctx.SentenceStart(h) &&
             ctx.tok(h - 1).kind == TokenKind::kWord) {
        --h;
      }
      m.begin = h;
      m.type = NerType::kOrg;
    } else if (head_before && k == prev_end && out > 0 && t[out - 1].type != NerType::kPer &&
               m.type != NerType::kPer && !ctx.Is(k, "the") && !ctx.Is(k, "and") &&
               !ctx.Is(k, "&") && !ctx.Is(b - 1, "and") && !ctx.Is(b - 1, "&")) {
      m.begin = t[out - 1].begin;  // "Institute" + "for the" + "Study of War"
      m.type = NerType::kOrg;
      --out;
    }
    prev_end = m.end;
    t[out++] = m;
  }
  t.resize(out);
}

}  // namespace

std::vector<TypedMention> TypeMentions(const EntityContext& ctx,
                                       const std::vector<NerMention>& tagged_in) {
  std::vector<TypedMention> out;
  std::vector<NerMention> tagged = RepairWithPhrases(ctx, tagged_in);
  ExtendWithOrgHeads(ctx, &tagged);
  out.reserve(tagged.size() + 8);
  for (const NerMention& m : tagged) {
    uint32_t b = m.begin, e = m.end;
    NerType ner_type = m.type;
    while (b < e && IsEdgeJunk(ctx, b)) ++b;
    while (e > b && IsEdgeJunk(ctx, e - 1)) --e;
    if (ner_type == NerType::kMisc) {
      // A title before one to three plain capitalised words is a person the tagger was unsure
      // of: "said Inspector Mart Kask" (not "General Motors": an organisation word stays).
      const GazMatch* g = MatchAt(ctx, b);
      if (g != nullptr && (g->bits & kGazTitle) && g->end < e && e - g->end <= 3) {
        bool plain = true;
        for (uint32_t i = g->end; i < e && plain; ++i) {
          plain = ctx.tok(i).kind == TokenKind::kWord && ctx.Capitalized(i) && !ctx.AllCaps(i) &&
                  !(ctx.gazetteer->WordBits((*ctx.keys)[i].lower, true) &
                    (kGazOrgHead | kGazPlace | kGazNorp));
        }
        if (plain) ner_type = NerType::kPer;
      }
    }
    if (ner_type == NerType::kPer) {
      // Strip leading titles and nationality words: "Russian President Vladimir Putin".
      for (const GazMatch* g = MatchAt(ctx, b);
           g != nullptr && g->end < e && (g->bits & (kGazTitle | kGazNorp | kGazRole));
           g = MatchAt(ctx, b)) {
        b = g->end;
      }
    }
    while (b < e && IsEdgeJunk(ctx, b)) ++b;
    if (b >= e) continue;
    bool has_word = false;
    for (uint32_t i = b; i < e; ++i) {
      has_word |= ctx.tok(i).kind == TokenKind::kWord || ctx.tok(i).kind == TokenKind::kOther;
    }
    if (!has_word) continue;
    uint16_t group = 0;
    uint32_t bits = ExactPhraseBits(ctx, b, e, &group);
    if ((bits & (kGazTitle | kGazRole)) && !(bits & (kGazPlace | kGazNorp | kGazOutlet))) {
      continue;  // only a title: "President"
    }
    TypedMention t;
    t.begin = b;
    t.end = e;
    t.type = MapType(ctx, b, e, ner_type, bits);
    if (e - b <= 3 && IsSeatMetonym(ctx.Text(b, e))) t.type = EntityType::kOrg;
    t.group = t.type == EntityType::kGpe ? group : 0;
    t.outlet = (bits & kGazOutlet) != 0;
    // An unknown publication keeps a written "The" in its name, as known outlets do ("The
    // Daily Courier"): an organisation ending in a media word right after "The".
    if (!t.outlet && t.type == EntityType::kOrg && b > 0 &&
        (ctx.Is(b - 1, "The") || ctx.Is(b - 1, "THE")) &&
        (ctx.gazetteer->WordBits((*ctx.keys)[e - 1].lower, true) & kGazMediaWord)) {
      t.the_before = true;
    }
    out.push_back(t.outlet ? WithoutThe(ctx, t) : t);
  }
  auto free_span = [&](uint32_t b, uint32_t e) {
    for (const TypedMention& t : out) {
      if (Overlaps(t, b, e)) return false;
    }
    return true;
  };
  RetypeDatelinePlace(ctx, &out);
  // Untagged capitalised names ending in an organisation head word: "Federal Security Service",
  // "Russian Volunteer Corps" (not in title-case headlines, where every word is capitalised).
  for (const auto& [first, last] : *ctx.sentences) {
    if (IsHeadline(ctx, first, last)) continue;
    for (uint32_t i = first; i < last; ++i) {
      if (!ctx.Capitalized(i) || ctx.tok(i).kind != TokenKind::kWord) continue;
      uint32_t e = i + 1, last_head = 0, caps = 1;
      while (e < last) {
        if (ctx.Capitalized(e) && ctx.tok(e).kind == TokenKind::kWord && !ctx.AllCaps(e)) {
          ++caps;
          if (ctx.gazetteer->WordBits((*ctx.keys)[e].lower, true) & kGazOrgHead) last_head = e + 1;
          ++e;
        } else if (IsOrgConnector(ctx.Text(e)) && e + 1 < last && ctx.Capitalized(e + 1)) {
          ++e;
        } else {
          break;
        }
      }
      if (last_head != 0 && caps >= 2 && free_span(i, last_head)) {
        out.push_back({i, last_head, EntityType::kOrg, 0, false, false});
      }
      i = e;
    }
  }
  AddSeatsAndSurnames(ctx, &out);
  // Lexicon-only mentions where the tagger found nothing.
  for (const GazMatch& g : *ctx.matches) {
    if (!free_span(g.begin, g.end)) continue;
    bool initial = ctx.SentenceStart(g.begin);
    if ((g.bits & kGazNorp) && !(g.bits & kGazPlace)) {
      bool firm = (g.bits & (kGazNationality | kGazEthnic | kGazReligious)) != 0;
      if (firm || !initial) {
        out.push_back({g.begin, g.end, EntityType::kNorp, 0, false, false});
      }
    } else if ((g.bits & kGazOutlet) &&
               (!(g.bits & kGazOutletWeak) || (g.end - g.begin >= 2 && !initial))) {
      out.push_back(WithoutThe(ctx, {g.begin, g.end, EntityType::kOrg, 0, false, true}));
    }
  }
  // The article's own outlet, wherever its name occurs on token boundaries.
  if (!ctx.outlet.empty()) {
    for (size_t i = 0; i < ctx.size(); ++i) {
      size_t start = ctx.tok(i).span.start;
      if (!EqualsIgnoringAsciiCase(ctx.text.substr(start, ctx.outlet.size()), ctx.outlet)) {
        continue;
      }
      size_t j = i;
      while (j < ctx.size() && ctx.tok(j).span.end < start + ctx.outlet.size()) ++j;
      if (j >= ctx.size() || ctx.tok(j).span.end != start + ctx.outlet.size()) continue;
      uint32_t b = static_cast<uint32_t>(i), e = static_cast<uint32_t>(j + 1);
      bool inside_bigger = false;
      for (const TypedMention& t : out) {
        inside_bigger |= t.begin <= b && t.end >= e && (t.end - t.begin) > (e - b);
      }
      if (inside_bigger) continue;
      out.erase(std::remove_if(out.begin(), out.end(),
                               [&](const TypedMention& t) { return Overlaps(t, b, e); }),
                out.end());
      out.push_back(WithoutThe(ctx, {b, e, EntityType::kOrg, 0, false, true}));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const TypedMention& a, const TypedMention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace claimtrace::lang
