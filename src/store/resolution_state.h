// The across-article state of src/resolve kept in the store's SQLite tables (schema version 3):
// SQLite implementations of EntityCatalog, NearDuplicateState, StoryState, ClaimState and
// FigureState, bundled in SqliteResolveState.
//
// Every call is one or two indexed statements on the Store's connection. Decoded records
// (entities, stories, claims, figure facts) are kept in a write-through cache, because one batch
// of documents about one event reads the same candidates again and again; the owner must call
// ClearCaches() whenever a transaction or savepoint it wrote in is rolled back, and at the start
// of every transaction unless the previous one committed and no other connection wrote since. The
// cache holds what one transaction touched (or, when the owner keeps it across committed
// transactions, a bounded number of records), so memory stays flat however large the store grows.
// Writes join whatever transaction the caller has open (the ingest batch, or ResolvePending's
// own); outside a transaction each write commits alone.
// Records read whole are JSON (resolve/state_json.h); MinHash signatures are 4-byte
// little-endian blobs. Same threading contract as the Store: one thread at a time.
//
//   SqliteResolveState state(&store->database());
//   CT_ASSIGN_OR_RETURN(auto resolver, resolve::Resolver::Create(state.states()));
#ifndef CLAIMTRACE_STORE_RESOLUTION_STATE_H_
#define CLAIMTRACE_STORE_RESOLUTION_STATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/status.h"
#include "resolve/resolver.h"
#include "store/sqlite.h"

namespace claimtrace::store {

// Decoded records by id. Pointers stay valid until Clear() (node-based map), which the owner
// calls between transactions, so the cache holds at most what one batch touched.
template <typename T>
class RecordCache {
 public:
  const T* Find(uint64_t id) const {
    auto it = records_.find(id);
    return it == records_.end() ? nullptr : &it->second;
  }
  const T* Store(uint64_t id, const T& record) {
    T& slot = records_[id];
    slot = record;
    return &slot;
  }
  void Clear() { records_.clear(); }
  size_t size() const { return records_.size(); }

 private:
  std::unordered_map<uint64_t, T> records_;
};

// A statement prepared on first use and reused afterwards.
class CachedStatement {
 public:
  CachedStatement(Database* db, const char* sql) : db_(db), sql_(sql) {}
  Result<SqlStatement*> Get();

 private:
  Database* db_;
  const char* sql_;
  SqlStatement st_;
  bool prepared_ = false;
};

// One named counter in resolve_counters (0 until first added to).
class Counter {
 public:
  Counter(Database* db, const char* name);
  Result<uint64_t> Read();
  Status Add(int64_t delta);

 private:
  const char* name_;
  CachedStatement read_, add_;
};

class SqliteEntityCatalog final : public resolve::EntityCatalog {
 public:
  explicit SqliteEntityCatalog(Database* db);
  Status Lookup(std::string_view key, std::vector<uint64_t>* ids) override;
  Status Get(uint64_t id, resolve::GlobalEntity* out) override;
  const resolve::GlobalEntity* Peek(uint64_t id) override;
  Status Put(resolve::GlobalEntity* entity) override;
  Status AddKey(std::string_view key, uint64_t id) override;
  Result<uint64_t> DocumentCount() override;
  Status AddDocuments(uint64_t n) override;
  void ClearCache() { cache_.Clear(); }
  size_t CachedRecords() const { return cache_.size(); }

 private:
  Status Load(uint64_t id, const resolve::GlobalEntity** out);
  Database* db_;
  RecordCache<resolve::GlobalEntity> cache_;
  Counter documents_;
  CachedStatement lookup_, get_, insert_, update_, delete_aliases_, insert_alias_, add_key_;
};

// LookupBand gives at most the 100 most recent documents of a band: a bucket that large holds
// one story's wire copies, and the newest of them link a new copy to the group as well as all
// of them would (without this, 10,000 copies of one text cost 640,000 candidates per copy).
class SqliteNearDuplicateState final : public resolve::NearDuplicateState {
 public:
  explicit SqliteNearDuplicateState(Database* db);
  Status LookupBand(uint64_t key, std::vector<std::string>* doc_ids) override;
  Status AddBand(uint64_t key, std::string_view doc_id) override;
  Status Get(std::string_view doc_id, resolve::DuplicateRecord* out, bool* found) override;
  Status Put(const resolve::DuplicateRecord& record) override;
  Status GroupMembers(std::string_view group, std::vector<std::string>* doc_ids) override;
  Result<uint64_t> NextSequence() override;
  Status ParagraphGroups(uint64_t fingerprint, std::vector<std::string>* groups) override;
  Status AddParagraphGroup(uint64_t fingerprint, std::string_view group) override;

