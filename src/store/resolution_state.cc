// SQLite state for the resolve steps: one prepared statement per operation, bound values only,
// keys in WITHOUT ROWID (key, id) tables so a lookup is one index range scan. Ids come from
// INTEGER PRIMARY KEY (a record with id 0 is inserted and gets the rowid). The global-entity
// alias table is rewritten from the record on every Put so queries can search spellings.
// Covered by src/store/resolution_state_test.cc (each state against its in-memory twin) and
// src/store/resolution_test.cc (whole documents through the store).
#include "store/resolution_state.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "resolve/provenance.h"
#include "resolve/state_json.h"

namespace claimtrace::store {

using resolve::Claim;
using resolve::ClaimReport;
using resolve::DuplicateRecord;
using resolve::FigureFact;
using resolve::GlobalEntity;
using resolve::StoryCluster;

namespace {

// Runs a prepared statement whose rows carry one integer column, appending each.
Status CollectInts(SqlStatement* st, std::vector<uint64_t>* out) {
  while (true) {
    Result<bool> row = st->Step();
    if (!row.ok()) {
      st->Reset();
      return row.status();
    }
    if (!*row) break;
    out->push_back(static_cast<uint64_t>(st->ColumnInt(0)));
  }
  st->Reset();
  return Status::Ok();
}

Status CollectTexts(SqlStatement* st, std::vector<std::string>* out) {
  while (true) {
    Result<bool> row = st->Step();
    if (!row.ok()) {
      st->Reset();
      return row.status();
    }
    if (!*row) break;
    out->emplace_back(st->ColumnText(0));
  }
  st->Reset();
  return Status::Ok();
}

// Steps once and returns the first column's text, or nullopt when there is no row.
Result<std::optional<std::string>> OneText(SqlStatement* st) {
  Result<bool> row = st->Step();
  std::optional<std::string> out;
  if (row.ok() && *row) out = std::string(st->ColumnText(0));
  st->Reset();
  if (!row.ok()) return row.status();
  return out;
}

// The ids stored under `key` (the statement binds the key as ?1).
Status LookupIds(CachedStatement* lookup, std::string_view key, std::vector<uint64_t>* out) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, lookup->Get());
  st->Bind(1, key);
  return CollectInts(st, out);
}

// Files `id` under `key` (the statement binds ?1 = key, ?2 = id).
Status AddKeyRow(CachedStatement* add, std::string_view key, uint64_t id) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add->Get());
  st->Bind(1, key).Bind(2, static_cast<int64_t>(id));
  return st->Run();
}

Status NotFound(const char* kind, uint64_t id) {
  return NotFoundError(std::string("no ") + kind + " " + std::to_string(id) + " in the store");
}

// A record by id: from the per-transaction cache, else decoded from the JSON `get` returns
// (the statement binds the id as ?1) and cached.
template <typename T, typename Decode>
Status GetRecord(RecordCache<T>* cache, CachedStatement* get, const char* kind, uint64_t id,
                 Decode decode, T* out) {
  if (const T* cached = cache->Find(id)) {
    *out = *cached;
    return Status::Ok();
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * st, get->Get());
  st->Bind(1, static_cast<int64_t>(id));
  CT_ASSIGN_OR_RETURN(std::optional<std::string> record, OneText(st));
  if (!record) return NotFound(kind, id);
  CT_ASSIGN_OR_RETURN(*out, decode(*record));
  out->id = id;
  cache->Store(id, *out);
  return Status::Ok();
}

std::string SignatureBlob(const std::vector<uint32_t>& mins) {
  std::string out(mins.size() * 4, '\0');
  for (size_t i = 0; i < mins.size(); ++i) {
    const uint32_t v = mins[i];
    out[4 * i] = static_cast<char>(v & 0xff);
    out[4 * i + 1] = static_cast<char>((v >> 8) & 0xff);
    out[4 * i + 2] = static_cast<char>((v >> 16) & 0xff);
    out[4 * i + 3] = static_cast<char>((v >> 24) & 0xff);
  }
  return out;
}

