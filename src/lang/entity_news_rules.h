// News typing rules used by mention typing (entity_typing.h): seats of government used for the
// organisation inside them ("the Kremlin", "the White House": ORG), company legal forms that
// end a name ("Fjordlaks ASA", "Lufthansa AG"), the place of a dateline ("KRAKÓW, Poland —",
// "BOSTON (AP) -") with its repeats, and untagged words with a transliterated surname shape
// ("Separately, Melnychenko accused …": PERSON).
//
// Pure functions of their inputs; thread-safe.
//
//   RetypeDatelinePlace(ctx, &mentions);  // "KRAKÓW" ... "Kraków": GPE, kDatelineGroup
//   AddSeatsAndSurnames(ctx, &mentions);  // "the Kremlin" ORG, "Melnychenko" PERSON
#ifndef CLAIMTRACE_LANG_ENTITY_NEWS_RULES_H_
#define CLAIMTRACE_LANG_ENTITY_NEWS_RULES_H_

#include <string_view>
#include <vector>

#include "lang/entity_context.h"

namespace claimtrace::lang {

// One of 13 seats of government ("Kremlin", "White House", "Pentagon", "Downing Street", …).
bool IsSeatMetonym(std::string_view name);

// One of 32 company legal forms ("AG", "ASA", "plc", "GmbH", "Inc.", …), exact case.
bool IsLegalForm(std::string_view word);

// A dateline opening a paragraph near the start (one to three all-caps words, then a comma or
// bracket, a dash within twelve tokens): every mention with the same words in any case becomes
// GPE with group kDatelineGroup, and the dateline itself is added when no mention covers it.
void RetypeDatelinePlace(const EntityContext& ctx, std::vector<TypedMention>* mentions);

// Adds, where no mention is: "the" + a seat of government (ORG), and a capitalised word with a
// surname shape (HasSurnameShape) that the word list, WordNet and the gazetteer do not know, not
// next to another capitalised word and not after "in"/"near"/"from"/"to"/"of" (PERSON).
void AddSeatsAndSurnames(const EntityContext& ctx, std::vector<TypedMention>* mentions);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ENTITY_NEWS_RULES_H_
