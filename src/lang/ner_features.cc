// Feature templates of the entity tagger (see ner_features.h). Covered by ner_tagger_test.cc
// (features are deterministic and position-dependent) and, through training, by the quality
// numbers in docs/quality.md.
#include "lang/ner_features.h"

#include <bit>

#include "lang/flat_map.h"
#include "lang/hashing.h"

namespace claimtrace::lang {
namespace {

enum Template : uint32_t {
  kTBias = 1,
  kTLower,
  kTExact,
  kTShape,
  kTPre2,
  kTPre3,
  kTSuf2,
  kTSuf3,
  kTSuf4,
  kTPrevLower,
  kTNextLower,
  kTPrev2Lower,
  kTNext2Lower,
  kTPrevShape,
  kTNextShape,
  kTPrevCur,
  kTCurNext,
  kTShape3,
  kTGazBegin,
  kTGazInside,
  kTGazPrevEnd,
  kTGazNextBegin,
  kTSentStart,
  kTHeadline,
  kTDoc,
  kTPrevLabel,
  kTPrev2Label,
  kTPrevLabelLower,
  kTPrevLabelShape,
  kTSameWord,
  kTKind,  // unused since feature version 4 (the shape says it)
  kTPrevLabelNextShape,
  kTDict,
  kTDictNext,
  kTDictPrev,
  kTTransition,
  kTWordNext,
  kTClass,
  kTClassPrev,
  kTClassNext,
  kTClassPrevCur,
  kTCaseProfile,
  kTClassCurNext,
  kTNameProfile,
};

constexpr uint64_t kBoundary = 0x5EC7105EC7105EC7ull;  // stands for "no token" (sentence edge)

// Lower-case words that can start a name ("de Gaulle", "van Gogh", "al-Assad", "bin Salman").
constexpr std::string_view kParticles[] = {"al",  "bin",   "bint", "ibn", "abu", "da",  "das", "de",
                                           "del", "della", "der",  "di",  "do",  "dos", "du",  "el",
                                           "la",  "le",    "van",  "von", "ter", "ten", "zu"};

// The particles' hashes in a 64-slot open-addressing table (exact 64-bit compares; most words
// are rejected by one empty slot instead of a scan of the whole list).
struct ParticleSet {
  static constexpr size_t kSlots = 64;
  uint64_t h[kSlots];
  bool used[kSlots];
  static constexpr size_t Home(uint64_t x) { return static_cast<size_t>(x >> 58); }
  constexpr ParticleSet() : h(), used() {
    for (std::string_view p : kParticles) {
      const uint64_t x = HashBytes(p);
      size_t i = Home(x);
      while (used[i]) i = (i + 1) % kSlots;
      h[i] = x;
      used[i] = true;
    }
  }
};
constexpr ParticleSet kParticleHashes;

}  // namespace

bool IsNameParticle(uint64_t lower_hash) {
  for (size_t i = ParticleSet::Home(lower_hash);; i = (i + 1) % ParticleSet::kSlots) {
    if (!kParticleHashes.used[i]) return false;
    if (kParticleHashes.h[i] == lower_hash) return true;
  }
}

bool IsHeadlineStyle(const std::vector<Token>& tokens, uint32_t first, uint32_t last) {
  size_t words = 0, caps = 0;
  for (uint32_t i = first; i < last; ++i) {
    if (tokens[i].kind != TokenKind::kWord || tokens[i].span.size() < 4) continue;
    ++words;
    if (tokens[i].flags & kTokenCapitalized) ++caps;
  }
  return words >= 3 && caps * 10 >= words * 7;
}

void PrepareNerTokens(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                      const Gazetteer& gazetteer, const NerWordTable* word_table,
                      std::vector<TokenKeys>* keys, std::vector<GazMatch>* matches,
                      std::vector<NerToken>* out) {
  const size_t n = tokens.size();
  keys->resize(n);
  out->assign(n, NerToken{});
  for (size_t i = 0; i < n; ++i) (*keys)[i] = ComputeTokenKeys(text, tokens[i].span);
  // Word-list bits first, in one pass that prefetches ahead (the list is large, the lookups
  // would otherwise wait on memory one by one).
  std::vector<uint8_t> dict(n);
  std::vector<uint32_t> word_info(word_table != nullptr ? n : 0);
  constexpr size_t kAhead = 24;
  for (size_t i = 0; i < kAhead && i < n; ++i) {
    gazetteer.PrefetchDict((*keys)[i].lower);
    if (word_table != nullptr) word_table->Prefetch((*keys)[i].lower);
  }
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      gazetteer.PrefetchDict((*keys)[i + kAhead].lower);
      if (word_table != nullptr) word_table->Prefetch((*keys)[i + kAhead].lower);
    }
    dict[i] = static_cast<uint8_t>(gazetteer.DictBits((*keys)[i].lower));
    if (word_table != nullptr) word_info[i] = word_table->Lookup((*keys)[i].lower);
  }
  gazetteer.Match(tokens, *keys, matches);
  for (const GazMatch& m : *matches) {
    (*out)[m.begin].gaz_begin |= m.bits;
    for (uint32_t k = m.begin + 1; k < m.end; ++k) (*out)[k].gaz_inside |= m.bits;
    (*out)[m.end - 1].gaz_end |= m.bits;
  }
  // Document statistics: does the word occur lower-case / capitalised away from sentence starts?
  FlatMap doc;
  doc.Reserve(n / 2 + 16);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord || (t.flags & kTokenSentenceStart)) continue;
    const TokenKeys& k = (*keys)[i];
    uint32_t bit = 0;
    if (!k.has_upper && k.has_lower) bit = kNerSeenLower;
    if (t.flags & kTokenCapitalized) bit = kNerSeenCap;
    if (bit == 0) continue;
    auto [v, inserted] = doc.Insert(k.lower, bit);
    if (!inserted) *v |= bit;
  }
  for (const auto& [first, last] : sentences) {
    const bool headline = IsHeadlineStyle(tokens, first, last);
    for (uint32_t i = first; i < last; ++i) {
      NerToken& o = (*out)[i];
      const TokenKeys& k = (*keys)[i];
      const Token& t = tokens[i];
      o.lower = k.lower;
      o.exact = k.exact;
      o.shape = k.shape;
      o.pre2 = k.pre2;
      o.pre3 = k.pre3;
      o.suf2 = k.suf2;
      o.suf3 = k.suf3;
      o.suf4 = k.suf4;
      o.flags = t.flags;
      o.length = static_cast<uint8_t>(k.length > 255 ? 255 : k.length);
      o.kind = static_cast<uint8_t>(t.kind);
      uint8_t bits = 0;
      if (k.has_upper || IsNameParticle(k.lower)) bits |= kNerGate;
      if (headline) bits |= kNerHeadline;
      if (k.has_digit) bits |= kNerDigit;
      if (t.kind == TokenKind::kWord) {
        if (const uint32_t* d = doc.Find(k.lower)) bits |= static_cast<uint8_t>(*d);
      }
      o.bits = bits;
      o.dict = dict[i];
      if (word_table != nullptr) {
        o.word_class = static_cast<uint16_t>(WordClassOf(word_info[i]));
        o.case_profile = static_cast<uint8_t>(CaseProfileOf(word_info[i]));
        o.name_profile = static_cast<uint8_t>(NameProfileOf(word_info[i]));
      }
    }
  }
}