std::vector<uint32_t> SignatureFromBlob(const void* data, int bytes) {
  std::vector<uint32_t> out(static_cast<size_t>(bytes) / 4);
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < out.size(); ++i) {
    out[i] = static_cast<uint32_t>(p[4 * i]) | (static_cast<uint32_t>(p[4 * i + 1]) << 8) |
             (static_cast<uint32_t>(p[4 * i + 2]) << 16) |
             (static_cast<uint32_t>(p[4 * i + 3]) << 24);
  }
  return out;
}

}  // namespace

Result<SqlStatement*> CachedStatement::Get() {
  if (!prepared_) {
    CT_ASSIGN_OR_RETURN(st_, db_->Prepare(sql_));
    prepared_ = true;
  }
  return &st_;
}

Counter::Counter(Database* db, const char* name)
    : name_(name),
      read_(db, "SELECT value FROM resolve_counters WHERE name = ?1"),
      add_(db,
           "INSERT INTO resolve_counters (name, value) VALUES (?1, ?2)"
           " ON CONFLICT (name) DO UPDATE SET value = value + ?2") {}

Result<uint64_t> Counter::Read() {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, read_.Get());
  st->Bind(1, name_);
  std::vector<uint64_t> v;
  CT_RETURN_IF_ERROR(CollectInts(st, &v));
  return v.empty() ? 0 : v.front();
}

Status Counter::Add(int64_t delta) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add_.Get());
  st->Bind(1, name_).Bind(2, delta);
  return st->Run();
}

// ---- entities ----

SqliteEntityCatalog::SqliteEntityCatalog(Database* db)
    : db_(db),
      documents_(db, "entity_documents"),
      lookup_(db, "SELECT entity FROM global_entity_keys WHERE key = ?1"),
      get_(db, "SELECT record FROM global_entities WHERE id = ?1"),
      insert_(
          db,
          "INSERT INTO global_entities (type, name, documents, record) VALUES (?1, ?2, ?3, ?4)"),
      update_(db,
              "INSERT INTO global_entities (id, type, name, documents, record)"
              " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET type = excluded.type,"
              " name = excluded.name, documents = excluded.documents, record = excluded.record"),
      delete_aliases_(db, "DELETE FROM global_entity_aliases WHERE entity = ?1"),
      insert_alias_(db,
                    "INSERT INTO global_entity_aliases (entity, alias, documents)"
                    " VALUES (?1, ?2, ?3) ON CONFLICT (entity, alias)"
                    " DO UPDATE SET documents = excluded.documents"),
      add_key_(db, "INSERT OR IGNORE INTO global_entity_keys (key, entity) VALUES (?1, ?2)") {}

Status SqliteEntityCatalog::Lookup(std::string_view key, std::vector<uint64_t>* ids) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, lookup_.Get());
  st->Bind(1, key);
  return CollectInts(st, ids);
}

Status SqliteEntityCatalog::Load(uint64_t id, const GlobalEntity** out) {
  if ((*out = cache_.Find(id)) != nullptr) return Status::Ok();
  CT_ASSIGN_OR_RETURN(SqlStatement * st, get_.Get());
  st->Bind(1, static_cast<int64_t>(id));
  CT_ASSIGN_OR_RETURN(std::optional<std::string> record, OneText(st));
  if (!record) return NotFound("global entity", id);
  CT_ASSIGN_OR_RETURN(GlobalEntity e, resolve::GlobalEntityFromJson(*record));
  e.id = id;
  *out = cache_.Store(id, e);
  return Status::Ok();
}

Status SqliteEntityCatalog::Get(uint64_t id, GlobalEntity* out) {
  const GlobalEntity* e = nullptr;
  CT_RETURN_IF_ERROR(Load(id, &e));
  *out = *e;
  return Status::Ok();
}

const GlobalEntity* SqliteEntityCatalog::Peek(uint64_t id) {
  const GlobalEntity* e = nullptr;
  return Load(id, &e).ok() ? e : nullptr;
}

