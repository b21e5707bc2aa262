// In-article linking with a union-find over mentions (rules in entity_linker.h); name keys fold
// ASCII names without ICU (FoldName). Covered by entity_test.cc and the golden tests.
#include "lang/entity_linker.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lang/cyrillic.h"
#include "lang/entity_typing.h"
#include "lang/name_key.h"

namespace claimtrace::lang {
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  void Add() { parent_.push_back(parent_.size()); }

 private:
  std::vector<size_t> parent_;
};

bool IsConnector(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "in" ||
         w == "&" || w == "de" || w == "du" || w == "des" || w == "la" || w == "le" || w == "-" ||
         w == "'s" || w == "’s" || w == "The";
}

bool IsNameSuffix(std::string_view w) {
  return w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" || w == "III" || w == "IV";
}

// An initialism token: 2-8 characters, upper-case letters (digits and & allowed after the first).
bool IsAcronym(const EntityContext& ctx, size_t i) {
  if (i >= ctx.size() || ctx.tok(i).kind != TokenKind::kWord) return false;
  std::string_view w = ctx.Text(i);
  if (w.size() < 2 || w.size() > 8 || w[0] < 'A' || w[0] > 'Z') return false;  // most words
  size_t upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (!(c >= '0' && c <= '9') && c != '&' && c != '.') {
      return false;
    }
  }
  return upper >= 2 && w[0] >= 'A' && w[0] <= 'Z';
}

std::string AcronymLetters(std::string_view w) {
  std::string s;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') s.push_back(c);
  }
  return s;
}

std::string FoldedKey(const EntityContext& ctx, const TypedMention& m) {
  uint32_t b = m.begin;
  if (m.end - b >= 2 && (ctx.Is(b, "the") || ctx.Is(b, "The")) && !m.outlet) ++b;
  return FoldName(ctx.Text(b, m.end));
}

struct PersonName {
  std::string_view first;
  std::string_view last;
  size_t words = 0;
};

// Bucket keys of a surname: its consonant skeleton; for a Cyrillic word also each candidate
// stem (case forms of one name share one: "Буданова" / "Будановым" -> "буданов").
std::vector<std::string> SurnameKeys(std::string_view w) {
  if (!StartsCyrillic(w)) return {Skeleton(FoldName(w))};
  std::vector<std::string> keys = CyrillicStems(w);
  for (std::string& k : keys) k.insert(0, "#");
  keys.push_back(Skeleton(FoldName(w)));  // meets Latin spellings of the same name
  return keys;
}

// A Cyrillic word that does not end in a typical oblique case ending ("Буданов", not
// "Буданова", "Будановым"): preferred as the entity's name among equally full mentions.
bool NominativeLooking(std::string_view w) {
  if (!StartsCyrillic(w)) return false;
  std::string lower = CyrillicLower(w);
  for (std::string_view e : {"а",  "я",  "у",  "ю",  "е",   "ы",   "и",   "і",   "ї",  "є",
                             "ым", "им", "ом", "ем", "ого", "ому", "ему", "его", "ой", "ей"}) {
    if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0) {
      return false;
    }
  }
  return true;
}

PersonName NameParts(const EntityContext& ctx, const TypedMention& m) {
  PersonName p;
  std::vector<std::string_view> words;
  for (uint32_t i = m.begin; i < m.end; ++i) {
    if (ctx.tok(i).kind == TokenKind::kWord && !IsConnector(ctx.Text(i))) {
      words.push_back(ctx.Text(i));
    }
  }
  while (words.size() > 1 && IsNameSuffix(words.back())) words.pop_back();
  p.words = words.size();
  if (!words.empty()) {
    p.first = words.front();
    p.last = words.back();
  }
  return p;
}

int TypeRank(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kOrg:
      return 1;
    case EntityType::kGpe:
      return 2;
    case EntityType::kLoc:
      return 3;
    case EntityType::kNorp:
      return 4;
    case EntityType::kEvent:
      return 5;
    case EntityType::kWork:
      return 6;
    case EntityType::kMisc:
      return 7;
  }
  return 7;
}

