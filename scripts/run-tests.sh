#!/usr/bin/env bash
# Builds AT Studio and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "${ATSTUDIO_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)"