Status SqliteEntityCatalog::Put(GlobalEntity* entity) {
  const bool fresh = entity->id == 0;
  if (fresh) {
    CT_ASSIGN_OR_RETURN(SqlStatement * st, insert_.Get());
    st->Bind(1, ToString(entity->type))
        .Bind(2, entity->name)
        .Bind(3, static_cast<int64_t>(entity->documents))
        .Bind(4, "{}");
    CT_RETURN_IF_ERROR(st->Run());
    entity->id = static_cast<uint64_t>(db_->last_insert_rowid());
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * up, update_.Get());
  up->Bind(1, static_cast<int64_t>(entity->id))
      .Bind(2, ToString(entity->type))
      .Bind(3, entity->name)
      .Bind(4, static_cast<int64_t>(entity->documents))
      .Bind(5, resolve::ToJson(*entity));
  CT_RETURN_IF_ERROR(up->Run());
  // The alias rows follow the record. Against the cached previous version only the changed
  // spellings are written (most updates bump one count); without it, all are rewritten.
  const GlobalEntity* old = fresh ? nullptr : cache_.Find(entity->id);
  bool removed = false;
  if (old != nullptr) {
    for (const auto& [alias, n] : old->aliases) removed |= !entity->aliases.count(alias);
  }
  if (!fresh && (old == nullptr || removed)) {
    CT_ASSIGN_OR_RETURN(SqlStatement * del, delete_aliases_.Get());
    del->Bind(1, static_cast<int64_t>(entity->id));
    CT_RETURN_IF_ERROR(del->Run());
    old = nullptr;
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * ins, insert_alias_.Get());
  for (const auto& [alias, documents] : entity->aliases) {
    if (old != nullptr) {
      auto it = old->aliases.find(alias);
      if (it != old->aliases.end() && it->second == documents) continue;
    }
    ins->Bind(1, static_cast<int64_t>(entity->id))
        .Bind(2, alias)
        .Bind(3, static_cast<int64_t>(documents));
    CT_RETURN_IF_ERROR(ins->Run());
  }
  cache_.Store(entity->id, *entity);
  return Status::Ok();
}

Status SqliteEntityCatalog::AddKey(std::string_view key, uint64_t id) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add_key_.Get());
  st->Bind(1, key).Bind(2, static_cast<int64_t>(id));
  return st->Run();
}

Result<uint64_t> SqliteEntityCatalog::DocumentCount() { return documents_.Read(); }

Status SqliteEntityCatalog::AddDocuments(uint64_t n) {
  return documents_.Add(static_cast<int64_t>(n));
}

// ---- near duplicates ----

SqliteNearDuplicateState::SqliteNearDuplicateState(Database* db)
    : db_(db),
      sequence_(db, "dup_sequence"),
      lookup_band_(db,
                   "SELECT d.doc FROM dup_bands b JOIN dup_documents d ON d.id = b.doc"
                   " WHERE b.band = ?1 ORDER BY b.doc DESC LIMIT 100"),
      add_band_(db,
                "INSERT OR IGNORE INTO dup_bands (band, doc)"
                " SELECT ?1, id FROM dup_documents WHERE doc = ?2"),
      get_(db,
           "SELECT published, sequence, grp, signature, shingles FROM dup_documents"
           " WHERE doc = ?1"),
      upsert_(db,
              "INSERT INTO dup_documents (doc, published, sequence, grp, signature, shingles)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (doc) DO UPDATE SET"
              " published = excluded.published, sequence = excluded.sequence,"
              " grp = excluded.grp, signature = excluded.signature,"
              " shingles = excluded.shingles"),
      members_(db, "SELECT doc FROM dup_documents WHERE grp = ?1 ORDER BY id"),
      paragraphs_(db, "SELECT grp FROM dup_paragraphs WHERE fingerprint = ?1"),
      add_paragraph_(db,
                     "INSERT OR IGNORE INTO dup_paragraphs (fingerprint, grp) VALUES (?1, ?2)") {}

