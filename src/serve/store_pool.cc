// Store pool: a mutex-guarded free list; a connection's progress handler (every 1000 SQLite VM
// steps) compares the clock with the deadline its current lease set. Covered by
// tests/api/api_test.cc (concurrent requests, requests during an ingest).
#include "serve/store_pool.h"

#include "store/sqlite.h"

namespace claimtrace::serve {
namespace {

int ProgressHandler(void* arg) {
  auto* c = static_cast<StorePool::Connection*>(arg);
  return std::chrono::steady_clock::now() > c->deadline ? 1 : 0;
}

}  // namespace

StorePool::Lease::~Lease() {
  if (pool_ != nullptr && c_ != nullptr) pool_->Release(std::move(c_));
}

StorePool::StorePool(std::string path, size_t max, std::chrono::milliseconds query_timeout)
    : path_(std::move(path)), max_(max == 0 ? 1 : max), query_timeout_(query_timeout) {}

Result<std::unique_ptr<StorePool::Connection>> StorePool::Open() {
  CT_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
                      Store::Open(path_, {.create_if_missing = false, .reads_only = true}));
  CT_RETURN_IF_ERROR(store->database().Exec("PRAGMA query_only = ON"));
  auto c = std::make_unique<Connection>();
  c->store = std::move(store);
  sqlite3_progress_handler(c->store->database().get(), 1000, &ProgressHandler, c.get());
  return c;
}

Result<StorePool::Lease> StorePool::Acquire() {
  std::unique_ptr<Connection> c;
  {
    std::unique_lock<std::mutex> lock(mu_);
    idle_cv_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
    if (!idle_.empty()) {
      c = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++open_;
    }
  }
  if (c == nullptr) {
    Result<std::unique_ptr<Connection>> opened = Open();
    if (!opened.ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      --open_;
      idle_cv_.notify_one();
      return opened.status();
    }
    c = std::move(*opened);
  }
  c->deadline = std::chrono::steady_clock::now() + query_timeout_;
  // A new connection knows nothing of earlier commits; an old one sees data_version move.
  Result<int64_t> version = c->store->database().QueryInt("PRAGMA data_version");
  if (!version.ok() || c->data_version < 0 || *version != c->data_version) ++generation_;
  c->data_version = version.ok() ? *version : -1;
  const uint64_t generation = generation_.load();
  return Lease(this, std::move(c), generation);
}

void StorePool::Release(std::unique_ptr<Connection> c) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(c));
  idle_cv_.notify_one();
}

bool StorePool::WasInterrupted(const Store& store) {
  return sqlite3_errcode(store.database().get()) == SQLITE_INTERRUPT;
}

}  // namespace claimtrace::serve
