// Features of the entity tagger. PrepareNerTokens computes, once per document, everything about
// a token that does not depend on predicted labels (hashed word, shape and affixes, gazetteer
// hits, sentence position, headline-style sentence, whether the same word appears lower-case or
// capitalised mid-sentence elsewhere in the document, its class and case profile learnt from
// unlabelled text and its name profile from the labelled training data, ner_word_table.h).
// NerFeatures then writes the hashed feature keys for one position given the two previous labels —
// no strings are built.
//
// Changing any template or hash here changes the model format: bump kNerFeatureVersion and
// retrain (NerModel::Parse refuses models with another feature version).
//
// Pure functions; thread-safe.
//
//   PrepareNerTokens(text, tokens, sentence_tokens, gaz, &model.words(), &keys, &matches, &nt);
//   int n = NerFeatures(ner_tokens.data(), ner_tokens.size(), i, prev, prev2, same, feats);
#ifndef CLAIMTRACE_LANG_NER_FEATURES_H_
#define CLAIMTRACE_LANG_NER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/lang.h"
#include "lang/gazetteer.h"
#include "lang/lexical.h"
#include "lang/ner_word_table.h"

namespace claimtrace::lang {

inline constexpr uint32_t kNerFeatureVersion = 4;
inline constexpr int kMaxNerFeatures = 64;

// NerToken::bits
inline constexpr uint8_t kNerGate = 1 << 0;       // may start an entity (has upper case, particle)
inline constexpr uint8_t kNerHeadline = 1 << 1;   // in a title-case or all-caps sentence
inline constexpr uint8_t kNerSeenLower = 1 << 2;  // same word occurs lower-case mid-sentence
inline constexpr uint8_t kNerSeenCap = 1 << 3;    // same word occurs capitalised mid-sentence
inline constexpr uint8_t kNerDigit = 1 << 4;

struct NerToken {
  uint64_t lower = 0, exact = 0, shape = 0;
  uint64_t pre2 = 0, pre3 = 0, suf2 = 0, suf3 = 0, suf4 = 0;
  uint32_t gaz_begin = 0;    // bits of a gazetteer phrase starting at this token
  uint32_t gaz_inside = 0;   // bits of a phrase covering this token, not starting here
  uint32_t gaz_end = 0;      // bits of a phrase ending at this token
  uint16_t flags = 0;        // Token::flags
  uint8_t kind = 0;          // TokenKind
  uint8_t bits = 0;          // kNer*
  uint8_t dict = 0;          // Gazetteer::DictBits
  uint8_t length = 0;        // code points, capped at 255
  uint16_t word_class = 0;   // NerWordTable class + 1 (0: rare or unseen in unlabelled text)
  uint8_t case_profile = 0;  // NerWordTable case profile (0: unknown)
  uint8_t name_profile = 0;  // NerWordTable name profile (0: unknown)
};

// Whether tokens [first, last) form a headline-style sentence (at least 3 words of 4+ bytes,
// 7 in 10 of them capitalised): there, case says nothing about names.
bool IsHeadlineStyle(const std::vector<Token>& tokens, uint32_t first, uint32_t last);

// Fills `keys` (one per token), `matches` (gazetteer phrases) and `out`. `words` (may be null:
// no word classes) is the model's table of unlabelled-text statistics.
void PrepareNerTokens(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                      const Gazetteer& gazetteer, const NerWordTable* words,
                      std::vector<TokenKeys>* keys, std::vector<GazMatch>* matches,
                      std::vector<NerToken>* out);

// Writes the (label-independent) feature keys for position i of [first, last) (the sentence)
// into `out` (capacity kMaxNerFeatures) and returns how many. `same_word` is the entity type + 1
// predicted for the same lower-cased word in an earlier sentence of the document, or 0.
int NerFeatures(const NerToken* t, size_t first, size_t last, size_t i, int same_word,
                uint64_t* out);

// Feature key of the transition row for `prev_label` (its weights score the next label).
uint64_t TransitionFeature(int prev_label);

// Candidate regions of sentence [first, last): maximal runs that start at a token that may
// start a name (kNerGate) and continue over further gate tokens, over at most two short
// connectors between gate tokens ("of", "the", "-", "&", "'s"), and over a trailing number
// ("Expo 2016", "COVID - 19"). Tokens outside every region are labelled O without scoring.
void NerRegions(const NerToken* t, uint32_t first, uint32_t last,
                std::vector<std::pair<uint32_t, uint32_t>>* out);

// Lower-case name particles that may start or continue a name ("de", "van", "al", "bin").
bool IsNameParticle(uint64_t lower_hash);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_FEATURES_H_
