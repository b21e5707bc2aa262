// Resolution of stored documents: read the stored JSON, run resolve::Resolver::Add against the
// SQLite state, write the ids back into the JSON and the annotation rows, all in one savepoint
// per document so a failure (or a kill) never leaves a half-resolved document. When a document
// moves the root of an existing near-duplicate group, every member's stored duplicate_of (column
// and JSON) follows. Covered by src/store/resolution_test.cc and the kill -9 test in
// tests/cli/store_cli_test.cc.
#include "store/resolution_writer.h"

#include <set>
#include <string>

#include "claimtrace/export.h"
#include "store/document_blob.h"

namespace claimtrace::store {

ResolutionWriter::ResolutionWriter(Database* db)
    : db_(db),
      state_(db),
      read_(db, "SELECT json FROM documents WHERE seq = ?1"),
      pending_(db, "SELECT seq FROM documents WHERE resolved = 0 ORDER BY seq LIMIT ?1"),
      pending_retry_(db,
                     "SELECT seq FROM documents WHERE resolved IN (0, 2) ORDER BY seq LIMIT ?1"),
      update_document_(db,
                       "UPDATE documents SET json = ?2, duplicate_of = ?3, resolved = 1"
                       " WHERE seq = ?1"),
      mark_failed_(db, "UPDATE documents SET resolved = 2 WHERE seq = ?1"),
      set_entity_(db, "UPDATE entities SET global_entity = ?3 WHERE document = ?1 AND idx = ?2"),
      set_claim_(db, "UPDATE statements SET claim = ?3 WHERE document = ?1 AND idx = ?2"),
      find_by_id_(db, "SELECT seq, json FROM documents WHERE id = ?1"),
      savepoint_(db, "SAVEPOINT resolve_document"),
      release_(db, "RELEASE resolve_document"),
      rollback_to_(db, "ROLLBACK TO resolve_document") {}

Result<std::unique_ptr<ResolutionWriter>> ResolutionWriter::Create(
    Database* db, const resolve::ResolverOptions& options) {
  // The resolve indexes are read at random: a larger page cache and memory-mapped reads keep
  // them off the read() path (both only affect this connection). Their writes are random too, so
  // one index page is dirtied by many batches: checkpointing every 16 MB of WAL instead of 4 MB
  // copies such a page into the database once instead of several times.
  CT_RETURN_IF_ERROR(
      db->Exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;"
               " PRAGMA wal_autocheckpoint = 4096;"));
  std::unique_ptr<ResolutionWriter> w(new ResolutionWriter(db));
  CT_ASSIGN_OR_RETURN(w->resolver_, resolve::Resolver::Create(w->state_.states(), options));
  return w;
}

Result<ResolutionWriter::Outcome> ResolutionWriter::ResolvePendingDocuments(
    size_t limit, std::vector<Status>* problems, bool retry_failed) {
  Outcome out;
  // A new transaction: what another connection wrote since may differ from the cache.
  CT_RETURN_IF_ERROR(CheckCache());
  CT_ASSIGN_OR_RETURN(SqlStatement * st, retry_failed ? pending_retry_.Get() : pending_.Get());
  st->Bind(1, static_cast<int64_t>(limit));
  std::vector<int64_t> seqs;
  while (true) {
    Result<bool> row = st->Step();
    if (!row.ok()) {
      st->Reset();
      return row.status();
    }
    if (!*row) break;
    seqs.push_back(st->ColumnInt(0));
  }
  st->Reset();
  for (int64_t seq : seqs) {
    Status s = ResolveStored(seq);
    if (s.ok()) {
      ++out.resolved;
      continue;
    }
    // The database itself failing (full disk, lost lock) is not a per-document problem.
    if (s.code() == StatusCode::kIoError || s.code() == StatusCode::kResourceExhausted ||
        !db_->in_transaction()) {
      return s;
    }
    ++out.failed;
    if (problems != nullptr) problems->push_back(s);
    CT_ASSIGN_OR_RETURN(SqlStatement * mark, mark_failed_.Get());
    mark->Bind(1, seq);
    CT_RETURN_IF_ERROR(mark->Run());
  }
  return out;
}

Status ResolutionWriter::CheckCache() {
  CT_ASSIGN_OR_RETURN(const int64_t version, db_->QueryInt("PRAGMA data_version"));
  if (!cache_committed_ || version != data_version_ || state_.CachedRecords() > kMaxCachedRecords) {
    state_.ClearCaches();
  }
  cache_committed_ = false;  // until the caller reports this transaction committed
  return Status::Ok();
}

void ResolutionWriter::Committed() {
  Result<int64_t> version = db_->QueryInt("PRAGMA data_version");
  cache_committed_ = version.ok();
  data_version_ = version.ok() ? *version : -1;
}

