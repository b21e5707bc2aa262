// Label scheme of the entity tagger: BILOU over the four training types (PER, ORG, LOC, MISC)
// plus O, 17 labels, with the transition constraints greedy decoding obeys. Constexpr helpers;
// thread-safe.
//
//   int l = MakeLabel(NerType::kPer, kBegin);  // "B-PER"
//   ValidTransition(l, MakeLabel(NerType::kPer, kLast)) == true
#ifndef CLAIMTRACE_LANG_NER_LABELS_H_
#define CLAIMTRACE_LANG_NER_LABELS_H_

#include <cstdint>
#include <string_view>

namespace claimtrace::lang {

enum class NerType : uint8_t { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
inline constexpr int kNerTypes = 4;
inline constexpr int kNerLabels = 1 + 4 * kNerTypes;
inline constexpr int kLabelO = 0;

enum NerPos : uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

// kBio = true switches to B/I/O only (MakeLabel maps L->I, U->B); the shipped tagger decodes
// BILOU with Viterbi, so it is false.
inline constexpr bool kBio = false;

inline constexpr int MakeLabel(NerType t, NerPos p) {
  if (kBio) p = (p == kLast) ? kInside : (p == kUnit) ? kBegin : p;
  return 1 + 4 * static_cast<int>(t) + p;
}
inline constexpr NerType LabelType(int label) { return static_cast<NerType>((label - 1) / 4); }
inline constexpr NerPos LabelPos(int label) { return static_cast<NerPos>((label - 1) % 4); }
// True when `label` leaves an entity open (B or I): the next label must continue it (BILOU),
// or may continue it (BIO).
inline constexpr bool IsOpen(int label) {
  return label != kLabelO && (LabelPos(label) == kBegin || LabelPos(label) == kInside);
}

inline constexpr bool ValidTransition(int prev, int cur) {
  if (kBio) {
    if (cur == kLabelO) return true;
    if (LabelPos(cur) == kLast || LabelPos(cur) == kUnit) return false;
    if (LabelPos(cur) == kBegin) return true;
    return prev != kLabelO && LabelType(prev) == LabelType(cur);
  }
  if (IsOpen(prev)) {
    return cur != kLabelO && LabelType(cur) == LabelType(prev) &&
           (LabelPos(cur) == kInside || LabelPos(cur) == kLast);
  }
  return cur == kLabelO || LabelPos(cur) == kBegin || LabelPos(cur) == kUnit;
}

inline constexpr std::string_view NerTypeName(NerType t) {
  switch (t) {
    case NerType::kPer:
      return "PER";
    case NerType::kOrg:
      return "ORG";
    case NerType::kLoc:
      return "LOC";
    case NerType::kMisc:
      return "MISC";
  }
  return "MISC";
}

inline bool ParseNerType(std::string_view s, NerType* out) {
  for (int t = 0; t < kNerTypes; ++t) {
    if (NerTypeName(static_cast<NerType>(t)) == s) {
      *out = static_cast<NerType>(t);
      return true;
    }
  }
  return false;
}

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_LABELS_H_