// A capitalised word right before token k that may be part of the same name ("Anna Budanov");
// a sentence-initial common word ("Later Budanov") is not.
bool NamePartBefore(const EntityContext& ctx, size_t k) {
  if (k == 0 || ctx.SentenceStart(k) || !ctx.Capitalized(k - 1)) return false;
  if (ctx.SentenceStart(k - 1) &&
      (ctx.gazetteer->DictBits((*ctx.keys)[k - 1].lower) & kDictLower)) {
    return false;
  }
  return true;
}

// Mention index by first and by last token (mentions never overlap).
struct SpanIndex {
  std::vector<int32_t> begin_at, end_at;  // token -> mention starting here / ending before it
  SpanIndex(const std::vector<TypedMention>& m, size_t tokens)
      : begin_at(tokens + 1, -1), end_at(tokens + 1, -1) {
    for (size_t i = 0; i < m.size(); ++i) Add(m[i], i);
  }
  void Add(const TypedMention& t, size_t i) {
    begin_at[t.begin] = static_cast<int32_t>(i);
    end_at[t.end] = static_cast<int32_t>(i);
  }
  int32_t StartingAt(size_t k) const { return k < begin_at.size() ? begin_at[k] : -1; }
  int32_t EndingAt(size_t k) const { return k < end_at.size() ? end_at[k] : -1; }
};

// A place before a bracketed initialism at token k is a dateline's agency ("KAMLOOPS, British
// Columbia (CP)") unless the letters are the place's initials ("Democratic Republic of the
// Congo (DRC)").
bool DatelineAgency(const EntityContext& ctx, const TypedMention& place, size_t k) {
  return (place.type == EntityType::kGpe || place.type == EntityType::kLoc) &&
         Initials(ctx, place.begin, place.end) != AcronymLetters(ctx.Text(k));
}

// The multi-word organisation a bracketed initialism at token k follows: "Service (FSB)".
int32_t OrgBefore(const EntityContext& ctx, const std::vector<TypedMention>& m,
                  const SpanIndex& index, size_t k) {
  size_t open = k > 0 && ctx.Is(k - 1, "or") ? k - 1 : k;
  if (open == 0 || !ctx.Is(open - 1, "(") || !ctx.Is(k + 1, ")")) return -1;
  int32_t t = index.EndingAt(open - 1);
  if (t < 0 || m[t].end - m[t].begin < 2 || m[t].type == EntityType::kPerson) return -1;
  if (DatelineAgency(ctx, m[t], k)) return -1;
  return t;
}

// The organisation in an appositive after an initialism at token k: "the FSB, Russia's Federal
// Security Service,".
int32_t OrgAfter(const EntityContext& ctx, const std::vector<TypedMention>& m,
                 const SpanIndex& index, size_t k) {
  size_t j = k + 1;
  if (!ctx.Is(j, ",")) return -1;
  ++j;
  int32_t g = index.StartingAt(j);
  if (g >= 0 && m[g].type == EntityType::kGpe &&
      (ctx.Is(m[g].end, "'s") || ctx.Is(m[g].end, "’s"))) {
    j = m[g].end + 1;
  }
  int32_t t = index.StartingAt(j);
  if (t < 0 || m[t].type != EntityType::kOrg || m[t].end - m[t].begin < 2) return -1;
  size_t after = m[t].end;
  if (after >= ctx.size() || ctx.Is(after, ",") || ctx.Is(after, ".") || ctx.Is(after, ")") ||
      ctx.Is(after, ";") || ctx.SentenceStart(after)) {
    return t;
  }
  return -1;
}