 private:
  Database* db_;
  Counter sequence_;
  CachedStatement lookup_band_, add_band_, get_, upsert_, members_, paragraphs_, add_paragraph_;
};

class SqliteStoryState final : public resolve::StoryState {
 public:
  explicit SqliteStoryState(Database* db);
  Status Lookup(std::string_view key, std::vector<uint64_t>* stories) override;
  Status AddKey(std::string_view key, uint64_t story) override;
  Status Get(uint64_t id, resolve::StoryCluster* out) override;
  Status Put(resolve::StoryCluster* cluster) override;
  Status CountDocument(const std::vector<std::string>& features,
                       std::vector<uint64_t>* previous) override;
  Result<uint64_t> DocumentCount() override;
  Status DocumentStory(std::string_view doc_id, uint64_t* story) override;
  Status SetDocumentStory(std::string_view doc_id, uint64_t story) override;
  void ClearCache() { cache_.Clear(); }
  size_t CachedRecords() const { return cache_.size(); }

 private:
  Database* db_;
  RecordCache<resolve::StoryCluster> cache_;
  Counter documents_;
  CachedStatement lookup_, add_key_, get_, insert_, update_, df_, count_df_, doc_story_,
      set_doc_story_;
};

class SqliteClaimState final : public resolve::ClaimState {
 public:
  explicit SqliteClaimState(Database* db);
  Status Lookup(std::string_view key, std::vector<uint64_t>* claims) override;
  Status AddKey(std::string_view key, uint64_t claim) override;
  Status Get(uint64_t id, resolve::Claim* out) override;
  Status Put(resolve::Claim* claim) override;
  Status AddReport(uint64_t claim, const resolve::ClaimReport& report) override;
  Status Reports(uint64_t claim, std::vector<resolve::ClaimReport>* out) override;
  // Recomputes the stored independent-source count and circular flag of a claim.
  // Exact while a claim has at most 64 reports, then at every 32nd report (the column only orders
  // lists; GetClaim recomputes provenance exactly), so a claim relayed 100,000 times stays cheap.
  Status UpdateProvenance(uint64_t claim);
  void ClearCache() { cache_.Clear(); }
  size_t CachedRecords() const { return cache_.size(); }

 private:
  Database* db_;
  RecordCache<resolve::Claim> cache_;
  CachedStatement lookup_, add_key_, get_, insert_, update_, add_report_, reports_, provenance_;
};

class SqliteFigureState final : public resolve::FigureState {
 public:
  explicit SqliteFigureState(Database* db);
  Status Lookup(std::string_view key, size_t newest, std::vector<uint64_t>* facts) override;
  Status AddKey(std::string_view key, uint64_t fact) override;
  Status Get(uint64_t id, resolve::FigureFact* out) override;
  Status Put(resolve::FigureFact* fact) override;
  // Records one pairwise conflict (both facts must be stored) and joins the two facts' conflict
  // groups (tables conflict_groups/conflict_members, which the conflict list reads).
  Status AddConflict(const resolve::FigureConflict& conflict);
  void ClearCache() { cache_.Clear(); }
  size_t CachedRecords() const { return cache_.size(); }

 private:
  Result<std::optional<int64_t>> RootOf(int64_t fact);
  Status JoinConflictGroups(int64_t a, int64_t b, const std::string& topic);
  Status MoveGroup(int64_t from, int64_t to);

  Database* db_;
  RecordCache<resolve::FigureFact> cache_;
  CachedStatement lookup_, add_key_, get_, insert_, update_, add_conflict_, root_of_, add_member_,
      move_members_, get_group_, put_group_, delete_group_;
};

struct SqliteResolveState {
  explicit SqliteResolveState(Database* db)
      : entities(db), duplicates(db), stories(db), claims(db), figures(db) {}
  SqliteEntityCatalog entities;
  SqliteNearDuplicateState duplicates;
  SqliteStoryState stories;
  SqliteClaimState claims;
  SqliteFigureState figures;

  void ClearCaches() {
    entities.ClearCache();
    stories.ClearCache();
    claims.ClearCache();
    figures.ClearCache();
  }
  size_t CachedRecords() const {
    return entities.CachedRecords() + stories.CachedRecords() + claims.CachedRecords() +
           figures.CachedRecords();
  }

  resolve::ResolveStates states() { return {&entities, &duplicates, &stories, &claims, &figures}; }
};

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_RESOLUTION_STATE_H_
