// Cardinal numbers over a TokenView: numerals with separators ("7,000", "7 000", "1.5"),
// multipliers ("1.5 million", "$6bn", "25m", "two dozen"), number words ("twenty-one",
// "a hundred", "two hundred and fifty thousand", "half a million", "two and a half million").
//
// Pure functions of the view; no allocation. The caller decides whether a cardinal is a
// figure, part of a time expression, or neither.
//
//   std::optional<Cardinal> c = ParseCardinal(view, i, sentence_end, /*allow_article=*/true);
//   if (c) value = c->value;  // tokens [c->begin, c->end)
#ifndef CLAIMTRACE_FIGURES_CARDINAL_H_
#define CLAIMTRACE_FIGURES_CARDINAL_H_

#include <cstddef>
#include <optional>

#include "figures/token_view.h"

namespace claimtrace::figures {

struct Cardinal {
  size_t begin = 0;           // first token
  size_t end = 0;             // one past the last token (multipliers included)
  double value = 0;           // with multipliers applied
  double raw = 0;             // value before the trailing multiplier
  double multiplier = 1;      // trailing multiplier (1 when none)
  size_t multiplier_tok = 0;  // token of the trailing multiplier (valid when multiplier != 1)
  bool words = false;         // written in words ("five", "a dozen")
  bool article = false;       // starts with "a"/"an" ("a hundred")
  bool glued_m = false;       // the multiplier is a glued "m" ("100m": million or metres)
  Numeral numeral;            // the first numeral read (digits only)
};

// Reads a cardinal starting at token i (tokens before `end`). `allow_article` lets "a"/"an"
// start one ("a hundred", "a dozen"). nullopt when token i does not start a cardinal.
std::optional<Cardinal> ParseCardinal(const TokenView& v, size_t i, size_t end, bool allow_article);

// Value of a single number word or hyphenated compound ("five" -> 5, "twenty-one" -> 21),
// nullopt otherwise.
std::optional<double> NumberWordValue(const TokenView& v, size_t i);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_CARDINAL_H_
