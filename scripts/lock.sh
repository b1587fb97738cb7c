#!/usr/bin/env bash
# Refresh the lock files (exact versions with hashes) from the ranges in pyproject.toml:
#   scripts/lock.sh            keep what is locked where the ranges still allow it
#   scripts/lock.sh --upgrade  take the newest versions the ranges allow
# One lock per deployable: desktop (the laptop), server (the county's server), dev (tests,
# lint and types; both programs). scripts/setup.sh installs from them with --require-hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q "uv>=0.5,<1"
for name in desktop server dev; do
  .venv/bin/uv pip compile pyproject.toml --extra "$name" --generate-hashes --universal \
    --python-version 3.11 --no-header --quiet "${@}" \
    --output-file "requirements/$name.lock"
  sed -i "1i # Locked by scripts/lock.sh from pyproject.toml's [$name] extra; do not edit by hand." \
    "requirements/$name.lock"
done
echo "locks written: requirements/{desktop,server,dev}.lock"
