// Word classes learnt from unlabelled text with the exchange algorithm (Kneser & Ney 1993;
// Martin, Liermann & Ney 1998): every word belongs to one of `classes` classes; words are moved,
// one at a time in order of frequency, to the class that most increases the likelihood of a
// class-bigram model, F = sum M(c,d) log M(c,d) - sum L(c) log L(c) - sum R(d) log R(d), where
// M counts class bigrams and L / R are left / right class totals. Words that occur in similar
// contexts end up together (given names, months, reporting verbs, company suffixes), which gives
// the entity tagger a signal for words it never saw labelled.
//
// Deterministic: the initial assignment is round-robin by frequency rank (ties by id) and the
// passes visit words in that order, so the same input gives the same classes on any platform.
// Pure function; thread-safe.
//
//   std::vector<uint32_t> seq = {...};  // word ids, kClusterBoundary between sentences
//   std::vector<uint16_t> cls = ExchangeClusters(seq, vocab_size, 64, 6);
#ifndef CLAIMTRACE_LANG_WORD_CLUSTERS_H_
#define CLAIMTRACE_LANG_WORD_CLUSTERS_H_

#include <cstdint>
#include <vector>

namespace claimtrace::lang {

// Word ids are [0, vocab_size); this id marks a sentence boundary (never clustered, it only
// ends a bigram chain).
inline constexpr uint32_t kClusterBoundary = 0xFFFFFFFFu;

// Returns the class of every word id (0 .. classes-1). Words that never occur get class 0.
// `passes` bounds the number of sweeps over the vocabulary (it stops early when no word moves).
std::vector<uint16_t> ExchangeClusters(const std::vector<uint32_t>& sequence, uint32_t vocab_size,
                                       uint32_t classes, int passes);

// The objective F above for a given assignment (for tests: every move must not decrease it).
double ClusterLikelihood(const std::vector<uint32_t>& sequence,
                         const std::vector<uint16_t>& word_class, uint32_t classes);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_WORD_CLUSTERS_H_
