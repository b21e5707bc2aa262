// Read queries over the store for the query commands (`search`, `entity`, `who-said`) and the
// HTTP API: documents (filtered, paginated), full-text search (FTS5), per-name entities with
// their aliases, roles, statements by and about them and a timeline, and statements.
//
// Every function runs prepared statements with bound parameters on the Store's connection, so
// it has the Store's threading contract (one thread at a time; use one Store per thread for
// concurrent readers — WAL lets them read while an ingest writes). Pages have a stable order
// (documents by ingest order, hits by rank then ingest order, statements by document then
// position) and carry the total count. Limits are clamped to [1, kMaxPageSize]. A malformed
// full-text query is kInvalidArgument with SQLite's reason; nothing user-supplied is ever
// spliced into SQL text.
//
//   CT_ASSIGN_OR_RETURN(Page<DocumentHit> hits, SearchDocuments(*store, "chlorine leak", {}));
//   for (const DocumentHit& h : hits.items) std::printf("%s\n", h.document.id.c_str());
#ifndef CLAIMTRACE_STORE_QUERIES_H_
#define CLAIMTRACE_STORE_QUERIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"
#include "claimtrace/store.h"
#include "claimtrace/store_overview.h"

namespace claimtrace {

inline constexpr int64_t kMaxPageSize = 200;

struct PageRequest {
  int64_t limit = 20;  // clamped to [1, kMaxPageSize]
  int64_t offset = 0;  // negative counts as 0
};

template <typename T>
struct Page {
  std::vector<T> items;
  uint64_t total = 0;  // matching rows in the whole store
  int64_t limit = 0;   // after clamping
  int64_t offset = 0;
};

// One stored document without its text.
struct DocumentSummary {
  int64_t seq = 0;  // ingest order
  std::string id;
  std::optional<std::string> title;
  std::optional<std::string> outlet;
  std::optional<std::string> published;
  std::optional<std::string> url;
  std::string language;
  uint64_t entities = 0;
  uint64_t statements = 0;
  uint64_t figures = 0;
};

struct DocumentFilter {
  std::optional<std::string> outlet;  // exact outlet name (its copies of others' articles too)
  std::optional<std::string> published_from;  // YYYY-MM-DD, inclusive
  std::optional<std::string> published_to;    // YYYY-MM-DD, inclusive
};

Result<Page<DocumentSummary>> ListDocuments(const Store& store, const DocumentFilter& filter,
                                            PageRequest page);

// How a search query is read: kWords matches documents holding every word (punctuation and
// operators are plain text, so nothing a user types is a syntax error); kFts5 passes FTS5 query
// syntax through (phrases, OR/NOT, prefix*, NEAR) and reports syntax errors.
enum class SearchSyntax : uint8_t { kWords, kFts5 };

// A piece of a snippet; `match` pieces are the words the query matched.
struct SnippetPart {
  std::string text;
  bool match = false;
};

struct DocumentHit {
  DocumentSummary document;
  std::vector<SnippetPart> snippet;  // from the title when it matched, else the text
  double rank = 0;                   // FTS5 bm25, lower is better
};

Result<Page<DocumentHit>> SearchDocuments(const Store& store, std::string_view query,
                                          SearchSyntax syntax, PageRequest page);

// The FTS5 query SearchDocuments runs for `query` in kWords mode ("" when it has no words).
std::string WordsToFtsQuery(std::string_view query);

// One attributed statement with the document it is in.
struct StatementRow {
  int64_t id = 0;  // store row id
  std::string document_id;
  std::optional<std::string> document_title;
  std::optional<std::string> outlet;
  std::optional<std::string> published;
  int64_t index = 0;  // position in the document's "statements"
  std::string type;
  std::string content;
  int64_t content_start = 0;
  int64_t content_end = 0;
  std::optional<std::string> cue;
  std::string speaker_kind;
  std::optional<std::string> speaker_text;
  std::optional<std::string> speaker_name;
  std::optional<std::string> speaker_entity;  // local id in the document, e.g. "e3"
  std::optional<std::string> citing;
  std::vector<std::string> via;  // relay steps as written, innermost first
  bool hedged = false;
};

struct StatementFilter {
  std::optional<std::string> query;  // full-text over content and speaker
  SearchSyntax syntax = SearchSyntax::kWords;
  std::optional<std::string> speaker;  // exact speaker name (resolved name or as written)
  std::optional<std::string> document_id;
};

Result<Page<StatementRow>> ListStatements(const Store& store, const StatementFilter& filter,
                                          PageRequest page);

// Entities grouped by (name, type) across documents.
struct EntitySummary {
  std::string name;
  std::string type;
  uint64_t documents = 0;
  uint64_t mentions = 0;
  uint64_t statements = 0;  // statements it is the speaker of
};

struct EntityFilter {
  std::optional<std::string> name_contains;  // case-insensitive (ASCII) substring
  std::optional<std::string> type;           // "PERSON", "ORG", ...
};

// Ordered by documents mentioning it (most first), then name, then type.
Result<Page<EntitySummary>> ListEntities(const Store& store, const EntityFilter& filter,
                                         PageRequest page);

struct TimelinePoint {
  std::string date;  // publication date YYYY-MM-DD, or "" for undated documents
  uint64_t documents = 0;
  uint64_t statements_by = 0;
  uint64_t statements_about = 0;
};

struct EntityDetail {
  EntitySummary summary;
  std::vector<NameCount> aliases;          // mention texts with counts, most frequent first
  std::vector<NameCount> roles;            // roles with the number of documents giving them
  std::vector<DocumentSummary> documents;  // ingest order, at most `list_limit`
  Page<StatementRow> statements_by;        // what it said
  Page<StatementRow> statements_about;     // others' statements whose content mentions it
  std::vector<TimelinePoint> timeline;     // by publication date, oldest first
};

// The entity named exactly `name` (of `type`, or the type most documents give it), with lists
// capped at `list_limit`; nullopt when no document has it.
Result<std::optional<EntityDetail>> GetEntity(const Store& store, std::string_view name,
                                              std::optional<std::string> type, int64_t list_limit);

// The same view of a cross-article entity (global id N, displayed "gN"): every local entity the
// resolve stage linked to it, whatever its spelling, so aliases include transliterations and the
// statements cover all of them. The summary's name and type are the most used local ones.
// nullopt when no local entity is linked to it.
Result<std::optional<EntityDetail>> GetResolvedEntity(const Store& store, int64_t global_id,
                                                      int64_t list_limit);

}  // namespace claimtrace

#endif  // CLAIMTRACE_STORE_QUERIES_H_
