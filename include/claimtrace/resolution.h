// Across-article results held in the store: global entities with their aliases, claims with
// every report and its provenance, figure conflicts and story clusters — the read API used by
// the report/claims/entities commands and by the HTTP server — plus ResolvePending, which
// resolves stored documents that are not resolved yet.
//
// Documents are resolved when their ingest batch commits (BatchWriter, same transaction): the
// document's stored JSON then carries "duplicate_of", "entity" (global id) on each entity and
// "claim" on each statement, so Store::GetDocument / ForEachDocument give them back set.
// Every id here is a display label: global entities "g12", claims "c7", stories "s3",
// conflicts "f21" (the label of their first figure fact). An unknown or malformed id is not an
// error: the Get* functions return nullopt.
// All functions run on the Store's connection, so they share its contract: one thread at a
// time per Store (open one Store per server thread; WAL lets readers run beside an ingest).
//
//   CT_ASSIGN_OR_RETURN(auto entities, ListGlobalEntities(*store, {.limit = 20}));
//   CT_ASSIGN_OR_RETURN(std::optional<ClaimRecord> c, GetClaim(*store, "c7"));
#ifndef CLAIMTRACE_RESOLUTION_H_
#define CLAIMTRACE_RESOLUTION_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"
#include "claimtrace/store.h"

