// Entities across documents, grouped by exact (name, type) — the per-document entities the
// pipeline found; cross-article resolution (global ids, transliterated aliases) is the resolve
// stage's. Statements *by* an entity are those whose speaker resolves to its local id in the same
// document; statements *about* it are other speakers' statements whose content span contains one
// of its mentions (a range join on the mentions of the same document). The timeline folds the
// per-document counts by publication date. The same view of a cross-article entity selects the
// local rows by entities.global_entity instead of by name (a Selector: one SQL fragment). The list
// groups and ranks first and counts statements for the page's entities only.
// Covered by src/store/queries_test.cc.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "claimtrace/store_queries.h"
#include "store/query_rows.h"

namespace claimtrace {
namespace {

using store::SqlStatement;

constexpr char kStatementsBy[] =
    " FROM entities e JOIN statements s ON s.document = e.document AND s.speaker_entity = "
    "e.local_id JOIN documents d ON d.seq = s.document WHERE {E}";
constexpr char kStatementsAbout[] =
    " FROM statements s JOIN documents d ON d.seq = s.document WHERE s.id IN ("
    "SELECT s2.id FROM entities e JOIN mentions m ON m.entity = e.id"
    " JOIN statements s2 ON s2.document = e.document AND m.start_byte >= s2.content_start"
    " AND m.end_byte <= s2.content_end"
    " WHERE {E}"
    " AND (s2.speaker_entity IS NULL OR s2.speaker_entity != e.local_id))";

// Which local entity rows make up the entity: by exact (name, type), or by global id.
struct Selector {
  const char* where;  // SQL over `entities e` using ?1 (and ?2)
  std::function<void(SqlStatement&)> bind;
};

std::string WithSelector(std::string sql, const Selector& sel) {
  for (size_t at = sql.find("{E}"); at != std::string::npos; at = sql.find("{E}")) {
    sql.replace(at, 3, sel.where);
  }
  return sql;
}

Result<SqlStatement> Prepare(const store::Database& db, const std::string& sql,
                             const Selector& sel) {
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare(WithSelector(sql, sel)));
  sel.bind(st);
  return st;
}

Result<Page<StatementRow>> EntityStatements(const store::Database& db, const char* from,
                                            const Selector& sel, int64_t limit) {
  Page<StatementRow> page;
  page.limit = limit;
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st,
                        Prepare(db, std::string("SELECT count(DISTINCT s.id)") + from, sel));
    CT_ASSIGN_OR_RETURN(page.total, store::StepCount(st));
  }
  CT_ASSIGN_OR_RETURN(SqlStatement st, Prepare(db,
                                               std::string("SELECT ") + store::kStatementColumns +
                                                   from + " ORDER BY s.document, s.idx LIMIT ?3",
                                               sel));
  st.Bind(3, limit);
  CT_ASSIGN_OR_RETURN(page.items, store::ReadStatementRows(db, st));
  return page;
}

Result<std::vector<NameCount>> NameCounts(const store::Database& db, const char* sql,
                                          const Selector& sel, int64_t limit) {
  CT_ASSIGN_OR_RETURN(SqlStatement st, Prepare(db, sql, sel));
  st.Bind(3, limit);
  std::vector<NameCount> out;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(
        {.name = std::string(st.ColumnText(0)), .count = static_cast<uint64_t>(st.ColumnInt(1))});
  }
  return out;
}

constexpr char kSummarySelect[] =
    "SELECT e.name, e.type, count(DISTINCT e.document), sum(e.mention_count),"
    " sum((SELECT count(*) FROM statements s WHERE s.document = e.document"
    " AND s.speaker_entity = e.local_id)) FROM entities e";

EntitySummary ReadSummary(const SqlStatement& st) {
  return {.name = std::string(st.ColumnText(0)),
          .type = std::string(st.ColumnText(1)),
          .documents = static_cast<uint64_t>(st.ColumnInt(2)),
          .mentions = static_cast<uint64_t>(st.ColumnInt(3)),
          .statements = static_cast<uint64_t>(st.ColumnInt(4))};
}

}  // namespace

