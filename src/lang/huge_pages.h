// HugePageAllocator: a std::allocator replacement for the large read-mostly lookup tables (NER
// weights and index, gazetteer, attribution perceptrons). Blocks of at least 1 MiB are aligned
// to 2 MiB and marked MADV_HUGEPAGE, so that the kernel (transparent huge pages in "madvise"
// mode, the Debian default) can back them with 2 MiB pages: random lookups across several MiB
// then stop missing the TLB on almost every access. Smaller blocks come from std::allocator.
// Only where the memory lives changes, never its contents. Stateless, thread-safe; covered by
// huge_pages_test.cc.
//
//   std::vector<float, lang::HugePageAllocator<float>> table(1 << 20);
//   table[123] = 1.0f;  // as with std::vector<float>
#ifndef CLAIMTRACE_LANG_HUGE_PAGES_H_
#define CLAIMTRACE_LANG_HUGE_PAGES_H_

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace claimtrace::lang {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;
inline constexpr size_t kHugePageMinBytes = size_t{1} << 20;

template <typename T>
struct HugePageAllocator {
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding copies nothing

  T* allocate(size_t n) {
    if (n > static_cast<size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePageMinBytes || alignof(T) > kHugePageBytes) {
      return std::allocator<T>().allocate(n);
    }
    const size_t rounded = (bytes + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
    void* p = std::aligned_alloc(kHugePageBytes, rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure leaves ordinary pages
#endif
    return static_cast<T*>(p);
  }

  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePageMinBytes || alignof(T) > kHugePageBytes) {
      std::allocator<T>().deallocate(p, n);
      return;
    }
    std::free(p);
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_HUGE_PAGES_H_
