// ResponseCache: API answers kept until the database changes.
//
// Entries are keyed by the canonical request (path + sorted parameters) and tagged with the
// StorePool generation they were computed under; the pool bumps its generation whenever any of
// its connections sees that the database changed (PRAGMA data_version), so an entry is only
// served while nothing was committed since it was computed, and a result computed from an older
// snapshot is never stored under a newer generation. Bounded: at most kMaxEntries answers of at
// most kMaxBodyBytes each (the whole cache is dropped when full). Thread-safe.
//
//   if (auto hit = cache.Find(key, lease.generation())) return *hit;
//   cache.Store(key, lease.generation(), pool.generation(), body);
#ifndef CLAIMTRACE_SERVE_RESPONSE_CACHE_H_
#define CLAIMTRACE_SERVE_RESPONSE_CACHE_H_

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace claimtrace::serve {

class ResponseCache {
 public:
  static constexpr size_t kMaxEntries = 1024;
  static constexpr size_t kMaxBodyBytes = 2 * 1024 * 1024;

  std::optional<std::string> Find(const std::string& key, uint64_t generation);
  // Keeps `body` computed under `generation` unless the pool has moved on (`current`).
  void Store(const std::string& key, uint64_t generation, uint64_t current, std::string body);

 private:
  std::mutex mu_;
  std::unordered_map<std::string, std::pair<uint64_t, std::string>> entries_;
};

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_RESPONSE_CACHE_H_
