// Test helpers for the attribution stage: analyse a text with the real language core, build a
// DocView with the shipped lexicons, and find token spans by their text. Tests only.
//
//   attrib::TestDoc t("Grozev said it was lost.");
//   attrib::TokSpan s = t.Span("Grozev");  // token range of the first "Grozev"
#ifndef CLAIMTRACE_ATTRIB_TEST_UTIL_H_
#define CLAIMTRACE_ATTRIB_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "attrib/doc_view.h"
#include "attrib/lexicon.h"
#include "attrib/span.h"
#include "claimtrace/lang.h"

namespace claimtrace::attrib {

inline const Lexicon& TestLexicon() {
  static const Lexicon* lex = [] {
    Result<Lexicon> l = Lexicon::Load("");
    if (!l.ok()) {
      ADD_FAILURE() << l.status().ToString();
      return new Lexicon();
    }
    return new Lexicon(std::move(*l));
  }();
  return *lex;
}

inline const LanguageAnalyzer& TestAnalyzer() {
  static const LanguageAnalyzer* a = [] {
    Result<std::unique_ptr<LanguageAnalyzer>> r = LanguageAnalyzer::Load({});
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return r->release();
  }();
  return *a;
}

struct TestDoc {
  explicit TestDoc(std::string text) {
    doc.text = std::move(text);
    analysis = TestAnalyzer().Analyze(&doc);
    view = std::make_unique<DocView>(doc, analysis, TestLexicon());
  }
  // Token span of the nth occurrence of `needle` that starts and ends on token edges.
  TokSpan Span(std::string_view needle, int nth = 0) const {
    int seen = 0;
    for (size_t pos = doc.text.find(needle); pos != std::string::npos;
         pos = doc.text.find(needle, pos + 1)) {
      const uint32_t b = static_cast<uint32_t>(pos);
      const uint32_t e = static_cast<uint32_t>(pos + needle.size());
      int64_t first = -1, last = -1;
      for (uint32_t i = 0; i < analysis.tokens.size(); ++i) {
        if (analysis.tokens[i].span.start == b) first = i;
        if (analysis.tokens[i].span.end == e) last = i;
      }
      if (first < 0 || last < first) continue;
      if (seen++ == nth) {
        return {static_cast<uint32_t>(first), static_cast<uint32_t>(last + 1)};
      }
    }
    ADD_FAILURE() << "no token-aligned occurrence " << nth << " of: " << needle;
    return {};
  }
  std::string Text(ByteSpan s) const { return std::string(doc.Slice(s)); }

  Document doc;
  TextAnalysis analysis;
  std::unique_ptr<DocView> view;
};

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_TEST_UTIL_H_
