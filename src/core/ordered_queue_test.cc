// Tests for BoundedQueue and OrderedQueue: order restored under random finishing order, the
// in-flight window and byte budget respected, timeouts, and shutdown by Close/Cancel.
#include "core/ordered_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

namespace claimtrace {
namespace {

TEST(BoundedQueue, FifoAndCloseDrains) {
  BoundedQueue<int> q(3);
  EXPECT_TRUE(q.Push(1));
  EXPECT_TRUE(q.Push(2));
  q.Close();
  EXPECT_FALSE(q.Push(3));
  EXPECT_EQ(q.Pop(), 1);
  EXPECT_EQ(q.Pop(), 2);
  EXPECT_EQ(q.Pop(), std::nullopt);
}

TEST(BoundedQueue, PushBlocksWhileFull) {
  BoundedQueue<int> q(2);
  ASSERT_TRUE(q.Push(1));
  ASSERT_TRUE(q.Push(2));
  std::atomic<bool> pushed{false};
  std::thread producer([&] {
    q.Push(3);
    pushed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_FALSE(pushed.load());
  EXPECT_EQ(q.Pop(), 1);
  producer.join();
  EXPECT_TRUE(pushed.load());
}

TEST(BoundedQueue, CancelWakesABlockedProducerAndDropsItems) {
  BoundedQueue<int> q(1);
  ASSERT_TRUE(q.Push(1));
  std::thread producer([&] { EXPECT_FALSE(q.Push(2)); });
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  q.Cancel();
  producer.join();
  EXPECT_EQ(q.Pop(), std::nullopt);
}

TEST(OrderedQueue, DeliversInSequenceWhateverOrderWorkersFinish) {
  constexpr int kItems = 2000;
  OrderedQueue<int> out(8, 1 << 30);
  BoundedQueue<uint64_t> work(8);
  std::atomic<size_t> max_in_flight{0};
  std::thread producer([&] {
    for (int i = 0; i < kItems; ++i) {
      uint64_t seq = *out.Acquire(1);
      size_t f = out.in_flight();
      size_t prev = max_in_flight.load();
      while (f > prev && !max_in_flight.compare_exchange_weak(prev, f)) {
      }
      work.Push(seq);
    }
    out.Close();
    work.Close();
  });
  std::vector<std::thread> workers;
  for (int w = 0; w < 4; ++w) {
    workers.emplace_back([&, w] {
      std::mt19937 rng(w);
      while (auto seq = work.Pop()) {
        if (rng() % 4 == 0) std::this_thread::sleep_for(std::chrono::microseconds(rng() % 300));
        out.Put(*seq, static_cast<int>(*seq) * 10);
      }
    });
  }
  int expected = 0;
  while (auto v = out.Pop()) {
    ASSERT_EQ(*v, expected * 10);
    ++expected;
  }
  producer.join();
  for (auto& t : workers) t.join();
  EXPECT_EQ(expected, kItems);
  EXPECT_LE(max_in_flight.load(), 8u);
}

TEST(OrderedQueue, ByteBudgetLimitsTheWindowButAdmitsOneLargeItem) {
  OrderedQueue<int> out(100, 1000);
  ASSERT_TRUE(out.Acquire(600).has_value());
  std::atomic<bool> second{false};
  std::thread producer([&] {
    out.Acquire(600);  // 1200 > 1000: waits for the first to be popped
    second = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_FALSE(second.load());
  out.Put(0, 7);
  EXPECT_EQ(out.Pop(), 7);
  producer.join();
  EXPECT_TRUE(second.load());
  out.Put(1, 8);
  EXPECT_EQ(out.Pop(), 8);
  // Alone in the window, an item over the whole budget is still admitted.
  EXPECT_TRUE(out.Acquire(5000).has_value());
}

TEST(OrderedQueue, PopForTimesOutUntilTheNextInSequenceArrives) {
  OrderedQueue<int> out(4, 100);
  uint64_t a = *out.Acquire(1);
  uint64_t b = *out.Acquire(1);
  out.Put(b, 2);  // the later one first
  std::optional<int> v;
  EXPECT_EQ(out.PopFor(std::chrono::milliseconds(10), &v), OrderedQueue<int>::PopStatus::kTimeout);
  out.Put(a, 1);
  EXPECT_EQ(out.PopFor(std::chrono::milliseconds(10), &v), OrderedQueue<int>::PopStatus::kItem);
  EXPECT_EQ(v, 1);
  EXPECT_EQ(out.PopFor(std::chrono::milliseconds(10), &v), OrderedQueue<int>::PopStatus::kItem);
  EXPECT_EQ(v, 2);
  out.Close();
  EXPECT_EQ(out.PopFor(std::chrono::milliseconds(10), &v), OrderedQueue<int>::PopStatus::kDone);
}

TEST(OrderedQueue, CancelReleasesABlockedProducer) {
  OrderedQueue<int> out(1, 100);
  ASSERT_TRUE(out.Acquire(1).has_value());
  std::optional<uint64_t> got = 0;
  std::thread producer([&] { got = out.Acquire(1); });
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  out.Cancel();
  producer.join();
  EXPECT_FALSE(got.has_value());
  EXPECT_EQ(out.Pop(), std::nullopt);
}

}  // namespace
}  // namespace claimtrace
