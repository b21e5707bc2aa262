// Schema migrations. Each Migration's SQL runs in one IMMEDIATE transaction together with the
// user_version update, so a crash or a failing step leaves the database at its old version.
// Version 1 holds documents (ingest order = rowid `seq`), every source a document was seen at,
// and normalised annotation tables indexed for the queries later stages run: documents by
// outlet/date, statements by speaker, figures by unit, times by value. Version 2 adds FTS5
// indexes over documents and statements, kept in sync by triggers; version 3 the across-article
// state; version 4 the list summaries (entity names, conflict groups); version 5 the outlet, URL
// and date of every source row (copies of one text run by several outlets). Covered by
// src/store/schema_test.cc (fresh database, older database migrated, newer refused, foreign
// SQLite file refused, a failing step rolled back).
#include "store/schema.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace claimtrace::store {
namespace {

Status BackfillConflictGroups(Database& db);

constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY,   -- ingest order
  id           TEXT NOT NULL UNIQUE,  -- Document::id, content-derived
  source       TEXT NOT NULL,         -- where it was first read
  input_id     TEXT,
  url          TEXT,
  outlet       TEXT,
  title        TEXT,
  published    TEXT,                  -- YYYY-MM-DD
  language     TEXT NOT NULL,
  text         TEXT NOT NULL,
  json         TEXT NOT NULL,         -- the whole export-format object
  ingested_at  TEXT NOT NULL          -- UTC, YYYY-MM-DDTHH:MM:SSZ
);
CREATE INDEX documents_by_outlet ON documents(outlet, published);
CREATE INDEX documents_by_published ON documents(published);

CREATE TABLE document_sources (
  document     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  source       TEXT NOT NULL,
  first_seen   TEXT NOT NULL,
  last_seen    TEXT NOT NULL,
  times_seen   INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (document, source)
) WITHOUT ROWID;

CREATE TABLE removed (
  document     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  reason       TEXT NOT NULL,
  rule         TEXT NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (document, idx)
) WITHOUT ROWID;
CREATE INDEX removed_by_rule ON removed(rule);

CREATE TABLE entities (
  id            INTEGER PRIMARY KEY,
  document      INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,     -- position in the document's "entities"
  local_id      TEXT NOT NULL,        -- "e1", unique within the document
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,
  roles         TEXT NOT NULL,        -- JSON array of strings
  mention_count INTEGER NOT NULL,
  UNIQUE (document, idx)
);
CREATE INDEX entities_by_local_id ON entities(document, local_id);
CREATE INDEX entities_by_name ON entities(name, type);

CREATE TABLE mentions (
  entity       INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  document     INTEGER NOT NULL,
  start_byte   INTEGER NOT NULL,
  end_byte     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (entity, idx)
) WITHOUT ROWID;

CREATE TABLE statements (
  id            INTEGER PRIMARY KEY,
  document      INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,     -- position in the document's "statements"
  type          TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end   INTEGER NOT NULL,
  content       TEXT NOT NULL,
  cue_start     INTEGER,
  cue_end       INTEGER,
  cue           TEXT,
  speaker_kind  TEXT NOT NULL,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  speaker_text  TEXT,
  speaker_name  TEXT,
  speaker_entity TEXT,                -- local entity id ("e3") in the same document
  citing_start  INTEGER,
  citing_end    INTEGER,
  citing        TEXT,
  hedged        INTEGER NOT NULL,
  UNIQUE (document, idx)
);
CREATE INDEX statements_by_speaker_entity ON statements(document, speaker_entity);
CREATE INDEX statements_by_speaker_name ON statements(speaker_name);

CREATE TABLE statement_via (
  statement    INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,      -- 0 = innermost (the outlet the speaker told)
  relation     TEXT NOT NULL,
  start_byte   INTEGER NOT NULL,
  end_byte     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  entity       TEXT,                  -- local entity id
  PRIMARY KEY (statement, idx)
) WITHOUT ROWID;

