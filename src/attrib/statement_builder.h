// Statement builder: turns detected attributions into export Statements — content/cue/speaker
// spans in bytes, statement type (direct / indirect / mixed / belief), speaker kind and
// resolution to the article's entities, the via/citing path and hedging.
//
// Pure function of the view and the attributions; thread-safe.
//
//   attrib::BuildStatements(view, std::move(found), &doc.statements, &parts);
#ifndef CLAIMTRACE_ATTRIB_STATEMENT_BUILDER_H_
#define CLAIMTRACE_ATTRIB_STATEMENT_BUILDER_H_

#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"
#include "claimtrace/attribution.h"
#include "claimtrace/document.h"

namespace claimtrace::attrib {

void BuildStatements(const DocView& view, std::vector<Attribution> found,
                     std::vector<Statement>* out, std::vector<StatementParts>* parts);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_STATEMENT_BUILDER_H_
