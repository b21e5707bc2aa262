// Across-article endpoints: thin wrappers over claimtrace/resolution.h. Lists have no total
// count in that API, so each asks for one row more than the page to know whether a next page
// exists. Ids are checked for shape ("c" + digits, ...) before any query. Covered by
// tests/api/resolution_api_test.cc.
#include "serve/resolution_routes.h"

#include <charconv>

#include "claimtrace/resolution.h"
#include "claimtrace/store_queries.h"
#include "serve/api_json.h"
#include "serve/api_routes.h"

namespace claimtrace::serve {
namespace {

using nlohmann::json;

bool IsLabel(std::string_view s, char prefix) {
  if (s.size() < 2 || s.size() > 20 || s[0] != prefix) return false;
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

Status CheckLabel(std::string_view s, char prefix, const char* what) {
  if (IsLabel(s, prefix)) return Status::Ok();
  return InvalidArgumentError(std::string("bad ") + what + " id '" + MakeFragment(s, 40) +
                              "': expected '" + prefix + "' followed by digits");
}

// {"items": [...], "limit": L, "offset": O, "next_offset": ...} from a list fetched with one
// extra row.
template <typename T, typename F>
json ListPage(std::vector<T> rows, const PageRequest& page, F to_json) {
  const bool more = rows.size() > static_cast<size_t>(page.limit);
  if (more) rows.resize(static_cast<size_t>(page.limit));
  json items = json::array();
  for (const T& r : rows) items.push_back(to_json(r));
  return {{"items", std::move(items)},
          {"limit", page.limit},
          {"offset", page.offset},
          {"next_offset", more ? json(page.offset + page.limit) : json(nullptr)}};
}

json TextCounts(const std::vector<TextCount>& v) {
  json a = json::array();
  for (const TextCount& t : v) a.push_back({{"text", t.text}, {"documents", t.documents}});
  return a;
}

json GlobalEntityJson(const GlobalEntityRecord& e) {
  return {{"id", e.id},
          {"type", std::string(ToString(e.type))},
          {"name", e.name},
          {"aliases", TextCounts(e.aliases)},
          {"roles", TextCounts(e.roles)},
          {"documents", e.documents},
          {"first_document", e.first_document}};
}

json ClaimJson(const ClaimRecord& c) {
  json out = {
      {"id", c.id},
      {"speaker", c.speaker},
      {"speaker_entity", c.speaker_entity.empty() ? json(nullptr) : json(c.speaker_entity)},
      {"speaker_kind", std::string(ToString(c.speaker_kind))},
      {"story", c.story},
      {"text", c.text},
      {"first_published", c.first_published.empty() ? json(nullptr) : json(c.first_published)},
      {"reports", c.reports},
      {"independent_sources", c.independent_sources},
      {"circular", c.circular}};
  if (!c.report_list.empty()) {
    json sources = json::array();
    for (const ClaimSource& s : c.sources) {
      sources.push_back({{"origin", s.origin}, {"documents", s.documents}});
    }
    json reports = json::array();
    for (const ClaimReportRecord& r : c.report_list) {
      json chain = json::array();
      for (const ChainLink& l : r.chain) chain.push_back({{"label", l.label}, {"how", l.how}});
      reports.push_back({{"document", r.document},
                         {"statement", r.statement},
                         {"title", r.title},
                         {"outlet", r.outlet},
                         {"published", r.published},
                         {"speaker", r.speaker},
                         {"content", r.content},
                         {"type", std::string(ToString(r.type))},
                         {"hedged", r.hedged},
                         {"citing", r.citing},
                         {"chain", std::move(chain)},
                         {"origin", r.origin}});
    }
    out["sources"] = std::move(sources);
    out["cycles"] = c.cycles;
    out["report_list"] = std::move(reports);
  }
  return out;
}

json ConflictJson(const ConflictRecord& c) {
  json figures = json::array();
  for (const FigureRecord& f : c.figures) {
    figures.push_back({{"document", f.document},
                       {"figure", f.figure},
                       {"text", f.text},
                       {"low", f.low},
                       {"high", f.high},
                       {"qualifier", std::string(ToString(f.qualifier))},
                       {"unit", f.unit},
                       {"what", f.what},
                       {"source", f.source},
                       {"outlet", f.outlet},
                       {"published", f.published},
                       {"story", f.story}});
  }
  return {{"id", c.id}, {"topic", c.topic}, {"figures", std::move(figures)}};
}

Result<std::string> Claims(Store& store, const Params& p, const httplib::Request&) {
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  ClaimQuery q;
  if (auto e = p.Text("entity")) {
    CT_RETURN_IF_ERROR(CheckLabel(*e, 'g', "entity"));
    q.speaker_entity = *e;
  }
  if (auto s = p.Text("story")) {
    CT_RETURN_IF_ERROR(CheckLabel(*s, 's', "story"));
    q.story = *s;
  }
  if (auto d = p.Text("document")) {
    if (!IsDocumentId(*d))
      return InvalidArgumentError("bad document id '" + MakeFragment(*d, 40) + "'");
    q.document = *d;
  }
  CT_ASSIGN_OR_RETURN(int64_t min_reports, p.Int("min_reports", 1, 1, 1000000));
  q.min_reports = static_cast<uint32_t>(min_reports);
  q.limit = static_cast<size_t>(page.limit) + 1;
  q.offset = static_cast<size_t>(page.offset);
  CT_ASSIGN_OR_RETURN(std::vector<ClaimRecord> rows, ListClaims(store, q));
  return DumpJson(ListPage(std::move(rows), page, ClaimJson));
}

Result<std::string> OneClaim(Store& store, const Params&, const httplib::Request& req) {
  const std::string id = req.matches[1];
  CT_RETURN_IF_ERROR(CheckLabel(id, 'c', "claim"));
  CT_ASSIGN_OR_RETURN(std::optional<ClaimRecord> c, GetClaim(store, id));
  if (!c) return NotFoundError("no claim " + id);
  json out = ClaimJson(*c);
  if (!out.contains("report_list")) {
    out["sources"] = json::array();
    out["cycles"] = json::array();
    out["report_list"] = json::array();
  }
  return DumpJson(out);
}

Result<std::string> Conflicts(Store& store, const Params& p, const httplib::Request&) {
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  ConflictQuery q;
  if (auto d = p.Text("document")) {
    if (!IsDocumentId(*d))
      return InvalidArgumentError("bad document id '" + MakeFragment(*d, 40) + "'");
    q.document = *d;
  }
  if (auto s = p.Text("story")) {
    CT_RETURN_IF_ERROR(CheckLabel(*s, 's', "story"));
    q.story = *s;
  }
  q.limit = static_cast<size_t>(page.limit) + 1;
  q.offset = static_cast<size_t>(page.offset);
  CT_ASSIGN_OR_RETURN(std::vector<ConflictRecord> rows, ListConflicts(store, q));
  return DumpJson(ListPage(std::move(rows), page, ConflictJson));
}

Result<std::string> GlobalEntities(Store& store, const Params& p, const httplib::Request&) {
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  EntityQuery q;
  if (auto t = p.Text("type")) {
    EntityType type;
    if (!Parse(*t, &type)) return InvalidArgumentError("parameter 'type' must be an entity type");
    q.type = type;
  }
  q.name = p.Text("q").value_or("");
  q.limit = static_cast<size_t>(page.limit) + 1;
  q.offset = static_cast<size_t>(page.offset);
  CT_ASSIGN_OR_RETURN(std::vector<GlobalEntityRecord> rows, ListGlobalEntities(store, q));
  return DumpJson(ListPage(std::move(rows), page, GlobalEntityJson));
}

Result<std::string> OneGlobalEntity(Store& store, const Params& p, const httplib::Request& req) {
  const std::string id = req.matches[1];
  CT_RETURN_IF_ERROR(CheckLabel(id, 'g', "entity"));
  CT_ASSIGN_OR_RETURN(int64_t limit, p.Int("limit", 50, 1, kMaxPageSize));
  CT_ASSIGN_OR_RETURN(std::optional<GlobalEntityRecord> e, GetGlobalEntity(store, id));
  if (!e) return NotFoundError("no entity " + id);
  json out = GlobalEntityJson(*e);
  // Aliases, roles, statements by and about it and the timeline over every linked spelling.
  int64_t number = 0;
  std::from_chars(id.data() + 1, id.data() + id.size(), number);
  CT_ASSIGN_OR_RETURN(std::optional<EntityDetail> view, GetResolvedEntity(store, number, limit));
  out["view"] = view ? ToJson(*view) : json(nullptr);
  CT_ASSIGN_OR_RETURN(std::vector<EntityAppearance> docs,
                      GlobalEntityDocuments(store, id, static_cast<size_t>(limit)));
  json appearances = json::array();
  for (const EntityAppearance& a : docs) {
    appearances.push_back({{"document", a.document},
                           {"title", a.title},
                           {"outlet", a.outlet},
                           {"published", a.published},
                           {"local_id", a.local_id},
                           {"name", a.name}});
  }
  out["appearances"] = std::move(appearances);
  CT_ASSIGN_OR_RETURN(
      std::vector<ClaimRecord> claims,
      ListClaims(store, {.speaker_entity = id, .limit = static_cast<size_t>(limit)}));
  json claim_list = json::array();
  for (const ClaimRecord& c : claims) claim_list.push_back(ClaimJson(c));
  out["claims"] = std::move(claim_list);
  return DumpJson(out);
}

Result<std::string> Stories(Store& store, const Params& p, const httplib::Request&) {
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  CT_ASSIGN_OR_RETURN(
      std::vector<StoryRecord> rows,
      ListStories(store, static_cast<size_t>(page.limit) + 1, static_cast<size_t>(page.offset)));
  return DumpJson(ListPage(std::move(rows), page, [](const StoryRecord& s) {
    return json{{"id", s.id},
                {"title", s.title},
                {"first_date", s.first_date},
                {"last_date", s.last_date},
                {"documents", s.documents},
                {"first_document", s.first_document}};
  }));
}

Result<std::string> Summary(Store& store, const Params&, const httplib::Request&) {
  CT_ASSIGN_OR_RETURN(ResolutionSummary s, LoadResolutionSummary(store));
  return DumpJson(json{{"resolved_documents", s.resolved_documents},
                       {"pending_documents", s.pending_documents},
                       {"failed_documents", s.failed_documents},
                       {"near_duplicates", s.near_duplicates},
                       {"global_entities", s.global_entities},
                       {"stories", s.stories},
                       {"claims", s.claims},
                       {"claims_with_several_reports", s.claims_with_several_reports},
                       {"conflicts", s.conflicts}});
}

}  // namespace

void RegisterResolutionRoutes(const ApiContext& ctx) {
  ServeJson(ctx, "/api/claims", {"entity", "story", "document", "min_reports", "limit", "offset"},
            Claims);
  ServeJson(ctx, R"(/api/claims/([^/]*))", {}, OneClaim);
  ServeJson(ctx, "/api/conflicts", {"document", "story", "limit", "offset"}, Conflicts);
  ServeJson(ctx, "/api/global-entities", {"q", "type", "limit", "offset"}, GlobalEntities);
  ServeJson(ctx, R"(/api/global-entities/([^/]*))", {"limit"}, OneGlobalEntity);
  ServeJson(ctx, "/api/stories", {"limit", "offset"}, Stories);
  ServeJson(ctx, "/api/resolution", {}, Summary);
}

}  // namespace claimtrace::serve
