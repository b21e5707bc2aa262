// StorePool: read-only Store connections shared by the server's request threads.
//
// Acquire() hands out an idle connection (opening a new one when none is idle, up to `max`;
// beyond that it waits) wrapped in a Lease that returns it on destruction. Each connection is
// opened with `PRAGMA query_only` and an SQLite progress handler that interrupts a query running
// past the lease's deadline, so one expensive request cannot hold a thread for long.
// Each lease also checks PRAGMA data_version and bumps the pool's generation when the database
// changed (see ResponseCache). Thread-safe; the pool must outlive its leases.
//
//   CT_ASSIGN_OR_RETURN(StorePool::Lease lease, pool.Acquire());
//   ListDocuments(lease.store(), {}, {});
#ifndef CLAIMTRACE_SERVE_STORE_POOL_H_
#define CLAIMTRACE_SERVE_STORE_POOL_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace::serve {

class StorePool {
 public:
  struct Connection {
    std::unique_ptr<Store> store;
    std::chrono::steady_clock::time_point deadline;
    int64_t data_version = -1;  // PRAGMA data_version at this connection's last lease
  };

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Connection> c, uint64_t generation)
        : pool_(pool), c_(std::move(c)), generation_(generation) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    ~Lease();
    Store& store() const { return *c_->store; }
    // The pool's generation when this lease began (after checking for changes).
    uint64_t generation() const { return generation_; }

   private:
    StorePool* pool_;
    std::unique_ptr<Connection> c_;
    uint64_t generation_ = 0;
  };

  StorePool(std::string path, size_t max, std::chrono::milliseconds query_timeout);

  Result<Lease> Acquire();
  // Increases whenever a connection sees that the database changed since its previous lease (or
  // a connection is opened): answers computed under an older generation may be stale.
  uint64_t generation() const { return generation_.load(); }
  // True when the last failure on this store was the deadline interrupt.
  static bool WasInterrupted(const Store& store);

 private:
  Result<std::unique_ptr<Connection>> Open();
  void Release(std::unique_ptr<Connection> c);

  std::string path_;
  size_t max_;
  std::chrono::milliseconds query_timeout_;
  std::mutex mu_;
  std::condition_variable idle_cv_;
  std::vector<std::unique_ptr<Connection>> idle_;
  size_t open_ = 0;
  std::atomic<uint64_t> generation_{1};
};

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_STORE_POOL_H_
