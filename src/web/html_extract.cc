// Placeholder until the web-ingestion issue lands: HTML input is answered "not supported yet".
#include "claimtrace/html.h"

namespace claimtrace {

Result<ExtractedPage> ExtractArticle(std::string_view /*html*/, const HtmlOptions& /*options*/) {
  return UnsupportedError("HTML input is not supported yet");
}

}  // namespace claimtrace
