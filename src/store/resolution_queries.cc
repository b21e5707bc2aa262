// Read side of the across-article tables (claimtrace/resolution.h). Lists are one indexed,
// ordered, paginated SELECT; records kept as JSON are decoded with resolve/state_json.h.
// Provenance is not stored per report: it is a pure function of a claim's reports
// (resolve::TraceProvenance), recomputed on read; only the independent-source count and the
// circular flag are kept in `claims` (for ordering). Conflict groups are the connected
// components of the pairwise `figure_conflicts` rows, kept in conflict_groups/conflict_members as
// the pairs are added. SQL text is fixed; every value is bound.
// Covered by src/store/resolution_test.cc and tests/cli/resolve_cli_test.cc.
#include <algorithm>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "claimtrace/resolution.h"
#include "resolve/provenance.h"
#include "resolve/resolver.h"
#include "resolve/state_json.h"
#include "store/sqlite.h"

namespace claimtrace {

using store::Database;
using store::SqlStatement;

namespace {

// "g12" -> 12 for prefix 'g'; nullopt for anything else.
std::optional<uint64_t> ParseLabel(std::string_view label, char prefix) {
  if (label.size() < 2 || label[0] != prefix) return std::nullopt;
  uint64_t v = 0;
  const auto [p, ec] = std::from_chars(label.data() + 1, label.data() + label.size(), v);
  if (ec != std::errc() || p != label.data() + label.size() || v == 0) return std::nullopt;
  return v;
}

int64_t Clamp(size_t v) { return static_cast<int64_t>(std::min<size_t>(v, 1u << 30)); }

std::string LikePattern(std::string_view s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

std::vector<TextCount> SortedCounts(const std::map<std::string, uint32_t>& m) {
  std::vector<TextCount> out;
  out.reserve(m.size());
  for (const auto& [text, n] : m) out.push_back({text, n});
  std::stable_sort(out.begin(), out.end(), [](const TextCount& a, const TextCount& b) {
    return a.documents > b.documents;
  });
  return out;
}

Result<GlobalEntityRecord> EntityFromRow(uint64_t id, std::string_view record) {
  CT_ASSIGN_OR_RETURN(resolve::GlobalEntity e, resolve::GlobalEntityFromJson(record));
  GlobalEntityRecord out;
  out.id = resolve::EntityLabel(id);
  out.type = e.type;
  out.name = e.name;
  out.aliases = SortedCounts(e.aliases);
  out.documents = e.documents;
  out.first_document = e.first_document;
  return out;
}

Result<ClaimRecord> ClaimFromRow(const SqlStatement& st) {
  // Columns: id, record, reports, independent_sources, circular.
  CT_ASSIGN_OR_RETURN(resolve::Claim c, resolve::ClaimFromJson(st.ColumnText(1)));
  ClaimRecord out;
  out.id = resolve::ClaimLabel(static_cast<uint64_t>(st.ColumnInt(0)));
  out.speaker = c.speaker;
  out.speaker_entity = resolve::EntityLabel(c.speaker_entity);
  out.speaker_kind = c.speaker_kind;
  out.story = resolve::StoryLabel(c.story);
  out.text = c.text;
  out.first_published = c.first_published;
  out.reports = static_cast<uint32_t>(st.ColumnInt(2));
  out.independent_sources = static_cast<uint32_t>(st.ColumnInt(3));
  out.circular = st.ColumnInt(4) != 0;
  return out;
}

// Fills sources, cycles and report_list of `claim` (id `id`).
Status LoadReports(const Store& store, uint64_t id, ClaimRecord* claim) {
  const Database& db = store.database();
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare("SELECT r.record, d.title FROM claim_reports r"
                                                  " LEFT JOIN documents d ON d.id = r.doc"
                                                  " WHERE r.claim = ?1 ORDER BY r.idx"));
  st.Bind(1, static_cast<int64_t>(id));
  std::vector<resolve::ClaimReport> reports;
  std::vector<std::string> titles;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    CT_ASSIGN_OR_RETURN(resolve::ClaimReport r, resolve::ClaimReportFromJson(st.ColumnText(0)));
    reports.push_back(std::move(r));
    titles.push_back(st.ColumnOptionalText(1).value_or(""));
  }
  resolve::Claim c;
  c.id = id;
  c.speaker = claim->speaker;
  const resolve::Provenance p = resolve::TraceProvenance(c, reports);
  // An article without an outlet is its own origin, labelled by its document id: show its title.
  std::map<std::string, std::string> title_of;
  for (size_t i = 0; i < reports.size(); ++i) {
    if (!titles[i].empty()) title_of[reports[i].doc_id] = "“" + titles[i] + "”";
  }
  std::map<std::string, std::string> origin_labels;
  for (const resolve::IndependentSource& s : p.sources) {
    auto t = title_of.find(s.origin_label);
    const std::string label = t != title_of.end() ? t->second : s.origin_label;
    claim->sources.push_back({label, s.doc_ids});
    origin_labels[s.origin_key] = label;
  }
  claim->cycles = p.cycles;
  claim->circular = p.circular;
  claim->independent_sources = static_cast<uint32_t>(p.independent_sources());
  for (size_t i = 0; i < reports.size(); ++i) {
    const resolve::ClaimReport& r = reports[i];
    ClaimReportRecord out;
    out.document = r.doc_id;
    out.statement = r.statement;
    out.title = titles[i];
    out.outlet = r.outlet;
    out.published = r.published;
    out.speaker = r.speaker;
    out.content = r.content;
    out.type = r.type;
    out.hedged = r.hedged;
    out.citing = r.citing;
    if (i < p.chains.size()) {
      for (const resolve::ChainStep& step : p.chains[i].steps) {
        auto t = step.how == "published" ? title_of.find(step.label) : title_of.end();
        out.chain.push_back(
            {t != title_of.end() ? t->second : step.label, step.how, step.inferred});
      }
      auto it = origin_labels.find(p.chains[i].origin_key);
      out.origin = it != origin_labels.end() ? it->second : p.chains[i].origin_key;
    }
    CT_ASSIGN_OR_RETURN(out.copies, store.Copies(r.doc_id));
    claim->copies += static_cast<uint32_t>(out.copies.size());
    claim->report_list.push_back(std::move(out));
  }
  return Status::Ok();
}

FigureRecord FigureFromFact(const resolve::FigureFact& f) {
  FigureRecord out;
  out.document = f.doc_id;
  out.figure = f.figure;
  out.text = f.text;
  out.low = f.low;
  out.high = f.high;
  out.qualifier = f.qualifier;
  out.unit = f.unit;
  out.what = f.what;
  out.source = f.source;
  out.outlet = f.outlet;
  out.published = f.published;
  out.story = resolve::StoryLabel(f.story);
  return out;
}

}  // namespace

