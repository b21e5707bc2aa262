// Role extraction and role evidence around mentions (rules in roles.h). Covered by entity_test.cc.
#include "lang/roles.h"

#include <algorithm>

#include "lang/lexical.h"

namespace claimtrace::lang {
namespace {

constexpr size_t kMaxAppositive = 14;

bool IsDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The";
}

bool IsHonorific(std::string_view w) {
  return w == "Mr" || w == "Mr." || w == "Mrs" || w == "Mrs." || w == "Ms" || w == "Ms." ||
         w == "Miss" || w == "Mx" || w == "Mx.";
}

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view s : list) {
    if (s == w) return true;
  }
  return false;
}

// Words that end an appositive: relative pronouns, reporting verbs, finite auxiliaries and
// clause conjunctions ("Grozev, an expert on Russia's services who works ...").
bool IsClauseWord(std::string_view w) {
  return InList(w,
                {"who",       "whom",  "whose", "which",      "that",   "said",   "says",  "say",
                 "told",      "tells", "added", "claimed",    "claims", "warned", "wrote", "writes",
                 "according", "is",    "was",   "are",        "were",   "has",    "have",  "had",
                 "will",      "would", "but",   "while",      "when",   "as",     "after", "before",
                 "because",   "if",    "where", "reportedly", "also"});
}

// Words that end a pre-modifier run leftwards ("... told human rights activist X"): clause
// words plus prepositions and possessive determiners.
bool IsStopWord(std::string_view w) {
  return IsClauseWord(w) || InList(w, {"and", "by",   "with",  "to",   "in",   "at",    "on",
                                       "for", "from", "about", "of",   "his",  "her",   "their",
                                       "its", "our",  "my",    "your", "this", "these", "those"});
}

bool IsReportingWord(std::string_view w) {
  return InList(w, {"said", "says", "told", "Said", "Says", "Told", "according", "added"});
}

bool IsBoundaryPunct(const EntityContext& ctx, size_t i) {
  TokenKind k = ctx.tok(i).kind;
  if (k == TokenKind::kDash || k == TokenKind::kQuote) return true;
  if (k != TokenKind::kPunct) return false;
  std::string_view w = ctx.Text(i);
  return w != "'" && w != "’";
}

uint32_t Bits(const EntityContext& ctx, size_t i) {
  return ctx.gazetteer->WordBits((*ctx.keys)[i].lower, ctx.Capitalized(i));
}

bool IsRoleNoun(const EntityContext& ctx, size_t i) {
  return (Bits(ctx, i) & (kGazRole | kGazTitle)) != 0 ||
         (ctx.gazetteer->WordBits((*ctx.keys)[i].lower, false) & kGazRole) != 0;
}

void AddRole(std::string role, Entity* e) {
  while (!role.empty() && (role.back() == ',' || role.back() == ' ')) role.pop_back();
  if (role.empty()) return;
  std::string lower;
  AppendLower(role, &lower);
  for (const std::string& r : e->roles) {
    std::string rl;
    AppendLower(r, &rl);
    if (rl == lower) return;
  }
  e->roles.push_back(std::move(role));
}

// The gazetteer title phrase ending right before token `end`, as [begin, end).
bool TitleBefore(const EntityContext& ctx, uint32_t end, uint32_t* begin) {
  // Matches are sorted and never overlap: the one ending at `end` is the last starting before.
  const std::vector<GazMatch>& gm = *ctx.matches;
  auto it = std::lower_bound(gm.begin(), gm.end(), end,
                             [](const GazMatch& g, uint32_t x) { return g.begin < x; });
  if (it == gm.begin()) return false;
  --it;
  if (it->end != end || !(it->bits & kGazTitle)) return false;
  *begin = it->begin;
  return true;
}