Result<Page<EntitySummary>> ListEntities(const Store& store, const EntityFilter& filter,
                                         PageRequest page) {
  const store::Database& db = store.database();
  page = store::ClampPage(page);
  // entity_names (schema version 4, kept by triggers on entities) has one row per name and type
  // with its counts, so a page is an index walk, not a GROUP BY over every entity row.
  constexpr char kWhere[] =
      " WHERE (?1 IS NULL OR instr(lower(e.name), lower(?1)) > 0) AND (?2 IS NULL OR e.type = ?2)"
      " AND e.documents > 0";
  Page<EntitySummary> out;
  out.limit = page.limit;
  out.offset = page.offset;
  {
    CT_ASSIGN_OR_RETURN(SqlStatement st,
                        db.Prepare(std::string("SELECT count(*) FROM entity_names e") + kWhere));
    st.Bind(1, filter.name_contains).Bind(2, filter.type);
    CT_ASSIGN_OR_RETURN(out.total, store::StepCount(st));
  }
  // Rank first; count the statements of the page's entities only.
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      db.Prepare(std::string("SELECT g.name, g.type, g.documents, g.mentions,"
                             " (SELECT count(*) FROM entities e2 JOIN statements s"
                             "  ON s.document = e2.document AND s.speaker_entity = e2.local_id"
                             "  WHERE e2.name = g.name AND e2.type = g.type)"
                             " FROM (SELECT e.name, e.type, e.documents, e.mentions"
                             " FROM entity_names e") +
                 kWhere +
                 " ORDER BY e.documents DESC, e.name, e.type LIMIT ?3 OFFSET ?4) g"
                 " ORDER BY g.documents DESC, g.name, g.type"));
  st.Bind(1, filter.name_contains).Bind(2, filter.type).Bind(3, page.limit).Bind(4, page.offset);
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.items.push_back(ReadSummary(st));
  }
  return out;
}

namespace {

// Everything but the summary, for the entity rows `sel` picks.
Result<EntityDetail> LoadDetail(const store::Database& db, const Selector& sel,
                                int64_t list_limit) {
  EntityDetail out;
  CT_ASSIGN_OR_RETURN(out.aliases, NameCounts(db,
                                              "SELECT m.text, count(*) AS n FROM entities e"
                                              " JOIN mentions m ON m.entity = e.id WHERE {E}"
                                              " GROUP BY m.text ORDER BY n DESC, m.text LIMIT ?3",
                                              sel, list_limit));
  CT_ASSIGN_OR_RETURN(out.roles, NameCounts(db,
                                            "SELECT j.value, count(DISTINCT e.document) AS n"
                                            " FROM entities e, json_each(e.roles) j WHERE {E}"
                                            " GROUP BY j.value ORDER BY n DESC, j.value LIMIT ?3",
                                            sel, list_limit));
  {
    CT_ASSIGN_OR_RETURN(
        SqlStatement st,
        Prepare(db,
                std::string("SELECT ") + store::kDocumentSummaryColumns +
                    " FROM documents d WHERE d.seq IN (SELECT e.document FROM entities e"
                    " WHERE {E}) ORDER BY d.seq LIMIT ?3",
                sel));
    st.Bind(3, list_limit);
    while (true) {
      CT_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.documents.push_back(store::ReadDocumentSummary(st, 0));
    }
  }
  CT_ASSIGN_OR_RETURN(out.statements_by, EntityStatements(db, kStatementsBy, sel, list_limit));
  CT_ASSIGN_OR_RETURN(out.statements_about,
                      EntityStatements(db, kStatementsAbout, sel, list_limit));
  {
    CT_ASSIGN_OR_RETURN(
        SqlStatement st,
        Prepare(db,
                "SELECT coalesce(d.published, ''),"
                " (SELECT count(*) FROM statements s WHERE s.document = e.document"
                "  AND s.speaker_entity = e.local_id),"
                " (SELECT count(DISTINCT s.id) FROM mentions m JOIN statements s"
                "  ON s.document = e.document AND m.start_byte >= s.content_start"
                "  AND m.end_byte <= s.content_end WHERE m.entity = e.id"
                "  AND (s.speaker_entity IS NULL OR s.speaker_entity != e.local_id)),"
                " e.document"
                " FROM entities e JOIN documents d ON d.seq = e.document WHERE {E}",
                sel));
    std::map<std::string, TimelinePoint> by_date;
    std::map<std::string, std::set<int64_t>> documents;
    while (true) {
      CT_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      const std::string date(st.ColumnText(0));
      TimelinePoint& p = by_date[date];
      documents[date].insert(st.ColumnInt(3));
      p.statements_by += static_cast<uint64_t>(st.ColumnInt(1));
      p.statements_about += static_cast<uint64_t>(st.ColumnInt(2));
    }
    for (auto& [date, point] : by_date) {
      point.date = date;
      point.documents = documents[date].size();
      out.timeline.push_back(point);
    }
  }
  return out;
}

}  // namespace

