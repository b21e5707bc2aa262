-- wrk script for scripts/loadtest.sh: cycles through a fixed mix of API requests (listing,
-- full-text search, statements, entities, one document, claims, conflicts) and counts answers
-- that are not 200. The paths come from the environment (LOADTEST_PATHS, one per line) so the
-- mix can use ids that exist in the store under test.
local paths = {}
for line in string.gmatch(os.getenv("LOADTEST_PATHS") or "/api/health", "[^\n]+") do
  table.insert(paths, line)
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  non200 = 0
  i = id
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non200") end
  io.write(string.format("LOADTEST requests=%d duration_s=%.2f rps=%.1f non200=%d socket_errors=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
