#!/usr/bin/env bash
# Screenshots of every screen of the real console, for the README: the application runs its
# screenshot tour (operator_app/ui/tour.py) against the simulated station in a real X window
# under Xvfb, at 1280x800 and at 1920x1080. Needs xvfb-run (package xvfb; scripts/setup.sh
# installs it as root).
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
python=${PYTHON:-.venv/bin/python}
command -v xvfb-run >/dev/null || {
  echo "screenshots: xvfb-run is not installed (apt-get install xvfb)" >&2; exit 2; }
mkdir -p "$out"
for size in 1280x800 1920x1080; do
  data=$(mktemp -d)
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
    "$python" -m operator_app --simulate --time-scale 30 --data-dir "$data" \
    --screenshots "$out"
  rm -rf "$data"
  rm -f "$out/fit-$size.json"  # the tour's fit report: the tests read it, the README does not
done
ls -1 "$out"
