#!/usr/bin/env bash
# Installs missing Debian packages, builds claimtrace (Release), and ingests the bundled demo
# corpus (examples/demo) into the embedded store claimtrace.db, printing a summary of the run and
# of what the store holds. Safe to re-run: articles already stored are reported as duplicates.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLAIMTRACE_BUILD_WEB=ON >/dev/null
cmake --build build -j2
demo=examples/demo
if [ ! -d "$demo" ]; then
  echo "run.sh: the demo corpus $demo is missing" >&2
  exit 1
fi
echo
./build/bin/claimtrace ingest "$demo" --db claimtrace.db
echo
# What the articles say together: entities, claims with provenance, conflicting figures.
./build/bin/claimtrace report --db claimtrace.db --top 5
echo
echo "Try: ./build/bin/claimtrace export --db claimtrace.db | head -n 1"
echo "Browse: ./build/bin/claimtrace serve --db claimtrace.db   (then open http://127.0.0.1:8080/)"
echo "Query:  ./build/bin/claimtrace search chlorine --db claimtrace.db; ./build/bin/claimtrace who-said valve --db claimtrace.db"
echo "Across: ./build/bin/claimtrace claims --db claimtrace.db --min-reports 2; ./build/bin/claimtrace entities --db claimtrace.db --type PERSON"
