// Attribution: who said what, to whom, relayed by whom.
//
// AttributionExtractor finds statements (direct, indirect, mixed quotes and beliefs), their cue,
// speaker (linked to the article's entities or typed as an anonymous source), the path through
// media and intermediaries (`via`), the source relied on (`citing`) and hedging. Loaded once,
// then immutable: Annotate may run concurrently on different documents.
//
//   CT_ASSIGN_OR_RETURN(auto attrib, AttributionExtractor::Load({.data_dir = dir}));
//   attrib->Annotate(analysis, &doc);  // fills doc.statements
#ifndef CLAIMTRACE_ATTRIBUTION_H_
#define CLAIMTRACE_ATTRIBUTION_H_

#include <memory>
#include <string>

#include "claimtrace/document.h"
#include "claimtrace/lang.h"
#include "claimtrace/status.h"

namespace claimtrace {

struct AttributionOptions {
  std::string data_dir;
};

class AttributionExtractor {
 public:
  static Result<std::unique_ptr<AttributionExtractor>> Load(const AttributionOptions& options);
  ~AttributionExtractor();
  AttributionExtractor(const AttributionExtractor&) = delete;
  AttributionExtractor& operator=(const AttributionExtractor&) = delete;

  // Replaces doc->statements with the statements found in the document.
  void Annotate(const TextAnalysis& analysis, Document* doc) const;

 private:
  AttributionExtractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_ATTRIBUTION_H_
