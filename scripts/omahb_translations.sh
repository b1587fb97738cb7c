#!/usr/bin/env bash
# Oma HB's words: extract the messages of its templates and code into locale/omahb.pot and
# merge them into the Finnish and Swedish catalogs (fill in the new msgstr lines by hand;
# tests/omahb/test_omahb_catalogs.py fails while one is empty). The server reads the .po
# files when it starts: there is nothing to compile.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYBABEL:-.venv/bin/pybabel}
[ -x "$py" ] || py=pybabel
locale=hbdesk/server/omahb/locale
"$py" extract -F hbdesk/server/omahb/babel.cfg -k N_ -k t --no-location --omit-header \
  --sort-output -o "$locale/omahb.pot" .
for lang in fi sv; do
  "$py" update -i "$locale/omahb.pot" -d "$locale" -D omahb -l "$lang" --no-fuzzy-matching \
    --width 100
done
