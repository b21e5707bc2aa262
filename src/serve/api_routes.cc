// API endpoints: each is a function (Store, Params, path captures) -> JSON text, wrapped by
// ServeJson() which checks parameters, leases a connection, maps Status codes to HTTP codes and
// sets no-store caching. Covered by tests/api/api_test.cc and tests/api/hostile_test.cc.
#include "serve/api_routes.h"

#include <cstdio>
#include <functional>

#include "claimtrace/export.h"
#include "claimtrace/store_overview.h"
#include "claimtrace/store_queries.h"
#include "core/json_writer.h"
#include "serve/api_json.h"
#include "serve/params.h"
#include "store/resolution_json.h"

namespace claimtrace::serve {
namespace {

using nlohmann::json;

}  // namespace

void ServeJson(const ApiContext& ctx, const std::string& pattern,
               std::initializer_list<const char*> allowed, Endpoint endpoint) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  StorePool* pool = ctx.pool;
  ResponseCache* cache = ctx.cache;
  ctx.http->Get(pattern, [pool, cache, names, endpoint](const httplib::Request& req,
                                                        httplib::Response& res) {
    Params params({req.params.begin(), req.params.end()}, names);
    Status s = params.Check();
    if (!s.ok()) {
      SetJsonError(&res, 400, s.message());
      return;
    }
    Result<StorePool::Lease> lease = pool->Acquire();
    if (!lease.ok()) {
      std::fprintf(stderr, "serve: %s\n", lease.status().ToString().c_str());
      SetJsonError(&res, 503, "the database cannot be opened right now");
      return;
    }
    // Canonical key: the path and the (sorted, validated) parameters.
    std::string key = req.path;
    for (const auto& [name, value] : req.params) key += "\n" + name + "=" + value;
    if (cache != nullptr) {
      if (std::optional<std::string> hit = cache->Find(key, lease->generation())) {
        res.status = 200;
        res.set_header("Cache-Control", "no-store");
        res.set_content(std::move(*hit), "application/json; charset=utf-8");
        return;
      }
    }
    Result<std::string> body = endpoint(lease->store(), params, req);
    if (!body.ok()) {
      int code = StorePool::WasInterrupted(lease->store()) ? 503 : HttpStatusFor(body.status());
      if (code == 503) {
        SetJsonError(&res, 503, "the query took too long and was stopped; narrow it down");
      } else if (code == 500) {
        std::fprintf(stderr, "serve: %s: %s\n", req.path.c_str(), body.status().ToString().c_str());
        SetJsonError(&res, 500, "internal error (logged by the server)");
      } else {
        SetJsonError(&res, code, body.status().message());
      }
      return;
    }
    if (cache != nullptr) cache->Store(key, lease->generation(), pool->generation(), *body);
    res.status = 200;
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(*body), "application/json; charset=utf-8");
  });
}

