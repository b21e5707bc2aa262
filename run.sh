#!/usr/bin/env bash
# Installs missing Debian packages, builds claimtrace, and runs the main job on the bundled
# demo corpus into the embedded store (claimtrace.db), printing a readable summary.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
./build/bin/claimtrace extract examples/demo > build/demo.jsonl
echo "Extracted $(wc -l < build/demo.jsonl) documents from examples/demo into build/demo.jsonl"
