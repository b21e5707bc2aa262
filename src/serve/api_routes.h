// The JSON API endpoints (GET /api/...), registered on a cpp-httplib server.
//
// Each endpoint validates its parameters (Params: unknown names, bad numbers, bad ids -> 400),
// borrows a pooled read-only connection, runs store query functions and answers JSON. Errors are
// {"error": "..."}: 400 bad request, 404 unknown id/name, 503 when a query hit the time limit,
// 500 otherwise (the reason is logged, not shown). The handlers are thread-safe; `pool` must
// outlive the server.
//
//   httplib::Server http;  StorePool pool(db, 8, 5s);  ResponseCache cache;
//   RegisterApiRoutes({.http = &http, .pool = &pool, .cache = &cache});
#ifndef CLAIMTRACE_SERVE_API_ROUTES_H_
#define CLAIMTRACE_SERVE_API_ROUTES_H_

#include <httplib.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "claimtrace/status.h"
#include "serve/params.h"
#include "serve/response_cache.h"
#include "serve/store_pool.h"

namespace claimtrace::serve {

// Where endpoints are registered and what they share. `cache` may be null (no caching).
struct ApiContext {
  httplib::Server* http = nullptr;
  StorePool* pool = nullptr;
  ResponseCache* cache = nullptr;
};

void RegisterApiRoutes(const ApiContext& ctx);

// One endpoint: (connection, checked parameters, request with path captures) -> JSON text.
using Endpoint = std::function<Result<std::string>(Store&, const Params&, const httplib::Request&)>;

// Registers GET `pattern`: checks the parameters against `allowed`, leases a connection, runs
// `endpoint` and answers its JSON (from the cache while the database is unchanged), or the
// error mapped to an HTTP status.
void ServeJson(const ApiContext& ctx, const std::string& pattern,
               std::initializer_list<const char*> allowed, Endpoint endpoint);

// Writes {"error": message} with `status` into `res`.
void SetJsonError(httplib::Response* res, int status, std::string_view message);

// The HTTP status for a failed query.
int HttpStatusFor(const Status& status);

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_API_ROUTES_H_