Status SqliteNearDuplicateState::LookupBand(uint64_t key, std::vector<std::string>* doc_ids) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, lookup_band_.Get());
  st->Bind(1, static_cast<int64_t>(key));
  return CollectTexts(st, doc_ids);
}

Status SqliteNearDuplicateState::AddBand(uint64_t key, std::string_view doc_id) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add_band_.Get());
  st->Bind(1, static_cast<int64_t>(key)).Bind(2, doc_id);
  return st->Run();
}

Status SqliteNearDuplicateState::Get(std::string_view doc_id, DuplicateRecord* out, bool* found) {
  *found = false;
  CT_ASSIGN_OR_RETURN(SqlStatement * st, get_.Get());
  st->Bind(1, doc_id);
  Result<bool> row = st->Step();
  if (row.ok() && *row) {
    out->doc_id = std::string(doc_id);
    out->published = std::string(st->ColumnText(0));
    out->sequence = static_cast<uint64_t>(st->ColumnInt(1));
    out->group = std::string(st->ColumnText(2));
    out->signature.mins =
        SignatureFromBlob(sqlite3_column_blob(st->get(), 3), sqlite3_column_bytes(st->get(), 3));
    out->signature.shingles = static_cast<uint32_t>(st->ColumnInt(4));
    *found = true;
  }
  st->Reset();
  return row.ok() ? Status::Ok() : row.status();
}

Status SqliteNearDuplicateState::Put(const DuplicateRecord& record) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, upsert_.Get());
  const std::string blob = SignatureBlob(record.signature.mins);
  st->Bind(1, record.doc_id)
      .Bind(2, record.published)
      .Bind(3, static_cast<int64_t>(record.sequence))
      .Bind(4, record.group.empty() ? record.doc_id : record.group)
      .Bind(6, static_cast<int64_t>(record.signature.shingles));
  const int rc =
      sqlite3_bind_blob(st->get(), 5, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) {
    st->Reset();
    return db_->Error(rc, "binding a MinHash signature");
  }
  return st->Run();
}

Status SqliteNearDuplicateState::GroupMembers(std::string_view group,
                                              std::vector<std::string>* doc_ids) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, members_.Get());
  st->Bind(1, group);
  return CollectTexts(st, doc_ids);
}

Result<uint64_t> SqliteNearDuplicateState::NextSequence() {
  CT_RETURN_IF_ERROR(sequence_.Add(1));
  return sequence_.Read();
}

Status SqliteNearDuplicateState::ParagraphGroups(uint64_t fingerprint,
                                                 std::vector<std::string>* groups) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, paragraphs_.Get());
  st->Bind(1, static_cast<int64_t>(fingerprint));
  return CollectTexts(st, groups);
}

Status SqliteNearDuplicateState::AddParagraphGroup(uint64_t fingerprint, std::string_view group) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add_paragraph_.Get());
  st->Bind(1, static_cast<int64_t>(fingerprint)).Bind(2, group);
  return st->Run();
}

// ---- stories ----

SqliteStoryState::SqliteStoryState(Database* db)
    : db_(db),
      documents_(db, "story_documents"),
      lookup_(db, "SELECT story FROM story_keys WHERE key = ?1"),
      add_key_(db, "INSERT OR IGNORE INTO story_keys (key, story) VALUES (?1, ?2)"),
      get_(db, "SELECT record FROM stories WHERE id = ?1"),
      insert_(db, "INSERT INTO stories (documents, record) VALUES (?1, '{}')"),
      update_(db, "UPDATE stories SET documents = ?2, record = ?3 WHERE id = ?1"),
      df_(db, "SELECT documents FROM story_df WHERE feature = ?1"),
      count_df_(db,
                "INSERT INTO story_df (feature, documents) VALUES (?1, 1)"
                " ON CONFLICT (feature) DO UPDATE SET documents = documents + 1"),
      doc_story_(db, "SELECT story FROM document_story WHERE doc = ?1"),
      set_doc_story_(db,
                     "INSERT INTO document_story (doc, story) VALUES (?1, ?2)"
                     " ON CONFLICT (doc) DO UPDATE SET story = excluded.story") {}

