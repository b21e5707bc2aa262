#!/usr/bin/env bash
# Installs missing Debian packages, builds claimtrace with tests and benchmarks, and runs every
# test with ctest (unit, golden, CLI and HTTP API end-to-end tests, and the Playwright browser
# tests of the web interface in headless Chromium; benchmarks are built, not run).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCLAIMTRACE_BUILD_TESTS=ON -DCLAIMTRACE_BUILD_BENCHMARKS=ON -DCLAIMTRACE_BUILD_WEB=ON >/dev/null
cmake --build build-test -j2
ctest --test-dir build-test --output-on-failure -j2 --timeout 600