Result<std::optional<EntityDetail>> GetEntity(const Store& store, std::string_view name,
                                              std::optional<std::string> type, int64_t list_limit) {
  const store::Database& db = store.database();
  list_limit = std::clamp<int64_t>(list_limit, 1, kMaxPageSize);
  if (!type) {
    CT_ASSIGN_OR_RETURN(SqlStatement st,
                        db.Prepare("SELECT type FROM entities WHERE name = ?1 GROUP BY type"
                                   " ORDER BY count(DISTINCT document) DESC, type LIMIT 1"));
    st.Bind(1, name);
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return std::optional<EntityDetail>();
    type = std::string(st.ColumnText(0));
  }
  const std::string type_name = *type;
  const Selector sel{"e.name = ?1 AND e.type = ?2",
                     [&](SqlStatement& st) { st.Bind(1, name).Bind(2, type_name); }};
  EntitySummary summary;
  {
    CT_ASSIGN_OR_RETURN(
        SqlStatement st,
        Prepare(db, std::string(kSummarySelect) + " WHERE {E} GROUP BY e.name, e.type", sel));
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return std::optional<EntityDetail>();
    summary = ReadSummary(st);
  }
  CT_ASSIGN_OR_RETURN(EntityDetail out, LoadDetail(db, sel, list_limit));
  out.summary = std::move(summary);
  return std::optional<EntityDetail>(std::move(out));
}

Result<std::optional<EntityDetail>> GetResolvedEntity(const Store& store, int64_t global_id,
                                                      int64_t list_limit) {
  const store::Database& db = store.database();
  list_limit = std::clamp<int64_t>(list_limit, 1, kMaxPageSize);
  const Selector sel{"e.global_entity = ?1", [&](SqlStatement& st) { st.Bind(1, global_id); }};
  EntitySummary summary;
  {
    // The most used local name and type stand for the entity.
    CT_ASSIGN_OR_RETURN(
        SqlStatement st,
        Prepare(db,
                "SELECT (SELECT e.name FROM entities e WHERE {E} GROUP BY e.name"
                "  ORDER BY count(*) DESC, e.name LIMIT 1),"
                " (SELECT e.type FROM entities e WHERE {E} GROUP BY e.type"
                "  ORDER BY count(*) DESC, e.type LIMIT 1),"
                " count(DISTINCT e.document), sum(e.mention_count),"
                " sum((SELECT count(*) FROM statements s WHERE s.document = e.document"
                " AND s.speaker_entity = e.local_id)), count(*) FROM entities e WHERE {E}",
                sel));
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row || st.ColumnInt(5) == 0) return std::optional<EntityDetail>();
    summary = ReadSummary(st);
  }
  CT_ASSIGN_OR_RETURN(EntityDetail out, LoadDetail(db, sel, list_limit));
  out.summary = std::move(summary);
  return std::optional<EntityDetail>(std::move(out));
}

}  // namespace claimtrace
