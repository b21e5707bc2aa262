// Response cache: one mutex-guarded hash map; stale generations are overwritten in place and the
// map is cleared when it reaches its entry limit. Covered by tests/api/api_test.cc (answers
// change after an ingest commits while the server runs).
#include "serve/response_cache.h"

namespace claimtrace::serve {

std::optional<std::string> ResponseCache::Find(const std::string& key, uint64_t generation) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.first != generation) return std::nullopt;
  return it->second.second;
}

void ResponseCache::Store(const std::string& key, uint64_t generation, uint64_t current,
                          std::string body) {
  if (generation != current || body.size() > kMaxBodyBytes) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[key] = {generation, std::move(body)};
}

}  // namespace claimtrace::serve
