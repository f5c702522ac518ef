#!/usr/bin/env bash
# Configures (Ninja) and builds AT Studio into ${ATSTUDIO_BUILD_DIR:-build}.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ATSTUDIO_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
extra=()
# CI treats warnings as errors.
[ "${CI:-}" = "true" ] && extra+=(-DATSTUDIO_WERROR=ON)
if [ ! -f "$build/build.ninja" ] || [ ${#extra[@]} -gt 0 ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >/dev/null
fi
cmake --build "$build" -- -j"$(nproc)"
