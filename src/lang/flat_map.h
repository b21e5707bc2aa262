// FlatMap: an open-addressing hash map from 64-bit keys (already well mixed, e.g. feature
// hashes) to 32-bit values, with linear probing and power-of-two capacity. Lookups touch one
// cache line in the common case and allocate nothing. Used for the NER weight index, the
// gazetteer and per-document word statistics.
//
// Contract: key 0 is remapped internally, so every 64-bit key is allowed. Not thread-safe for
// writers; concurrent const lookups are safe.
//
//   FlatMap m;  m.Insert(HashString("Putin"), 7);
//   const uint32_t* v = m.Find(HashString("Putin"));  // *v == 7
#ifndef CLAIMTRACE_LANG_FLAT_MAP_H_
#define CLAIMTRACE_LANG_FLAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "lang/huge_pages.h"

namespace claimtrace::lang {

class FlatMap {
 public:
  FlatMap() { Rehash(16); }

  size_t size() const { return size_; }

  void Clear() {
    for (Slot& s : slots_) s = Slot{};
    size_ = 0;
  }

  void Reserve(size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    if (cap > slots_.size()) Rehash(cap);
  }

  const uint32_t* Find(uint64_t key) const {
    key = Fix(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = Index(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
    }
  }

  // Hints the cache line of key's home slot (for batched lookups); no effect on contents.
  void Prefetch(uint64_t key) const {
    __builtin_prefetch(&slots_[Index(Fix(key)) & (slots_.size() - 1)]);
  }

  uint32_t* Find(uint64_t key) {
    return const_cast<uint32_t*>(static_cast<const FlatMap*>(this)->Find(key));
  }

  // Inserts key -> value unless present; returns the stored value's address and whether it
  // was inserted.
  std::pair<uint32_t*, bool> Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    key = Fix(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = Index(key) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.key == key) return {&s.value, false};
      if (s.key == 0) {
        s.key = key;
        s.value = value;
        ++size_;
        return {&s.value, true};
      }
    }
  }

  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.key != 0) f(s.key == kZeroStandIn ? 0 : s.key, s.value);
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  static constexpr uint64_t kZeroStandIn = 0x9E3779B97F4A7C15ull;

  static uint64_t Fix(uint64_t k) { return k == 0 ? kZeroStandIn : k; }
  static size_t Index(uint64_t k) { return static_cast<size_t>(k ^ (k >> 29)); }

  void Rehash(size_t cap) {
    std::vector<Slot, HugePageAllocator<Slot>> old;
    old.swap(slots_);
    slots_.assign(cap, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key != 0) {
        size_t mask = cap - 1;
        size_t i = Index(s.key) & mask;
        while (slots_[i].key != 0) i = (i + 1) & mask;
        slots_[i] = s;
        ++size_;
      }
    }
  }

  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // large tables on huge pages
  size_t size_ = 0;
};

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_FLAT_MAP_H_
