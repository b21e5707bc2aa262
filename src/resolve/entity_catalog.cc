// Hash-map implementation of EntityCatalog: entities by id, a key -> id-list index with
// duplicate suppression. Covered by src/resolve/entity_resolver_test.cc (every resolver test
// runs against it) and state_json_test.cc.
#include "resolve/entity_catalog.h"

#include <algorithm>

namespace claimtrace::resolve {

Status InMemoryEntityCatalog::Lookup(std::string_view key, std::vector<uint64_t>* ids) {
  auto it = keys_.find(std::string(key));
  if (it != keys_.end()) ids->insert(ids->end(), it->second.begin(), it->second.end());
  return Status::Ok();
}

Status InMemoryEntityCatalog::Get(uint64_t id, GlobalEntity* out) {
  auto it = entities_.find(id);
  if (it == entities_.end()) return NotFoundError("no global entity " + std::to_string(id));
  *out = it->second;
  return Status::Ok();
}

const GlobalEntity* InMemoryEntityCatalog::Peek(uint64_t id) {
  auto it = entities_.find(id);
  return it == entities_.end() ? nullptr : &it->second;
}

Status InMemoryEntityCatalog::Put(GlobalEntity* entity) {
  if (entity->id == 0) {
    entity->id = next_id_++;
  } else if (entity->id >= next_id_) {
    next_id_ = entity->id + 1;
  }
  entities_[entity->id] = *entity;
  return Status::Ok();
}

Status InMemoryEntityCatalog::AddKey(std::string_view key, uint64_t id) {
  std::vector<uint64_t>& ids = keys_[std::string(key)];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return Status::Ok();
}

}  // namespace claimtrace::resolve
