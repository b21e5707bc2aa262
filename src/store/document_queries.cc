// Document listing and full-text search. Listing filters on the (outlet, published) and
// (published) indexes (an outlet also matches the documents it ran a copy of, through
// document_sources.outlet) and pages in ingest order. Search runs FTS5 MATCH over documents_fts
// (title, text), ranks by bm25 then ingest order, and cuts a snippet with the matched words
// marked by control characters that are then split into parts (so no markup passes through the
// store). In words mode every run of letters/digits becomes a quoted FTS5 string, so user text
// never reaches the FTS5 parser as syntax. Covered by src/store/queries_test.cc.
#include <string>

#include "claimtrace/store_queries.h"
#include "store/query_rows.h"

namespace claimtrace {
namespace {

using store::SqlStatement;

constexpr char kMarkOpen = '\x02';
constexpr char kMarkClose = '\x03';
constexpr size_t kMaxQueryWords = 32;

std::vector<SnippetPart> SplitSnippet(std::string_view s) {
  std::vector<SnippetPart> parts;
  bool match = false;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) parts.push_back({std::move(cur), match});
    cur.clear();
  };
  for (char c : s) {
    if (c == kMarkOpen || c == kMarkClose) {
      flush();
      match = c == kMarkOpen;
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return parts;
}

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == '_';
}

}  // namespace

std::string WordsToFtsQuery(std::string_view query) {
  std::string out;
  size_t words = 0;
  size_t i = 0;
  while (i < query.size() && words < kMaxQueryWords) {
    while (i < query.size() && !IsWordByte(static_cast<unsigned char>(query[i]))) ++i;
    size_t start = i;
    while (i < query.size() && IsWordByte(static_cast<unsigned char>(query[i]))) ++i;
    if (i > start) {
      if (!out.empty()) out.push_back(' ');
      out.push_back('"');
      out.append(query.substr(start, i - start));  // no '"' inside: not a word byte
      out.push_back('"');
      ++words;
    }
  }
  return out;
}

Result<Page<DocumentSummary>> ListDocuments(const Store& store, const DocumentFilter& filter,
                                            PageRequest page) {
  const store::Database& db = store.database();
  page = store::ClampPage(page);
  constexpr char kWhere[] =
      " WHERE (?1 IS NULL OR d.outlet = ?1"
      " OR d.seq IN (SELECT document FROM document_sources WHERE outlet = ?1))"
      " AND (?2 IS NULL OR d.published >= ?2)"
      " AND (?3 IS NULL OR d.published <= ?3)";
  auto bind = [&](SqlStatement& st) {
    st.Bind(1, filter.outlet).Bind(2, filter.published_from).Bind(3, filter.published_to);
  };
  Page<DocumentSummary> out;
  out.limit = page.limit;
  out.offset = page.offset;
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st,
                        db.Prepare(std::string("SELECT count(*) FROM documents d") + kWhere));
    bind(st);
    CT_ASSIGN_OR_RETURN(out.total, store::StepCount(st));
  }
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db.Prepare(std::string("SELECT ") + store::kDocumentSummaryColumns + " FROM documents d" +
                 kWhere + " ORDER BY d.seq LIMIT ?4 OFFSET ?5"));
  bind(st);
  st.Bind(4, page.limit).Bind(5, page.offset);
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.items.push_back(store::ReadDocumentSummary(st, 0));
  }
  return out;
}

Result<Page<DocumentHit>> SearchDocuments(const Store& store, std::string_view query,
                                          SearchSyntax syntax, PageRequest page) {
  const store::Database& db = store.database();
  page = store::ClampPage(page);
  std::string match = syntax == SearchSyntax::kWords ? WordsToFtsQuery(query) : std::string(query);
  if (match.find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidArgumentError("empty search query: give at least one word");
  }
  Page<DocumentHit> out;
  out.limit = page.limit;
  out.offset = page.offset;
  {
    CT_ASSIGN_OR_RETURN(
        SqlStatement st,
        db.Prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?1"));
    st.Bind(1, match);
    Result<uint64_t> total = store::StepCount(st);
    if (!total.ok()) return store::FtsQueryError(db, total.status(), query);
    out.total = *total;
  }
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db.Prepare(std::string("SELECT ") + store::kDocumentSummaryColumns +
                 ", snippet(documents_fts, -1, char(2), char(3), '…', 24), bm25(documents_fts)"
                 " FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid"
                 " WHERE documents_fts MATCH ?1 ORDER BY bm25(documents_fts), d.seq"
                 " LIMIT ?2 OFFSET ?3"));
  st.Bind(1, match).Bind(2, page.limit).Bind(3, page.offset);
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return store::FtsQueryError(db, row.status(), query);
    if (!*row) break;
    DocumentHit hit;
    hit.document = store::ReadDocumentSummary(st, 0);
    hit.snippet = SplitSnippet(st.ColumnText(store::kDocumentSummaryColumnCount));
    hit.rank = st.ColumnDouble(store::kDocumentSummaryColumnCount + 1);
    out.items.push_back(std::move(hit));
  }
  return out;
}

}  // namespace claimtrace