// Appositive starting at token i (after the comma/dash), or empty.
std::string AppositiveAfter(const EntityContext& ctx, size_t i, size_t sentence_end) {
  size_t b = i;
  if (b < sentence_end && IsDeterminer(ctx.Text(b))) ++b;
  size_t e = b;
  bool role = false;
  while (e < sentence_end && e - b < kMaxAppositive) {
    std::string_view w = ctx.Text(e);
    bool glued_dash = ctx.tok(e).kind == TokenKind::kDash && e > b &&
                      ctx.tok(e - 1).span.end == ctx.tok(e).span.start &&
                      e + 1 < sentence_end && ctx.tok(e).span.end == ctx.tok(e + 1).span.start;
    if (IsBoundaryPunct(ctx, e) && w != "(" && w != ")" && !glued_dash) break;
    if (ctx.tok(e).kind == TokenKind::kPunct && w == ")") {
      ++e;  // keep "(SOFREP)"
      continue;
    }
    if (IsClauseWord(w) || (w == "and" && !role)) break;
    if (e - b < 4 && IsRoleNoun(ctx, e)) role = true;
    ++e;
  }
  if (!role || e == b || e - b >= kMaxAppositive) return "";
  // The appositive must be closed: by a comma, dash, bracket or the sentence end, or by a
  // relative/reporting word.
  return std::string(ctx.Text(b, e));
}

bool IsSettlementWord(std::string_view w) {
  return InList(
      w, {"city",     "town",         "village", "region",    "province", "district", "oblast",
          "county",   "municipality", "capital", "port",      "island",   "state",    "mayor",
          "governor", "residents",    "council", "outskirts", "centre",   "center"});
}

bool IsPossessiveDeterminer(std::string_view w) {
  return InList(w, {"its", "Its", "his", "His", "her", "Her", "their", "Their", "our", "Our"});
}

// Words that end an appositive's head search: prepositions and clause words.
bool EndsHeadSearch(std::string_view w) {
  return IsClauseWord(w) || InList(w, {"of", "for", "in", "on", "at", "with", "from", "to", "by",
                                       "about", "and", "or", "since", "until", "over", "under"});
}

bool IsAge(const EntityContext& ctx, size_t i) {
  std::string_view w = ctx.Text(i);
  return w.find("year-old") != std::string_view::npos ||
         w.find("year-olds") != std::string_view::npos;
}

// Kind of head noun token i is: a person role or title, an organisation head written in lower
// case, or none.
RoleEvidence HeadKind(const EntityContext& ctx, size_t i) {
  if (ctx.tok(i).kind != TokenKind::kWord) return RoleEvidence::kNone;
  if (IsAge(ctx, i)) return RoleEvidence::kPerson;
  if (IsRoleNoun(ctx, i)) return RoleEvidence::kPerson;
  if (!ctx.Capitalized(i) &&
      (ctx.gazetteer->WordBits((*ctx.keys)[i].lower, true) & kGazOrgHead) != 0) {
    return RoleEvidence::kOrg;
  }
  return RoleEvidence::kNone;
}

bool IsPossessiveMark(const EntityContext& ctx, size_t i) {
  return i < ctx.size() && (ctx.Is(i, "'s") || ctx.Is(i, "’s") || ctx.Is(i, "'") || ctx.Is(i, "’"));
}

// The last head noun in the description starting at token i, before a preposition, clause word
// or punctuation, within 7 tokens; possessors ("the city's") are skipped.
RoleEvidence DescriptionHead(const EntityContext& ctx, size_t i, size_t sentence_end) {
  RoleEvidence last = RoleEvidence::kNone;
  for (size_t k = i; k < sentence_end && k < i + 7; ++k) {
    // Numbers and the hyphens glued to them: "a 52-year-old fisherman".
    if (ctx.tok(k).kind == TokenKind::kNumber ||
        (ctx.tok(k).kind == TokenKind::kDash && k > i &&
         ctx.tok(k - 1).kind == TokenKind::kNumber &&
         ctx.tok(k - 1).span.end == ctx.tok(k).span.start)) {
      continue;
    }
    if (ctx.tok(k).kind != TokenKind::kWord || EndsHeadSearch(ctx.Text(k))) break;
    if (IsPossessiveMark(ctx, k + 1)) {
      ++k;
      continue;
    }
    // Another name ("the Academy, Squadron Officer School"), unless a title ("CEO of ...").
    if (ctx.Capitalized(k) && HeadKind(ctx, k) != RoleEvidence::kPerson) break;
    RoleEvidence h = HeadKind(ctx, k);
    if (h != RoleEvidence::kNone) last = h;
  }
  return last;
}

}  // namespace

