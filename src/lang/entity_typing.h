// From tagger mentions (PER/ORG/LOC/MISC) to typed mentions with the eight output types.
//
// Rules, in order: trim punctuation and the clitic 's from the edges; strip titles and
// nationality words from the front of PER spans ("Ukrainian President Volodymyr Zelensky" ->
// "Volodymyr Zelensky"); drop spans that are only a title. Types: an exact demonym phrase is
// NORP; an exact outlet name is ORG; LOC/ORG/MISC that exactly match a country, city or region
// are GPE (LOC for continents, seas, mountains, or a geographic head word such as "River");
// other LOC default to GPE; MISC with an event head word ("War", "Olympics", "Summit") is
// EVENT, a quoted multi-word MISC is WORK, the rest MISC. Seats of government used for the
// organisation inside them ("the Kremlin", "the White House", "the Pentagon") are ORG, and are
// added after "the" when the tagger missed them. The place of a dateline ("KRAKÓW, Poland —",
// "BOSTON (AP) -") is GPE, as is every mention of the same words. Then lexicon-only mentions
// are added where the tagger found nothing: untagged capitalised words with a surname shape
// that no word list knows (PERSON, not after "in"/"to"/...), demonyms (NORP), non-ambiguous
// outlets (ORG) and every occurrence of the document's own outlet (ORG).
//
// ClusterType gives a linked entity its final type (called by the linker): the majority type
// of its mentions, overruled by role evidence around them (roles.h: "The water utility,
// Pryluzhne Vodokanal," -> ORG; "Ion Rusu - a lawyer" -> PERSON; "the town of Skjelby" -> GPE),
// by an organisation head word inside a name ("Radio Svitanok") or a name starting with one of
// the article's one-word places ("Pryluzhne Vodokanal" next to "Pryluzhne") -> ORG; a cluster
// that is only ever one unknown word with no evidence of a person becomes ORG (GPE after
// "in"/"near") unless it has a surname shape (HasSurnameShape). A name ending in a company's
// legal form ("Fjordlaks ASA", "Deutsche Lufthansa AG") makes the entity ORG whatever else; a
// person-typed name whose first word the labelled training data knows as a given name
// (EntityContext::words, IsGivenNameProfile) counts as person evidence.
//
// Pure functions of their inputs; thread-safe.
//
//   std::vector<TypedMention> m = TypeMentions(ctx, LabelsToMentions(labels));
//   EntityType t = ClusterType(ctx, mentions, cluster, voted, full_person, places);
#ifndef CLAIMTRACE_LANG_ENTITY_TYPING_H_
#define CLAIMTRACE_LANG_ENTITY_TYPING_H_

#include <string_view>
#include <unordered_set>
#include <vector>

#include "lang/entity_context.h"
#include "lang/ner_tagger.h"

namespace claimtrace::lang {

std::vector<TypedMention> TypeMentions(const EntityContext& ctx,
                                       const std::vector<NerMention>& tagged);

// Final type of the entity made of mentions m[idx]: `voted` is their majority type,
// `full_person` whether one is a person's full name, `places` the article's one-word GPE names.
EntityType ClusterType(const EntityContext& ctx, const std::vector<TypedMention>& m,
                       const std::vector<size_t>& idx, EntityType voted, bool full_person,
                       const std::unordered_set<std::string_view>& places);

// True for a capitalised Latin word of at least five letters ending in a common transliterated
// Slavic, Baltic, Caucasian or Romanian surname ending (kSurnameEndings in entity_typing.cc:
// -ov/-ova, -ev/-eva, -enko, -sky/-ski/-ska/-skyi/-skaya, -vich/-vych, -chuk/-uk/-yuk,
// -shvili, -dze, -yan, -escu, -ovic/-evic ...): "Zelensky", "Budanov", "Rusu" is not one.
bool HasSurnameShape(std::string_view word);

// Gazetteer bits of the phrase covering exactly tokens [begin, end), or 0.
uint32_t ExactPhraseBits(const EntityContext& ctx, uint32_t begin, uint32_t end,
                         uint16_t* group = nullptr);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ENTITY_TYPING_H_
