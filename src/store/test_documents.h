// Test helper: fully annotated Documents built in code (entities, mentions, a statement with a
// via chain, figures, times, removed pieces), each with its own text and so its own id.
//
//   Document doc = MakeAnnotatedDocument(3);  // doc.id == DocumentId(doc.text)
#ifndef CLAIMTRACE_STORE_TEST_DOCUMENTS_H_
#define CLAIMTRACE_STORE_TEST_DOCUMENTS_H_

#include "claimtrace/document.h"

namespace claimtrace::store {

// Document number `n`: distinct text, one statement relayed via an outlet, two entities,
// one figure, one time, one removed piece.
Document MakeAnnotatedDocument(int n);

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_TEST_DOCUMENTS_H_
