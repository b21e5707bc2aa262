#include "lang/ner_tagger.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "lang/gazetteer.h"
#include "lang/hashing.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

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

// The decoder before it visited only valid predecessors: a full scan over all label pairs.
template <typename T>
void ViterbiFullScan(const T* emit, size_t n, const T* trans, const uint8_t* can_start,
                     uint8_t* out) {
  constexpr T kNeg = std::numeric_limits<T>::lowest() / 4;
  std::vector<T> delta(n * kNerLabels, kNeg);
  std::vector<uint8_t> back(n * kNerLabels, 0);
  for (size_t t = 0; t < n; ++t) {
    for (int l = 0; l < kNerLabels; ++l) {
      if (!can_start[t] && l != kLabelO && (LabelPos(l) == kBegin || LabelPos(l) == kUnit)) {
        continue;
      }
      T best = kNeg;
      int arg = 0;
      if (t == 0) {
        if (ValidTransition(kLabelO, l)) best = trans[kLabelO * kNerLabels + l];
      } else {
        for (int p = 0; p < kNerLabels; ++p) {
          T prev = delta[(t - 1) * kNerLabels + p];
          if (prev <= kNeg || !ValidTransition(p, l)) continue;
          T v = prev + trans[p * kNerLabels + l];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      if (best <= kNeg) continue;
      delta[t * kNerLabels + l] = best + emit[t * kNerLabels + l];
      back[t * kNerLabels + l] = static_cast<uint8_t>(arg);
    }
  }
  int last = kLabelO;
  T best = kNeg;
  for (int l = 0; l < kNerLabels; ++l) {
    T v = delta[(n - 1) * kNerLabels + l];
    if (v <= kNeg || !ValidTransition(l, kLabelO)) continue;
    v += trans[l * kNerLabels + kLabelO];
    if (v > best) {
      best = v;
      last = l;
    }
  }
  for (size_t t = n; t-- > 0;) {
    out[t] = static_cast<uint8_t>(last);
    last = back[t * kNerLabels + last];
  }
}

// Differential: the predecessor-list decoder gives the labels of the full scan, ties included
// (small integer scores make many).
TEST(Lang, ViterbiMatchesFullScan) {
  uint64_t state = 42;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int32_t>((state >> 33) % 9) - 4;
  };
  std::vector<int32_t> trans(kNerLabels * kNerLabels);
  std::vector<int32_t> delta;
  std::vector<uint8_t> back;
  for (int trial = 0; trial < 500; ++trial) {
    for (int32_t& x : trans) x = next();
    const size_t n = 1 + static_cast<size_t>(trial % 12);
    std::vector<int32_t> emit(n * kNerLabels);
    for (int32_t& x : emit) x = next() * (trial % 3 == 0 ? 1 : 100);
    std::vector<uint8_t> can_start(n);
    for (uint8_t& c : can_start) c = next() > -3;
    std::vector<uint8_t> a(n), b(n);
    ViterbiDecode<int32_t>(emit.data(), n, trans.data(), can_start.data(), a.data(), &delta, &back);
    ViterbiFullScan<int32_t>(emit.data(), n, trans.data(), can_start.data(), b.data());
    ASSERT_EQ(a, b) << "trial " << trial;
  }
}

// The particle set (a small hash table) answers as a scan of the list would.
TEST(Lang, NameParticlesAreRecognisedExactly) {
  const char* particles[] = {"al",  "bin",   "bint", "ibn", "abu", "da",  "das", "de",
                             "del", "della", "der",  "di",  "do",  "dos", "du",  "el",
                             "la",  "le",    "van",  "von", "ter", "ten", "zu"};
  for (const char* p : particles) EXPECT_TRUE(IsNameParticle(HashBytes(p))) << p;
  for (const char* w : {"the", "of", "al-", "vann", "Van", "", "said", "dell", "bi", "ibnx"}) {
    EXPECT_FALSE(IsNameParticle(HashBytes(w))) << w;
  }
  uint64_t h = 1;
  for (int i = 0; i < 100000; ++i) {
    h = h * 6364136223846793005ull + 1442695040888963407ull;
    bool listed = false;
    for (const char* p : particles) listed |= HashBytes(p) == h;
    ASSERT_EQ(IsNameParticle(h), listed);
  }
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

// Differential: Tag (region features first, next token's slots prefetched) gives the labels of
// TagSimple (token by token) with the shipped model, on text with many names, long capitalised
// runs, headline sentences and repeated words (the "same word" feature across sentences).
TEST(Lang, TagMatchesTagSimple) {
  const char* src = std::getenv("CLAIMTRACE_SOURCE_DIR");
  const std::filesystem::path path =
      std::filesystem::path(src ? src : CLAIMTRACE_SOURCE_DIR) / "data" / "models" / "ner.model";
  Result<NerModel> model = NerModel::Load(path.string());
  ASSERT_TRUE(model.ok()) << model.status().message();
  Result<std::unique_ptr<Gazetteer>> gaz = Gazetteer::Load("");
  ASSERT_TRUE(gaz.ok()) << gaz.status().message();
  std::string text =
      "MAYOR OF NORTH HARBOUR SAYS NEW TRAM LINE WILL OPEN IN MAY\n"
      "Anna de Vries, the mayor of North Harbour, told the City Council on Tuesday that the "
      "Harbour Tram Company had signed a contract with Voss & Lind Engineering of Rotterdam. "
      "\"We expect the first trams by Expo 2027,\" de Vries said. The United Nations Development "
      "Programme and the World Bank were not consulted, according to Peter van der Berg of the "
      "Green Party. Van der Berg said the deal with Voss & Lind was rushed. Ministry of "
      "Transport spokesman Karim al-Hassan declined to comment. COVID-19 delayed the work, and "
      "Lind said Anna had promised a review. Radio Ostra reported that Voss met Berg in Paris.";
  for (int copy = 0; copy < 2; ++copy) text += " " + text;
  std::vector<Token> tokens;
  std::vector<ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  Tokenize(text, &tokens);
  SplitSentences(text, &tokens, &spans, &sentences);
  std::vector<TokenKeys> keys;
  std::vector<GazMatch> matches;
  std::vector<NerToken> ner;
  PrepareNerTokens(text, tokens, sentences, **gaz, &model->words(), &keys, &matches, &ner);
  NerTagger tagger(&*model);
  std::vector<uint8_t> fast, simple;
  tagger.Tag(ner, sentences, &fast);
  tagger.TagSimple(ner, sentences, &simple);
  ASSERT_EQ(fast.size(), tokens.size());
  EXPECT_EQ(fast, simple);
  size_t named = 0;
  for (uint8_t l : fast) named += l != kLabelO;
  EXPECT_GT(named, 20u);  // the comparison covers real decoding, not all-O output
}

}  // namespace
}  // namespace claimtrace::lang
