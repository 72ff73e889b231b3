#!/usr/bin/env bash
# The main screen (a swap running), the alarm page and a pack's page in each language, for
# the README: the screenshot tour (operator_app/ui/tour.py) in a real X window under Xvfb at
# 1280x800 and 149 DPI, once per language, keeping three of its pictures.
# Usage: scripts/language_shots.sh [OUTPUT_DIR] [LANG ...]   (default docs/screenshots/languages)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots/languages}
shift || true
langs=${*:-en pt_BR es th zh_HK ms id}
python=${PYTHON:-.venv/bin/python}
command -v xvfb-run >/dev/null || {
  echo "language_shots: xvfb-run is not installed (apt-get install xvfb)" >&2; exit 2; }
mkdir -p "$out"
for lang in $langs; do
  work=$(mktemp -d)
  printf 'language = "%s"\n' "$lang" > "$work/console.toml"
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    "$python" -m operator_app --simulate --time-scale 30 --dpi 149 --data-dir "$work/data" \
    --config "$work/console.toml" --screenshots "$work/shots" >/dev/null
  for shot in main-swapping alarms pack; do
    cp "$work/shots/$shot-1280x800.png" "$out/$lang-$shot.png"
  done
  rm -rf "$work"
  echo "language_shots: $lang"
done
