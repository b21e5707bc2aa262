// Row readers shared by the read queries; a statement's via chain is one indexed lookup
// (statement_via primary key) per statement. Covered by src/store/queries_test.cc.
#include "store/query_rows.h"

#include <algorithm>

namespace claimtrace::store {

DocumentSummary ReadDocumentSummary(const SqlStatement& st, int c) {
  DocumentSummary d;
  d.seq = st.ColumnInt(c);
  d.id = std::string(st.ColumnText(c + 1));
  d.title = st.ColumnOptionalText(c + 2);
  d.outlet = st.ColumnOptionalText(c + 3);
  d.published = st.ColumnOptionalText(c + 4);
  d.url = st.ColumnOptionalText(c + 5);
  d.language = std::string(st.ColumnText(c + 6));
  d.entities = static_cast<uint64_t>(st.ColumnInt(c + 7));
  d.statements = static_cast<uint64_t>(st.ColumnInt(c + 8));
  d.figures = static_cast<uint64_t>(st.ColumnInt(c + 9));
  return d;
}

Result<std::vector<StatementRow>> ReadStatementRows(const Database& db, SqlStatement& st) {
  std::vector<StatementRow> rows;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool more, st.Step());
    if (!more) break;
    StatementRow r;
    r.id = st.ColumnInt(0);
    r.document_id = std::string(st.ColumnText(1));
    r.document_title = st.ColumnOptionalText(2);
    r.outlet = st.ColumnOptionalText(3);
    r.published = st.ColumnOptionalText(4);
    r.index = st.ColumnInt(5);
    r.type = std::string(st.ColumnText(6));
    r.content = std::string(st.ColumnText(7));
    r.content_start = st.ColumnInt(8);
    r.content_end = st.ColumnInt(9);
    r.cue = st.ColumnOptionalText(10);
    r.speaker_kind = std::string(st.ColumnText(11));
    r.speaker_text = st.ColumnOptionalText(12);
    r.speaker_name = st.ColumnOptionalText(13);
    r.speaker_entity = st.ColumnOptionalText(14);
    r.citing = st.ColumnOptionalText(15);
    r.hedged = st.ColumnInt(16) != 0;
    rows.push_back(std::move(r));
  }
  if (rows.empty()) return rows;
  CT_ASSIGN_OR_RETURN(
      SqlStatement via,
      db.Prepare("SELECT text FROM statement_via WHERE statement = ?1 ORDER BY idx"));
  for (StatementRow& r : rows) {
    via.Reset();
    via.Bind(1, r.id);
    while (true) {
      CT_ASSIGN_OR_RETURN(bool more, via.Step());
      if (!more) break;
      r.via.emplace_back(via.ColumnText(0));
    }
  }
  return rows;
}

PageRequest ClampPage(PageRequest page) {
  page.limit = std::clamp<int64_t>(page.limit, 1, kMaxPageSize);
  page.offset = std::max<int64_t>(page.offset, 0);
  return page;
}

Result<uint64_t> StepCount(SqlStatement& st) {
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? static_cast<uint64_t>(st.ColumnInt(0)) : 0;
}

Status FtsQueryError(const Database& db, const Status& failure, std::string_view query) {
  const int rc = sqlite3_errcode(db.get());
  if (rc != SQLITE_ERROR) return failure;
  std::string reason = sqlite3_errmsg(db.get());
  return InvalidArgumentError("bad search query: " + reason, {.fragment = MakeFragment(query)});
}

}  // namespace claimtrace::store