RoleEvidence RoleEvidenceOf(const EntityContext& ctx, uint32_t begin, uint32_t end) {
  if (begin >= end || end > ctx.size()) return RoleEvidence::kNone;
  const auto& sentences = *ctx.sentences;
  auto it = std::upper_bound(
      sentences.begin(), sentences.end(), begin,
      [](uint32_t t, const std::pair<uint32_t, uint32_t>& s) { return t < s.first; });
  if (it == sentences.begin()) return RoleEvidence::kNone;
  auto [s_begin, s_end] = *(it - 1);
  s_end = std::max<uint32_t>(s_end, end);
  // Title or lower-case head noun right before the name.
  uint32_t tb = 0;
  if (begin > s_begin && TitleBefore(ctx, begin, &tb)) return RoleEvidence::kPerson;
  if (begin > s_begin && !ctx.Capitalized(begin - 1)) {
    RoleEvidence h = HeadKind(ctx, begin - 1);
    if (h != RoleEvidence::kNone && !IsPossessiveMark(ctx, begin)) return h;
  }
  // "director of X" (an organisation), "the city of X" (a place).
  if (begin >= s_begin + 2 && ctx.Is(begin - 1, "of") && !ctx.Capitalized(begin - 2)) {
    if (IsSettlementWord(ctx.Text(begin - 2))) return RoleEvidence::kPlace;
    if (IsRoleNoun(ctx, begin - 2)) return RoleEvidence::kOrg;
  }
  // Appositive before, ending in a relative clause: "the contractor that services it, X".
  if (begin >= s_begin + 3 && ctx.Is(begin - 1, ",")) {
    uint32_t comma = begin - 1;
    for (uint32_t r = comma - 1; r > s_begin && comma - r < 10; --r) {
      if (IsBoundaryPunct(ctx, r)) break;
      if (!ctx.Is(r, "that") && !ctx.Is(r, "which") && !ctx.Is(r, "who")) continue;
      uint32_t head = r - 1;
      bool det = false;
      for (uint32_t d = head; d > s_begin && head - d < 4; --d) {
        if (IsDeterminer(ctx.Text(d - 1)) || IsPossessiveDeterminer(ctx.Text(d - 1))) det = true;
        if (det || ctx.tok(d - 1).kind != TokenKind::kWord) break;
      }
      if (det) {
        RoleEvidence h = HeadKind(ctx, head);
        if (h != RoleEvidence::kNone) return h;
      }
      break;
    }
  }
  // Appositive before, opening a clause: "The water utility, X", "Its director, X".
  if (begin >= s_begin + 2 && ctx.Is(begin - 1, ",")) {
    uint32_t comma = begin - 1;
    uint32_t b = comma;
    while (b > s_begin && comma - b < 8 && ctx.tok(b - 1).kind == TokenKind::kWord &&
           !IsDeterminer(ctx.Text(b - 1)) && !IsPossessiveDeterminer(ctx.Text(b - 1)) &&
           !EndsHeadSearch(ctx.Text(b - 1))) {
      --b;
    }
    bool opens =
        b > s_begin && (IsDeterminer(ctx.Text(b - 1)) || IsPossessiveDeterminer(ctx.Text(b - 1)));
    if (opens) {
      uint32_t det = b - 1;
      bool clause_start = det == s_begin || IsBoundaryPunct(ctx, det - 1) ||
                          ctx.Is(det - 1, "and") || ctx.Is(det - 1, "but");
      if (clause_start && b < comma) {
        RoleEvidence h = HeadKind(ctx, comma - 1);
        if (h != RoleEvidence::kNone) return h;
      }
    }
  }
  // After the name: ", who" / ", which", an age, or an appositive description.
  if (end + 1 < s_end && (ctx.Is(end, ",") || ctx.tok(end).kind == TokenKind::kDash)) {
    size_t k = end + 1;
    if (ctx.Is(k, "who")) return RoleEvidence::kPerson;
    if (ctx.tok(k).kind == TokenKind::kNumber && ctx.Text(k).size() <= 3 &&
        (k + 1 >= s_end || ctx.Is(k + 1, ",") || ctx.Is(k + 1, ".") || ctx.Is(k + 1, ")"))) {
      return RoleEvidence::kPerson;  // "Olha Tkachenko, 67,"
    }
    // The description opens with a determiner, a possessor ("Russia's biggest lender") or
    // its lower-case head ("spokesman for ..."), not with a verb or another name.
    bool opens = IsDeterminer(ctx.Text(k)) || IsPossessiveDeterminer(ctx.Text(k));
    if (opens) ++k;
    opens |= IsPossessiveMark(ctx, k + 1) || HeadKind(ctx, k) == RoleEvidence::kPerson ||
             (!ctx.Capitalized(k) && HeadKind(ctx, k) != RoleEvidence::kNone);
    if (opens && k < s_end) {
      RoleEvidence h = DescriptionHead(ctx, k, s_end);
      if (h != RoleEvidence::kNone) return h;
    }
  }
  // "X said (in a statement) (that) it would ...": the first subject pronoun after a
  // reporting verb right after the name, outside quotes.
  if (end < s_end && IsReportingWord(ctx.Text(end)) && ctx.Text(end) != "according") {
    for (size_t k = end + 1; k < s_end && k < end + 12; ++k) {
      if (ctx.tok(k).kind == TokenKind::kQuote) break;
      std::string_view w = ctx.Text(k);
      if (w == "he" || w == "she") return RoleEvidence::kPerson;
      if (w == "it" || w == "they" || w == "we" || w == "I" || w == "you") break;
    }
  }
  return RoleEvidence::kNone;
}