Status SqliteStoryState::Lookup(std::string_view key, std::vector<uint64_t>* stories) {
  return LookupIds(&lookup_, key, stories);
}

Status SqliteStoryState::AddKey(std::string_view key, uint64_t story) {
  return AddKeyRow(&add_key_, key, story);
}

Status SqliteStoryState::Get(uint64_t id, StoryCluster* out) {
  return GetRecord(&cache_, &get_, "story", id, resolve::StoryClusterFromJson, out);
}

Status SqliteStoryState::Put(StoryCluster* cluster) {
  if (cluster->id == 0) {
    CT_ASSIGN_OR_RETURN(SqlStatement * st, insert_.Get());
    st->Bind(1, static_cast<int64_t>(cluster->documents));
    CT_RETURN_IF_ERROR(st->Run());
    cluster->id = static_cast<uint64_t>(db_->last_insert_rowid());
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * up, update_.Get());
  up->Bind(1, static_cast<int64_t>(cluster->id))
      .Bind(2, static_cast<int64_t>(cluster->documents))
      .Bind(3, resolve::ToJson(*cluster));
  CT_RETURN_IF_ERROR(up->Run());
  if (db_->changes() != 1) return NotFound("story", cluster->id);
  cache_.Store(cluster->id, *cluster);
  return Status::Ok();
}

Status SqliteStoryState::CountDocument(const std::vector<std::string>& features,
                                       std::vector<uint64_t>* previous) {
  CT_RETURN_IF_ERROR(documents_.Add(1));
  // A SELECT then an UPSERT per feature: measured faster than one UPSERT ... RETURNING, which
  // buffers its row in a temporary table.
  CT_ASSIGN_OR_RETURN(SqlStatement * df, df_.Get());
  CT_ASSIGN_OR_RETURN(SqlStatement * st, count_df_.Get());
  previous->clear();
  std::vector<uint64_t> now;
  for (const std::string& f : features) {
    df->Bind(1, f);
    now.clear();
    CT_RETURN_IF_ERROR(CollectInts(df, &now));
    previous->push_back(now.empty() ? 0 : now.front());
    st->Bind(1, f);
    CT_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

Result<uint64_t> SqliteStoryState::DocumentCount() { return documents_.Read(); }

Status SqliteStoryState::DocumentStory(std::string_view doc_id, uint64_t* story) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, doc_story_.Get());
  st->Bind(1, doc_id);
  std::vector<uint64_t> v;
  CT_RETURN_IF_ERROR(CollectInts(st, &v));
  *story = v.empty() ? 0 : v.front();
  return Status::Ok();
}

Status SqliteStoryState::SetDocumentStory(std::string_view doc_id, uint64_t story) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, set_doc_story_.Get());
  st->Bind(1, doc_id).Bind(2, static_cast<int64_t>(story));
  return st->Run();
}

// ---- claims ----

SqliteClaimState::SqliteClaimState(Database* db)
    : db_(db),
      lookup_(db, "SELECT claim FROM claim_keys WHERE key = ?1"),
      add_key_(db, "INSERT OR IGNORE INTO claim_keys (key, claim) VALUES (?1, ?2)"),
      get_(db, "SELECT record FROM claims WHERE id = ?1"),
      insert_(db,
              "INSERT INTO claims (reports, independent_sources, circular, record)"
              " VALUES (0, 0, 0, '{}')"),
      update_(db,
              "UPDATE claims SET speaker_entity = ?2, story = ?3, reports = ?4, record = ?5"
              " WHERE id = ?1"),
      add_report_(
          db,
          "INSERT INTO claim_reports (claim, idx, doc, statement, record)"
          " VALUES (?1, (SELECT count(*) FROM claim_reports WHERE claim = ?1), ?2, ?3, ?4)"),
      reports_(db, "SELECT record FROM claim_reports WHERE claim = ?1 ORDER BY idx"),
      provenance_(db, "UPDATE claims SET independent_sources = ?2, circular = ?3 WHERE id = ?1") {}

