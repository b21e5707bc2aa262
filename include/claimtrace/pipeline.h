// The per-document pipeline: RawArticle -> Document with every annotation.
//
// Stages run in order: HTML main-text extraction (for HTML input), plain-text metadata
// (title, dateline), cleaning, the stable id, then language core (sentences, entities),
// attribution (statements), times and figures. A Pipeline is created once (models and
// lexicons loaded) and is immutable afterwards: Process may be called from many threads.
// Cross-article work (duplicates, global entities, claims) happens later, in the store.
//
//   CT_ASSIGN_OR_RETURN(auto pipeline, Pipeline::Create({}));
//   Result<Document> doc = pipeline->Process(std::move(article), &diag);
#ifndef CLAIMTRACE_PIPELINE_H_
#define CLAIMTRACE_PIPELINE_H_

#include <memory>
#include <optional>
#include <string>

#include "claimtrace/diagnostics.h"
#include "claimtrace/document.h"
#include "claimtrace/ingest.h"
#include "claimtrace/status.h"

namespace claimtrace {

struct PipelineOptions {
  std::string data_dir;                          // models and lexicons (see core/data_path.h)
  std::optional<std::string> default_published;  // anchor date for inputs without one
  bool annotate = true;                          // false: read and clean only, no NLP stages
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Turns one article into a Document: Prepare, then Annotate. Errors reject the article (e.g.
  // empty after cleaning); repairs inside it are reported to `warnings` (may be null).
  Result<Document> Process(RawArticle article, DiagnosticSink* warnings) const;

  // The first half of Process: HTML extraction, metadata, cleaning and the content-derived id,
  // without the language stages. A caller that already holds a document with that id (ingest
  // re-reading stored articles) can stop here.
  Result<Document> Prepare(RawArticle article, DiagnosticSink* warnings) const;

  // The second half: sentences, entities, statements, times and figures. Does nothing when the
  // pipeline was created with annotate = false.
  void Annotate(Document* doc) const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_PIPELINE_H_
