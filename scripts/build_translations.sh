#!/usr/bin/env bash
# Translations of the user interface (Qt Linguist).
#   1. pyside6-lupdate: collect the English source strings of hbdesk/ui and hbdesk/__main__.py
#      into resources/i18n/hbdesk_{fi,sv,en}.ts (new strings appear as "unfinished";
#      strings no longer in the code are dropped). Translate them in the .ts files.
#   2. pyside6-lrelease: build the .qm files the app loads into hbdesk/ui/i18n/ (not in git).
# Usage: scripts/build_translations.sh [--qm-only]     (--qm-only skips step 1)
set -euo pipefail
cd "$(dirname "$0")/.."

tool() {  # the venv's PySide6 tool, else one on PATH
  if [ -x ".venv/bin/$1" ]; then echo ".venv/bin/$1"
  elif command -v "$1" >/dev/null; then command -v "$1"
  else echo "build_translations: $1 not found (it comes with pyside6-essentials)" >&2; exit 1
  fi
}
lupdate=$(tool pyside6-lupdate)
lrelease=$(tool pyside6-lrelease)

ts_dir=resources/i18n
qm_dir=hbdesk/ui/i18n
mkdir -p "$ts_dir" "$qm_dir"

if [ "${1:-}" != "--qm-only" ]; then
  mapfile -t sources < <(find hbdesk/ui -name '*.py' | LC_ALL=C sort)
  sources+=(hbdesk/__main__.py)
  for lang in fi sv; do
    "$lupdate" "${sources[@]}" -source-language en -target-language "${lang}_FI" \
      -no-obsolete -locations none -ts "$ts_dir/hbdesk_$lang.ts"
  done
  # English is the source language: its file holds only plural forms (none so far).
  "$lupdate" "${sources[@]}" -source-language en -target-language en \
    -pluralonly -no-obsolete -locations none -ts "$ts_dir/hbdesk_en.ts"
fi

for lang in fi sv en; do
  "$lrelease" -silent "$ts_dir/hbdesk_$lang.ts" -qm "$qm_dir/hbdesk_$lang.qm"
done
# Qt's own words its catalogues lack (hand-kept; see the file).
for extra in "$ts_dir"/qt_extra_*.ts; do
  [ -e "$extra" ] && "$lrelease" -silent "$extra" -qm "$qm_dir/$(basename "${extra%.ts}").qm"
done
echo "translations built in $qm_dir"
