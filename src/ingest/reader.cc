// Placeholder reader: plain-text files only (replaced by the foundation issue's ingestion).
#include <fstream>
#include <sstream>

#include "claimtrace/ingest.h"

namespace claimtrace {

Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions&,
                  DiagnosticSink& sink, const std::function<void(RawArticle&&)>& on_article,
                  IngestStats* stats, const IngestProgress&) {
  for (const std::string& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      sink.Error(NotFoundError("cannot open", {.file = path}));
      ++stats->rejected;
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    RawArticle a;
    a.source = path;
    a.body = ss.str();
    ++stats->inputs;
    ++stats->articles;
    stats->bytes_read += a.body.size();
    on_article(std::move(a));
  }
  return Status::Ok();
}

}  // namespace claimtrace
