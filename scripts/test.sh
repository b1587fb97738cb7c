#!/usr/bin/env bash
# Set up (if needed) and run every check headless: lint, layer rules, the whole test suite.
# Long fault and load runs: HBDESK_LONG=1 scripts/test.sh (CI runs their short form).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
# Compiled modules are kept (in __pycache__, ignored by git) even where the environment
# says PYTHONDONTWRITEBYTECODE: otherwise every test process, server and CLI child compiles
# the whole package again from source.
unset PYTHONDONTWRITEBYTECODE
.venv/bin/python -m compileall -q -j 0 -x "/(test_[^/]*|conftest)\.py$" hbdesk tests >/dev/null  # once, before the workers start
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== import layers"
.venv/bin/lint-imports
echo "== types (strict, the whole package)"
.venv/bin/mypy --strict --ignore-missing-imports --follow-imports=silent hbdesk
echo "== pytest"
# In parallel (pytest-xdist): two workers per core, or HBDESK_TEST_WORKERS (0 = in this
# process). --dist loadscope keeps each test module on one worker, so a module's shared
# server or data set is built once. Arguments given to this script come after and win.
# Two per core because many tests wait on a server, a browser or a child process they
# started (on 2 cores: 2 workers 336 s, 4 workers 253 s, 6 workers 266 s). Modules are
# handed out in the order collected (the longest first: tests/conftest.py), not by size.
workers=(-n "${HBDESK_TEST_WORKERS:-$(($(nproc) * 2))}" --dist loadscope --no-loadscope-reorder)
.venv/bin/python -c 'import xdist' 2>/dev/null || {
  echo "pytest-xdist is missing: the tests run one at a time" >&2; workers=(); }
# Exit code 5 (no tests collected) is a failure like any other non-zero code.
exec .venv/bin/python -m pytest -q "${workers[@]}" "$@"
