// EntityProfile: what the entity resolver knows about one entity of one document — its
// spellings (titles and possessives removed), transliterated person-name readings (including
// de-inflected readings of Cyrillic names), alias and initialism keys, and role words — and the
// in-document link of a lone surname to the dominant full name with that surname.
// Internal to the resolve stage. Plain values; the functions are thread-compatible (the
// transliterator passed in is not shared).
//
//   EntityProfile p = BuildEntityProfile(doc, 0, translit);
//   for (const std::string& k : p.surname_keys) lookup("p:" + k);
#ifndef CLAIMTRACE_RESOLVE_ENTITY_PROFILE_H_
#define CLAIMTRACE_RESOLVE_ENTITY_PROFILE_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"
#include "resolve/name_key.h"
#include "resolve/transliterate.h"

namespace claimtrace::resolve {

struct EntityProfile {
  int index = -1;
  EntityType type = EntityType::kMisc;
  std::vector<std::string> surfaces;  // cleaned spellings, entity name first
  size_t mentions = 0;
  // PERSON
  std::vector<PersonName> readings;
  std::set<std::string> surname_keys;          // from as-written readings
  std::set<std::string> guessed_surname_keys;  // from de-inflected readings only
  bool has_given = false;
  // every type
  std::set<std::string> alias_keys;
  std::set<std::string> long_alias_keys;
  std::set<std::string> written_initialisms;
  std::set<std::string> derived_initialisms;
  std::set<std::string> role_words;
  bool strong = false;
  int link_to = -1;  // index into the profiles vector this one follows
  uint64_t global = 0;
  bool created = false;
};

// Profiles doc.entities[index]. An entity with no usable spelling has empty `surfaces`.
EntityProfile BuildEntityProfile(const Document& doc, int index, NameTransliterator& translit);

// Sets link_to (a position in `profiles`) for each lone-surname PERSON whose surname matches
// exactly one dominant full name in the same document (most mentions; a tie links nothing).
void LinkWithinDocument(std::vector<EntityProfile>& profiles);

// Trims spaces and a trailing possessive ("Putin's", "Budanov’s").
std::string CleanSurface(std::string_view s);

// Given-name sequences as stored in GlobalEntity::given_names ("George W") and back.
std::string GivenString(const std::vector<NameWord>& given);
std::vector<NameWord> GivenFromString(std::string_view s);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_ENTITY_PROFILE_H_
