#!/usr/bin/env bash
# Renders the main window against each dialect's virtual module under Xvfb into docs/images/.
# Look at every picture before calling a UI change done.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ATSTUDIO_BUILD_DIR:-$root/build}
out=${1:-$root/docs/images}
mkdir -p "$out"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: scripts/install-deps.sh installs it" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
shoot() { # name, then app arguments
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1366x768x24" "$build/bin/atstudio" --screenshot "$out/$name.png" "$@" \
    2> >(grep -v -e XKB -e propagateSizeHints >&2)
  echo "$out/$name.png"
}
for id in wizfi310 wizfi360 wizfi250 pic32mzw1 air602; do
  shoot "main-$id" --simulate "$id"
done
shoot "main-projector" --simulate wizfi360 --font-scale 1.6
shoot "main-ko" --simulate wizfi360 --lang ko
shoot "main-zh_CN" --simulate wizfi360 --lang zh_CN
for panel in wifi sockets mqtt gpio; do
  shoot "main-$panel" --simulate wizfi310 --panel "$panel"
done
shoot "panel-sockets-ko" --simulate wizfi310 --panel sockets --lang ko
shoot "panel-gpio-zh_CN" --simulate wizfi310 --panel gpio --lang zh_CN
