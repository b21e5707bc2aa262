// News typing rules (entity_news_rules.h): fixed word lists with byte prefilters, a dateline
// scan over the first paragraphs, one pass over the capitalised words. Covered by
// entity_test.cc (Lang.Typing*, Lang.LinkerLegalForms*).
#include "lang/entity_news_rules.h"

#include <algorithm>

#include "lang/entity_typing.h"

namespace claimtrace::lang {
namespace {

// Seats of government and institutions that news uses for the organisation inside them ("the
// Kremlin would not comment", "the White House said"): ORG whatever the tagger said.
constexpr std::string_view kSeatMetonyms[] = {
    "Kremlin",     "Pentagon",      "White House",   "Downing Street", "Elysee",
    "Élysée",      "Elysee Palace", "Élysée Palace", "Whitehall",      "Blue House",
    "Zhongnanhai", "Quai d'Orsay",  "Foggy Bottom"};

// Legal forms of companies that end a name ("Fjordlaks ASA", "Deutsche Lufthansa AG"); several
// are all-caps, which the organisation head-word test of entity_typing.cc leaves out.
constexpr std::string_view kLegalForms[] = {
    "AG",   "ASA", "AB",  "NV",  "N.V.", "BV",  "B.V.", "SpA",  "S.p.A.", "Oyj",  "KK",
    "Pty",  "Bhd", "SE",  "SAS", "S.A.", "SA",  "A/S",  "Ltda", "LLP",    "Srl",  "S.r.l.",
    "GmbH", "PLC", "plc", "Inc", "Inc.", "LLC", "Ltd",  "Ltd.", "Corp",   "Corp."};

bool Overlaps(const TypedMention& a, uint32_t b, uint32_t e) { return a.begin < e && b < a.end; }

// The place of a dateline opening a paragraph near the start ("KRAKÓW, Poland —", "OSLO, Jan 15
// (Reuters) -", "BOSTON (AP) -"): one to three all-caps words followed by a comma or a
// bracket, with a dash within the next twelve tokens. Returns [begin, end) or {0, 0}.
std::pair<uint32_t, uint32_t> DatelinePlace(const EntityContext& ctx) {
  const uint32_t n = static_cast<uint32_t>(std::min<size_t>(ctx.size(), 400));
  for (uint32_t i = 0; i < n; ++i) {
    if (!(ctx.tok(i).flags & kTokenParagraphStart) || !ctx.AllCaps(i) ||
        ctx.tok(i).kind != TokenKind::kWord) {
      continue;
    }
    uint32_t e = i;
    while (e < n && e - i < 3 && ctx.AllCaps(e) && ctx.tok(e).kind == TokenKind::kWord) ++e;
    if (e >= n || !(ctx.Is(e, ",") || ctx.Is(e, "("))) continue;
    for (uint32_t k = e + 1; k < n && k <= e + 12; ++k) {
      if (ctx.tok(k).kind == TokenKind::kDash) return {i, e};
    }
  }
  return {0, 0};
}

// Whether no mention of `out` overlaps tokens [b, e).
bool FreeSpan(const std::vector<TypedMention>& out, uint32_t b, uint32_t e) {
  for (const TypedMention& t : out) {
    if (Overlaps(t, b, e)) return false;
  }
  return true;
}

}  // namespace

bool IsSeatMetonym(std::string_view w) {
  // First bytes of the list ("É" starts with 0xC3): most names are out at once.
  if (w.size() < 6 || std::string_view("KPWDEBZQF\xC3").find(w[0]) == std::string_view::npos) {
    return false;
  }
  for (std::string_view m : kSeatMetonyms) {
    if (m == w) return true;
  }
  return false;
}

bool IsLegalForm(std::string_view w) {
  // Two to six bytes starting with one of the list's first letters: most words are out at once.
  if (w.size() < 2 || w.size() > 6 ||
      std::string_view("ANBSOKPGILCp").find(w[0]) == std::string_view::npos) {
    return false;
  }
  for (std::string_view f : kLegalForms) {
    if (f == w) return true;
  }
  return false;
}

// Kept out of line (as AddSeatsAndSurnames) so that TypeMentions stays small enough for the
// compiler to inline its hot helpers.
__attribute__((noinline)) void RetypeDatelinePlace(const EntityContext& ctx,
                                                   std::vector<TypedMention>* out_ptr) {
  std::vector<TypedMention>& out = *out_ptr;
  auto free_span = [&](uint32_t b, uint32_t e) { return FreeSpan(out, b, e); };
  // A dateline's place, and every mention of the same words in any case, is a place: "KRAKÓW,
  // Poland —" ... "Voters in Kraków" (unknown cities are otherwise often typed PERSON or ORG).
  if (const auto [db, de] = DatelinePlace(ctx); de > db) {
    for (TypedMention& t : out) {
      if (t.end - t.begin != de - db || t.type == EntityType::kLoc) continue;
      bool same = true;
      for (uint32_t k = 0; k < de - db && same; ++k) {
        same = (*ctx.keys)[t.begin + k].lower == (*ctx.keys)[db + k].lower;
      }
      if (same) {
        t.type = EntityType::kGpe;
        if (t.group == 0) t.group = kDatelineGroup;
      }
    }
    if (free_span(db, de)) {
      out.push_back({db, de, EntityType::kGpe, kDatelineGroup, false, false});
    }
  }
}

__attribute__((noinline)) void AddSeatsAndSurnames(const EntityContext& ctx,
                                                   std::vector<TypedMention>* out_ptr) {
  std::vector<TypedMention>& out = *out_ptr;
  auto free_span = [&](uint32_t b, uint32_t e) { return FreeSpan(out, b, e); };
  // One pass over the capitalised words for two kinds of names the tagger left out:
  // "the Kremlin", "the White House" (an organisation), and a word with a transliterated
  // surname ending that neither the word list nor the gazetteer knows (a person: "Separately,
  // Melnychenko accused …"), unless a place preposition comes before it ("in Rostov") or it is
  // part of a longer capitalised run.
  constexpr uint32_t kKnownNonPerson =
      kGazPlace | kGazGeo | kGazNorp | kGazWnLocation | kGazOrgHead | kGazOutlet | kGazTitle;
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    const Token& tok = ctx.tok(i);
    if (!(tok.flags & kTokenCapitalized) || tok.kind != TokenKind::kWord) continue;
    const bool after_the =
        i > 0 && ctx.tok(i - 1).span.size() == 3 && (ctx.Is(i - 1, "the") || ctx.Is(i - 1, "The"));
    if (after_the) {
      bool seat = false;
      for (uint32_t e = i + 1; e <= i + 2 && e <= ctx.size() && !seat; ++e) {
        if (IsSeatMetonym(ctx.Text(i, e)) && free_span(i, e)) {
          out.push_back({i, e, EntityType::kOrg, 0, false, false});
          seat = true;
        }
      }
      if (seat) continue;
    }
    if ((tok.flags & kTokenAllCaps) || tok.span.size() < 5) continue;
    if (i > 0 && ctx.Capitalized(i - 1)) continue;
    if (i + 1 < ctx.size() && ctx.Capitalized(i + 1) && ctx.tok(i + 1).kind == TokenKind::kWord) {
      continue;
    }
    if (!HasSurnameShape(ctx.Text(i))) continue;
    if (i > 0 && (ctx.Is(i - 1, "in") || ctx.Is(i - 1, "near") || ctx.Is(i - 1, "from") ||
                  ctx.Is(i - 1, "to") || ctx.Is(i - 1, "of"))) {
      continue;
    }
    const uint64_t lower = (*ctx.keys)[i].lower;
    if (!free_span(i, i + 1) || ctx.gazetteer->DictBits(lower) != 0 ||
        (ctx.gazetteer->WordBits(lower, true) & kKnownNonPerson) != 0) {
      continue;
    }
    out.push_back({i, i + 1, EntityType::kPerson, 0, false, false});
  }
}

}  // namespace claimtrace::lang
