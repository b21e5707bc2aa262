// The across-article API endpoints (GET /api/claims, /api/claims/ID, /api/conflicts,
// /api/global-entities, /api/global-entities/ID, /api/stories, /api/resolution) over the
// resolve stage's store queries (claimtrace/resolution.h). Same contract as api_routes.h:
// validated parameters (ids like "c12", "g3" -> 400 when malformed, 404 when unknown), JSON
// answers, thread-safe handlers.
//
//   RegisterResolutionRoutes({.http = &http, .pool = &pool, .cache = &cache});
#ifndef CLAIMTRACE_SERVE_RESOLUTION_ROUTES_H_
#define CLAIMTRACE_SERVE_RESOLUTION_ROUTES_H_

#include <httplib.h>

#include "serve/api_routes.h"

namespace claimtrace::serve {

void RegisterResolutionRoutes(const ApiContext& ctx);

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_RESOLUTION_ROUTES_H_
