// Test helpers for the figures stage: tokenise and split a text with the language core's own
// tokenizer and sentence splitter (what LanguageAnalyzer::Analyze runs first; the figures stage
// does not use entities, so the NER model is not needed), then run the time and figure
// extractors as the pipeline does (times first, then figures).
//
//   Document doc = figures::testing::Extract("About 500 people came on Friday.", "2022-03-23");
//   EXPECT_EQ(doc.figures.size(), 1u);
#ifndef CLAIMTRACE_FIGURES_TEST_UTIL_H_
#define CLAIMTRACE_FIGURES_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/document.h"
#include "claimtrace/figures.h"
#include "claimtrace/lang.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::figures::testing {

struct Extracted {
  Document doc;
  TextAnalysis analysis;
};

inline Extracted ExtractWithAnalysis(std::string text,
                                     std::optional<std::string> published = std::nullopt,
                                     TimeOptions options = {}) {
  Extracted e;
  e.doc.text = std::move(text);
  e.doc.published = std::move(published);
  lang::Tokenize(e.doc.text, &e.analysis.tokens);
  lang::SplitSentences(e.doc.text, &e.analysis.tokens, &e.doc.sentences,
                       &e.analysis.sentence_tokens);
  TimeExtractor().Annotate(e.analysis, options, &e.doc);
  FigureExtractor().Annotate(e.analysis, &e.doc);
  return e;
}

inline Document Extract(std::string text, std::optional<std::string> published = std::nullopt) {
  return ExtractWithAnalysis(std::move(text), std::move(published)).doc;
}

// The figure whose text is exactly `span` (nullptr if none).
inline const Figure* FindFigure(const Document& doc, std::string_view span) {
  for (const Figure& f : doc.figures) {
    if (doc.Slice(f.span) == span) return &f;
  }
  return nullptr;
}

inline const TimeExpression* FindTime(const Document& doc, std::string_view span) {
  for (const TimeExpression& t : doc.times) {
    if (doc.Slice(t.span) == span) return &t;
  }
  return nullptr;
}

}  // namespace claimtrace::figures::testing

#endif  // CLAIMTRACE_FIGURES_TEST_UTIL_H_
