// Role extraction around person mentions (rules in roles.h). Covered by entity_test.cc.
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
    if (IsBoundaryPunct(ctx, e) && w != "(" && w != ")") break;
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

}  // namespace

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
      // Appositive before: "the head of Ukraine's military intelligence, Kyrylo Budanov".
      if (m.begin >= s_begin + 3 && ctx.Is(m.begin - 1, ",")) {
        size_t comma = m.begin - 1;
        size_t b = comma;
        while (b > s_begin && comma - b < kMaxAppositive) {
          std::string_view w = ctx.Text(b - 1);
          if (IsBoundaryPunct(ctx, b - 1) || IsReportingWord(w)) break;
          --b;
        }
        while (b < comma && (ctx.Is(b, "and") || ctx.Is(b, "but") || ctx.Is(b, "And"))) ++b;
        if (b < comma && IsDeterminer(ctx.Text(b)) && comma - b >= 2 &&
            comma - b < kMaxAppositive) {
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
