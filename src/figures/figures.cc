// Placeholder: finds no figures or times (replaced by the figures-and-dates issue).
#include "claimtrace/figures.h"

namespace claimtrace {

void FigureExtractor::Annotate(const TextAnalysis&, Document* doc) const { doc->figures.clear(); }

void TimeExtractor::Annotate(const TextAnalysis&, const TimeOptions& options, Document* doc) const {
  doc->times.clear();
  if (!doc->published && options.default_published) doc->published = options.default_published;
}

}  // namespace claimtrace
