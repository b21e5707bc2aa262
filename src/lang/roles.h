// Roles and titles of person entities, collected from the text around their mentions:
//  * a title written before the name ("Ukrainian President Volodymyr Zelensky" -> "President",
//    "Lt. Col. Anna Berg" -> "Lt. Col."); plain honorifics (Mr, Mrs, Ms) are not roles;
//  * a lower-case description ending in a role noun right before the name ("human rights
//    activist Vladimir Osechkin" -> "human rights activist");
//  * an appositive after the name ("Christo Grozev, an expert on Russia's security services
//    who ..." -> "expert on Russia's security services") or before it ("the head of Ukraine's
//    military intelligence, Kyrylo Budanov" -> "head of Ukraine's military intelligence").
// An appositive must contain a role noun or title near its start (titles.tsv), ends at a
// comma, dash, bracket, sentence end or a relative/reporting word, and is at most 14 tokens.
//
// Pure function of its inputs; thread-safe.
//
//   CollectRoles(ctx, members, &doc.entities);
#ifndef CLAIMTRACE_LANG_ROLES_H_
#define CLAIMTRACE_LANG_ROLES_H_

#include <vector>

#include "lang/entity_context.h"

namespace claimtrace::lang {

void CollectRoles(const EntityContext& ctx, const std::vector<std::vector<TypedMention>>& members,
                  std::vector<Entity>* entities);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ROLES_H_
