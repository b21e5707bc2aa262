// From tagger mentions (PER/ORG/LOC/MISC) to typed mentions with the eight output types.
//
// Rules, in order: trim punctuation and the clitic 's from the edges; strip titles and
// nationality words from the front of PER spans ("Ukrainian President Volodymyr Zelensky" ->
// "Volodymyr Zelensky"); drop spans that are only a title. Types: an exact demonym phrase is
// NORP; an exact outlet name is ORG; LOC/ORG/MISC that exactly match a country, city or region
// are GPE (LOC for continents, seas, mountains, or a geographic head word such as "River");
// other LOC default to GPE; MISC with an event head word ("War", "Olympics", "Summit") is
// EVENT, a quoted multi-word MISC is WORK, the rest MISC. Then lexicon-only mentions are added
// where the tagger found nothing: demonyms (NORP), non-ambiguous outlets (ORG) and every
// occurrence of the document's own outlet (ORG).
//
// Pure function of its inputs; thread-safe.
//
//   std::vector<TypedMention> m = TypeMentions(ctx, LabelsToMentions(labels));
#ifndef CLAIMTRACE_LANG_ENTITY_TYPING_H_
#define CLAIMTRACE_LANG_ENTITY_TYPING_H_

#include <vector>

#include "lang/entity_context.h"
#include "lang/ner_tagger.h"

namespace claimtrace::lang {

std::vector<TypedMention> TypeMentions(const EntityContext& ctx,
                                       const std::vector<NerMention>& tagged);

// Gazetteer bits of the phrase covering exactly tokens [begin, end), or 0.
uint32_t ExactPhraseBits(const EntityContext& ctx, uint32_t begin, uint32_t end,
                         uint16_t* group = nullptr);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ENTITY_TYPING_H_