void CollectRoles(const EntityContext& ctx, const std::vector<std::vector<TypedMention>>& members,
                  std::vector<Entity>* entities) {
  const auto& sentences = *ctx.sentences;
  auto sentence_of = [&](uint32_t tok) {
    auto it = std::upper_bound(
        sentences.begin(), sentences.end(), tok,
        [](uint32_t t, const std::pair<uint32_t, uint32_t>& s) { return t < s.first; });
    return *(it - 1);
  };
  for (size_t k = 0; k < entities->size(); ++k) {
    Entity& e = (*entities)[k];
    if (e.type != EntityType::kPerson) continue;
    for (const TypedMention& m : members[k]) {
      auto [s_begin, s_end] = sentence_of(m.begin);
      // Title right before the name.
      uint32_t tb = 0;
      if (m.begin > s_begin && TitleBefore(ctx, m.begin, &tb) &&
          !IsHonorific(ctx.Text(tb, m.begin))) {
        AddRole(std::string(ctx.Text(tb, m.begin)), &e);
      } else if (m.begin > s_begin && !ctx.Capitalized(m.begin - 1) &&
                 IsRoleNoun(ctx, m.begin - 1)) {
        // Lower-case description ending in a role noun: "human rights activist".
        uint32_t b = m.begin - 1;
        while (b > s_begin && m.begin - b < 5) {
          size_t p = b - 1;
          std::string_view w = ctx.Text(p);
          if (ctx.tok(p).kind != TokenKind::kWord || IsDeterminer(w) || IsStopWord(w) ||
              w == "'s" || w == "’s" || ctx.tok(p).entity >= 0) {
            break;
          }
          b = static_cast<uint32_t>(p);
        }
        AddRole(std::string(ctx.Text(b, m.begin)), &e);
      }
      // Appositive after: "Name, an expert on ..." / "Name - a man wanted ...".
      if (m.end + 1 < s_end && (ctx.Is(m.end, ",") || ctx.tok(m.end).kind == TokenKind::kDash)) {
        std::string a = AppositiveAfter(ctx, m.end + 1, s_end);
        if (!a.empty()) AddRole(a, &e);
      }
      // Appositive before: "the head of Ukraine's military intelligence, Kyrylo Budanov",
      // "Its director, Iryna Bondar".
      if (m.begin >= s_begin + 3 && ctx.Is(m.begin - 1, ",")) {
        size_t comma = m.begin - 1;
        size_t b = comma;
        while (b > s_begin && comma - b < kMaxAppositive) {
          std::string_view w = ctx.Text(b - 1);
          if (IsBoundaryPunct(ctx, b - 1) || IsReportingWord(w)) break;
          --b;
        }
        while (b < comma && (ctx.Is(b, "and") || ctx.Is(b, "but") || ctx.Is(b, "And"))) ++b;
        if (b < comma && (IsDeterminer(ctx.Text(b)) || IsPossessiveDeterminer(ctx.Text(b))) &&
            comma - b >= 2 && comma - b < kMaxAppositive) {
          bool role = false;
          for (size_t i = b + 1; i < std::min(comma, b + 4); ++i) role |= IsRoleNoun(ctx, i);
          bool has_entity_person = false;
          for (size_t i = b; i < comma; ++i) {
            has_entity_person |= ctx.tok(i).entity >= 0 &&
                                 (*entities)[ctx.tok(i).entity].type == EntityType::kPerson;
          }
          if (role && !has_entity_person) AddRole(std::string(ctx.Text(b + 1, comma)), &e);
        }
      }
    }
  }
}

}  // namespace claimtrace::lang
