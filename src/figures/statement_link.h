// Which statement a figure belongs to, so that it inherits the statement's source.
//
// A figure inside a statement's content belongs to it (the innermost content when statements
// nest). Otherwise, a figure in the same sentence as a statement's cue or speaker belongs to
// the statement whose cue is nearest ("NATO estimates 7,000 to 15,000 ..., an official said").
// A figure inside a speaker or via phrase ("Nearly eight of 10 voters say") links to neither.
// Reads Document::statements and Document::sentences only; thread-safe.
//
//   std::optional<int> s = StatementFor(doc, figure.span);  // index into doc.statements
#ifndef CLAIMTRACE_FIGURES_STATEMENT_LINK_H_
#define CLAIMTRACE_FIGURES_STATEMENT_LINK_H_

#include <optional>
#include <vector>

#include "claimtrace/document.h"

namespace claimtrace::figures {

// figure_spans: all figures of the document (a statement whose speaker is a figure, "5 percent
// prefer ...", is not used for the sentence-level link).
std::optional<int> StatementFor(const Document& doc, const ByteSpan& span,
                                const std::vector<ByteSpan>& figure_spans = {});

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_STATEMENT_LINK_H_
