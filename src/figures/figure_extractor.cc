// FigureExtractor: builds the token view, marks tokens inside Document::times (so years,
// dates and durations are never figures), runs the figure grammar (figure_grammar.h) and
// links each figure to the statement that gives it (statement_link.h). Covered by
// figure_extractor_test.cc and golden_test.cc.
#include "claimtrace/figures.h"
#include "figures/figure_grammar.h"
#include "figures/statement_link.h"
#include "figures/token_view.h"

namespace claimtrace {

void FigureExtractor::Annotate(const TextAnalysis& analysis, Document* doc) const {
  doc->figures.clear();
  figures::TokenView view(doc->text, analysis.tokens);
  // Times and tokens are both sorted by offset: one merge pass.
  size_t t = 0;
  for (size_t k = 0; k < view.size() && t < doc->times.size(); ++k) {
    const ByteSpan& s = view.tok(k).span;
    while (t < doc->times.size() && doc->times[t].span.end <= s.start) ++t;
    if (t < doc->times.size() && doc->times[t].span.Overlaps(s)) view.mutable_tok(k).in_time = true;
  }
  std::vector<figures::FigureMention> found = figures::FindFigures(view, analysis.sentence_tokens);
  doc->figures.reserve(found.size());
  std::vector<ByteSpan> spans;
  spans.reserve(found.size());
  for (const figures::FigureMention& f : found) spans.push_back(f.span);
  const figures::StatementLinker linker(*doc, spans);
  for (figures::FigureMention& f : found) {
    Figure out;
    out.span = f.span;
    out.low = f.low;
    out.high = f.high;
    out.qualifier = f.qualifier;
    if (!f.unit.empty()) out.unit = std::move(f.unit);
    if (!f.what.empty()) out.what = std::move(f.what);
    out.statement = linker.For(f.span);
    doc->figures.push_back(std::move(out));
  }
}

}  // namespace claimtrace