Status SqliteClaimState::Lookup(std::string_view key, std::vector<uint64_t>* claims) {
  return LookupIds(&lookup_, key, claims);
}

Status SqliteClaimState::AddKey(std::string_view key, uint64_t claim) {
  return AddKeyRow(&add_key_, key, claim);
}

Status SqliteClaimState::Get(uint64_t id, Claim* out) {
  return GetRecord(&cache_, &get_, "claim", id, resolve::ClaimFromJson, out);
}

Status SqliteClaimState::Put(Claim* claim) {
  if (claim->id == 0) {
    CT_ASSIGN_OR_RETURN(SqlStatement * st, insert_.Get());
    CT_RETURN_IF_ERROR(st->Run());
    claim->id = static_cast<uint64_t>(db_->last_insert_rowid());
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * up, update_.Get());
  up->Bind(1, static_cast<int64_t>(claim->id));
  if (claim->speaker_entity != 0) {
    up->Bind(2, static_cast<int64_t>(claim->speaker_entity));
  } else {
    up->BindNull(2);
  }
  if (claim->story != 0) {
    up->Bind(3, static_cast<int64_t>(claim->story));
  } else {
    up->BindNull(3);
  }
  up->Bind(4, static_cast<int64_t>(claim->reports)).Bind(5, resolve::ToJson(*claim));
  CT_RETURN_IF_ERROR(up->Run());
  if (db_->changes() != 1) return NotFound("claim", claim->id);
  cache_.Store(claim->id, *claim);
  return Status::Ok();
}

Status SqliteClaimState::AddReport(uint64_t claim, const ClaimReport& report) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add_report_.Get());
  st->Bind(1, static_cast<int64_t>(claim))
      .Bind(2, report.doc_id)
      .Bind(3, report.statement)
      .Bind(4, resolve::ToJson(report));
  return st->Run();
}

Status SqliteClaimState::Reports(uint64_t claim, std::vector<ClaimReport>* out) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, reports_.Get());
  st->Bind(1, static_cast<int64_t>(claim));
  std::vector<std::string> rows;
  CT_RETURN_IF_ERROR(CollectTexts(st, &rows));
  for (const std::string& row : rows) {
    CT_ASSIGN_OR_RETURN(ClaimReport r, resolve::ClaimReportFromJson(row));
    out->push_back(std::move(r));
  }
  return Status::Ok();
}

Status SqliteClaimState::UpdateProvenance(uint64_t claim_id) {
  Claim claim;
  CT_RETURN_IF_ERROR(Get(claim_id, &claim));
  if (claim.reports > 64 && claim.reports % 32 != 0) return Status::Ok();
  std::vector<ClaimReport> reports;
  CT_RETURN_IF_ERROR(Reports(claim_id, &reports));
  const resolve::Provenance p = resolve::TraceProvenance(claim, reports);
  CT_ASSIGN_OR_RETURN(SqlStatement * st, provenance_.Get());
  st->Bind(1, static_cast<int64_t>(claim_id))
      .Bind(2, static_cast<int64_t>(p.independent_sources()))
      .Bind(3, static_cast<int64_t>(p.circular ? 1 : 0));
  return st->Run();
}

// ---- figures ----

