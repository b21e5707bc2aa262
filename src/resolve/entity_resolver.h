// EntityResolver: assigns each entity of a document to a global entity, incrementally.
//
// For document N+1 it looks candidates up by blocking key in the catalog (surname keys for
// people, alias and initialism keys for everything else), scores them on name parts, type,
// roles and co-occurring entities, and either attaches the entity or creates a new global
// entity; then it folds the document's spellings, roles and co-occurrences into the records.
// It never compares against all existing entities.
//
// The rules that keep different people apart:
//  - two full person names attach only when their surname keys agree and their given names are
//    compatible (same key, transliteration variant, initial or short form; middle names must not
//    contradict): "Boris Johnson" never joins "Andrew Johnson";
//  - a lone surname (or a full name meeting a surname-only entity) attaches within a document to
//    the dominant full name with that surname, and across documents only with evidence — shared
//    role words or co-occurring entities — that clearly favours one candidate;
//  - types must agree (PERSON only with PERSON or an untyped MISC; organisations and places only
//    cross when a spelling is identical).
//
// Not thread-safe (it writes to the catalog and owns a transliterator cache).
//
//   InMemoryEntityCatalog catalog;
//   CT_ASSIGN_OR_RETURN(auto resolver, EntityResolver::Create(&catalog));
//   CT_ASSIGN_OR_RETURN(EntityResolution r, resolver->Resolve(doc));  // r.global_ids[i] for entity
//   i
#ifndef CLAIMTRACE_RESOLVE_ENTITY_RESOLVER_H_
#define CLAIMTRACE_RESOLVE_ENTITY_RESOLVER_H_

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"
#include "resolve/entity_catalog.h"
#include "resolve/transliterate.h"

namespace claimtrace::resolve {

struct EntityProfile;

struct EntityResolverOptions {
  // Evidence (0..1) needed to attach a lone surname, or a full name to a surname-only entity,
  // across documents.
  double lone_name_evidence = 0.3;
  // A weak match is ambiguous (and a new entity is made) when the runner-up's evidence is at
  // least this fraction of the best one's.
  double ambiguity_ratio = 0.7;
  // Candidates examined per entity (a very common surname key is cut here).
  size_t max_candidates = 256;
  // Co-occurring entities kept per global entity (the most frequent).
  size_t max_cooccurring = 64;
  // Spellings kept per global entity (the most frequent).
  size_t max_aliases = 64;
};

struct EntityResolution {
  // Global id for each Document::entities[i]; 0 for an entity without a usable name.
  std::vector<uint64_t> global_ids;
  // True where the global entity was created by this document.
  std::vector<bool> created;
};

class EntityResolver {
 public:
  static Result<std::unique_ptr<EntityResolver>> Create(EntityCatalog* catalog,
                                                        EntityResolverOptions options = {});
  ~EntityResolver();
  EntityResolver(const EntityResolver&) = delete;
  EntityResolver& operator=(const EntityResolver&) = delete;

  // Resolves every entity of `doc` and updates the catalog. On a catalog error nothing of this
  // document is guaranteed to be written; the caller (the store) rolls its transaction back.
  Result<EntityResolution> Resolve(const Document& doc);

  // The transliterator, shared with other steps that need name keys.
  NameTransliterator& transliterator() { return *translit_; }

 private:
  EntityResolver(EntityCatalog* catalog, std::unique_ptr<NameTransliterator> translit,
                 EntityResolverOptions options);
  struct Candidate;
  struct CandidateKeys;

  Status ResolveProfile(EntityProfile& p, const std::vector<uint64_t>& context,
                        const std::vector<uint32_t>& context_docs, uint64_t total_docs);
  double Evidence(const EntityProfile& p, const GlobalEntity& c,
                  const std::vector<uint64_t>& context, const std::vector<uint32_t>& context_docs,
                  uint64_t total_docs) const;
  // Alias and initialism keys of a stored entity, cached until the entity changes.
  const CandidateKeys& KeysOf(const GlobalEntity& c);
  bool ScorePerson(const EntityProfile& p, const GlobalEntity& c, double evidence, Candidate* out);
  bool ScoreOther(const EntityProfile& p, const GlobalEntity& c, double evidence, Candidate* out);
  Status Commit(const Document& doc, std::vector<EntityProfile>& profiles, EntityResolution* out);

  EntityCatalog* catalog_;
  std::unique_ptr<NameTransliterator> translit_;
  EntityResolverOptions options_;
  std::unordered_map<uint64_t, std::unique_ptr<CandidateKeys>> keys_cache_;
};

// Display name for a global entity from its aliases: for people and multi-word names the
// most-used full form, otherwise the most-used spelling.
std::string ChooseDisplayName(const GlobalEntity& e);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_ENTITY_RESOLVER_H_
