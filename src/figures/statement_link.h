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
// prefer ...", is not used for the sentence-level link). The simple form: it looks at every
// statement, so linking all figures of a document is O(figures x statements); it is kept as
// the reference for StatementLinker.
std::optional<int> StatementFor(const Document& doc, const ByteSpan& span,
                                const std::vector<ByteSpan>& figure_spans = {});

// The same answers as StatementFor, from indexes built once per document (statements by
// content start and by anchor start, quantity speakers precomputed), so a document with tens
// of thousands of figures and statements links in O(n log n). Borrows `doc`, which must
// outlive it and not change; const methods are thread-safe.
//
//   StatementLinker linker(doc, figure_spans);
//   std::optional<int> s = linker.For(figure.span);
class StatementLinker {
 public:
  StatementLinker(const Document& doc, const std::vector<ByteSpan>& figure_spans);
  std::optional<int> For(const ByteSpan& span) const;

 private:
  const Document& doc_;
  std::vector<uint32_t> by_content_;  // statement indices sorted by (content.start, index)
  uint32_t longest_content_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;  // (anchor start, index), sorted
  std::vector<bool> quantity_speaker_;                  // per statement
};

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_STATEMENT_LINK_H_