SqliteFigureState::SqliteFigureState(Database* db)
    : db_(db),
      lookup_(db, "SELECT fact FROM figure_keys WHERE key = ?1 ORDER BY fact DESC LIMIT ?2"),
      add_key_(db, "INSERT OR IGNORE INTO figure_keys (key, fact) VALUES (?1, ?2)"),
      get_(db, "SELECT record FROM figure_facts WHERE id = ?1"),
      insert_(db,
              "INSERT INTO figure_facts (doc, figure, story, record) VALUES (?1, ?2, ?3, '{}')"),
      update_(db,
              "UPDATE figure_facts SET doc = ?2, figure = ?3, story = ?4, record = ?5"
              " WHERE id = ?1"),
      add_conflict_(db,
                    "INSERT OR IGNORE INTO figure_conflicts (earlier, later, topic)"
                    " VALUES (?1, ?2, ?3)"),
      root_of_(db, "SELECT root FROM conflict_members WHERE fact = ?1"),
      add_member_(db, "INSERT INTO conflict_members (fact, root) VALUES (?1, ?2)"),
      move_members_(db, "UPDATE conflict_members SET root = ?1 WHERE root = ?2"),
      get_group_(db,
                 "SELECT facts, topic, topic_earlier, topic_later FROM conflict_groups"
                 " WHERE root = ?1"),
      put_group_(db,
                 "INSERT INTO conflict_groups (root, facts, topic, topic_earlier, topic_later)"
                 " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (root) DO UPDATE SET"
                 " facts = excluded.facts, topic = excluded.topic,"
                 " topic_earlier = excluded.topic_earlier, topic_later = excluded.topic_later"),
      delete_group_(db, "DELETE FROM conflict_groups WHERE root = ?1") {}

Status SqliteFigureState::Lookup(std::string_view key, size_t newest,
                                 std::vector<uint64_t>* facts) {
  // Newest first from the index, then turned back to ascending order.
  CT_ASSIGN_OR_RETURN(SqlStatement * st, lookup_.Get());
  st->Bind(1, key).Bind(2, static_cast<int64_t>(std::min<size_t>(newest, INT64_MAX)));
  const size_t before = facts->size();
  CT_RETURN_IF_ERROR(CollectInts(st, facts));
  std::reverse(facts->begin() + static_cast<long>(before), facts->end());
  return Status::Ok();
}

Status SqliteFigureState::AddKey(std::string_view key, uint64_t fact) {
  return AddKeyRow(&add_key_, key, fact);
}

Status SqliteFigureState::Get(uint64_t id, FigureFact* out) {
  return GetRecord(&cache_, &get_, "figure fact", id, resolve::FigureFactFromJson, out);
}

Status SqliteFigureState::Put(FigureFact* fact) {
  if (fact->id == 0) {
    CT_ASSIGN_OR_RETURN(SqlStatement * st, insert_.Get());
    st->Bind(1, fact->doc_id).Bind(2, fact->figure).Bind(3, static_cast<int64_t>(fact->story));
    CT_RETURN_IF_ERROR(st->Run());
    fact->id = static_cast<uint64_t>(db_->last_insert_rowid());
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * up, update_.Get());
  up->Bind(1, static_cast<int64_t>(fact->id))
      .Bind(2, fact->doc_id)
      .Bind(3, fact->figure)
      .Bind(4, static_cast<int64_t>(fact->story))
      .Bind(5, resolve::ToJson(*fact));
  CT_RETURN_IF_ERROR(up->Run());
  if (db_->changes() != 1) return NotFound("figure fact", fact->id);
  cache_.Store(fact->id, *fact);
  return Status::Ok();
}

Status SqliteFigureState::AddConflict(const resolve::FigureConflict& conflict) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, add_conflict_.Get());
  const int64_t a = static_cast<int64_t>(conflict.earlier.id);
  const int64_t b = static_cast<int64_t>(conflict.later.id);
  st->Bind(1, a).Bind(2, b).Bind(3, conflict.topic);
  CT_RETURN_IF_ERROR(st->Run());
  if (db_->changes() == 0) return Status::Ok();  // a known pair
  return JoinConflictGroups(a, b, conflict.topic);
}

Result<std::optional<int64_t>> SqliteFigureState::RootOf(int64_t fact) {
  CT_ASSIGN_OR_RETURN(SqlStatement * st, root_of_.Get());
  st->Bind(1, fact);
  std::vector<uint64_t> v;
  CT_RETURN_IF_ERROR(CollectInts(st, &v));
  if (v.empty()) return std::optional<int64_t>();
  return std::optional<int64_t>(static_cast<int64_t>(v.front()));
}