namespace {

Result<std::string> Overview(Store& store, const Params&, const httplib::Request&) {
  CT_ASSIGN_OR_RETURN(StoreOverview o, LoadStoreOverview(store, 10));
  auto list = [](const std::vector<NameCount>& v) {
    json a = json::array();
    for (const NameCount& n : v)
      a.push_back({{"name", n.name}, {"detail", n.detail}, {"count", n.count}});
    return a;
  };
  json counts = {{"documents", o.counts.documents},   {"entities", o.counts.entities},
                 {"statements", o.counts.statements}, {"figures", o.counts.figures},
                 {"times", o.counts.times},           {"sources", o.counts.sources}};
  json out = {{"counts", counts},
              {"first_published", o.first_published ? json(*o.first_published) : json(nullptr)},
              {"last_published", o.last_published ? json(*o.last_published) : json(nullptr)},
              {"outlets", list(o.outlets)},
              {"entities", list(o.entities)},
              {"speakers", list(o.speakers)}};
  return DumpJson(out);
}

Result<std::string> Documents(Store& store, const Params& p, const httplib::Request&) {
  DocumentFilter filter;
  filter.outlet = p.Text("outlet");
  CT_ASSIGN_OR_RETURN(filter.published_from, p.Date("from"));
  CT_ASSIGN_OR_RETURN(filter.published_to, p.Date("to"));
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  CT_ASSIGN_OR_RETURN(Page<DocumentSummary> docs, ListDocuments(store, filter, page));
  return DumpJson(PageJson(docs));
}

Result<std::string> OneDocument(Store& store, const Params&, const httplib::Request& req) {
  const std::string id = req.matches[1];
  if (!IsDocumentId(id)) {
    return InvalidArgumentError("bad document id '" + MakeFragment(id, 40) +
                                "': ids are 16 lower-case hex digits");
  }
  CT_ASSIGN_OR_RETURN(std::optional<Document> doc, store.GetDocument(id));
  if (!doc) return NotFoundError("no document with id " + id);
  CT_ASSIGN_OR_RETURN(std::vector<std::string> sources, store.Sources(id));
  CT_ASSIGN_OR_RETURN(std::vector<DocumentCopy> copies, store.Copies(id));
  std::string out = "{\"document\":";
  AppendDocumentJson(*doc, &out);
  out += ",\"sources\":";
  out += DumpJson(json(sources));
  out += ",\"copies\":";
  JsonWriter w(&out);
  WriteCopiesJson(copies, &w);
  out += "}";
  return out;
}

Result<std::string> Search(Store& store, const Params& p, const httplib::Request&) {
  std::optional<std::string> q = p.Text("q");
  if (!q) return InvalidArgumentError("parameter 'q' (the search words) is required");
  CT_ASSIGN_OR_RETURN(SearchSyntax syntax, p.Syntax());
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  CT_ASSIGN_OR_RETURN(Page<DocumentHit> hits, SearchDocuments(store, *q, syntax, page));
  json out = PageJson(hits);
  out["query"] = *q;
  return DumpJson(out);
}

Result<std::string> Statements(Store& store, const Params& p, const httplib::Request&) {
  StatementFilter filter;
  filter.query = p.Text("q");
  CT_ASSIGN_OR_RETURN(filter.syntax, p.Syntax());
  filter.speaker = p.Text("speaker");
  filter.document_id = p.Text("document");
  if (filter.document_id && !IsDocumentId(*filter.document_id)) {
    return InvalidArgumentError("bad document id '" + MakeFragment(*filter.document_id, 40) +
                                "': ids are 16 lower-case hex digits");
  }
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  CT_ASSIGN_OR_RETURN(Page<StatementRow> rows, ListStatements(store, filter, page));
  return DumpJson(PageJson(rows));
}

Result<std::string> CheckEntityType(const std::optional<std::string>& type) {
  if (!type) return std::string();
  EntityType parsed;
  if (!Parse(*type, &parsed)) {
    return InvalidArgumentError(
        "parameter 'type' must be an entity type (PERSON, ORG, GPE, LOC,"
        " NORP, EVENT, WORK, MISC)");
  }
  return std::string();
}

Result<std::string> Entities(Store& store, const Params& p, const httplib::Request&) {
  EntityFilter filter;
  filter.name_contains = p.Text("q");
  filter.type = p.Text("type");
  CT_RETURN_IF_ERROR(CheckEntityType(filter.type).status());
  CT_ASSIGN_OR_RETURN(PageRequest page, p.Page());
  CT_ASSIGN_OR_RETURN(Page<EntitySummary> rows, ListEntities(store, filter, page));
  return DumpJson(PageJson(rows));
}

Result<std::string> OneEntity(Store& store, const Params& p, const httplib::Request&) {
  std::optional<std::string> name = p.Text("name");
  if (!name) return InvalidArgumentError("parameter 'name' is required");
  std::optional<std::string> type = p.Text("type");
  CT_RETURN_IF_ERROR(CheckEntityType(type).status());
  CT_ASSIGN_OR_RETURN(int64_t limit, p.Int("limit", 50, 1, kMaxPageSize));
  CT_ASSIGN_OR_RETURN(std::optional<EntityDetail> e, GetEntity(store, *name, type, limit));
  if (!e) return NotFoundError("no entity named '" + MakeFragment(*name, 60) + "'");
  return DumpJson(ToJson(*e));
}

}  // namespace

void SetJsonError(httplib::Response* res, int status, std::string_view message) {
  res->status = status;
  res->set_header("Cache-Control", "no-store");
  res->set_content(DumpJson(json{{"error", std::string(message)}}),
                   "application/json; charset=utf-8");
}

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kResourceExhausted:
      return 503;
    default:
      return 500;
  }
}

void RegisterApiRoutes(const ApiContext& ctx) {
  ServeJson(ctx, "/api/health", {},
            [](Store& store, const Params&, const httplib::Request&) -> Result<std::string> {
              CT_ASSIGN_OR_RETURN(StoreCounts c, store.Counts());
              return DumpJson(json{{"ok", true}, {"documents", c.documents}});
            });
  ServeJson(ctx, "/api/overview", {}, Overview);
  ServeJson(ctx, "/api/documents", {"outlet", "from", "to", "limit", "offset"}, Documents);
  ServeJson(ctx, R"(/api/documents/([^/]*))", {}, OneDocument);
  ServeJson(ctx, "/api/search", {"q", "syntax", "limit", "offset"}, Search);
  ServeJson(ctx, "/api/statements", {"q", "syntax", "speaker", "document", "limit", "offset"},
            Statements);
  ServeJson(ctx, "/api/entities", {"q", "type", "limit", "offset"}, Entities);
  ServeJson(ctx, "/api/entity", {"name", "type", "limit"}, OneEntity);
}

}  // namespace claimtrace::serve