CREATE TABLE figures (
  id           INTEGER PRIMARY KEY,
  document     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_byte   INTEGER NOT NULL,
  end_byte     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  low          REAL NOT NULL,
  high         REAL NOT NULL,
  qualifier    TEXT NOT NULL,
  unit         TEXT,
  what         TEXT,
  statement_idx INTEGER,              -- index into the document's "statements"
  UNIQUE (document, idx)
);
CREATE INDEX figures_by_unit ON figures(unit, document);

CREATE TABLE times (
  document     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_byte   INTEGER NOT NULL,
  end_byte     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  type         TEXT NOT NULL,
  value        TEXT,
  PRIMARY KEY (document, idx)
) WITHOUT ROWID;
CREATE INDEX times_by_value ON times(value);
)sql";

// Full-text search over documents (title + text) and statements (content + speaker), kept in
// sync by triggers. External-content tables: the text is stored once, in the base tables.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE statements_fts USING fts5(
  content, speaker_text, speaker_name, content='statements', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, content, speaker_text, speaker_name)
    VALUES (new.id, new.content, new.speaker_text, new.speaker_name);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, content, speaker_text, speaker_name)
    VALUES ('delete', old.id, old.content, old.speaker_text, old.speaker_name);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, speaker_text, speaker_name
    ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, content, speaker_text, speaker_name)
    VALUES ('delete', old.id, old.content, old.speaker_text, old.speaker_name);
  INSERT INTO statements_fts(rowid, content, speaker_text, speaker_name)
    VALUES (new.id, new.content, new.speaker_text, new.speaker_name);
END;
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
)sql";

// Across-article resolution (src/resolve state over SQLite, see src/store/resolution_state.h):
// a per-document resolved marker, the global ids written next to the local rows, and the
// tables behind the five resolve state interfaces. Records whose fields are only read whole are
// kept as JSON (resolve/state_json.h) next to the indexed key columns.
constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE documents ADD COLUMN resolved INTEGER NOT NULL DEFAULT 0;  -- 0 pending, 1 done, 2 failed
ALTER TABLE documents ADD COLUMN duplicate_of TEXT;                     -- Document::id of the root
CREATE INDEX documents_by_resolved ON documents(resolved, seq);
CREATE INDEX documents_by_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
ALTER TABLE entities ADD COLUMN global_entity INTEGER;                  -- global_entities.id
CREATE INDEX entities_by_global_entity ON entities(global_entity, document);
ALTER TABLE statements ADD COLUMN claim INTEGER;                        -- claims.id
CREATE INDEX statements_by_claim ON statements(claim);

