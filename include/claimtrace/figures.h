// Figures and time expressions.
//
// FigureExtractor finds quantities (numbers, number words, ranges, qualifiers, units, what is
// counted) and links each to the statement that contains it. TimeExtractor finds dates, times,
// durations and sets and normalises them (TIMEX3 values) against the publication date,
// inferring that date from the text when the input gave none. Both are immutable after
// construction and safe to use from many threads.
//
//   FigureExtractor figures;  TimeExtractor times;
//   times.Annotate(analysis, {.default_published = "2022-03-23"}, &doc);
//   figures.Annotate(analysis, &doc);
#ifndef CLAIMTRACE_FIGURES_H_
#define CLAIMTRACE_FIGURES_H_

#include <optional>
#include <string>

#include "claimtrace/document.h"
#include "claimtrace/lang.h"

namespace claimtrace {

class FigureExtractor {
 public:
  // Replaces doc->figures. Uses doc->statements (if any) to set Figure::statement.
  void Annotate(const TextAnalysis& analysis, Document* doc) const;
};

struct TimeOptions {
  // Anchor for documents without a publication date (extract --published).
  std::optional<std::string> default_published;
};

class TimeExtractor {
 public:
  // Replaces doc->times; may set doc->published and doc->published_inferred.
  void Annotate(const TextAnalysis& analysis, const TimeOptions& options, Document* doc) const;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_FIGURES_H_
