#include "lang/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

namespace claimtrace::lang {
namespace {

// Large blocks are 2 MiB aligned (where huge pages can back them), small ones come from
// std::allocator; both hold and copy their contents like std::vector.
TEST(Lang, HugePageVectorsAlignLargeBlocksAndKeepContents) {
  std::vector<uint32_t, HugePageAllocator<uint32_t>> big(3 * kHugePageMinBytes / 4 + 5);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(big.data()) % kHugePageBytes, 0u);
  std::iota(big.begin(), big.end(), 7u);
  std::vector<uint32_t> plain(big.size());
  std::iota(plain.begin(), plain.end(), 7u);
  EXPECT_TRUE(std::equal(big.begin(), big.end(), plain.begin(), plain.end()));

  std::vector<uint32_t, HugePageAllocator<uint32_t>> copy = big;  // another large block
  EXPECT_NE(copy.data(), big.data());
  EXPECT_TRUE(std::equal(copy.begin(), copy.end(), plain.begin(), plain.end()));
  for (int i = 0; i < 1000; ++i) copy.push_back(static_cast<uint32_t>(i));  // grows, reallocates
  EXPECT_EQ(copy[big.size() + 999], 999u);
  EXPECT_EQ(copy[0], 7u);

  std::vector<uint64_t, HugePageAllocator<uint64_t>> small(10, 3);
  small.resize(100, 4);
  EXPECT_EQ(small[9], 3u);
  EXPECT_EQ(small[99], 4u);
  small.clear();
  small.shrink_to_fit();
  EXPECT_TRUE(small.empty());
}

}  // namespace
}  // namespace claimtrace::lang