Result<std::vector<GlobalEntityRecord>> ListGlobalEntities(const Store& store,
                                                           const EntityQuery& query) {
  const Database& db = store.database();
  std::string sql = "SELECT id, record FROM global_entities WHERE (?1 IS NULL OR type = ?1)";
  if (!query.name.empty()) {
    sql +=
        " AND (name LIKE ?4 ESCAPE '\\' OR id IN (SELECT entity FROM global_entity_aliases"
        " WHERE alias LIKE ?4 ESCAPE '\\'))";
  }
  sql += " ORDER BY documents DESC, id LIMIT ?2 OFFSET ?3";
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare(sql));
  if (query.type) {
    st.Bind(1, ToString(*query.type));
  } else {
    st.BindNull(1);
  }
  st.Bind(2, Clamp(query.limit)).Bind(3, Clamp(query.offset));
  if (!query.name.empty()) st.Bind(4, LikePattern(query.name));
  std::vector<GlobalEntityRecord> out;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    CT_ASSIGN_OR_RETURN(GlobalEntityRecord e,
                        EntityFromRow(static_cast<uint64_t>(st.ColumnInt(0)), st.ColumnText(1)));
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::optional<GlobalEntityRecord>> GetGlobalEntity(const Store& store, std::string_view id) {
  const std::optional<uint64_t> n = ParseLabel(id, 'g');
  if (!n) return std::optional<GlobalEntityRecord>();
  const Database& db = store.database();
  CT_ASSIGN_OR_RETURN(SqlStatement st,
                      db.Prepare("SELECT record FROM global_entities WHERE id = ?1"));
  st.Bind(1, static_cast<int64_t>(*n));
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<GlobalEntityRecord>();
  CT_ASSIGN_OR_RETURN(GlobalEntityRecord e, EntityFromRow(*n, st.ColumnText(0)));
  // Roles as written, counted once per document.
  CT_ASSIGN_OR_RETURN(
      SqlStatement roles,
      db.Prepare(
          "SELECT document, roles FROM entities WHERE global_entity = ?1 ORDER BY document"));
  roles.Bind(1, static_cast<int64_t>(*n));
  std::map<std::string, uint32_t> counts;
  std::set<std::pair<int64_t, std::string>> seen;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool r, roles.Step());
    if (!r) break;
    const int64_t doc = roles.ColumnInt(0);
    nlohmann::json j = nlohmann::json::parse(roles.ColumnText(1), nullptr, false);
    if (!j.is_array()) continue;
    for (const auto& v : j) {
      if (!v.is_string()) continue;
      const std::string role = v.get<std::string>();
      if (seen.emplace(doc, role).second) ++counts[role];
    }
  }
  e.roles = SortedCounts(counts);
  return std::optional<GlobalEntityRecord>(std::move(e));
}

