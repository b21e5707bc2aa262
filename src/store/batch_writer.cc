// BatchWriter: one IMMEDIATE transaction per batch, one SAVEPOINT per document inside it.
// A document is inserted with `INSERT ... ON CONFLICT(id) DO NOTHING`; no change means its id is
// already stored (or earlier in the same batch), so only the source row is upserted (with the
// outlet, URL, date and title of this copy) and the document counts as a duplicate. Annotation rows
// go into the normalised tables in the same savepoint, so a document is either wholly in the batch
// or not at all, and a killed process leaves whole committed batches only (SQLite's WAL rolls an
// unfinished transaction back). Just before a batch commits, its documents are resolved across
// articles (ResolutionWriter, one savepoint each) in the same transaction, so a committed batch is
// a resolved batch. Covered by src/store/batch_writer_test.cc and tests/cli/store_cli_test.cc (kill
// -9).
#include <ctime>
#include <string>

#include "claimtrace/export.h"
#include "claimtrace/store.h"
#include "core/json_writer.h"
#include "core/utf8.h"
#include "store/document_blob.h"
#include "store/resolution_writer.h"
#include "store/sqlite.h"

namespace claimtrace {

using store::Database;
using store::SqlStatement;

struct BatchWriter::Statements {
  SqlStatement begin, commit, rollback, savepoint, release, rollback_to;
  SqlStatement insert_document, find_document, upsert_source;
  SqlStatement insert_removed, insert_entity, insert_mention, insert_statement, insert_via,
      insert_figure, insert_time;
};

namespace {

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string RolesJson(const std::vector<std::string>& roles) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const std::string& r : roles) w.String(r);
  w.EndArray();
  return out;
}

// Binds an optional span as two integers (or two NULLs) at `index`, `index + 1`.
void BindSpan(SqlStatement& st, int index, const std::optional<ByteSpan>& span) {
  if (span) {
    st.Bind(index, span->start).Bind(index + 1, span->end);
  } else {
    st.BindNull(index).BindNull(index + 1);
  }
}

std::optional<std::string> SliceOf(const Document& doc, const std::optional<ByteSpan>& span) {
  if (!span) return std::nullopt;
  return std::string(doc.Slice(*span));
}

// Spans come from our own stages, but a bad one must reject the document (and never read out of
// bounds): every span must lie inside the text on UTF-8 boundaries, as DocumentFromJson demands
// when the document is read back.
Status CheckSpan(const Document& doc, ByteSpan span, const char* what) {
  const std::string& text = doc.text;
  auto boundary = [&](uint32_t i) {
    return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  if (span.start > span.end || span.end > text.size() || !boundary(span.start) ||
      !boundary(span.end)) {
    return InvalidArgumentError(std::string(what) + " span [" + std::to_string(span.start) + ", " +
                                    std::to_string(span.end) + ") is not a span of the text",
                                {.file = doc.source});
  }
  return Status::Ok();
}

Status CheckDocument(const Document& doc) {
  if (doc.id.empty()) return InvalidArgumentError("document has no id", {.file = doc.source});
  if (!IsValidUtf8(doc.text)) {
    return InvalidArgumentError("document text is not valid UTF-8", {.file = doc.source});
  }
  for (ByteSpan s : doc.sentences) CT_RETURN_IF_ERROR(CheckSpan(doc, s, "sentence"));
  for (const Entity& e : doc.entities) {
    for (ByteSpan m : e.mentions) CT_RETURN_IF_ERROR(CheckSpan(doc, m, "mention"));
  }
  for (const Statement& st : doc.statements) {
    CT_RETURN_IF_ERROR(CheckSpan(doc, st.content, "statement content"));
    for (const auto& span : {st.cue, st.speaker.span, st.citing}) {
      if (span) CT_RETURN_IF_ERROR(CheckSpan(doc, *span, "statement"));
    }
    for (const Via& v : st.via) CT_RETURN_IF_ERROR(CheckSpan(doc, v.span, "via"));
  }
  for (const Figure& f : doc.figures) CT_RETURN_IF_ERROR(CheckSpan(doc, f.span, "figure"));
  for (const TimeExpression& t : doc.times) CT_RETURN_IF_ERROR(CheckSpan(doc, t.span, "time"));
  return Status::Ok();
}

}  // namespace

BatchWriter::BatchWriter(Store* store, const BatchOptions& options)
    : store_(store), options_(options) {
  if (options_.max_documents == 0) options_.max_documents = 1;
}