// Document-level propagation: an initialism that names an organisation somewhere in the article
// ("(FSB)", "the FSB, Russia's Federal Security Service,"), the surname of a person named in
// full, and any name tagged once (several words, or one capitalised word that is not also a
// common word) are mentions wherever else they occur untagged.
void PropagateMentions(const EntityContext& ctx, std::vector<TypedMention>* mentions) {
  std::vector<TypedMention>& m = *mentions;
  const size_t original = m.size();
  SpanIndex index(m, ctx.size());
  std::vector<int8_t> covered(ctx.size(), 0);
  for (const TypedMention& t : m) {
    for (uint32_t i = t.begin; i < t.end; ++i) covered[i] = 1;
  }
  std::unordered_set<std::string_view> acronyms, surnames;
  for (size_t k = 0; k < ctx.size(); ++k) {
    if (!IsAcronym(ctx, k)) continue;
    int32_t at = index.StartingAt(k);
    bool org = at >= 0 && m[at].end == k + 1 && m[at].type == EntityType::kOrg;
    if (org ||
        (!covered[k] && (OrgBefore(ctx, m, index, k) >= 0 || OrgAfter(ctx, m, index, k) >= 0))) {
      acronyms.insert(ctx.Text(k));
    }
  }
  // Known names by their first token's text, one entry per distinct name.
  struct Known {
    uint32_t begin, end;
    EntityType type;
  };
  std::unordered_map<std::string_view, std::vector<Known>> known;
  std::unordered_set<std::string_view> seen_names;
  for (size_t i = 0; i < original; ++i) {
    const TypedMention& t = m[i];
    if (t.type == EntityType::kPerson) {
      PersonName p = NameParts(ctx, t);
      if (p.words >= 2 && p.last.size() >= 3) surnames.insert(p.last);
    }
    if (t.type == EntityType::kNorp || !ctx.Capitalized(t.begin)) continue;
    if (t.end - t.begin == 1 &&
        (ctx.AllCaps(t.begin) ||
         (ctx.gazetteer->DictBits((*ctx.keys)[t.begin].lower) & kDictLower))) {
      continue;
    }
    if (!seen_names.insert(ctx.Text(t.begin, t.end)).second) continue;
    std::vector<Known>& list = known[ctx.Text(t.begin)];
    if (list.size() < 8) list.push_back({t.begin, t.end, t.type});
  }
  for (size_t k = 0; k < ctx.size(); ++k) {
    if (covered[k] || !ctx.Capitalized(k)) continue;
    auto it = known.find(ctx.Text(k));
    if (it == known.end()) continue;
    for (const Known& n : it->second) {
      uint32_t len = n.end - n.begin;
      if (k + len > ctx.size()) continue;
      bool same = true;
      for (uint32_t j = 0; j < len && same; ++j) {
        same = !covered[k + j] && ctx.Text(k + j) == ctx.Text(n.begin + j);
      }
      if (!same) continue;
      // Not part of a longer capitalised sequence ("Washington" in "Washington Post").
      if (k + len < ctx.size() && ctx.Capitalized(k + len) && !ctx.SentenceStart(k + len)) continue;
      if (NamePartBefore(ctx, k)) continue;
      m.push_back(
          {static_cast<uint32_t>(k), static_cast<uint32_t>(k + len), n.type, 0, false, false});
      for (uint32_t j = 0; j < len; ++j) covered[k + j] = 1;
      break;
    }
  }
  for (size_t k = 0; k < ctx.size(); ++k) {
    if (covered[k] || ctx.tok(k).kind != TokenKind::kWord) continue;
    std::string_view w = ctx.Text(k);
    if (IsAcronym(ctx, k) && acronyms.count(w)) {
      int32_t org = OrgBefore(ctx, m, index, k);
      if (org < 0) org = OrgAfter(ctx, m, index, k);
      m.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1),
                   org >= 0 ? m[org].type : EntityType::kOrg, 0, false, false});
      covered[k] = 1;
    } else if (ctx.Capitalized(k) && !ctx.AllCaps(k) && surnames.count(w) &&
               !NamePartBefore(ctx, k) &&
               !(k + 1 < ctx.size() && ctx.Capitalized(k + 1) && !ctx.SentenceStart(k + 1))) {
      m.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), EntityType::kPerson, 0,
                   false, false});
      covered[k] = 1;
    }
  }
  std::sort(m.begin(), m.end(),
            [](const TypedMention& a, const TypedMention& b) { return a.begin < b.begin; });
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return Fold(name);  // non-ASCII: ICU decomposition and folding
    if (c == '\'') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : ch);
  }
  return out;
}

