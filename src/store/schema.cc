// Schema migrations. Each Migration's SQL runs in one IMMEDIATE transaction together with the
// user_version update, so a crash or a failing step leaves the database at its old version.
// Version 1 holds documents (ingest order = rowid `seq`), every source a document was seen at,
// and normalised annotation tables indexed for the queries later stages run: documents by
// outlet/date, statements by speaker, figures by unit, times by value. Version 2 adds FTS5
// indexes over documents and statements, kept in sync by triggers. Covered by
// src/store/schema_test.cc (fresh database, older database migrated, newer refused, foreign
// SQLite file refused, a failing step rolled back).
#include "store/schema.h"

#include <string>

namespace claimtrace::store {
namespace {

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

constexpr Migration kMigrations[] = {
    {.version = 1, .name = "documents, sources and annotations", .sql = kSchemaV1},
    {.version = 2, .name = "full-text search over documents and statements", .sql = kSchemaV2},
};

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
