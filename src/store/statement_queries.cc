// Statement listing (who-said): the WHERE clause is assembled from fixed fragments, one per
// filter given, each with its own bound parameter; full-text filtering goes through
// statements_fts (content, speaker text, speaker name). Ordered by document ingest order, then
// position in the document. Covered by src/store/queries_test.cc.
#include <string>

#include "claimtrace/store_queries.h"
#include "store/query_rows.h"

namespace claimtrace {

using store::SqlStatement;

Result<Page<StatementRow>> ListStatements(const Store& store, const StatementFilter& filter,
                                          PageRequest page) {
  const store::Database& db = store.database();
  page = store::ClampPage(page);
  std::string match;
  if (filter.query) {
    match = filter.syntax == SearchSyntax::kWords ? WordsToFtsQuery(*filter.query) : *filter.query;
    if (match.find_first_not_of(" \t\r\n") == std::string::npos) {
      return InvalidArgumentError("empty search query: give at least one word");
    }
  }
  std::string where = " WHERE 1";
  if (filter.query) {
    where += " AND s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1)";
  }
  if (filter.speaker) {
    where += " AND (s.speaker_name = ?2 OR (s.speaker_name IS NULL AND s.speaker_text = ?2))";
  }
  if (filter.document_id) where += " AND d.id = ?3";
  auto bind = [&](SqlStatement& st) {
    if (filter.query) st.Bind(1, match);
    if (filter.speaker) st.Bind(2, *filter.speaker);
    if (filter.document_id) st.Bind(3, *filter.document_id);
  };
  const std::string from = " FROM statements s JOIN documents d ON d.seq = s.document";
  Page<StatementRow> out;
  out.limit = page.limit;
  out.offset = page.offset;
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("SELECT count(*)" + from + where));
    bind(st);
    Result<uint64_t> total = store::StepCount(st);
    if (!total.ok()) {
      return filter.query ? store::FtsQueryError(db, total.status(), *filter.query)
                          : total.status();
    }
    out.total = *total;
  }
  CT_ASSIGN_OR_RETURN(SqlStatement st,
                      db.Prepare(std::string("SELECT ") + store::kStatementColumns + from + where +
                                 " ORDER BY s.document, s.idx LIMIT ?4 OFFSET ?5"));
  bind(st);
  st.Bind(4, page.limit).Bind(5, page.offset);
  Result<std::vector<StatementRow>> rows = store::ReadStatementRows(db, st);
  if (!rows.ok()) {
    return filter.query ? store::FtsQueryError(db, rows.status(), *filter.query) : rows.status();
  }
  out.items = std::move(*rows);
  return out;
}

}  // namespace claimtrace
