"""Run a short Python script in a process of its own, as a second app start would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def run_python(script: str, *args: object, check: bool = False) -> subprocess.CompletedProcess[str]:
    """`script` with `args` in a fresh interpreter (this checkout's hbdesk); output as text."""
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=check,
        cwd=ROOT,
    )
