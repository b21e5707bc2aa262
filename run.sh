#!/usr/bin/env bash
# Installs missing Debian packages, builds claimtrace (Release), and ingests the bundled demo
# corpus (examples/demo) into the embedded store claimtrace.db, printing a summary of the run and
# of what the store holds. Safe to re-run: articles already stored are reported as duplicates.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
demo=examples/demo
if [ ! -d "$demo" ]; then
  echo "run.sh: the demo corpus $demo is missing" >&2
  exit 1
fi
echo
./build/bin/claimtrace ingest "$demo" --db claimtrace.db
echo
echo "Try: ./build/bin/claimtrace export --db claimtrace.db | head -n 1"
