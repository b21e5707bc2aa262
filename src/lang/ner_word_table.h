// NerWordTable: what unlabelled text says about each word, for the entity tagger's features —
// a distributional class (ExchangeClusters over the lower-cased words, word_clusters.h) and a
// case profile (how often the word is written capitalised away from sentence starts: a
// proper-noun signal that also holds for words the labelled data never had). Keys are
// LowerHash values; the table is stored inside ner.model (ner_model.h) and built by
// `claimtrace train-ner` from the texts of its training documents plus unlabelled pages.
//
// Build keeps the raw case counts so that training can leave each training document's own
// occurrences out of its profile (CaseProfileWithout): at run time an article is never part of
// the table, so training must not see its own counts either. A parsed table has profiles only.
// Training also stores a name profile per word (SetNameCounts): how its capitalised
// occurrences in the labelled data were labelled (first name, other person word, organisation,
// place, ...), also left out per training document (NameProfileWithout).
//
// Immutable after Build/Parse; Lookup is thread-safe.
//
//   NerWordTable t = NerWordTable::Build(texts, {});
//   uint32_t v = t.Lookup(keys.lower);  // WordClassOf(v), CaseProfileOf(v); 0 = unknown word
#ifndef CLAIMTRACE_LANG_NER_WORD_TABLE_H_
#define CLAIMTRACE_LANG_NER_WORD_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/lang.h"
#include "claimtrace/status.h"
#include "lang/flat_map.h"
#include "lang/lexical.h"

namespace claimtrace::lang {

struct NerWordTableOptions {
  uint32_t classes = 256;  // exchange classes
  uint32_t min_count = 2;  // words rarer than this share one "rare" class
  int passes = 8;
};

// Packed value: bits 0-15 class + 1 (0: no class), bits 16-23 case profile (0: unknown),
// bits 24-31 name profile (0: unknown; see NameProfile).
inline uint32_t WordClassOf(uint32_t v) { return v & 0xFFFFu; }
inline uint32_t CaseProfileOf(uint32_t v) { return (v >> 16) & 0xFFu; }
inline uint32_t NameProfileOf(uint32_t v) { return v >> 24; }

// How a word's capitalised occurrences in the labelled training data were labelled: first
// word of a several-word person name, other person word, organisation, place, other name
// (MISC), or no name.
struct NameCounts {
  uint32_t total = 0, per_first = 0, per = 0, org = 0, loc = 0, misc = 0;
  void Add(const NameCounts& o);
  void Subtract(const NameCounts& o);  // saturating at 0
};

// Name profile bucket (1..36): the commonest of the six labellings, its share (< 1/2, < 4/5,
// more) and whether there were 6+ occurrences; 0 with fewer than 2 occurrences.
uint32_t NameProfile(const NameCounts& c);

// Whether a name profile says "mostly the first word of a person's name" (at least half of
// the word's capitalised occurrences).
inline bool IsGivenNameProfile(uint32_t profile) {
  return profile != 0 && (profile - 1) / 2 / 3 == 0 && (profile - 1) / 2 % 3 >= 1;
}

// Case observation of every token for the profile: 0 not counted (not a word, sentence start,
// in a headline-style sentence, no letter case), 1 lower case, 2 capitalised.
void CaseObservations(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                      const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                      std::vector<uint8_t>* out);

// Profile bucket (1..15) from capitalised / lower-case mid-sentence counts; 0 when both are 0.
uint32_t CaseProfile(uint32_t capitalised, uint32_t lower);

class NerWordTable {
 public:
  NerWordTable() = default;

  static NerWordTable Build(const std::vector<std::string_view>& texts,
                            const NerWordTableOptions& options);

  uint32_t Lookup(uint64_t lower_hash) const {
    const uint32_t* v = map_.Find(lower_hash);
    return v ? *v : 0;
  }
  void Prefetch(uint64_t lower_hash) const { map_.Prefetch(lower_hash); }

  // The packed value with the case profile recomputed after removing `capitalised` / `lower`
  // occurrences (the document's own); only meaningful on a built table (else Lookup).
  uint32_t LookupWithout(uint64_t lower_hash, uint32_t capitalised, uint32_t lower) const;

  // Name profiles (built tables only): `counts` per word key of the labelled training data;
  // sets the name profile of every word of the table (words not in it are ignored).
  void SetNameCounts(const FlatMap& index, const std::vector<NameCounts>& counts);
  // The name profile with `own` (a training document's counts) left out (built tables only).
  uint32_t NameProfileWithout(uint64_t lower_hash, const NameCounts& own) const;

  size_t size() const { return keys_.size(); }
  uint32_t classes() const { return classes_; }

  // Appends u32 classes | u32 rows | rows × u64 key | rows × u32 value.
  void Serialize(std::string* out) const;
  // Reads what Serialize wrote from [*p, end); advances *p. Error text on failure.
  static Result<NerWordTable> Parse(const char** p, const char* end);

 private:
  void Index();

  uint32_t classes_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  std::vector<uint32_t> cap_, lower_;  // raw counts (built tables only)
  std::vector<NameCounts> names_;      // labelled counts per row (built tables only)
  FlatMap map_;                        // key -> value
  FlatMap row_;                        // key -> row (built tables only)
};

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_WORD_TABLE_H_