uint64_t TransitionFeature(int prev_label) {
  return FeatureKey(kTTransition, static_cast<uint64_t>(prev_label));
}

namespace {
bool IsConnectorToken(const NerToken& t) {
  if (t.bits & kNerGate) return false;
  TokenKind k = static_cast<TokenKind>(t.kind);
  if (k == TokenKind::kDash || k == TokenKind::kSymbol) return true;
  if (k == TokenKind::kWord) return true;  // lower-case word: "of", "the", "and", "de", "'s"
  return false;
}
}  // namespace

void NerRegions(const NerToken* t, uint32_t first, uint32_t last,
                std::vector<std::pair<uint32_t, uint32_t>>* out) {
  out->clear();
  uint32_t i = first;
  while (i < last) {
    if (!(t[i].bits & kNerGate)) {
      ++i;
      continue;
    }
    uint32_t s = i, e = i + 1;
    for (;;) {
      if (e < last && (t[e].bits & kNerGate)) {
        ++e;
        continue;
      }
      uint32_t k = e;
      while (k < last && k - e < 2 && IsConnectorToken(t[k]) && t[k].length <= 4) ++k;
      if (k > e && k < last && (t[k].bits & kNerGate)) {
        e = k + 1;
        continue;
      }
      // A trailing number, possibly after a hyphen: "Expo 2016", "COVID-19".
      uint32_t d = e;
      if (d < last && static_cast<TokenKind>(t[d].kind) == TokenKind::kDash &&
          !(t[d].flags & kTokenSpaceBefore)) {
        ++d;
      }
      if (d < last && static_cast<TokenKind>(t[d].kind) == TokenKind::kNumber) e = d + 1;
      break;
    }
    out->emplace_back(s, e);
    i = e;
  }
}

