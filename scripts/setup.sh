#!/usr/bin/env bash
# Install everything the console and its tests need, into .venv beside this repository.
# Idempotent: run it again after a pull. As root on Debian/Ubuntu it also installs the
# system libraries Qt needs; otherwise it prints the apt-get line to run.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_SYSTEM_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  fonts-noto-core fonts-thai-tlwg
  xvfb  # the smoke test and scripts/screenshots.sh run the console in a real X window
  libpulse0  # Qt Multimedia (the bay camera, PySide6-Addons) loads it
  gcc libc6-dev  # the journal's power-loss test builds its fsync-tracking library
  mosquitto mosquitto-clients  # the sync tests run a real MQTT broker on loopback
)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${QT_SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      echo "setup: Qt needs these system packages; run:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
    fi
  fi
fi

PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "setup: Python 3.11 or newer is needed")'
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
echo "setup: ready in .venv"
