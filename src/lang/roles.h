// Roles and titles of person entities, collected from the text around their mentions:
//  * a title written before the name ("Ukrainian President Volodymyr Zelensky" -> "President",
//    "Lt. Col. Anna Berg" -> "Lt. Col."); plain honorifics (Mr, Mrs, Ms) are not roles;
//  * a lower-case description ending in a role noun right before the name ("human rights
//    activist Vladimir Osechkin" -> "human rights activist");
//  * an appositive after the name ("Christo Grozev, an expert on Russia's security services
//    who ..." -> "expert on Russia's security services") or before it ("the head of Ukraine's
//    military intelligence, Kyrylo Budanov" -> "head of Ukraine's military intelligence"; "Its
//    director, Iryna Bondar" -> "director").
// An appositive must contain a role noun or title near its start (titles.tsv), ends at a
// comma, dash, bracket, sentence end or a relative/reporting word, and is at most 14 tokens.
//
// RoleEvidenceOf reads the same places for typing (the linker calls it before the entity types
// are final): the head noun of a pre-modifier ("farmer Ion Rusu", "water utility Vodokanal"),
// of an appositive before the name starting a clause ("The water utility, Pryluzhne
// Vodokanal, ..."; "Its director, Iryna Bondar") or after it ("Ion Rusu - a lawyer known for
// ...", "Vodokanal, the city's utility,"), a title before it, an age ("Olha Tkachenko, 67,"),
// "N-year-old", or ", who" right after it (person); a role noun and
// "of" before it ("director of Pryluzhne Vodokanal": organisation); a settlement word and "of"
// before it ("the city of Lindenau": place); else "he"/"she" as the first subject pronoun after
// a reporting verb that follows the name ("X said she would ...": person; "it" is not used, as
// "X said it was ..." is as common for people). Person heads are
// the role nouns and titles of titles.tsv; organisation heads are the head words of
// org_suffixes.tsv written in lower case ("utility", "company", "broadcaster"). The last head
// before a preposition or clause word wins ("the company's director" -> person).
//
// Pure functions of their inputs; thread-safe.
//
//   CollectRoles(ctx, members, &doc.entities);
//   if (RoleEvidenceOf(ctx, m.begin, m.end) == RoleEvidence::kOrg) ...
#ifndef CLAIMTRACE_LANG_ROLES_H_
#define CLAIMTRACE_LANG_ROLES_H_

#include <vector>

#include "lang/entity_context.h"

namespace claimtrace::lang {

enum class RoleEvidence { kNone, kPerson, kOrg, kPlace };

RoleEvidence RoleEvidenceOf(const EntityContext& ctx, uint32_t begin, uint32_t end);

void CollectRoles(const EntityContext& ctx, const std::vector<std::vector<TypedMention>>& members,
                  std::vector<Entity>* entities);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ROLES_H_