Result<std::vector<EntityAppearance>> GlobalEntityDocuments(const Store& store, std::string_view id,
                                                            size_t limit, size_t offset) {
  std::vector<EntityAppearance> out;
  const std::optional<uint64_t> n = ParseLabel(id, 'g');
  if (!n) return out;
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      store.database().Prepare(
          "SELECT d.id, d.title, d.outlet, d.published, e.local_id, e.name FROM entities e"
          " JOIN documents d ON d.seq = e.document WHERE e.global_entity = ?1"
          " ORDER BY d.published IS NULL, d.published DESC, d.seq, e.idx LIMIT ?2 OFFSET ?3"));
  st.Bind(1, static_cast<int64_t>(*n)).Bind(2, Clamp(limit)).Bind(3, Clamp(offset));
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    EntityAppearance a;
    a.document = std::string(st.ColumnText(0));
    a.title = st.ColumnOptionalText(1).value_or("");
    a.outlet = st.ColumnOptionalText(2).value_or("");
    a.published = st.ColumnOptionalText(3).value_or("");
    a.local_id = std::string(st.ColumnText(4));
    a.name = std::string(st.ColumnText(5));
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<ClaimRecord>> ListClaims(const Store& store, const ClaimQuery& query) {
  std::vector<ClaimRecord> out;
  std::optional<uint64_t> speaker, story;
  if (!query.speaker_entity.empty()) {
    speaker = ParseLabel(query.speaker_entity, 'g');
    if (!speaker) return out;
  }
  if (!query.story.empty()) {
    story = ParseLabel(query.story, 's');
    if (!story) return out;
  }
  std::string sql =
      "SELECT id, record, reports, independent_sources, circular FROM claims WHERE reports >= ?1";
  if (speaker) sql += " AND speaker_entity = ?4";
  if (story) sql += " AND story = ?5";
  if (!query.document.empty()) sql += " AND id IN (SELECT claim FROM claim_reports WHERE doc = ?6)";
  sql += " ORDER BY reports DESC, independent_sources DESC, id LIMIT ?2 OFFSET ?3";
  const Database& db = store.database();
  CT_ASSIGN_OR_RETURN(SqlStatement st, db.Prepare(sql));
  st.Bind(1, static_cast<int64_t>(query.min_reports))
      .Bind(2, Clamp(query.limit))
      .Bind(3, Clamp(query.offset));
  if (speaker) st.Bind(4, static_cast<int64_t>(*speaker));
  if (story) st.Bind(5, static_cast<int64_t>(*story));
  if (!query.document.empty()) st.Bind(6, query.document);
  std::vector<uint64_t> ids;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    CT_ASSIGN_OR_RETURN(ClaimRecord c, ClaimFromRow(st));
    ids.push_back(static_cast<uint64_t>(st.ColumnInt(0)));
    out.push_back(std::move(c));
  }
  if (query.include_reports) {
    for (size_t i = 0; i < out.size(); ++i) CT_RETURN_IF_ERROR(LoadReports(store, ids[i], &out[i]));
  }
  return out;
}