// Union of the groups of a and b (a new pair a < b with `topic`): the smaller root stays; the
// group's count adds up; its topic is that of its smallest (earlier, later) pair, as a full
// union-find over figure_conflicts in that order would give (resolution_test checks both agree).
Status SqliteFigureState::JoinConflictGroups(int64_t a, int64_t b, const std::string& topic) {
  struct Group {
    int64_t facts = 0;
    std::string topic;
    int64_t earlier = 0, later = 0;
  };
  auto load = [&](int64_t root, Group* g) -> Status {
    CT_ASSIGN_OR_RETURN(SqlStatement * st, get_group_.Get());
    st->Bind(1, root);
    Result<bool> row = st->Step();
    if (row.ok() && *row) {
      g->facts = st->ColumnInt(0);
      g->topic = std::string(st->ColumnText(1));
      g->earlier = st->ColumnInt(2);
      g->later = st->ColumnInt(3);
    }
    st->Reset();
    if (!row.ok()) return row.status();
    if (!*row) return NotFound("conflict group", static_cast<uint64_t>(root));
    return Status::Ok();
  };
  auto add_member = [&](int64_t fact, int64_t root) -> Status {
    CT_ASSIGN_OR_RETURN(SqlStatement * st, add_member_.Get());
    st->Bind(1, fact).Bind(2, root);
    return st->Run();
  };
  CT_ASSIGN_OR_RETURN(const std::optional<int64_t> ra, RootOf(a));
  CT_ASSIGN_OR_RETURN(const std::optional<int64_t> rb, RootOf(b));
  Group g{.facts = 0, .topic = topic, .earlier = a, .later = b};
  int64_t root = 0;
  Group other;
  if (!ra && !rb) {
    root = std::min(a, b);
    CT_RETURN_IF_ERROR(add_member(a, root));
    CT_RETURN_IF_ERROR(add_member(b, root));
    g.facts = 2;
  } else if (!ra || !rb) {
    root = ra ? *ra : *rb;
    CT_RETURN_IF_ERROR(load(root, &other));
    const int64_t newcomer = ra ? b : a;
    if (newcomer < root) {  // the newcomer becomes the smallest id: it is the new root
      CT_RETURN_IF_ERROR(MoveGroup(root, newcomer));
      root = newcomer;
    }
    CT_RETURN_IF_ERROR(add_member(newcomer, root));
    g.facts = other.facts + 1;
  } else {
    root = std::min(*ra, *rb);
    CT_RETURN_IF_ERROR(load(*ra, &other));
    Group second;
    if (*ra != *rb) {
      CT_RETURN_IF_ERROR(load(*rb, &second));
      CT_RETURN_IF_ERROR(MoveGroup(std::max(*ra, *rb), root));
    }
    g.facts = other.facts + second.facts;
    if (std::pair(second.earlier, second.later) < std::pair(other.earlier, other.later) &&
        *ra != *rb) {
      other = second;
    }
  }
  if (other.facts > 0 && std::pair(other.earlier, other.later) < std::pair(g.earlier, g.later)) {
    g.topic = other.topic;
    g.earlier = other.earlier;
    g.later = other.later;
  }
  CT_ASSIGN_OR_RETURN(SqlStatement * put, put_group_.Get());
  put->Bind(1, root).Bind(2, g.facts).Bind(3, g.topic).Bind(4, g.earlier).Bind(5, g.later);
  return put->Run();
}

// Moves every member of group `from` to `to` and drops the group row of `from`.
Status SqliteFigureState::MoveGroup(int64_t from, int64_t to) {
  CT_ASSIGN_OR_RETURN(SqlStatement * mv, move_members_.Get());
  mv->Bind(1, to).Bind(2, from);
  CT_RETURN_IF_ERROR(mv->Run());
  CT_ASSIGN_OR_RETURN(SqlStatement * del, delete_group_.Get());
  del->Bind(1, from);
  return del->Run();
}

}  // namespace claimtrace::store
