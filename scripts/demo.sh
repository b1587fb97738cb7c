#!/usr/bin/env bash
# Set up (if needed) and start hbdesk on the demo vault. Without a screen it runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "hbdesk: no screen found; starting on a virtual screen (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/hbdesk --demo "$@"
fi
exec .venv/bin/hbdesk --demo "$@"
