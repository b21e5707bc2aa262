// In-article linking: groups typed mentions into one entity per referent.
//
// Links, in order: mentions with the same folded text (persons only with persons); country
// aliases of one ISO code ("US", "the United States", "America"); an initialism in brackets
// after a name ("Federal Security Service (FSB)", "(or ISIS)"; not a dateline's agency after a
// place, "British Columbia (CP)", unless the letters are the place's initials), in an
// appositive ("the FSB, Russia's Federal Security Service,") or equal to a name's initials; a
// one-word short form of the only organisation starting with that word ("Xinhe" after "Xinhe
// Semiconductor"; not a place: "Boston" stays apart from "Boston Celtics"); persons by surname and
// a transliteration-tolerant first name (name_key.h): full names merge when both parts match, a
// bare surname joins the nearest full name with that surname (preceding first), a bare first name
// only when exactly one person has it. Two people who share only a first name are never merged.
// Entity type is the majority of its mentions' types (a full personal name makes it a person)
// corrected by role evidence (ClusterType in entity_typing.h); its name is the fullest mention
// (most tokens; for organisations the expansion rather than the initialism). Entities are numbered
// e1, e2... in order of first mention, mentions are sorted, and Token::entity points at the entity
// of every token inside a mention.
//
// Pure function of its inputs; thread-safe.
//
//   LinkEntities(ctx, TypeMentions(ctx, tagged), &tokens, &doc.entities, &members);
#ifndef CLAIMTRACE_LANG_ENTITY_LINKER_H_
#define CLAIMTRACE_LANG_ENTITY_LINKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/entity_context.h"

namespace claimtrace::lang {

// `members[k]` receives the mentions (token ranges) of entities[k], sorted.
void LinkEntities(const EntityContext& ctx, std::vector<TypedMention> mentions,
                  std::vector<Token>* tokens, std::vector<Entity>* entities,
                  std::vector<std::vector<TypedMention>>* members);

// Fold(name) (name_key.h), computed without ICU when `name` is ASCII (lower-cased, apostrophes
// dropped: what Fold does to ASCII); the same result for every input (entity_test.cc compares).
std::string FoldName(std::string_view name);

// Upper-case initials of the capitalised words of tokens [begin, end), skipping "of", "the",
// "and", "for" and similar ("Federal Security Service" -> "FSS").
std::string Initials(const EntityContext& ctx, uint32_t begin, uint32_t end);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ENTITY_LINKER_H_
