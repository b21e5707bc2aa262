// The embedded store: an SQLite file holding every ingested Document with its annotations.
//
// Store::Open creates or opens the file (WAL journal, busy timeout), checks that it is a
// claimtrace store and migrates an older schema in one transaction; a newer schema, a foreign
// SQLite file or a damaged file is a clear error, never a crash. Documents are written through a
// BatchWriter: each batch (200 documents or 2 s by default) is one transaction, so a killed
// process leaves only whole documents; a document whose id (content-derived) is already stored
// is not stored again but reported as a duplicate, and its extra source is remembered with the
// outlet, URL, date and title it came with (a copy run by another outlet, see Copies). Reads
// give documents back in ingest order in the export format.
// A Store is one SQLite connection: use it (and its BatchWriter) from one thread at a time; other
// processes and other Store objects may read while one writes (WAL). The Store must outlive its
// BatchWriters.
//
//   CT_ASSIGN_OR_RETURN(auto store, Store::Open("claimtrace.db"));
//   BatchWriter writer(store.get());
//   CT_ASSIGN_OR_RETURN(AddOutcome o, writer.Add(doc));  CT_RETURN_IF_ERROR(writer.Tick());
#ifndef CLAIMTRACE_STORE_H_
#define CLAIMTRACE_STORE_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/diagnostics.h"
#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace {

namespace store {
class Database;
class SqlStatement;
class ResolutionWriter;
}  // namespace store

inline constexpr char kDefaultStorePath[] = "claimtrace.db";

struct StoreOptions {
  bool create_if_missing = true;  // false: a missing file is kNotFound (read-only commands)
  int busy_timeout_ms = 10000;    // wait this long for another writer's lock
  // The caller only reads. A file this process may write is opened as usual (an older schema
  // is upgraded); one it may not write (another user's, a read-only folder or mount) is opened
  // read-only, with no WAL switch and no migration, so an older schema is refused instead.
  bool reads_only = false;
};

// Row counts of the whole store.
struct StoreCounts {
  uint64_t documents = 0;
  uint64_t sources = 0;  // distinct (document, source) pairs
  uint64_t removed = 0;
  uint64_t entities = 0;
  uint64_t mentions = 0;
  uint64_t statements = 0;
  uint64_t figures = 0;
  uint64_t times = 0;
};

// Another outlet's (or URL's) copy of a stored document: the same cleaned text, so one document,
// read from `source` with this metadata. Empty strings when the input gave none.
struct DocumentCopy {
  std::string outlet;
  std::string url;
  std::string published;  // YYYY-MM-DD, the earliest seen for this outlet and URL
  std::string title;
  std::string source;      // the first place it was read from
  std::string first_seen;  // UTC, YYYY-MM-DDTHH:MM:SSZ
};

// What Store::Verify found.
struct VerifyReport {
  uint64_t documents_checked = 0;
  std::vector<std::string> problems;  // one line each; empty when the store is sound
  bool ok() const { return problems.empty(); }
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version this build creates and understands.
  static int LatestSchemaVersion();
  const std::string& path() const;

  Result<StoreCounts> Counts() const;

  // The stored document with this id, or nullopt.
  Result<std::optional<Document>> GetDocument(std::string_view id) const;

  // Every source the document with this id was read from, first seen first.
  Result<std::vector<std::string>> Sources(std::string_view id) const;

  // The copies of the document with this id run under another outlet or URL than the stored one
  // (one entry per outlet and URL, first seen first); sources with neither an outlet nor a URL,
  // and rows from stores older than schema 5 whose metadata was not kept, are not copies.
  Result<std::vector<DocumentCopy>> Copies(std::string_view id) const;

  // The ids of every stored document (ingest uses them to skip annotating known documents).
  Result<std::vector<std::string>> DocumentIds() const;

