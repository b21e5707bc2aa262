// ResolutionWriter: runs the across-article resolver (src/resolve) over documents already in the
// store and writes the results back, on the Store's connection.
//
// A document is resolved from its stored JSON in one SAVEPOINT: the resolver updates the state
// tables, then the document's JSON gets "duplicate_of", the entities' "entity" and the
// statements' "claim", the local entity and statement rows get their global ids, conflicts and
// claim provenance counts are recorded, and documents.resolved goes 0 -> 1. A document whose
// resolution fails is rolled back alone and marked failed (2). The caller owns the transaction
// (BatchWriter's batch, or ResolvePending's). Not thread-safe; the Database must outlive it.
//
// Decoded state records stay cached from one transaction to the next only when the caller said
// the previous one committed (Committed()) and no other connection has written since (PRAGMA
// data_version); otherwise the cache is dropped when the next batch starts. It is also dropped
// when it holds more than kMaxCachedRecords records, so memory stays bounded. One writer per
// Store (Store::resolution_writer()) lets ingest batches and `resolve` runs share the cache.
//
//   CT_ASSIGN_OR_RETURN(auto writer, ResolutionWriter::Create(&store->database()));
//   CT_ASSIGN_OR_RETURN(size_t n, writer->ResolvePendingDocuments(200, &problems));
#ifndef CLAIMTRACE_STORE_RESOLUTION_WRITER_H_
#define CLAIMTRACE_STORE_RESOLUTION_WRITER_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "claimtrace/status.h"
#include "resolve/resolver.h"
#include "store/resolution_state.h"
#include "store/sqlite.h"

namespace claimtrace::store {

class ResolutionWriter {
 public:
  static Result<std::unique_ptr<ResolutionWriter>> Create(
      Database* db, const resolve::ResolverOptions& options = {});

  // Resolves up to `limit` documents with documents.resolved = 0 (also 2 when `retry_failed`),
  // in ingest order. Per-document failures are appended to `problems` and counted in `failed`;
  // only an error of the database itself is returned.
  struct Outcome {
    uint64_t resolved = 0;
    uint64_t failed = 0;
  };
  Result<Outcome> ResolvePendingDocuments(size_t limit, std::vector<Status>* problems,
                                          bool retry_failed = false);

  // Resolves the stored document at `seq` (see the header comment).
  Status ResolveStored(int64_t seq);

  // The caller's transaction that ran ResolvePendingDocuments has committed: the cached records
  // are what the database holds and may be kept for the next transaction.
  void Committed();

  static constexpr size_t kMaxCachedRecords = 60000;

 private:
  explicit ResolutionWriter(Database* db);
  Status WriteBack(int64_t seq, Document doc, const resolve::DocumentResolution& r);
  Status SetDuplicateOf(const std::string& doc_id, const std::optional<std::string>& root);

  // Drops the record cache unless the last transaction committed and nobody else wrote since.
  Status CheckCache();

  Database* db_;
  SqliteResolveState state_;
  bool cache_committed_ = false;  // cache matches the committed database
  int64_t data_version_ = -1;     // PRAGMA data_version seen at the last Committed()
  std::unique_ptr<resolve::Resolver> resolver_;
  CachedStatement read_, pending_, pending_retry_, update_document_, mark_failed_, set_entity_,
      set_claim_, find_by_id_, savepoint_, release_, rollback_to_;
};

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_RESOLUTION_WRITER_H_