std::string Initials(const EntityContext& ctx, uint32_t begin, uint32_t end) {
  std::string s;
  for (uint32_t i = begin; i < end; ++i) {
    std::string_view w = ctx.Text(i);
    if (IsConnector(w) || ctx.tok(i).kind != TokenKind::kWord) continue;
    if (ctx.AllCaps(i) && w.size() <= 4) {
      s += AcronymLetters(w);  // "U.S." inside a name contributes "US"
    } else if (ctx.Capitalized(i)) {
      s.push_back(w[0]);
    }
  }
  return s;
}

void LinkEntities(const EntityContext& ctx, std::vector<TypedMention> m, std::vector<Token>* tokens,
                  std::vector<Entity>* entities, std::vector<std::vector<TypedMention>>* members) {
  entities->clear();
  members->clear();
  PropagateMentions(ctx, &m);
  UnionFind uf(m.size());
  SpanIndex index(m, ctx.size());
  auto person = [&](size_t i) { return m[i].type == EntityType::kPerson; };
  auto len = [&](size_t i) { return m[i].end - m[i].begin; };

  // 1. Initialisms in brackets right after a multi-word name: "Service (FSB)", "(or ISIS)".
  for (size_t i = 0, n = m.size(); i < n; ++i) {
    if (person(i) || len(i) < 2) continue;
    size_t k = m[i].end;
    if (!ctx.Is(k, "(")) continue;
    ++k;
    if (ctx.Is(k, "or")) ++k;
    if (!IsAcronym(ctx, k) || !ctx.Is(k + 1, ")")) continue;
    if (DatelineAgency(ctx, m[i], k)) continue;
    int32_t j = index.StartingAt(k);
    if (j >= 0 && m[j].end != k + 1) continue;
    if (j < 0) {
      EntityType type = m[i].type;
      m.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), type, 0, false, false});
      uf.Add();
      j = static_cast<int32_t>(m.size() - 1);
      index.Add(m.back(), m.size() - 1);
    } else {
      m[j].type = m[i].type;
    }
    uf.Union(i, static_cast<size_t>(j));
  }

  // 2. Same folded text (persons with persons), country aliases.
  std::unordered_map<std::string, size_t> by_key[2];
  std::unordered_map<uint16_t, size_t> by_group;
  std::vector<std::string> keys(m.size());
  for (size_t i = 0; i < m.size(); ++i) {
    keys[i] = FoldedKey(ctx, m[i]);
    auto [it, fresh] = by_key[person(i) ? 1 : 0].emplace(keys[i], i);
    if (!fresh) uf.Union(it->second, i);
    if (m[i].group != 0) {
      auto [g, gfresh] = by_group.emplace(m[i].group, i);
      if (!gfresh) uf.Union(g->second, i);
    }
  }
  auto first_of_key = [&](size_t i) {
    const auto& map = by_key[person(i) ? 1 : 0];
    auto it = map.find(keys[i]);
    return it != map.end() && it->second == i;
  };

  // 3. Initialisms equal to a name's initials, and appositives "the FSB, Russia's Federal ...".
  std::unordered_map<std::string, size_t> by_initials;
  for (size_t i = 0; i < m.size(); ++i) {
    if (!person(i) && len(i) >= 2 && first_of_key(i)) {
      by_initials.emplace(Initials(ctx, m[i].begin, m[i].end), i);
    }
  }
  for (size_t j = 0; j < m.size(); ++j) {
    if (person(j) || len(j) != 1 || !IsAcronym(ctx, m[j].begin)) continue;
    auto it = by_initials.find(AcronymLetters(ctx.Text(m[j].begin)));
    if (it != by_initials.end()) uf.Union(it->second, j);
    int32_t org = OrgAfter(ctx, m, index, m[j].begin);
    if (org >= 0) uf.Union(static_cast<size_t>(org), j);
  }

  // An organisation name that ends a unique longer one: "Russia Legion" in "Freedom of Russia
  // Legion", "Security Service" in "Federal Security Service".
  std::unordered_map<std::string_view, std::vector<size_t>> orgs_by_last;
  for (size_t i = 0; i < m.size(); ++i) {
    if (m[i].type == EntityType::kOrg && len(i) >= 2 && first_of_key(i)) {
      std::vector<size_t>& v = orgs_by_last[ctx.Text(m[i].end - 1)];
      if (v.size() < 32) v.push_back(i);
    }
  }
  for (size_t j = 0; j < m.size(); ++j) {
    if (m[j].type != EntityType::kOrg || len(j) < 2 || !first_of_key(j)) continue;
    auto it = orgs_by_last.find(ctx.Text(m[j].end - 1));
    if (it == orgs_by_last.end()) continue;
    int only = -1;
    bool ambiguous = false;
    for (size_t i : it->second) {
      if (len(i) <= len(j)) continue;
      bool suffix = true;
      for (uint32_t k = 0; k < len(j) && suffix; ++k) {
        suffix = ctx.Text(m[i].end - len(j) + k) == ctx.Text(m[j].begin + k);
      }
      if (!suffix) continue;
      if (only >= 0 && keys[static_cast<size_t>(only)] != keys[i]) ambiguous = true;
      only = static_cast<int>(i);
    }
    if (only >= 0 && !ambiguous) uf.Union(static_cast<size_t>(only), j);
  }

  // A one-word short form of an organisation named in full in the same article: "Fjordlaks"
  // after "Fjordlaks ASA", "Xinhe" after "Xinhe Semiconductor" (whatever the tagger typed the
  // short form as). Only when exactly one organisation starts with the word and the word is
  // not a place, nationality or title ("Boston" in "Boston Celtics" stays the city).
  std::unordered_map<std::string_view, std::vector<size_t>> orgs_by_first;
  for (size_t i = 0; i < m.size(); ++i) {
    if (m[i].type == EntityType::kOrg && len(i) >= 2 && first_of_key(i) &&
        ctx.tok(m[i].begin).kind == TokenKind::kWord && ctx.Capitalized(m[i].begin) &&
        !ctx.AllCaps(m[i].begin)) {
      std::vector<size_t>& v = orgs_by_first[ctx.Text(m[i].begin)];
      if (v.size() < 8) v.push_back(i);
    }
  }
  if (!orgs_by_first.empty()) {
    constexpr uint32_t kNotShortForm =
        kGazPlace | kGazGeo | kGazNorp | kGazTitle | kGazRole | kGazWnLocation | kGazOrgHead;
    for (size_t j = 0; j < m.size(); ++j) {
      if (len(j) != 1 || m[j].outlet) continue;
      auto it = orgs_by_first.find(ctx.Text(m[j].begin));
      if (it == orgs_by_first.end() || it->second.size() != 1) continue;
      if (ExactPhraseBits(ctx, m[j].begin, m[j].end) & kNotShortForm) continue;
      m[j].type = EntityType::kOrg;
      uf.Union(it->second.front(), j);
    }
  }

  // 4. Persons, bucketed by the consonant skeleton of the surname (SameSurname needs equal
  // skeletons). Non-person single words equal to a known surname become persons first.
  std::vector<PersonName> names(m.size());
  for (size_t i = 0; i < m.size(); ++i) {
    if (person(i)) names[i] = NameParts(ctx, m[i]);
  }
  auto multi = [&](size_t i) { return person(i) && names[i].words >= 2; };
  std::unordered_map<std::string, std::vector<size_t>> by_surname;  // first mention of each name
  std::unordered_map<std::string, std::vector<size_t>> by_first;
  for (size_t i = 0; i < m.size(); ++i) {
    if (!multi(i) || !first_of_key(i)) continue;
    for (const std::string& key : SurnameKeys(names[i].last)) {
      std::vector<size_t>& v = by_surname[key];
      if (v.size() < 64) v.push_back(i);
    }
    std::vector<size_t>& f = by_first[FoldName(names[i].first)];
    if (f.size() < 64) f.push_back(i);
  }
  // Full-name mentions whose surname may match w (one bucket per key; Cyrillic has several).
  std::vector<size_t> found;
  auto surname_match = [&](std::string_view w) -> const std::vector<size_t>* {
    std::vector<std::string> ks = SurnameKeys(w);
    if (ks.size() == 1) {
      auto it = by_surname.find(ks.front());
      return it == by_surname.end() ? nullptr : &it->second;
    }
    found.clear();
    for (const std::string& k : ks) {
      auto it = by_surname.find(k);
      if (it == by_surname.end()) continue;
      for (size_t i : it->second) {
        if (std::find(found.begin(), found.end(), i) == found.end()) found.push_back(i);
      }
    }
    return found.empty() ? nullptr : &found;
  };
  for (size_t j = 0; j < m.size(); ++j) {
    if (person(j) || len(j) != 1 || m[j].outlet || m[j].group != 0) continue;
    if (m[j].type == EntityType::kNorp) continue;
    if (ExactPhraseBits(ctx, m[j].begin, m[j].end) & (kGazPlace | kGazGeo | kGazOutlet)) continue;
    std::string_view w = ctx.Text(m[j].begin);
    if (const std::vector<size_t>* c = surname_match(w)) {
      for (size_t i : *c) {
        if (SameSurname(w, names[i].last)) {
          m[j].type = EntityType::kPerson;
          names[j] = NameParts(ctx, m[j]);
          break;
        }
      }
    }
  }
  for (const auto& [skeleton, reps] : by_surname) {
    for (size_t a = 0; a < reps.size(); ++a) {
      for (size_t b = a + 1; b < reps.size(); ++b) {
        size_t i = reps[a], j = reps[b];
        if (uf.Find(i) == uf.Find(j)) continue;
        if (SameSurname(names[i].last, names[j].last) &&
            SameFirstName(names[i].first, names[j].first)) {
          uf.Union(i, j);
        }
      }
    }
  }
  // Positions of every multi-word person mention, per surname representative's cluster.
  std::vector<std::vector<uint32_t>> positions(m.size());  // root -> mention starts
  for (size_t i = 0; i < m.size(); ++i) {
    if (multi(i)) positions[uf.Find(i)].push_back(m[i].begin);
  }
  for (size_t j = 0; j < m.size(); ++j) {
    if (!person(j) || names[j].words != 1) continue;
    std::string_view w = names[j].first;
    // Candidate clusters: full names with this surname; the nearest preceding mention wins,
    // else the nearest following one.
    int64_t best_root = -1;
    bool best_before = false;
    uint32_t best_pos = 0;
    if (const std::vector<size_t>* c = surname_match(w)) {
      for (size_t i : *c) {
        if (!SameSurname(w, names[i].last)) continue;
        size_t root = uf.Find(i);
        const std::vector<uint32_t>& pos = positions[root];  // sorted: m is in text order
        auto after = std::lower_bound(pos.begin(), pos.end(), m[j].begin);
        if (after != pos.begin()) {
          uint32_t p = *(after - 1);
          if (!best_before || p > best_pos) {
            best_root = static_cast<int64_t>(root);
            best_before = true;
            best_pos = p;
          }
        } else if (!best_before && after != pos.end() && (best_root < 0 || *after < best_pos)) {
          best_root = static_cast<int64_t>(root);
          best_pos = *after;
        }
      }
    }
    if (best_root >= 0) {
      uf.Union(static_cast<size_t>(best_root), j);
      continue;
    }
    // A bare first name: only when exactly one person has it.
    auto it = by_first.find(FoldName(w));
    if (it == by_first.end()) continue;
    size_t root = uf.Find(it->second.front());
    bool ambiguous = false;
    for (size_t i : it->second) ambiguous |= uf.Find(i) != root;
    if (!ambiguous) uf.Union(root, j);
  }

  // 5. Entities.
  std::vector<std::vector<size_t>> cluster_list;
  std::vector<int32_t> cluster_of_root(m.size(), -1);  // in order of each cluster's first mention
  for (size_t i = 0; i < m.size(); ++i) {
    int32_t& cluster = cluster_of_root[uf.Find(i)];
    if (cluster < 0) {
      cluster = static_cast<int32_t>(cluster_list.size());
      cluster_list.emplace_back();
    }
    cluster_list[static_cast<size_t>(cluster)].push_back(i);
  }
  struct Built {
    uint32_t first_start;
    Entity entity;
    std::vector<TypedMention> mentions;
  };
  std::vector<Built> built;
  // One-word places of this article ("Pryluzhne"): a "person" named after one is an
  // organisation ("Pryluzhne Vodokanal").
  std::unordered_set<std::string_view> places;
  for (size_t i = 0; i < m.size(); ++i) {
    if (m[i].type == EntityType::kGpe && len(i) == 1) places.insert(ctx.Text(m[i].begin));
  }
  for (const std::vector<size_t>& idx : cluster_list) {
    int votes[8] = {};
    bool full_person = false, outlet = false;
    for (size_t i : idx) {
      votes[static_cast<int>(m[i].type)] += m[i].end - m[i].begin >= 2 ? 2 : 1;
      full_person |= multi(i);
      outlet |= m[i].outlet;
    }
    EntityType type = EntityType::kMisc;
    int best = -1;
    for (int t = 0; t < 8; ++t) {
      EntityType et = static_cast<EntityType>(t);
      if (votes[t] > best || (votes[t] == best && TypeRank(et) < TypeRank(type))) {
        best = votes[t];
        type = et;
      }
    }
    type = ClusterType(ctx, m, idx, type, full_person, places);
    if (outlet && type != EntityType::kPerson) type = EntityType::kOrg;
    // Name: the fullest mention; organisations prefer an expansion over an initialism.
    size_t name_i = idx.front();
    auto score = [&](size_t i) {
      size_t words = 0;
      for (uint32_t k = m[i].begin; k < m[i].end; ++k) {
        words += ctx.tok(k).kind == TokenKind::kWord;
      }
      bool acronym = m[i].end - m[i].begin == 1 && IsAcronym(ctx, m[i].begin);
      return static_cast<int>(words * 4) - (acronym ? 2 : 0) +
             (NominativeLooking(ctx.Text(m[i].end - 1)) ? 1 : 0) +
             static_cast<int>(ctx.tok(m[i].end - 1).span.end - ctx.tok(m[i].begin).span.start) /
                 1000;
    };
    for (size_t i : idx) {
      if (score(i) > score(name_i)) name_i = i;
    }
    Built b;
    b.entity.type = type;
    b.entity.name = std::string(ctx.Text(m[name_i].begin, m[name_i].end));
    if (m[name_i].the_before && m[name_i].begin > 0) {
      b.entity.name = std::string(ctx.Text(m[name_i].begin - 1, m[name_i].end));
    }
    std::vector<TypedMention> ms;
    for (size_t i : idx) ms.push_back(m[i]);
    std::sort(ms.begin(), ms.end(),
              [](const TypedMention& a, const TypedMention& c) { return a.begin < c.begin; });
    ms.erase(std::unique(ms.begin(), ms.end(),
                         [](const TypedMention& a, const TypedMention& c) {
                           return a.begin == c.begin && a.end == c.end;
                         }),
             ms.end());
    for (const TypedMention& t : ms) {
      b.entity.mentions.push_back({ctx.tok(t.begin).span.start, ctx.tok(t.end - 1).span.end});
    }
    b.first_start = b.entity.mentions.front().start;
    b.mentions = std::move(ms);
    built.push_back(std::move(b));
  }
  std::sort(built.begin(), built.end(),
            [](const Built& a, const Built& b) { return a.first_start < b.first_start; });
  for (Token& t : *tokens) t.entity = -1;
  for (size_t k = 0; k < built.size(); ++k) {
    built[k].entity.id = "e" + std::to_string(k + 1);
    for (const TypedMention& t : built[k].mentions) {
      for (uint32_t i = t.begin; i < t.end; ++i) (*tokens)[i].entity = static_cast<int32_t>(k);
    }
    entities->push_back(std::move(built[k].entity));
    members->push_back(std::move(built[k].mentions));
  }
}

}  // namespace claimtrace::lang