  // Calls `fn` for each stored document in ingest order, one at a time (memory stays flat).
  // Stops at the first non-OK status `fn` returns and returns it. A damaged stored document is
  // reported to `damaged` and skipped, or, when `damaged` is null, stops the loop with kCorruption.
  Status ForEachDocument(const std::function<Status(Document&&)>& fn,
                         DiagnosticSink* damaged = nullptr) const;

  // PRAGMA integrity_check plus, for every document, that its annotation rows match its stored
  // JSON (counts of removed pieces, entities, mentions, statements, via, figures, times).
  Result<VerifyReport> Verify() const;

  // The connection, for other store modules (src/store/). Not part of the stable API.
  store::Database& database() const;
  // The across-article resolution writer on this connection, created on first use and shared
  // by every BatchWriter and ResolvePending on this Store (src/store/). Not part of the stable API.
  Result<store::ResolutionWriter*> resolution_writer();

 private:
  Store();
  static Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path,
                                                     const StoreOptions& options);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

enum class AddOutcome : uint8_t { kStored, kDuplicate };

struct BatchOptions {
  size_t max_documents = 200;               // commit after this many documents
  std::chrono::milliseconds max_age{2000};  // or when the batch is this old
  // Resolve the batch's documents across articles (claimtrace/resolution.h) in the same
  // transaction, just before it commits; false leaves them pending for ResolvePending.
  bool resolve = true;
};

class BatchWriter {
 public:
  explicit BatchWriter(Store* store, const BatchOptions& options = {});
  // Commits the open batch; a failure there cannot be reported, so call Flush() first.
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Adds `doc` with all its annotations to the open batch (starting one if needed), atomically:
  // a document that fails to insert is rolled back alone and its error returned; the batch goes
  // on. Returns kDuplicate, storing only the new source, when a document with the same id is
  // already stored or earlier in this batch. Does not commit: call Tick() after each Add.
  Result<AddOutcome> Add(const Document& doc);

  // Commits the open batch if it holds max_documents or is older than max_age. Call after each
  // Add and while waiting for input. On a failed commit the batch is rolled back, its documents
  // are counted in lost() and the error is returned; the writer stays usable.
  Status Tick();

  // Commits the open batch now (same failure handling as Tick).
  Status Flush();

  // Totals over committed batches.
  uint64_t stored() const { return stored_; }
  uint64_t duplicates() const { return duplicates_; }
  // Of the duplicates, those under another outlet or URL than the stored document (copies).
  uint64_t copies() const { return copies_; }
  uint64_t lost() const { return lost_; }  // added, but their batch failed to commit
  uint64_t batches() const { return batches_; }
  size_t pending() const { return pending_stored_ + pending_duplicates_; }
  // Documents resolved in committed batches, and the per-document resolution failures seen
  // since the last call (those documents are stored, marked failed, and not retried).
  uint64_t resolved() const { return resolved_; }
  std::vector<Status> TakeResolutionProblems() { return std::move(resolution_problems_); }

 private:
  struct Statements;
  Status Prepare();
  Status Begin();
  Status Commit();
  Result<AddOutcome> Insert(const Document& doc);
  Status InsertAnnotations(int64_t seq, const Document& doc);
  Status ResolveBatch();

  Store* store_;
  BatchOptions options_;
  std::unique_ptr<Statements> st_;
  bool open_ = false;
  std::chrono::steady_clock::time_point batch_start_{};
  uint64_t stored_ = 0;
  uint64_t duplicates_ = 0;
  uint64_t lost_ = 0;
  uint64_t batches_ = 0;
  size_t pending_stored_ = 0;
  size_t pending_duplicates_ = 0;
  uint64_t copies_ = 0;
  uint64_t pending_copies_ = 0;
  bool last_was_copy_ = false;  // set by Insert for the document it just handled
  store::ResolutionWriter* resolution_ = nullptr;  // the Store's, see Store::resolution_writer()
  uint64_t resolved_ = 0;
  uint64_t pending_resolved_ = 0;
  std::vector<Status> resolution_problems_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_STORE_H_
