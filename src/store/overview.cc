// Store overview: one aggregate query per list, all with bound LIMITs. Entities are ranked by
// the number of documents that mention them (not raw mentions), speakers by statements.
// Covered by src/store/overview_test.cc.
#include "claimtrace/store_overview.h"
#include "store/sqlite.h"

namespace claimtrace {
namespace {

using store::SqlStatement;

Result<std::vector<NameCount>> TopList(const store::Database& db, const char* sql, size_t top_n) {
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare(sql));
  st.Bind(1, static_cast<int64_t>(top_n));
  std::vector<NameCount> out;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({.name = std::string(st.ColumnText(0)),
                   .detail = std::string(st.ColumnText(1)),
                   .count = static_cast<uint64_t>(st.ColumnInt(2))});
  }
  return out;
}

}  // namespace

Result<StoreOverview> LoadStoreOverview(const Store& store, size_t top_n) {
  const store::Database& db = store.database();
  StoreOverview o;
  CT_ASSIGN_OR_RETURN(o.counts, store.Counts());
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("SELECT min(published), max(published),"
                                                    " sum(published IS NULL) FROM documents"));
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (row) {
      o.first_published = st.ColumnOptionalText(0);
      o.last_published = st.ColumnOptionalText(1);
      o.undated = static_cast<uint64_t>(st.ColumnInt(2));
    }
  }
  CT_ASSIGN_OR_RETURN(o.outlets, TopList(db,
                                         "SELECT outlet, '', count(*) AS n FROM documents"
                                         " WHERE outlet IS NOT NULL GROUP BY outlet"
                                         " ORDER BY n DESC, outlet LIMIT ?1",
                                         top_n));
  CT_ASSIGN_OR_RETURN(o.languages, TopList(db,
                                           "SELECT language, '', count(*) AS n FROM documents"
                                           " GROUP BY language ORDER BY n DESC, language LIMIT ?1",
                                           top_n));
  CT_ASSIGN_OR_RETURN(o.entities, TopList(db,
                                          "SELECT name, type, documents AS n FROM entity_names"
                                          " ORDER BY n DESC, name LIMIT ?1",
                                          top_n));
  CT_ASSIGN_OR_RETURN(
      o.speakers,
      TopList(db,
              "SELECT coalesce(speaker_name, speaker_text) AS who, speaker_kind, count(*) AS n"
              " FROM statements WHERE coalesce(speaker_name, speaker_text) IS NOT NULL"
              " GROUP BY who, speaker_kind ORDER BY n DESC, who LIMIT ?1",
              top_n));
  CT_ASSIGN_OR_RETURN(o.removal_rules,
                      TopList(db,
                              "SELECT rule, reason, count(*) AS n FROM removed"
                              " GROUP BY rule, reason ORDER BY n DESC, rule LIMIT ?1",
                              top_n));
  return o;
}

}  // namespace claimtrace
