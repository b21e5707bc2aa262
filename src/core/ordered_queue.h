// Bounded queues for the parallel pipeline: a FIFO work queue and an order-restoring result queue.
//
// BoundedQueue<T> is a blocking multi-producer/multi-consumer FIFO holding at most `capacity`
// items: Push blocks while it is full, Pop blocks while it is empty and not closed.
// OrderedQueue<T> hands results back in the order their sequence numbers were issued, whatever
// order workers finish in. A producer first Acquire()s a sequence number (blocking while the
// window of issued-but-not-yet-popped items is full, counted both in items and in a caller-given
// cost such as bytes), workers Put() results under their number in any order, and the single
// consumer Pop()s them strictly in sequence. So memory held by in-flight items never exceeds the
// window, however large the input. Both are thread-safe; Cancel() wakes every waiter for shutdown.
//
//   OrderedQueue<Document> out(/*max_items=*/8, /*max_cost=*/64 << 20);
//   uint64_t seq = *out.Acquire(article.body.size());  /* worker: */ out.Put(seq, std::move(doc));
#ifndef CLAIMTRACE_CORE_ORDERED_QUEUE_H_
#define CLAIMTRACE_CORE_ORDERED_QUEUE_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace claimtrace {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Blocks while full. Returns false (dropping `item`) once the queue is closed or cancelled.
  bool Push(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_ || closed_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Blocks while empty. Returns nullopt once the queue is closed and drained (or cancelled).
  std::optional<T> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty() || cancelled_) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  // No more pushes; consumers drain what is queued, then get nullopt.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  // Like Close, but queued items are dropped.
  void Cancel() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    cancelled_ = true;
    items_.clear();
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
  bool cancelled_ = false;
};

template <typename T>
class OrderedQueue {
 public:
  // At most `max_items` sequence numbers, and at most `max_cost` total cost, are in flight
  // (acquired and not yet popped). One item is always admitted even if its cost alone exceeds
  // max_cost, so a single large item cannot deadlock the queue.
  OrderedQueue(size_t max_items, uint64_t max_cost)
      : max_items_(max_items == 0 ? 1 : max_items), max_cost_(max_cost) {}

  // Producer: reserves the next sequence number for an item of `cost`. Blocks while the window
  // is full. Returns nullopt if the queue was cancelled.
  std::optional<uint64_t> Acquire(uint64_t cost) {
    std::unique_lock<std::mutex> lock(mu_);
    window_.wait(lock, [&] {
      size_t in_flight = static_cast<size_t>(issued_ - next_);
      return cancelled_ ||
             (in_flight < max_items_ && (in_flight == 0 || cost_ + cost <= max_cost_));
    });
    if (cancelled_) return std::nullopt;
    slots_.emplace_back();
    slots_.back().cost = cost;
    cost_ += cost;
    return issued_++;
  }

  // Worker: delivers the result for `seq` (which must have come from Acquire). Never blocks.
  void Put(uint64_t seq, T value) {
    std::lock_guard<std::mutex> lock(mu_);
    if (cancelled_ || seq < next_ || seq >= issued_) return;
    Slot& slot = slots_[static_cast<size_t>(seq - next_)];
    slot.value = std::move(value);
    if (seq == next_) ready_.notify_all();
  }

  // Producer: no more Acquire calls.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    ready_.notify_all();
  }

  // Wakes and releases everybody; pending and future results are dropped.
  void Cancel() {
    std::lock_guard<std::mutex> lock(mu_);
    cancelled_ = true;
    slots_.clear();
    ready_.notify_all();
    window_.notify_all();
  }

  enum class PopStatus { kItem, kTimeout, kDone };

  // Consumer: waits up to `timeout` for the next item in sequence order (into *out). kDone once the
  // producer has closed the queue and every issued item was popped (or after Cancel).
  template <typename Rep, typename Period>
  PopStatus PopFor(std::chrono::duration<Rep, Period> timeout, std::optional<T>* out) {
    std::unique_lock<std::mutex> lock(mu_);
    auto can_go = [&] {
      return cancelled_ || (!slots_.empty() && slots_.front().value.has_value()) ||
             (closed_ && issued_ == next_);
    };
    if (!ready_.wait_for(lock, timeout, can_go)) return PopStatus::kTimeout;
    if (cancelled_ || slots_.empty()) return PopStatus::kDone;
    *out = std::move(slots_.front().value);
    cost_ -= slots_.front().cost;
    slots_.pop_front();
    ++next_;
    window_.notify_all();
    return PopStatus::kItem;
  }

  // Blocking form of PopFor: nullopt when done.
  std::optional<T> Pop() {
    std::optional<T> value;
    while (true) {
      PopStatus s = PopFor(std::chrono::hours(1), &value);
      if (s == PopStatus::kItem) return value;
      if (s == PopStatus::kDone) return std::nullopt;
    }
  }

  // Items acquired but not yet popped (for tests and diagnostics).
  size_t in_flight() const {
    std::lock_guard<std::mutex> lock(mu_);
    return static_cast<size_t>(issued_ - next_);
  }

 private:
  struct Slot {
    std::optional<T> value;
    uint64_t cost = 0;
  };
  const size_t max_items_;
  const uint64_t max_cost_;
  mutable std::mutex mu_;
  std::condition_variable window_;
  std::condition_variable ready_;
  std::deque<Slot> slots_;  // slots_[i] holds sequence number next_ + i
  uint64_t next_ = 0;       // next sequence number to pop
  uint64_t issued_ = 0;     // next sequence number to hand out
  uint64_t cost_ = 0;       // total cost in flight
  bool closed_ = false;
  bool cancelled_ = false;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_ORDERED_QUEUE_H_