namespace claimtrace {

// ---- global entities ----

struct TextCount {
  std::string text;
  uint32_t documents = 0;  // documents using it
};

struct GlobalEntityRecord {
  std::string id;  // "g12"
  EntityType type = EntityType::kMisc;
  std::string name;                // display name (best-supported full form)
  std::vector<TextCount> aliases;  // every spelling, most documents first
  // Roles as written in the articles ("head of military intelligence"), most documents first.
  // Filled by GetGlobalEntity only (ListGlobalEntities leaves it empty).
  std::vector<TextCount> roles;
  uint32_t documents = 0;      // documents mentioning it
  std::string first_document;  // Document::id
};

struct EntityQuery {
  std::optional<EntityType> type;
  // When set: a substring of the name or of an alias (case-insensitive for ASCII letters; a
  // full scan of the alias table, not an index lookup).
  std::string name;
  size_t limit = 50;
  size_t offset = 0;
};

// Ordered by documents (descending), then id.
Result<std::vector<GlobalEntityRecord>> ListGlobalEntities(const Store& store,
                                                           const EntityQuery& query = {});
Result<std::optional<GlobalEntityRecord>> GetGlobalEntity(const Store& store, std::string_view id);

// One document mentioning a global entity.
struct EntityAppearance {
  std::string document;  // Document::id
  std::string title;
  std::string outlet;
  std::string published;  // YYYY-MM-DD or empty
  std::string local_id;   // the entity's id inside the document ("e3")
  std::string name;       // the name used in that document
};

// Newest first (undated last), then ingest order.
Result<std::vector<EntityAppearance>> GlobalEntityDocuments(const Store& store, std::string_view id,
                                                            size_t limit = 50, size_t offset = 0);

// ---- claims ----

struct ChainLink {
  std::string label;      // "an insider source", "Vladimir Osechkin", "Radio Liberty", "The Times"
  std::string how;        // "source", "speaker", "told", "interview", "per", "reported",
                          // "according_to", "citing", "other", "published"
  bool inferred = false;  // the article names this route for the speaker at another statement
};

struct ClaimReportRecord {
  std::string document;  // Document::id
  int statement = -1;    // index into the document's statements
  std::string title;
  std::string outlet;
  std::string published;
  std::string speaker;  // as written in this article
  std::string content;
  StatementType type = StatementType::kIndirect;
  bool hedged = false;
  std::string citing;            // source the speaker relied on, as written
  std::vector<ChainLink> chain;  // provenance: primary first, the article's outlet last
  std::string origin;            // label of the independent source this report goes back to
  // The same article (identical cleaned text) run under other outlets or URLs (Store::Copies):
  // echoes of this report, never further independent sources.
  std::vector<DocumentCopy> copies;
};

struct ClaimSource {
  std::string origin;                  // e.g. "Radio Liberty"
  std::vector<std::string> documents;  // reports going back to it
};

struct ClaimRecord {
  std::string id;              // "c7"
  std::string speaker;         // display name
  std::string speaker_entity;  // "g3", empty for anonymous or unlinked speakers
  SpeakerKind speaker_kind = SpeakerKind::kUnknown;
  std::string story;  // "s2", story of the first report
  std::string text;   // content of the first report
  std::string first_published;
  uint32_t reports = 0;
  // Exact when the reports are loaded; in lists without reports, the stored count, which for a
  // claim with more than 64 reports is refreshed every 32nd report.
  uint32_t independent_sources = 0;
  bool circular = false;  // circular reporting among the relaying outlets
  // Filled when the reports are loaded (GetClaim; ListClaims with include_reports):
  std::vector<ClaimSource> sources;
  std::vector<std::vector<std::string>> cycles;  // outlet labels of each relay cycle
  std::vector<ClaimReportRecord> report_list;    // in report order
  uint32_t copies = 0;  // identical copies under other outlets, summed over report_list
};

struct ClaimQuery {
  std::string speaker_entity;  // "g3": claims by this global entity only
  std::string story;           // "s2": claims of this story only
  std::string document;        // Document::id: claims reported in this document only
  uint32_t min_reports = 1;
  bool include_reports = false;
  size_t limit = 50;
  size_t offset = 0;
};

// Ordered by reports (descending), then independent sources (descending), then id.
Result<std::vector<ClaimRecord>> ListClaims(const Store& store, const ClaimQuery& query = {});
// With reports, sources and provenance chains.
Result<std::optional<ClaimRecord>> GetClaim(const Store& store, std::string_view id);

// ---- conflicting figures ----

struct FigureRecord {
  std::string document;  // Document::id
  int figure = -1;       // index into the document's figures
  std::string text;      // as written: "7,000 to 15,000"
  double low = 0;
  double high = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;
  std::string what;
  std::string source;  // who gave it: the speaker, or the outlet when nobody is quoted
  std::string outlet;
  std::string published;
  std::string story;  // "s2"
};

struct ConflictRecord {
  std::string id;                     // "f21"
  std::string topic;                  // e.g. "military killed (russi)"
  std::vector<FigureRecord> figures;  // side by side, lowest value first
};

struct ConflictQuery {
  std::string story;     // only conflicts with a figure in this story
  std::string document;  // only conflicts with a figure from this document
  size_t limit = 50;
  size_t offset = 0;
};

// Pairwise disagreements joined into groups per topic; largest groups first.
Result<std::vector<ConflictRecord>> ListConflicts(const Store& store,
                                                  const ConflictQuery& query = {});

// ---- stories ----

struct StoryRecord {
  std::string id;  // "s3"
  std::string title;
  std::string first_date;
  std::string last_date;
  uint32_t documents = 0;
  std::string first_document;
};

// Ordered by documents (descending), then id.
Result<std::vector<StoryRecord>> ListStories(const Store& store, size_t limit = 50,
                                             size_t offset = 0);
// The ids of a story's documents, in ingest order.
Result<std::vector<std::string>> StoryDocuments(const Store& store, std::string_view id);

// ---- totals and running resolution ----

struct ResolutionSummary {
  uint64_t resolved_documents = 0;
  uint64_t pending_documents = 0;  // stored, not resolved yet (`claimtrace resolve` finishes them)
  uint64_t failed_documents = 0;   // resolution failed; kept, never retried automatically
  uint64_t near_duplicates = 0;    // documents with duplicate_of set
  uint64_t exact_copies = 0;       // identical copies under another outlet or URL (Store::Copies)
  uint64_t global_entities = 0;
  uint64_t stories = 0;
  uint64_t claims = 0;
  uint64_t claims_with_several_reports = 0;
  uint64_t conflicts = 0;  // pairwise figure disagreements
};

Result<ResolutionSummary> LoadResolutionSummary(const Store& store);

struct ResolvePendingOptions {
  size_t batch_documents = 200;  // documents per transaction
  bool retry_failed = false;     // also retry documents whose resolution failed before
  // Called after each committed transaction with (resolved so far, total pending at start).
  std::function<void(uint64_t, uint64_t)> progress;
};

struct ResolvePendingStats {
  uint64_t resolved = 0;
  uint64_t failed = 0;  // each also reported to the sink
};

// Resolves every stored document not resolved yet, in ingest order, a batch per transaction (a
// killed run loses at most the open batch, which the next run redoes). A document whose
// resolution fails is marked failed, reported to `problems` (when not null) and skipped.
Result<ResolvePendingStats> ResolvePending(Store* store, const ResolvePendingOptions& options = {},
                                           DiagnosticSink* problems = nullptr);

}  // namespace claimtrace

#endif  // CLAIMTRACE_RESOLUTION_H_
