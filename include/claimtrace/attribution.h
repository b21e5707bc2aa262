// Attribution: who said what, to whom, relayed by whom.
//
// AttributionExtractor finds statements (direct, indirect, mixed quotes and beliefs), their cue,
// speaker (linked to the article's entities or typed as an anonymous source), the path through
// media and intermediaries (`via`), the source relied on (`citing`) and hedging. Load reads the
// lexicons (data/lexicons/attrib_*.tsv) and the trained model (data/models/attrib.model) and
// fails with kNotFound / kParseError / kCorruption naming the file. Loaded once, then immutable:
// Annotate may run concurrently on different documents. Field meanings: docs/export-format.md;
// the method: src/attrib/README.md.
//
//   CT_ASSIGN_OR_RETURN(auto attrib, AttributionExtractor::Load({.data_dir = dir}));
//   attrib->Annotate(analysis, &doc);  // fills doc.statements
#ifndef CLAIMTRACE_ATTRIBUTION_H_
#define CLAIMTRACE_ATTRIBUTION_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/lang.h"
#include "claimtrace/status.h"

namespace claimtrace {

struct AttributionOptions {
  std::string data_dir;    // override for the data directory (see core/data_path.h)
  std::string model_path;  // explicit model file; default: models/attrib.model in the data dir
};

// The pieces behind one Statement: its content as written, in text order. A quote split by
// its attribution ("“A,” he said, “B.”") is one statement whose `content` covers both parts
// and the attribution between them; `content_parts` lists the two parts alone.
// `source` is the source span as the detector found it — PolNeAR's convention, with
// appositives, relative clauses and a closing comma ("Levine, who has given money to Rubio,");
// Statement::speaker.span is the shorter speaker as shown to readers ("Levine"). The PolNeAR
// evaluation scores `source`.
struct StatementParts {
  std::vector<ByteSpan> content_parts;
  std::optional<ByteSpan> source;
};

class AttributionExtractor {
 public:
  static Result<std::unique_ptr<AttributionExtractor>> Load(const AttributionOptions& options);
  ~AttributionExtractor();
  AttributionExtractor(const AttributionExtractor&) = delete;
  AttributionExtractor& operator=(const AttributionExtractor&) = delete;

  // Replaces doc->statements with the statements found in the document. `analysis` must be
  // the LanguageAnalyzer result for this document (tokens, sentences, entities).
  void Annotate(const TextAnalysis& analysis, Document* doc) const;
  // Same, and fills `parts` in parallel with doc->statements.
  void Annotate(const TextAnalysis& analysis, Document* doc,
                std::vector<StatementParts>* parts) const;

 private:
  AttributionExtractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_ATTRIBUTION_H_
