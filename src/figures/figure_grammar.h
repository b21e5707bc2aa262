// Figure detection: finds quantities in a document's tokens with their bounds, qualifier,
// unit and what is counted. Tokens already inside a time expression (TokenView's in_time
// flag, set by the caller from Document::times) are never figures: years, dates, durations
// ("four weeks") and times of day belong to the times.
//
// Conventions (docs/export-format.md "Figure"): low = high = the stated number for exact,
// approx, at_least and at_most (the qualifier says how to read it); range has low < high.
// Fractions and "one in five" are percentages (unit "%"). Ages, ordinals, labels ("page 12"),
// model names ("Mi-8"), list markers, phone numbers, scores ("won 3-1") and vague words
// ("thousands") are not figures. Pure function of its inputs; thread-safe.
//
//   std::vector<FigureMention> f = FindFigures(view, analysis.sentence_tokens);
//   // "nearly 500 tanks": f[0].low == 500, f[0].qualifier == Qualifier::kApprox
#ifndef CLAIMTRACE_FIGURES_FIGURE_GRAMMAR_H_
#define CLAIMTRACE_FIGURES_FIGURE_GRAMMAR_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "figures/token_view.h"

namespace claimtrace::figures {

struct FigureMention {
  uint32_t begin = 0;  // first token (qualifier included)
  uint32_t end = 0;    // one past the last token (unit included, counted noun excluded)
  ByteSpan span;
  double low = 0;
  double high = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;  // empty: no unit
  std::string what;  // empty: unknown
  uint32_t sentence = 0;
};

std::vector<FigureMention> FindFigures(
    const TokenView& v, const std::vector<std::pair<uint32_t, uint32_t>>& sentence_tokens);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_FIGURE_GRAMMAR_H_
