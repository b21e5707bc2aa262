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
#include "store/resolution_json.h"

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

// The records' JSON comes from the writer the CLI uses too (store/resolution_json.h); the API
// adds empty arrays where that writer leaves a field out, so pages can rely on them.
template <typename T, typename W>
json ViaWriter(const T& record, W write) {
  std::string text;
  JsonWriter w(&text);
  write(record, &w);
  return json::parse(text, nullptr, /*allow_exceptions=*/false);
}

json GlobalEntityJson(const GlobalEntityRecord& e) {
  json out = ViaWriter(e, WriteEntityJson);
  if (!out.contains("roles")) out["roles"] = json::array();
  return out;
}

json ClaimJson(const ClaimRecord& c) {
  json out = ViaWriter(c, WriteClaimJson);
  if (out.contains("report_list") && !out.contains("cycles")) out["cycles"] = json::array();
  return out;
}

json ConflictJson(const ConflictRecord& c) { return ViaWriter(c, WriteConflictJson); }

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
  return DumpJson(ViaWriter(s, WriteSummaryJson));
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