BatchWriter::~BatchWriter() {
  if (open_) Commit().IgnoreError();
}

Status BatchWriter::Prepare() {
  if (st_) return Status::Ok();
  Database& db = store_->database();
  auto st = std::make_unique<Statements>();
  struct Item {
    SqlStatement* target;
    const char* sql;
  };
  const Item items[] = {
      {&st->begin, "BEGIN IMMEDIATE"},
      {&st->commit, "COMMIT"},
      {&st->rollback, "ROLLBACK"},
      {&st->savepoint, "SAVEPOINT document"},
      {&st->release, "RELEASE document"},
      {&st->rollback_to, "ROLLBACK TO document"},
      {&st->insert_document,
       "INSERT INTO documents (id, source, input_id, url, outlet, title, published, language,"
       " text, json, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
       " ON CONFLICT (id) DO NOTHING"},
      {&st->find_document,
       "SELECT seq, coalesce(outlet, ''), coalesce(url, '') FROM documents WHERE id = ?1"},
      {&st->upsert_source,
       "INSERT INTO document_sources (document, source, first_seen, last_seen, outlet, url,"
       " published, title) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (document, source)"
       " DO UPDATE SET last_seen = excluded.last_seen, times_seen = times_seen + 1,"
       " outlet = coalesce(outlet, excluded.outlet), url = coalesce(url, excluded.url),"
       " published = coalesce(published, excluded.published),"
       " title = coalesce(title, excluded.title)"},
      {&st->insert_removed,
       "INSERT INTO removed (document, idx, reason, rule, text) VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&st->insert_entity,
       "INSERT INTO entities (document, idx, local_id, name, type, roles, mention_count)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&st->insert_mention,
       "INSERT INTO mentions (entity, idx, document, start_byte, end_byte, text)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&st->insert_statement,
       "INSERT INTO statements (document, idx, type, content_start, content_end, content,"
       " cue_start, cue_end, cue, speaker_kind, speaker_start, speaker_end, speaker_text,"
       " speaker_name, speaker_entity, citing_start, citing_end, citing, hedged)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
       " ?18, ?19)"},
      {&st->insert_via,
       "INSERT INTO statement_via (statement, idx, relation, start_byte, end_byte, text, entity)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&st->insert_figure,
       "INSERT INTO figures (document, idx, start_byte, end_byte, text, low, high, qualifier,"
       " unit, what, statement_idx) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&st->insert_time,
       "INSERT INTO times (document, idx, start_byte, end_byte, text, type, value)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
  };
  for (const Item& item : items) {
    CT_ASSIGN_OR_RETURN(*item.target, db.Prepare(item.sql));
  }
  st_ = std::move(st);
  return Status::Ok();
}

Status BatchWriter::Begin() {
  CT_RETURN_IF_ERROR(st_->begin.Run());
  open_ = true;
  batch_start_ = std::chrono::steady_clock::now();
  return Status::Ok();
}

Status BatchWriter::Commit() {
  if (!open_) return Status::Ok();
  open_ = false;
  const size_t pending = pending_stored_ + pending_duplicates_;
  const bool resolving = options_.resolve && pending_stored_ > 0;
  if (resolving) {
    if (Status rs = ResolveBatch(); !rs.ok()) resolution_problems_.push_back(rs);
  }
  Status s = st_->commit.Run();
  if (!s.ok()) {
    pending_resolved_ = 0;
    if (store_->database().in_transaction()) st_->rollback.Run().IgnoreError();
    lost_ += pending;
    pending_stored_ = pending_duplicates_ = 0;
    pending_copies_ = 0;
    return Status(s.code(),
                  "could not commit a batch of " + std::to_string(pending) +
                      " documents (they were not stored): " + s.message(),
                  s.where());
  }
  // Only a transaction that ran resolution vouches for the record cache (after a failed commit
  // the cache holds rolled-back records until the next resolving batch drops it).
  if (resolving && resolution_ != nullptr) resolution_->Committed();
  stored_ += pending_stored_;
  duplicates_ += pending_duplicates_;
  copies_ += pending_copies_;
  pending_copies_ = 0;
  resolved_ += pending_resolved_;
  pending_resolved_ = 0;
  pending_stored_ = pending_duplicates_ = 0;
  ++batches_;
  return Status::Ok();
}

Status BatchWriter::Tick() {
  if (!open_) return Status::Ok();
  if (pending() >= options_.max_documents ||
      std::chrono::steady_clock::now() - batch_start_ >= options_.max_age) {
    return Commit();
  }
  return Status::Ok();
}

Status BatchWriter::Flush() { return Commit(); }

// Resolves the batch's documents (and at most a batch's worth of older pending ones) inside the
// open transaction, so a committed batch is always a resolved batch.
Status BatchWriter::ResolveBatch() {
  if (resolution_ == nullptr) {
    CT_ASSIGN_OR_RETURN(resolution_, store_->resolution_writer());
  }
  CT_ASSIGN_OR_RETURN(store::ResolutionWriter::Outcome o,
                      resolution_->ResolvePendingDocuments(pending_stored_ + options_.max_documents,
                                                           &resolution_problems_));
  pending_resolved_ += o.resolved;
  return Status::Ok();
}

Result<AddOutcome> BatchWriter::Add(const Document& doc) {
  CT_RETURN_IF_ERROR(Prepare());
  if (Status s = CheckDocument(doc); !s.ok()) {
    return Status(s.code(), "could not store the document: " + s.message(), s.where());
  }
  // Errors name the document's input; the database is named in the message.
  auto cannot_store = [&](const Status& s) {
    return Status(s.code(),
                  "could not store the document in " + store_->path() + ": " + s.message(),
                  {.file = doc.source});
  };
  if (!open_) {
    if (Status s = Begin(); !s.ok()) return cannot_store(s);
  }
  if (Status s = st_->savepoint.Run(); !s.ok()) return cannot_store(s);
  Result<AddOutcome> outcome = Insert(doc);
  if (!outcome.ok()) {
    Status s = outcome.status();
    if (!store_->database().in_transaction()) {
      // SQLite itself rolled the whole transaction back (it may on SQLITE_FULL, IOERR, NOMEM,
      // BUSY): the earlier documents of this batch are gone too. Say so; never count them stored.
      const size_t pending = pending_stored_ + pending_duplicates_;
      lost_ += pending;
      pending_stored_ = pending_duplicates_ = 0;
      pending_copies_ = 0;
      open_ = false;
      if (pending > 0) {
        s = Status(s.code(), s.message() + "; SQLite rolled back the open batch, so the " +
                                 std::to_string(pending) +
                                 " documents before it in the batch were not stored");
      }
      return cannot_store(s);
    }
    st_->rollback_to.Run().IgnoreError();
    st_->release.Run().IgnoreError();
    return cannot_store(s);
  }
  if (Status s = st_->release.Run(); !s.ok()) return cannot_store(s);
  if (*outcome == AddOutcome::kStored) {
    ++pending_stored_;
  } else {
    ++pending_duplicates_;
    if (last_was_copy_) ++pending_copies_;
  }
  return outcome;
}

Result<AddOutcome> BatchWriter::Insert(const Document& doc) {
  Database& db = store_->database();
  const std::string now = UtcNow();
  SqlStatement& ins = st_->insert_document;
  ins.Bind(1, doc.id)
      .Bind(2, doc.source)
      .Bind(3, doc.input_id)
      .Bind(4, doc.url)
      .Bind(5, doc.outlet)
      .Bind(6, doc.title)
      .Bind(7, doc.published)
      .Bind(8, doc.language)
      .Bind(9, doc.text)
      .BindBlob(10, store::PackDocumentJson(DocumentToJson(doc)))
      .Bind(11, now);
  CT_RETURN_IF_ERROR(ins.Run());
  AddOutcome outcome = AddOutcome::kStored;
  int64_t seq = 0;
  last_was_copy_ = false;
  if (db.changes() == 1) {
    seq = db.last_insert_rowid();
  } else {
    outcome = AddOutcome::kDuplicate;
    SqlStatement& find = st_->find_document;
    find.Bind(1, doc.id);
    Result<bool> row = find.Step();
    if (row.ok() && *row) {
      seq = find.ColumnInt(0);
      // Another outlet's (or URL's) word-for-word copy, as Store::Copies counts it.
      const std::string outlet = doc.outlet.value_or(""), url = doc.url.value_or("");
      last_was_copy_ = (!outlet.empty() || !url.empty()) &&
                       (outlet != find.ColumnText(1) || url != find.ColumnText(2));
    }
    find.Reset();
    if (!row.ok()) return row.status();
    if (!*row) return InternalError("document " + doc.id + " neither inserted nor found");
  }
  st_->upsert_source.Bind(1, seq)
      .Bind(2, doc.source)
      .Bind(3, now)
      .Bind(4, doc.outlet)
      .Bind(5, doc.url)
      .Bind(6, doc.published)
      .Bind(7, doc.title);
  CT_RETURN_IF_ERROR(st_->upsert_source.Run());
  if (outcome == AddOutcome::kStored) CT_RETURN_IF_ERROR(InsertAnnotations(seq, doc));
  return outcome;
}

Status BatchWriter::InsertAnnotations(int64_t seq, const Document& doc) {
  Database& db = store_->database();
  for (size_t i = 0; i < doc.removed.size(); ++i) {
    const RemovedPiece& r = doc.removed[i];
    st_->insert_removed.Bind(1, seq)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, ToString(r.reason))
        .Bind(4, r.rule)
        .Bind(5, r.text);
    CT_RETURN_IF_ERROR(st_->insert_removed.Run());
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    st_->insert_entity.Bind(1, seq)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, e.id)
        .Bind(4, e.name)
        .Bind(5, ToString(e.type))
        .Bind(6, RolesJson(e.roles))
        .Bind(7, static_cast<int64_t>(e.mentions.size()));
    CT_RETURN_IF_ERROR(st_->insert_entity.Run());
    const int64_t entity_row = db.last_insert_rowid();
    for (size_t m = 0; m < e.mentions.size(); ++m) {
      st_->insert_mention.Bind(1, entity_row)
          .Bind(2, static_cast<int64_t>(m))
          .Bind(3, seq)
          .Bind(4, e.mentions[m].start)
          .Bind(5, e.mentions[m].end)
          .Bind(6, doc.Slice(e.mentions[m]));
      CT_RETURN_IF_ERROR(st_->insert_mention.Run());
    }
  }
  for (size_t i = 0; i < doc.statements.size(); ++i) {
    const Statement& s = doc.statements[i];
    SqlStatement& ins = st_->insert_statement;
    ins.Bind(1, seq)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, ToString(s.type))
        .Bind(4, s.content.start)
        .Bind(5, s.content.end)
        .Bind(6, doc.Slice(s.content));
    BindSpan(ins, 7, s.cue);
    ins.Bind(9, SliceOf(doc, s.cue)).Bind(10, ToString(s.speaker.kind));
    BindSpan(ins, 11, s.speaker.span);
    ins.Bind(13, SliceOf(doc, s.speaker.span)).Bind(14, s.speaker.name).Bind(15, s.speaker.entity);
    BindSpan(ins, 16, s.citing);
    ins.Bind(18, SliceOf(doc, s.citing)).Bind(19, static_cast<int64_t>(s.hedged ? 1 : 0));
    CT_RETURN_IF_ERROR(ins.Run());
    const int64_t statement_row = db.last_insert_rowid();
    for (size_t v = 0; v < s.via.size(); ++v) {
      const Via& via = s.via[v];
      st_->insert_via.Bind(1, statement_row)
          .Bind(2, static_cast<int64_t>(v))
          .Bind(3, ToString(via.relation))
          .Bind(4, via.span.start)
          .Bind(5, via.span.end)
          .Bind(6, doc.Slice(via.span))
          .Bind(7, via.entity);
      CT_RETURN_IF_ERROR(st_->insert_via.Run());
    }
  }
  for (size_t i = 0; i < doc.figures.size(); ++i) {
    const Figure& f = doc.figures[i];
    SqlStatement& ins = st_->insert_figure;
    ins.Bind(1, seq)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, f.span.start)
        .Bind(4, f.span.end)
        .Bind(5, doc.Slice(f.span))
        .Bind(6, f.low)
        .Bind(7, f.high)
        .Bind(8, ToString(f.qualifier))
        .Bind(9, f.unit)
        .Bind(10, f.what);
    if (f.statement) {
      ins.Bind(11, *f.statement);
    } else {
      ins.BindNull(11);
    }
    CT_RETURN_IF_ERROR(ins.Run());
  }
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpression& t = doc.times[i];
    st_->insert_time.Bind(1, seq)
        .Bind(2, static_cast<int64_t>(i))
        .Bind(3, t.span.start)
        .Bind(4, t.span.end)
        .Bind(5, doc.Slice(t.span))
        .Bind(6, ToString(t.type))
        .Bind(7, t.value);
    CT_RETURN_IF_ERROR(st_->insert_time.Run());
  }
  return Status::Ok();
}

}  // namespace claimtrace
