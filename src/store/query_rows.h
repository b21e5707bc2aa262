// Shared pieces of the read queries (document_queries.cc, statement_queries.cc,
// entity_queries.cc): the column lists they select and the readers that turn a row into a
// DocumentSummary or StatementRow. Internal to src/store; same threading contract as Store.
//
//   std::string sql = std::string("SELECT ") + kDocumentSummaryColumns + " FROM documents d";
//   DocumentSummary d = ReadDocumentSummary(st, 0);
#ifndef CLAIMTRACE_STORE_QUERY_ROWS_H_
#define CLAIMTRACE_STORE_QUERY_ROWS_H_

#include <string>

#include "claimtrace/store_queries.h"
#include "store/sqlite.h"

namespace claimtrace::store {

// 10 columns over `documents d`.
inline constexpr char kDocumentSummaryColumns[] =
    "d.seq, d.id, d.title, d.outlet, d.published, d.url, d.language,"
    " (SELECT count(*) FROM entities x WHERE x.document = d.seq),"
    " (SELECT count(*) FROM statements x WHERE x.document = d.seq),"
    " (SELECT count(*) FROM figures x WHERE x.document = d.seq)";
inline constexpr int kDocumentSummaryColumnCount = 10;

// 17 columns over `statements s JOIN documents d ON d.seq = s.document`.
inline constexpr char kStatementColumns[] =
    "s.id, d.id, d.title, d.outlet, d.published, s.idx, s.type, s.content, s.content_start,"
    " s.content_end, s.cue, s.speaker_kind, s.speaker_text, s.speaker_name, s.speaker_entity,"
    " s.citing, s.hedged";

DocumentSummary ReadDocumentSummary(const SqlStatement& st, int first_column);

// Steps `st` to the end, reading one StatementRow per row (columns as kStatementColumns), then
// fills each row's via chain.
Result<std::vector<StatementRow>> ReadStatementRows(const Database& db, SqlStatement& st);

// Clamps a page request to [1, kMaxPageSize] and offset >= 0.
PageRequest ClampPage(PageRequest page);

// The single integer a count query gives.
Result<uint64_t> StepCount(SqlStatement& st);

// A failed full-text MATCH is the user's query: kInvalidArgument naming it; other failures pass.
Status FtsQueryError(const Database& db, const Status& failure, std::string_view query);

}  // namespace claimtrace::store

#endif  // CLAIMTRACE_STORE_QUERY_ROWS_H_
