#!/usr/bin/env bash
# Installs the Debian 12 packages claimtrace needs that are missing, with apt-get (as root or
# via sudo). Usage: scripts/install-deps.sh [build|test]   ("test" adds test/benchmark/browser tools)
set -euo pipefail
mode="${1:-build}"

build_packages=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev libsqlite3-dev zlib1g-dev libxxhash-dev
  nlohmann-json3-dev libsimdjson-dev libcli11-dev libgumbo-dev libvectorscan-dev libcpp-httplib-dev
  libuchardet-dev
  iso-codes wordnet-base wamerican-large
)
test_packages=(
  libgtest-dev libgmock-dev libbenchmark-dev python3 sqlite3
  chromium wrk
)

packages=("${build_packages[@]}")
if [ "$mode" = "test" ]; then packages+=("${test_packages[@]}"); fi
# The web interface is built with node + npm: Debian's only when no node is installed already
# (a newer node from elsewhere is kept).
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "error: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
