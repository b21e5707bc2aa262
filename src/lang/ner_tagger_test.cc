#include "lang/ner_tagger.h"

#include <gtest/gtest.h>

#include <vector>

namespace claimtrace::lang {
namespace {

constexpr int B(NerType t) { return MakeLabel(t, kBegin); }
constexpr int I(NerType t) { return MakeLabel(t, kInside); }
constexpr int L(NerType t) { return MakeLabel(t, kLast); }
constexpr int U(NerType t) { return MakeLabel(t, kUnit); }

TEST(Lang, NerLabelsTransitions) {
  EXPECT_TRUE(ValidTransition(kLabelO, B(NerType::kPer)));
  EXPECT_TRUE(ValidTransition(B(NerType::kPer), L(NerType::kPer)));
  EXPECT_FALSE(ValidTransition(B(NerType::kPer), L(NerType::kOrg)));
  EXPECT_FALSE(ValidTransition(B(NerType::kPer), kLabelO));
  EXPECT_FALSE(ValidTransition(kLabelO, I(NerType::kLoc)));
  EXPECT_TRUE(ValidTransition(U(NerType::kLoc), B(NerType::kOrg)));
}

TEST(Lang, ViterbiObeysBilouAndStartConstraints) {
  // Three tokens; emissions favour B-PER on all of them, which is not a valid path.
  std::vector<float> emit(3 * kNerLabels, 0.0f);
  for (int t = 0; t < 3; ++t) emit[t * kNerLabels + B(NerType::kPer)] = 5.0f;
  emit[1 * kNerLabels + I(NerType::kPer)] = 4.0f;
  emit[2 * kNerLabels + L(NerType::kPer)] = 4.0f;
  std::vector<float> trans(kNerLabels * kNerLabels, 0.0f);
  uint8_t can_start[3] = {1, 1, 1};
  uint8_t out[3];
  std::vector<float> delta;
  std::vector<uint8_t> back;
  ViterbiDecode<float>(emit.data(), 3, trans.data(), can_start, out, &delta, &back);
  EXPECT_EQ(out[0], B(NerType::kPer));
  EXPECT_EQ(out[1], I(NerType::kPer));
  EXPECT_EQ(out[2], L(NerType::kPer));
  // A token that cannot start a name never gets B or U.
  std::vector<float> one(kNerLabels, 0.0f);
  one[U(NerType::kOrg)] = 9.0f;
  uint8_t no[1] = {0};
  ViterbiDecode<float>(one.data(), 1, trans.data(), no, out, &delta, &back);
  EXPECT_EQ(out[0], kLabelO);
}

TEST(Lang, LabelsToMentionsReadsBilou) {
  std::vector<uint8_t> labels = {kLabelO,
                                 static_cast<uint8_t>(B(NerType::kPer)),
                                 static_cast<uint8_t>(L(NerType::kPer)),
                                 static_cast<uint8_t>(U(NerType::kLoc)),
                                 kLabelO,
                                 static_cast<uint8_t>(I(NerType::kOrg))};  // stray I: own mention
  std::vector<NerMention> m = LabelsToMentions(labels);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 3u);
  EXPECT_EQ(m[0].type, NerType::kPer);
  EXPECT_EQ(m[1].begin, 3u);
  EXPECT_EQ(m[1].type, NerType::kLoc);
  EXPECT_EQ(m[2].begin, 5u);
  EXPECT_EQ(m[2].end, 6u);
}

TEST(Lang, NerRegionsSpanNamesConnectorsAndTrailingNumbers) {
  // Gate pattern: "the Bank of England said Expo 2016 ."
  std::vector<NerToken> t(8);
  auto set = [&](int i, bool gate, TokenKind kind, int len) {
    t[i].bits = gate ? kNerGate : 0;
    t[i].kind = static_cast<uint8_t>(kind);
    t[i].length = static_cast<uint8_t>(len);
  };
  set(0, false, TokenKind::kWord, 3);    // the
  set(1, true, TokenKind::kWord, 4);     // Bank
  set(2, false, TokenKind::kWord, 2);    // of
  set(3, true, TokenKind::kWord, 7);     // England
  set(4, false, TokenKind::kWord, 4);    // said
  set(5, true, TokenKind::kWord, 4);     // Expo
  set(6, false, TokenKind::kNumber, 4);  // 2016
  set(7, false, TokenKind::kPunct, 1);   // .
  std::vector<std::pair<uint32_t, uint32_t>> r;
  NerRegions(t.data(), 0, 8, &r);
  // "said" (4 letters) is a short connector too, so one region runs from Bank to 2016.
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], (std::pair<uint32_t, uint32_t>{1, 7}));
  t[4].length = 7;  // a longer word breaks it
  NerRegions(t.data(), 0, 8, &r);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (std::pair<uint32_t, uint32_t>{1, 4}));
  EXPECT_EQ(r[1], (std::pair<uint32_t, uint32_t>{5, 7}));
}

}  // namespace
}  // namespace claimtrace::lang
