// Figures and time expressions.
//
// FigureExtractor finds quantities (numbers, number words, fractions, ranges, qualifiers, units,
// what is counted) and links each to the statement that gives it. TimeExtractor finds dates,
// times, durations and sets and normalises them (TIMEX3 values and mods: "late September" ->
// 2022-09, END) against the publication date: Document::published, else
// TimeOptions::default_published, else a date inferred from the text (then published_inferred
// is set). Run TimeExtractor first: numbers inside time expressions
// (years, dates, "four weeks") are never figures. Both read the language core's tokens and
// sentences (no tokenising of their own) and only replace their own fields of the Document.
// Conventions (bounds, qualifiers, units, values) are in docs/export-format.md. Both are
// stateless, immutable and safe to use from many threads at once.
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
