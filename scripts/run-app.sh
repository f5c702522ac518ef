#!/usr/bin/env bash
# Builds AT Studio and starts it; extra arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
exec "${ATSTUDIO_BUILD_DIR:-$root/build}/bin/atstudio" "$@"
