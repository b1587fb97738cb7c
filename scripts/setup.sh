#!/usr/bin/env bash
# Sets up hbdesk on Debian 12 (or newer): the system libraries Qt and the tests need, a local
# virtual environment in .venv with hbdesk and its dependencies, and the translations.
# Usage: scripts/setup.sh [--dev]     (--dev adds the server, the tests, lint and types)
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Debian packages. Qt offscreen and under X (PLATFORM-NOTES.md), Python's venv, fonts for PDFs.
packages=(python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0 xvfb xauth fonts-dejavu-core)
# Tests also read PDFs (poppler-utils), time windows (xdotool), run a real PostgreSQL, and
# open Oma HB in a real browser (chromium, chromium-driver; certutil from libnss3-tools);
# scripts/atspi_walk.py hears the desktop as a screen reader does (AT-SPI on a session bus).
[ $dev = 1 ] && packages+=(poppler-utils xdotool postgresql chromium chromium-driver libnss3-tools
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
else
  echo "hbdesk setup: this is not a Debian-like system; install the equivalents of:" >&2
  echo "  ${packages[*]}" >&2
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "hbdesk setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt=(apt-get)
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    apt=(sudo apt-get)
  elif command -v sudo >/dev/null; then
    echo "hbdesk setup: sudo will ask for your password to install system packages."
    apt=(sudo apt-get)
  else
    echo "hbdesk setup: cannot install system packages: not root and no sudo." >&2
    echo "Ask an administrator to run:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    echo "then run this command again." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${apt[@]}" update -q || { echo "hbdesk setup: apt-get update failed (network?)" >&2; exit 1; }
  "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}" || {
    echo "hbdesk setup: installing ${missing[*]} failed; see the lines above." >&2; exit 1; }
fi

# Python 3.11+ in a local virtual environment.
py=${PYTHON:-python3}
"$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "hbdesk setup: Python 3.11 or newer is needed; found $("$py" --version 2>&1)." >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
# Exact versions with hashes from the lock files (scripts/lock.sh refreshes them): the
# laptop's own set, or with --dev everything the tests, lint and types need.
lock=requirements/desktop.lock
[ $dev = 1 ] && lock=requirements/dev.lock
stamp=".venv/.hbdesk-installed-$(basename "$lock")"
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --require-hashes -r "$lock"
  .venv/bin/python -m pip install -q --no-deps -e .
  touch "$stamp"
fi
# hbdesk's bytecode, as an installed product ships it: each start would otherwise compile
# its ~170 modules from source when bytecode is not written (PYTHONDONTWRITEBYTECODE).
# Only what changed since the last run is compiled again.
.venv/bin/python -m compileall -q hbdesk

# Qt translations (.ts in resources/i18n → .qm beside the UI code).
if [ -x scripts/build_translations.sh ]; then
  scripts/build_translations.sh >/dev/null
fi
echo "hbdesk setup: ready (.venv)."
