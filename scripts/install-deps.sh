#!/usr/bin/env bash
# Installs the Debian 12 packages AT Studio needs to build, test and run. Idempotent and quiet
# when everything is already there.
set -euo pipefail

packages=(
  qt6-base-dev qt6-serialport-dev qt6-tools-dev qt6-l10n-tools
  libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev fonts-dejavu-core fonts-wqy-microhei
  cmake ninja-build g++ clang-format pkg-config
  libmosquitto-dev mosquitto mosquitto-clients
  xvfb xauth socat
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