CREATE TABLE resolve_counters (
  name         TEXT PRIMARY KEY,
  value        INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE global_entities (
  id           INTEGER PRIMARY KEY,
  type         TEXT NOT NULL,
  name         TEXT NOT NULL,
  documents    INTEGER NOT NULL,
  record       TEXT NOT NULL          -- resolve::GlobalEntity as JSON
);
CREATE INDEX global_entities_by_documents ON global_entities(documents DESC, id);
CREATE TABLE global_entity_keys (
  key          TEXT NOT NULL,         -- blocking key, e.g. "p:budanov"
  entity       INTEGER NOT NULL,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE TABLE global_entity_aliases (
  entity       INTEGER NOT NULL,
  alias        TEXT NOT NULL,
  documents    INTEGER NOT NULL,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX global_entity_aliases_by_alias ON global_entity_aliases(alias COLLATE NOCASE);

CREATE TABLE dup_documents (
  id           INTEGER PRIMARY KEY,
  doc          TEXT NOT NULL UNIQUE,  -- Document::id
  published    TEXT NOT NULL,
  sequence     INTEGER NOT NULL,
  grp          TEXT NOT NULL,         -- Document::id of the group's root
  shingles     INTEGER NOT NULL,      -- distinct shingles of the text
  signature    BLOB NOT NULL          -- MinHash values, 4 bytes each, little-endian
);
CREATE INDEX dup_documents_by_group ON dup_documents(grp);
CREATE TABLE dup_bands (
  band         INTEGER NOT NULL,      -- LSH band key
  doc          INTEGER NOT NULL,      -- dup_documents.id
  PRIMARY KEY (band, doc)
) WITHOUT ROWID;
CREATE TABLE dup_paragraphs (
  fingerprint  INTEGER NOT NULL,
  grp          TEXT NOT NULL,
  PRIMARY KEY (fingerprint, grp)
) WITHOUT ROWID;

CREATE TABLE stories (
  id           INTEGER PRIMARY KEY,
  documents    INTEGER NOT NULL,
  record       TEXT NOT NULL          -- resolve::StoryCluster as JSON
);
CREATE INDEX stories_by_documents ON stories(documents DESC, id);
CREATE TABLE story_keys (
  key          TEXT NOT NULL,         -- "t:<word>" or "e:<entity>"
  story        INTEGER NOT NULL,
  PRIMARY KEY (key, story)
) WITHOUT ROWID;
CREATE TABLE story_df (
  feature      TEXT PRIMARY KEY,
  documents    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE document_story (
  doc          TEXT PRIMARY KEY,      -- Document::id
  story        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX document_story_by_story ON document_story(story);

CREATE TABLE claims (
  id           INTEGER PRIMARY KEY,
  speaker_entity INTEGER,             -- global_entities.id, NULL when anonymous or unlinked
  story        INTEGER,
  reports      INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  circular     INTEGER NOT NULL,
  record       TEXT NOT NULL          -- resolve::Claim as JSON
);
CREATE INDEX claims_by_reports ON claims(reports DESC, independent_sources DESC, id);
CREATE INDEX claims_by_speaker ON claims(speaker_entity);
CREATE INDEX claims_by_story ON claims(story);
CREATE TABLE claim_keys (
  key          TEXT NOT NULL,
  claim        INTEGER NOT NULL,
  PRIMARY KEY (key, claim)
) WITHOUT ROWID;
CREATE TABLE claim_reports (
  claim        INTEGER NOT NULL,
  idx          INTEGER NOT NULL,
  doc          TEXT NOT NULL,         -- Document::id
  statement    INTEGER NOT NULL,
  record       TEXT NOT NULL,         -- resolve::ClaimReport as JSON
  PRIMARY KEY (claim, idx)
);
CREATE INDEX claim_reports_by_doc ON claim_reports(doc);

CREATE TABLE figure_facts (
  id           INTEGER PRIMARY KEY,
  doc          TEXT NOT NULL,
  figure       INTEGER NOT NULL,
  story        INTEGER,
  record       TEXT NOT NULL          -- resolve::FigureFact as JSON
);
CREATE INDEX figure_facts_by_doc ON figure_facts(doc);
CREATE TABLE figure_keys (
  key          TEXT NOT NULL,         -- "unit|event|thing|week"
  fact         INTEGER NOT NULL,
  PRIMARY KEY (key, fact)
) WITHOUT ROWID;
CREATE TABLE figure_conflicts (
  earlier      INTEGER NOT NULL,      -- figure_facts.id
  later        INTEGER NOT NULL,
  topic        TEXT NOT NULL,
  PRIMARY KEY (earlier, later)
) WITHOUT ROWID;
CREATE INDEX figure_conflicts_by_later ON figure_conflicts(later);
)sql";

// Version 4: summaries the list views read instead of scanning whole tables. entity_names holds
// one row per (name, type) with its document and mention counts, kept by triggers on entities;
// conflict_groups/conflict_members hold the connected components of figure_conflicts (root =
// the smallest fact id, the group's "f" id), kept by SqliteFigureState::AddConflict. The
// triggers' "+o.name" keeps SQLite on the document index: through the name index, a common name
// ("US") would scan every row of that name for each insert.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE entity_names (
  name         TEXT NOT NULL,
  type         TEXT NOT NULL,
  documents    INTEGER NOT NULL,      -- documents with at least one entity of this name and type
  mentions     INTEGER NOT NULL,
  PRIMARY KEY (name, type)
) WITHOUT ROWID;
CREATE INDEX entity_names_by_documents ON entity_names(documents DESC, name, type);
INSERT INTO entity_names (name, type, documents, mentions)
  SELECT name, type, count(DISTINCT document), sum(mention_count) FROM entities
  GROUP BY name, type;
CREATE TRIGGER entity_names_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entity_names (name, type, documents, mentions)
    VALUES (new.name, new.type, 1, new.mention_count)
    ON CONFLICT (name, type) DO UPDATE SET mentions = mentions + new.mention_count,
      documents = documents + NOT EXISTS (SELECT 1 FROM entities o WHERE o.document = new.document
        AND +o.name = new.name AND +o.type = new.type AND o.id != new.id);
END;
CREATE TRIGGER entity_names_delete AFTER DELETE ON entities BEGIN
  UPDATE entity_names SET mentions = mentions - old.mention_count,
      documents = documents - NOT EXISTS (SELECT 1 FROM entities o WHERE o.document = old.document
        AND +o.name = old.name AND +o.type = old.type)
    WHERE name = old.name AND type = old.type;
  DELETE FROM entity_names WHERE name = old.name AND type = old.type AND documents <= 0;
END;

CREATE TABLE conflict_groups (
  root           INTEGER PRIMARY KEY,   -- smallest figure_facts.id in the group
  facts          INTEGER NOT NULL,
  topic          TEXT NOT NULL,         -- topic of the group's first pair (by earlier, later)
  topic_earlier  INTEGER NOT NULL,
  topic_later    INTEGER NOT NULL
);
CREATE INDEX conflict_groups_by_size ON conflict_groups(facts DESC, root);
CREATE TABLE conflict_members (
  fact         INTEGER PRIMARY KEY,   -- figure_facts.id
  root         INTEGER NOT NULL       -- conflict_groups.root
);
CREATE INDEX conflict_members_by_root ON conflict_members(root);
CREATE INDEX figure_facts_by_story ON figure_facts(story);
)sql";

// Every copy of a document: a source row also records the outlet, URL, date and title it was read
// with, so an exact copy run by a second outlet (same cleaned text, hence the same id) keeps its
// outlet. Rows written before version 5 get the document's own metadata when they are the place
// the document was first read from; other old rows stay NULL (that metadata was never kept).
constexpr std::string_view kSchemaV5 = R"sql(
ALTER TABLE document_sources ADD COLUMN outlet TEXT;
ALTER TABLE document_sources ADD COLUMN url TEXT;
ALTER TABLE document_sources ADD COLUMN published TEXT;
ALTER TABLE document_sources ADD COLUMN title TEXT;
UPDATE document_sources SET
  outlet = (SELECT d.outlet FROM documents d WHERE d.seq = document_sources.document),
  url = (SELECT d.url FROM documents d WHERE d.seq = document_sources.document),
  published = (SELECT d.published FROM documents d WHERE d.seq = document_sources.document),
  title = (SELECT d.title FROM documents d WHERE d.seq = document_sources.document)
  WHERE source = (SELECT d.source FROM documents d WHERE d.seq = document_sources.document);
CREATE INDEX document_sources_by_outlet ON document_sources(outlet);
)sql";

constexpr Migration kMigrations[] = {
    {.version = 1, .name = "documents, sources and annotations", .sql = kSchemaV1},
    {.version = 2, .name = "full-text search over documents and statements", .sql = kSchemaV2},
    {.version = 3, .name = "across-article resolution", .sql = kSchemaV3},
    {.version = 4,
     .name = "entity and conflict list summaries",
     .sql = kSchemaV4,
     .apply = BackfillConflictGroups},
    {.version = 5, .name = "outlet, URL and date of every copy", .sql = kSchemaV5},
};

// The conflict groups of the pairs stored before version 4 (union-find, smallest id as root).
Status BackfillConflictGroups(Database& db) {
  CT_ASSIGN_OR_RETURN(SqlStatement pairs,
                      db.Prepare("SELECT earlier, later, topic"
                                 " FROM figure_conflicts ORDER BY earlier, later"));
  std::map<int64_t, int64_t> parent;
  auto find = [&](int64_t x) {
    if (!parent.count(x)) parent[x] = x;
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  struct FirstPair {
    int64_t earlier, later;
    std::string topic;
  };
  std::vector<FirstPair> first;  // pairs in (earlier, later) order
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, pairs.Step());
    if (!row) break;
    const int64_t a = pairs.ColumnInt(0), b = pairs.ColumnInt(1);
    first.push_back({a, b, std::string(pairs.ColumnText(2))});
    const int64_t ra = find(a), rb = find(b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::map<int64_t, int64_t> sizes;
  CT_ASSIGN_OR_RETURN(SqlStatement member,
                      db.Prepare("INSERT INTO conflict_members (fact, root) VALUES (?1, ?2)"));
  for (const auto& [fact, p] : parent) {
    const int64_t root = find(fact);
    ++sizes[root];
    member.Bind(1, fact).Bind(2, root);
    CT_RETURN_IF_ERROR(member.Run());
  }
  CT_ASSIGN_OR_RETURN(SqlStatement group,
                      db.Prepare("INSERT OR IGNORE INTO conflict_groups"
                                 " (root, facts, topic, topic_earlier, topic_later)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)"));
  for (const FirstPair& f : first) {  // the first pair of each group names it
    const int64_t root = find(f.earlier);
    group.Bind(1, root).Bind(2, sizes[root]).Bind(3, f.topic).Bind(4, f.earlier).Bind(5, f.later);
    CT_RETURN_IF_ERROR(group.Run());
  }
  return Status::Ok();
}

}  // namespace

std::span<const Migration> SchemaMigrations() { return kMigrations; }

Result<int> CurrentSchemaVersion(const Database& db) {
  CT_ASSIGN_OR_RETURN(int64_t v, db.QueryInt("PRAGMA user_version"));
  return static_cast<int>(v);
}

Status CheckStoreFile(const Database& db, std::span<const Migration> migrations) {
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  // The first read of the file tells a non-database or damaged file apart.
  Result<int64_t> app_id = db.QueryInt("PRAGMA application_id");
  if (!app_id.ok()) {
    return Status(app_id.status().code(),
                  "not a usable claimtrace database: " + app_id.status().message(),
                  {.file = db.path()});
  }
  CT_ASSIGN_OR_RETURN(int version, CurrentSchemaVersion(db));
  CT_ASSIGN_OR_RETURN(int64_t objects, db.QueryInt("SELECT count(*) FROM sqlite_schema"));
  const bool fresh = version == 0 && *app_id == 0 && objects == 0;
  if (!fresh && *app_id != kApplicationId) {
    return CorruptionError("an SQLite database, but not a claimtrace store", {.file = db.path()});
  }
  if (version > latest) {
    return UnsupportedError("database schema version " + std::to_string(version) +
                                " is newer than this claimtrace supports (" +
                                std::to_string(latest) + "); use a newer claimtrace",
                            {.file = db.path()});
  }
  return Status::Ok();
}

Status Migrate(Database& db, std::span<const Migration> migrations) {
  CT_RETURN_IF_ERROR(CheckStoreFile(db, migrations));
  CT_ASSIGN_OR_RETURN(int version, CurrentSchemaVersion(db));
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  if (version >= latest) return Status::Ok();

  CT_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  auto fail = [&](const Status& s, const Migration& m) {
    db.Exec("ROLLBACK").IgnoreError();
    return Status(s.code(),
                  "schema migration to version " + std::to_string(m.version) + " (" +
                      std::string(m.name) + ") failed: " + s.message(),
                  {.file = db.path()});
  };
  // Re-read inside the write lock: another process may have migrated meanwhile.
  Result<int> locked_version = CurrentSchemaVersion(db);
  if (!locked_version.ok()) {
    db.Exec("ROLLBACK").IgnoreError();
    return locked_version.status();
  }
  for (const Migration& m : migrations) {
    if (m.version <= *locked_version) continue;
    Status s = db.Exec(m.sql);
    if (s.ok() && m.apply != nullptr) s = m.apply(db);
    if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(m.version));
    if (!s.ok()) return fail(s, m);
  }
  if (Status s = db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId)); !s.ok()) {
    return fail(s, migrations.back());
  }
  if (Status s = db.Exec("COMMIT"); !s.ok()) return fail(s, migrations.back());
  return Status::Ok();
}

}  // namespace claimtrace::store
