// The stored form of a document's export JSON (documents.json): zlib-compressed in a BLOB, about
// a third of the JSON text. Rows written before compression hold the JSON as TEXT and are read
// as they are, so no migration is needed. Pure functions, thread-safe.
//
//   st.BindBlob(10, PackDocumentJson(DocumentToJson(doc)));
//   CT_ASSIGN_OR_RETURN(std::string json, StoredDocumentJson(st, 3));
#ifndef CLAIMTRACE_STORE_DOCUMENT_BLOB_H_
#define CLAIMTRACE_STORE_DOCUMENT_BLOB_H_

#include <string>
#include <string_view>

#include "claimtrace/status.h"
#include "store/sqlite.h"

namespace claimtrace::store {

// "CTZ1", the JSON's length (4 bytes, little-endian), then the zlib stream.
std::string PackDocumentJson(std::string_view json);

// The JSON of a packed blob; kCorruption when the blob is damaged.
Result<std::string> UnpackDocumentJson(std::string_view blob);

// The JSON in column `column` of the current row: unpacked from a BLOB, copied from TEXT.
Result<std::string> StoredDocumentJson(const SqlStatement& st, int column);

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_DOCUMENT_BLOB_H_