int NerFeatures(const NerToken* t, size_t first, size_t last, size_t i, int same_word,
                uint64_t* out) {
  int n = 0;
  auto add = [&](uint32_t tpl, uint64_t v) {
    if (n < kMaxNerFeatures) out[n++] = FeatureKey(tpl, v);
  };
  const NerToken& c = t[i];
  const bool has_prev = i > first;
  const bool has_next = i + 1 < last;
  const uint64_t p1 = has_prev ? t[i - 1].lower : kBoundary;
  const uint64_t p2 = i > first + 1 ? t[i - 2].lower : kBoundary;
  const uint64_t n1 = has_next ? t[i + 1].lower : kBoundary;
  const uint64_t n2 = i + 2 < last ? t[i + 2].lower : kBoundary;
  const uint64_t ps = has_prev ? t[i - 1].shape : kBoundary;
  const uint64_t ns = has_next ? t[i + 1].shape : kBoundary;
  const uint64_t cap = (c.flags & kTokenCapitalized) ? 1 : 0;
  const uint64_t start = (c.flags & kTokenSentenceStart) ? 1 : 0;

  add(kTBias, 0);
  add(kTLower, c.lower);
  add(kTExact, c.exact);
  add(kTShape, c.shape);
  add(kTPre2, c.pre2);
  add(kTPre3, c.pre3);
  add(kTSuf2, c.suf2);
  add(kTSuf3, c.suf3);
  add(kTSuf4, c.suf4);
  add(kTPrevLower, p1);
  add(kTNextLower, n1);
  add(kTPrev2Lower, p2);
  add(kTNext2Lower, n2);
  add(kTPrevShape, ps);
  add(kTNextShape, ns);
  add(kTPrevCur, Combine(p1, c.lower));
  add(kTCurNext, Combine(c.lower, n1));
  add(kTShape3, Combine(Combine(ps, c.shape), ns));
  add(kTSentStart, start * 2 + cap);
  add(kTHeadline, Combine((c.bits & kNerHeadline) ? 1 : 0, c.shape));
  add(kTDoc, (c.bits & (kNerSeenLower | kNerSeenCap)) * 4 + start * 2 + cap);
  add(kTDict,
      static_cast<uint64_t>(c.dict) * 8 + start * 2 + cap + ((c.flags & kTokenAllCaps) ? 4 : 0));
  add(kTDictNext, has_next ? static_cast<uint64_t>(t[i + 1].dict) * 2 +
                                 ((t[i + 1].flags & kTokenCapitalized) ? 1 : 0)
                           : 99);
  add(kTDictPrev, has_prev ? static_cast<uint64_t>(t[i - 1].dict) * 2 +
                                 ((t[i - 1].flags & kTokenCapitalized) ? 1 : 0)
                           : 99);
  for (uint32_t b = c.gaz_begin; b; b &= b - 1) {
    add(kTGazBegin,
        static_cast<uint64_t>(std::countr_zero(b)) * 2 + (c.gaz_end & (b & -b) ? 1 : 0));
  }
  for (uint32_t b = c.gaz_inside; b; b &= b - 1) {
    add(kTGazInside,
        static_cast<uint64_t>(std::countr_zero(b)) * 2 + (c.gaz_end & (b & -b) ? 1 : 0));
  }
  if (has_prev) {
    for (uint32_t b = t[i - 1].gaz_end; b; b &= b - 1) {
      add(kTGazPrevEnd, static_cast<uint64_t>(std::countr_zero(b)));
    }
  }
  if (has_next) {
    uint32_t nb = t[i + 1].gaz_begin | t[i + 1].gaz_inside;
    for (uint32_t b = nb; b; b &= b - 1) {
      add(kTGazNextBegin, static_cast<uint64_t>(std::countr_zero(b)));
    }
  }
  add(kTSameWord, static_cast<uint64_t>(same_word));
  add(kTWordNext, Combine(c.shape, Combine(n1, cap)));
  const uint64_t pc = has_prev ? t[i - 1].word_class : 0xFFFF;
  const uint64_t nc = has_next ? t[i + 1].word_class : 0xFFFF;
  add(kTClass, static_cast<uint64_t>(c.word_class) * 2 + cap);
  add(kTClassPrev, pc);
  add(kTClassNext, nc);
  add(kTClassPrevCur, pc * 0x20000 + c.word_class);
  add(kTCaseProfile, static_cast<uint64_t>(c.case_profile) * 4 + start * 2 + cap);
  add(kTClassCurNext, static_cast<uint64_t>(c.word_class) * 0x20000 + nc);
  // What the labelled data says about this word ("Tyrese" is mostly a first name).
  add(kTNameProfile, static_cast<uint64_t>(c.name_profile) * 4 + start * 2 + cap);

  return n;
}

}  // namespace claimtrace::lang
