#!/usr/bin/env bash
# Load test of `claimtrace serve` on loopback with wrk (Debian package): a bounded run (default
# 10 s, 2 wrk threads, 16 connections) over a mix of API requests built from ids that exist in
# the store; prints wrk's latency distribution and one LOADTEST line (requests/s, non-200
# answers, socket errors, p50/p90/p99). A benchmark, not a test: numbers go to docs/quality.md.
#
# Usage: scripts/loadtest.sh [--db FILE] [--binary PATH] [--duration S] [--connections N]
#                            [--server-threads N] [--no-cache]
# Without --db the demo corpus (examples/demo) is ingested into a temporary store.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=build/bin/claimtrace
db=""
duration=10
connections=16
server_threads=16
no_cache=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --server-threads) server_threads="$2"; shift 2 ;;
    --no-cache) no_cache=--no-cache; shift ;;
    *) echo "loadtest.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "loadtest.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -x "$binary" ] || { echo "loadtest.sh: no claimtrace binary at $binary (use --binary)" >&2; exit 2; }

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "$db" ]; then
  db="$work/demo.db"
  "$binary" ingest examples/demo --db "$db" -q
fi

"$binary" serve --db "$db" --port 0 --threads "$server_threads" $no_cache >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
base=$(grep -o 'http://[^ ]*' "$work/serve.out" | head -n 1)
base=${base%/}
[ -n "$base" ] || { echo "loadtest.sh: the server did not start: $(cat "$work/serve.err")" >&2; exit 1; }

# Ids that exist in this store, read through the API itself.
LOADTEST_PATHS=$(python3 - "$base" <<'PY'
import json, sys, urllib.parse, urllib.request
base = sys.argv[1]
get = lambda p: json.load(urllib.request.urlopen(base + p))
q = urllib.parse.quote
paths = ["/api/documents?limit=20", "/api/entities?limit=50", "/api/overview", "/api/conflicts?limit=20"]
docs = get("/api/documents?limit=1")["items"]
if docs:
    paths.append("/api/documents/" + docs[0]["id"])
overview = get("/api/overview")
if overview["entities"]:
    word = overview["entities"][0]["name"].split()[0]
    paths += ["/api/search?q=%s&limit=20" % q(word), "/api/statements?q=%s&limit=20" % q(word)]
people = get("/api/entities?type=PERSON&limit=1")["items"]
if people:
    paths.append("/api/entity?name=%s&limit=50" % q(people[0]["name"]))
claims = get("/api/claims?limit=1")["items"]
if claims:
    paths += ["/api/claims?limit=20", "/api/claims/" + claims[0]["id"]]
print("\n".join(paths))
PY
)
export LOADTEST_PATHS
documents=$(python3 -c 'import json,sys,urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1]))["documents"])' "$base/api/health")
echo "loadtest: $base, $documents documents, ${duration}s, $connections connections, server threads $server_threads${no_cache:+, no response cache}"
echo "$LOADTEST_PATHS" | sed 's/^/  GET /'
wrk --threads 2 --connections "$connections" --duration "${duration}s" --timeout 10s --latency \
  --script scripts/loadtest.lua "$base"
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "loadtest.sh: the server died during the run" >&2
  exit 1
fi
