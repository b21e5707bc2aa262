// Global entities and the catalog that holds them: the state of cross-article entity
// resolution, shaped so that it can live in database tables.
//
// A GlobalEntity is one real-world referent seen in one or more documents, with every spelling
// it was written with, the given names and surname key of a person, the words of the roles
// given to it and the other global entities it appeared with (the evidence used to attach a
// lone surname). EntityCatalog is the storage interface the resolver talks to: a blocking index
// (key -> ids, e.g. "p:budanov" or "i:fsb") and the entity records. InMemoryEntityCatalog is the
// in-process implementation; the store implements the same interface over SQLite tables
// (entity_keys(key, id), entities(id, record JSON) — see state_json.h for the record form).
// Catalogs are not thread-safe; one resolver writes to one catalog.
//
//   InMemoryEntityCatalog catalog;
//   EntityResolver resolver(&catalog, ...);  // see entity_resolver.h
#ifndef CLAIMTRACE_RESOLVE_ENTITY_CATALOG_H_
#define CLAIMTRACE_RESOLVE_ENTITY_CATALOG_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace::resolve {

struct GlobalEntity {
  uint64_t id = 0;  // assigned by the catalog, starting at 1
  EntityType type = EntityType::kMisc;
  std::string name;  // display name: the best-supported full form
  // Spellings as written (titles and possessives removed) -> documents using them.
  std::map<std::string, uint32_t> aliases;
  // PERSON only: given-name sequences (ASCII, space-separated, initials as one letter, e.g.
  // "Kirill", "Kyrylo", "George W") -> documents; and the surname key (PhoneticKey).
  std::map<std::string, uint32_t> given_names;
  std::string surname_key;
  // Stemmed words of roles and titles ("intellig", "chief", "president") -> documents.
  std::map<std::string, uint32_t> role_words;
  // Other global entities seen in the same documents -> documents together (capped).
  std::map<uint64_t, uint32_t> cooccurring;
  // Votes for the type over documents (a tagger may disagree between articles).
  std::map<EntityType, uint32_t> type_votes;
  uint32_t documents = 0;      // documents mentioning it
  std::string first_document;  // Document::id of the first one
};

class EntityCatalog {
 public:
  virtual ~EntityCatalog() = default;

  // Appends the ids filed under blocking key `key` (none when unknown).
  virtual Status Lookup(std::string_view key, std::vector<uint64_t>* ids) = 0;
  // Reads one entity; kNotFound for an unknown id.
  virtual Status Get(uint64_t id, GlobalEntity* out) = 0;
  // A read-only view of an entity, valid until the next Put; nullptr when the catalog cannot
  // lend its records (the resolver then uses Get). In-memory catalogs lend them.
  virtual const GlobalEntity* Peek(uint64_t /*id*/) { return nullptr; }
  // Stores `entity`: when entity->id is 0 a new id is assigned (and written back), otherwise
  // the record with that id is replaced.
  virtual Status Put(GlobalEntity* entity) = 0;
  // Files `id` under `key`; adding the same pair twice has no effect.
  virtual Status AddKey(std::string_view key, uint64_t id) = 0;
  // Number of documents resolved so far (for evidence weights), and its increment.
  virtual Result<uint64_t> DocumentCount() = 0;
  virtual Status AddDocuments(uint64_t n) = 0;
};

class InMemoryEntityCatalog final : public EntityCatalog {
 public:
  Status Lookup(std::string_view key, std::vector<uint64_t>* ids) override;
  Status Get(uint64_t id, GlobalEntity* out) override;
  const GlobalEntity* Peek(uint64_t id) override;
  Status Put(GlobalEntity* entity) override;
  Status AddKey(std::string_view key, uint64_t id) override;
  Result<uint64_t> DocumentCount() override { return documents_; }
  Status AddDocuments(uint64_t n) override {
    documents_ += n;
    return Status::Ok();
  }

  // Read access for reports and tests.
  const std::unordered_map<uint64_t, GlobalEntity>& entities() const { return entities_; }
  size_t key_count() const { return keys_.size(); }

 private:
  std::unordered_map<uint64_t, GlobalEntity> entities_;
  std::unordered_map<std::string, std::vector<uint64_t>> keys_;
  uint64_t next_id_ = 1;
  uint64_t documents_ = 0;
};

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_ENTITY_CATALOG_H_
