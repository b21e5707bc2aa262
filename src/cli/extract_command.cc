// `claimtrace extract`: ReadInputs -> Pipeline::Process -> DocumentToJson on stdout.
// Covered by tests/cli/extract_cli_test.cc.
#include <cstdio>
#include <iostream>

#include "claimtrace/cli/extract.h"
#include "claimtrace/export.h"
#include "claimtrace/ingest.h"
#include "claimtrace/pipeline.h"

namespace claimtrace::cli {

int RunExtract(const ExtractOptions& options) {
  StderrDiagnostics diag;
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(
      {.data_dir = options.common.data_dir, .default_published = options.published,
       .annotate = options.annotate});
  if (!pipeline.ok()) {
    diag.Error(pipeline.status());
    return kExitUsage;
  }
  IngestStats stats;
  std::string line;
  Status s = ReadInputs(options.inputs, {}, diag, [&](RawArticle&& article) {
    Result<Document> doc = (*pipeline)->Process(std::move(article), &diag);
    if (!doc.ok()) {
      diag.Error(doc.status());
      return;
    }
    line.clear();
    AppendDocumentJson(*doc, &line);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }, &stats);
  std::fflush(stdout);
  if (!s.ok()) {
    diag.Error(s);
    return kExitUsage;
  }
  return diag.errors() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace claimtrace::cli
