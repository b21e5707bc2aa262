// Hashing helpers for features and lexicon lookups: FNV-1a over bytes, a 64-bit mixer
// (splitmix64 finaliser) and combination of a feature template id with a value. Everything
// is constexpr/inline, allocation-free and deterministic across runs and machines (the model
// file stores hashed feature keys, so these functions are part of the model format: changing
// them requires a new kNerFeatureVersion).
//
//   uint64_t k = FeatureKey(kTplWord, HashBytes("putin"));
#ifndef CLAIMTRACE_LANG_HASHING_H_
#define CLAIMTRACE_LANG_HASHING_H_

#include <cstdint>
#include <string_view>

namespace claimtrace::lang {

inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ull;

inline constexpr uint64_t HashByte(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

inline constexpr uint64_t HashBytes(std::string_view s, uint64_t h = kFnvOffset) {
  for (char c : s) h = HashByte(h, static_cast<unsigned char>(c));
  return h;
}

inline constexpr uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

inline constexpr uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix64(a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull);
}

inline constexpr uint64_t FeatureKey(uint32_t tpl, uint64_t value) {
  return Combine(static_cast<uint64_t>(tpl) + 1, value);
}

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_HASHING_H_
