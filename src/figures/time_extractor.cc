// TimeExtractor: builds the token view, finds time mentions (time_grammar.h), picks the anchor
// (Document::published, else TimeOptions::default_published, else the date inferred from the
// text, which then becomes Document::published with published_inferred = true) and writes the
// normalised values (time_resolver.h). Covered by time_extractor_test.cc and golden_test.cc.
#include "claimtrace/figures.h"
#include "core/date.h"
#include "figures/time_grammar.h"
#include "figures/time_resolver.h"
#include "figures/token_view.h"

namespace claimtrace {

void TimeExtractor::Annotate(const TextAnalysis& analysis, const TimeOptions& options,
                             Document* doc) const {
  doc->times.clear();
  if (!doc->published && options.default_published) doc->published = options.default_published;
  figures::TokenView view(doc->text, analysis.tokens);
  std::vector<figures::TimeMention> mentions =
      figures::FindTimeMentions(view, analysis.sentence_tokens);
  std::optional<CivilDate> anchor;
  if (doc->published) {
    anchor = ParseDate(*doc->published);
  } else if (std::optional<CivilDate> inferred = figures::InferPublished(mentions)) {
    anchor = inferred;
    doc->published = FormatIsoDate(*inferred);
    doc->published_inferred = true;
  }
  std::vector<std::optional<std::string>> values = figures::ResolveTimes(mentions, anchor);
  doc->times.reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    std::optional<std::string> mod;
    if (!mentions[k].mod.empty()) mod = std::string(mentions[k].mod);
    doc->times.push_back({.span = mentions[k].span,
                          .type = mentions[k].type,
                          .value = std::move(values[k]),
                          .mod = std::move(mod)});
  }
}

}  // namespace claimtrace