Status ResolutionWriter::ResolveStored(int64_t seq) {
  CT_ASSIGN_OR_RETURN(SqlStatement * read, read_.Get());
  read->Bind(1, seq);
  Result<bool> row = read->Step();
  Result<std::string> json = std::string();
  if (row.ok() && *row) json = StoredDocumentJson(*read, 0);
  read->Reset();
  if (!row.ok()) return row.status();
  if (!*row) return NotFoundError("no stored document with seq " + std::to_string(seq));
  Result<Document> doc = json.ok() ? DocumentFromJson(*json) : Result<Document>(json.status());
  if (!doc.ok()) {
    return Status(doc.status().code(),
                  "stored document " + std::to_string(seq) +
                      " cannot be read for resolution: " + doc.status().message());
  }
  const std::string id = doc->id;
  CT_ASSIGN_OR_RETURN(SqlStatement * sp, savepoint_.Get());
  CT_RETURN_IF_ERROR(sp->Run());
  auto fail = [&](const Status& s) -> Status {
    state_.ClearCaches();  // the savepoint's writes are undone
    if (db_->in_transaction()) {
      if (Result<SqlStatement*> rb = rollback_to_.Get(); rb.ok()) (*rb)->Run().IgnoreError();
      if (Result<SqlStatement*> rel = release_.Get(); rel.ok()) (*rel)->Run().IgnoreError();
    }
    return Status(s.code(), "could not resolve document " + id + ": " + s.message(),
                  {.file = doc->source});
  };
  Result<resolve::DocumentResolution> r = resolver_->Add(*doc);
  if (!r.ok()) return fail(r.status());
  if (Status s = WriteBack(seq, std::move(*doc), *r); !s.ok()) return fail(s);
  CT_ASSIGN_OR_RETURN(SqlStatement * rel, release_.Get());
  if (Status s = rel->Run(); !s.ok()) return fail(s);
  return Status::Ok();
}

Status ResolutionWriter::WriteBack(int64_t seq, Document doc,
                                   const resolve::DocumentResolution& r) {
  resolve::ApplyResolution(r, &doc);
  for (size_t i = 0; i < r.entity_ids.size(); ++i) {
    if (r.entity_ids[i] == 0) continue;
    CT_ASSIGN_OR_RETURN(SqlStatement * st, set_entity_.Get());
    st->Bind(1, seq)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, static_cast<int64_t>(r.entity_ids[i]));
    CT_RETURN_IF_ERROR(st->Run());
  }
  std::set<uint64_t> claims;
  for (size_t i = 0; i < r.claim_ids.size(); ++i) {
    if (r.claim_ids[i] == 0) continue;
    claims.insert(r.claim_ids[i]);
    CT_ASSIGN_OR_RETURN(SqlStatement * st, set_claim_.Get());
    st->Bind(1, seq).Bind(2, static_cast<int64_t>(i)).Bind(3, static_cast<int64_t>(r.claim_ids[i]));
    CT_RETURN_IF_ERROR(st->Run());
  }
  for (uint64_t c : claims) CT_RETURN_IF_ERROR(state_.claims.UpdateProvenance(c));
  for (const resolve::FigureConflict& c : r.conflicts) {
    CT_RETURN_IF_ERROR(state_.figures.AddConflict(c));
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * up, update_document_.Get());
  up->Bind(1, seq).BindBlob(2, PackDocumentJson(DocumentToJson(doc))).Bind(3, doc.duplicate_of);
  CT_RETURN_IF_ERROR(up->Run());
  for (const auto& [other, root] : r.duplicate_changes) {
    if (other == doc.id) continue;
    CT_RETURN_IF_ERROR(SetDuplicateOf(other, root));
  }
  return Status::Ok();
}

Status ResolutionWriter::SetDuplicateOf(const std::string& doc_id,
                                        const std::optional<std::string>& root) {
  CT_ASSIGN_OR_RETURN(SqlStatement * find, find_by_id_.Get());
  find->Bind(1, doc_id);
  Result<bool> row = find->Step();
  int64_t seq = 0;
  Result<std::string> json = std::string();
  if (row.ok() && *row) {
    seq = find->ColumnInt(0);
    json = StoredDocumentJson(*find, 1);
  }
  find->Reset();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Ok();  // indexed but not stored (cannot happen through ingest)
  CT_RETURN_IF_ERROR(json.status());
  CT_ASSIGN_OR_RETURN(Document other, DocumentFromJson(*json));
  other.duplicate_of = root;
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db_->Prepare("UPDATE documents SET json = ?2, duplicate_of = ?3 WHERE seq = ?1"));
  st.Bind(1, seq).BindBlob(2, PackDocumentJson(DocumentToJson(other))).Bind(3, root);
  return st.Run();
}

}  // namespace claimtrace::store
