// Placeholder analyzer: no tokens, sentences or entities (replaced by the language-core issue).
#include "claimtrace/lang.h"

namespace claimtrace {

struct LanguageAnalyzer::Impl {};

LanguageAnalyzer::LanguageAnalyzer() : impl_(std::make_unique<Impl>()) {}
LanguageAnalyzer::~LanguageAnalyzer() = default;

Result<std::unique_ptr<LanguageAnalyzer>> LanguageAnalyzer::Load(const LanguageOptions&) {
  return std::unique_ptr<LanguageAnalyzer>(new LanguageAnalyzer());
}

TextAnalysis LanguageAnalyzer::Analyze(Document* doc) const {
  doc->sentences.clear();
  doc->entities.clear();
  return {};
}

}  // namespace claimtrace