Result<std::optional<ClaimRecord>> GetClaim(const Store& store, std::string_view id) {
  const std::optional<uint64_t> n = ParseLabel(id, 'c');
  if (!n) return std::optional<ClaimRecord>();
  const Database& db = store.database();
  CT_ASSIGN_OR_RETURN(SqlStatement st,
                      db.Prepare("SELECT id, record, reports, independent_sources, circular"
                                 " FROM claims WHERE id = ?1"));
  st.Bind(1, static_cast<int64_t>(*n));
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<ClaimRecord>();
  CT_ASSIGN_OR_RETURN(ClaimRecord c, ClaimFromRow(st));
  CT_RETURN_IF_ERROR(LoadReports(store, *n, &c));
  return std::optional<ClaimRecord>(std::move(c));
}

Result<std::vector<ConflictRecord>> ListConflicts(const Store& store, const ConflictQuery& query) {
  // The groups come ranked from conflict_groups (kept at resolution time, schema version 4), so
  // a page reads only its own groups' facts, however many conflicts the store holds.
  const Database& db = store.database();
  std::optional<uint64_t> story;
  if (!query.story.empty()) {
    story = ParseLabel(query.story, 's');
    if (!story) return std::vector<ConflictRecord>();
  }
  const bool filtered = !query.story.empty() || !query.document.empty();
  CT_ASSIGN_OR_RETURN(
      SqlStatement groups,
      db.Prepare(filtered
                     ? "SELECT g.root, g.topic FROM conflict_groups g WHERE g.facts >= 2 AND"
                       " g.root IN (SELECT m.root FROM figure_facts f JOIN conflict_members m"
                       " ON m.fact = f.id WHERE f.story = ?3 UNION SELECT m.root FROM"
                       " figure_facts f JOIN conflict_members m ON m.fact = f.id WHERE f.doc = ?4)"
                       " ORDER BY g.facts DESC, g.root LIMIT ?1 OFFSET ?2"
                     : "SELECT root, topic FROM conflict_groups WHERE facts >= 2"
                       " ORDER BY facts DESC, root LIMIT ?1 OFFSET ?2"));
  groups.Bind(1, Clamp(query.limit)).Bind(2, Clamp(query.offset));
  if (filtered) {
    if (story) {
      groups.Bind(3, static_cast<int64_t>(*story));
    } else {
      groups.BindNull(3);
    }
    if (!query.document.empty()) {
      groups.Bind(4, query.document);
    } else {
      groups.BindNull(4);
    }
  }
  std::vector<std::pair<uint64_t, std::string>> page;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, groups.Step());
    if (!row) break;
    page.emplace_back(static_cast<uint64_t>(groups.ColumnInt(0)),
                      std::string(groups.ColumnText(1)));
  }
  CT_ASSIGN_OR_RETURN(SqlStatement members,
                      db.Prepare("SELECT f.record FROM conflict_members m JOIN figure_facts f"
                                 " ON f.id = m.fact WHERE m.root = ?1 ORDER BY m.fact"));
  CT_ASSIGN_OR_RETURN(SqlStatement title_st,
                      db.Prepare("SELECT title FROM documents WHERE id = ?1"));
  std::vector<ConflictRecord> out;
  for (const auto& [root, topic] : page) {
    ConflictRecord c;
    c.id = "f" + std::to_string(root);
    c.topic = topic;
    members.Bind(1, static_cast<int64_t>(root));
    while (true) {
      CT_ASSIGN_OR_RETURN(bool row, members.Step());
      if (!row) break;
      Result<resolve::FigureFact> f = resolve::FigureFactFromJson(members.ColumnText(0));
      if (!f.ok()) continue;
      c.figures.push_back(FigureFromFact(*f));
      if (f->source == f->doc_id || f->source.empty()) {
        // No speaker and no outlet: the article itself gave it; name it by its title.
        title_st.Bind(1, f->doc_id);
        Result<bool> t = title_st.Step();
        if (t.ok() && *t && !title_st.ColumnIsNull(0)) {
          c.figures.back().source = "“" + std::string(title_st.ColumnText(0)) + "”";
        }
        title_st.Reset();
      }
    }
    members.Reset();
    std::stable_sort(c.figures.begin(), c.figures.end(),
                     [](const FigureRecord& a, const FigureRecord& b) { return a.low < b.low; });
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<StoryRecord>> ListStories(const Store& store, size_t limit, size_t offset) {
  CT_ASSIGN_OR_RETURN(SqlStatement st,
                      store.database().Prepare("SELECT id, record FROM stories"
                                               " ORDER BY documents DESC, id LIMIT ?1 OFFSET ?2"));
  st.Bind(1, Clamp(limit)).Bind(2, Clamp(offset));
  std::vector<StoryRecord> out;
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    CT_ASSIGN_OR_RETURN(resolve::StoryCluster c, resolve::StoryClusterFromJson(st.ColumnText(1)));
    StoryRecord s;
    s.id = resolve::StoryLabel(static_cast<uint64_t>(st.ColumnInt(0)));
    s.title = c.title;
    s.first_date = c.first_date;
    s.last_date = c.last_date;
    s.documents = c.documents;
    s.first_document = c.first_document;
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<std::string>> StoryDocuments(const Store& store, std::string_view id) {
  std::vector<std::string> out;
  const std::optional<uint64_t> n = ParseLabel(id, 's');
  if (!n) return out;
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      store.database().Prepare("SELECT s.doc FROM document_story s JOIN documents d ON d.id = s.doc"
                               " WHERE s.story = ?1 ORDER BY d.seq"));
  st.Bind(1, static_cast<int64_t>(*n));
  while (true) {
    CT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.emplace_back(st.ColumnText(0));
  }
  return out;
}

Result<ResolutionSummary> LoadResolutionSummary(const Store& store) {
  CT_ASSIGN_OR_RETURN(
      SqlStatement st,
      store.database().Prepare(
          "SELECT (SELECT count(*) FROM documents WHERE resolved = 1),"
          " (SELECT count(*) FROM documents WHERE resolved = 0),"
          " (SELECT count(*) FROM documents WHERE resolved = 2),"
          " (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),"
          " (SELECT count(*) FROM global_entities), (SELECT count(*) FROM stories),"
          " (SELECT count(*) FROM claims), (SELECT count(*) FROM claims WHERE reports > 1),"
          " (SELECT count(*) FROM figure_conflicts),"
          " (SELECT count(*) FROM (SELECT DISTINCT s.document, coalesce(s.outlet, ''),"
          " coalesce(s.url, '') FROM document_sources s JOIN documents d ON d.seq = s.document"
          " WHERE (coalesce(s.outlet, '') <> '' OR coalesce(s.url, '') <> '')"
          " AND (coalesce(s.outlet, '') <> coalesce(d.outlet, '')"
          " OR coalesce(s.url, '') <> coalesce(d.url, ''))))"));
  CT_ASSIGN_OR_RETURN(bool row, st.Step());
  ResolutionSummary s;
  if (!row) return s;
  s.resolved_documents = st.ColumnInt(0);
  s.pending_documents = st.ColumnInt(1);
  s.failed_documents = st.ColumnInt(2);
  s.near_duplicates = st.ColumnInt(3);
  s.global_entities = st.ColumnInt(4);
  s.stories = st.ColumnInt(5);
  s.claims = st.ColumnInt(6);
  s.claims_with_several_reports = st.ColumnInt(7);
  s.conflicts = st.ColumnInt(8);
  s.exact_copies = st.ColumnInt(9);
  return s;
}

}  // namespace claimtrace
