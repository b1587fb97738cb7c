"""Cold start to the first window (lock screen), against a bare PySide6 window: target ≤ 3×."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result

TOOL = Path(__file__).resolve().parents[2] / "shared" / "tools" / "time-to-window"
BARE = (
    "import sys; from PySide6.QtWidgets import QApplication, QLabel; "
    "a = QApplication(sys.argv); w = QLabel('bare'); w.setWindowTitle('bare-window'); "
    "w.show(); a.exec()"
)


def median(title: str, *command: str) -> float | None:
    run = subprocess.run(
        [str(TOOL), "-n", "7", title, "--", *command], capture_output=True, text=True, timeout=300
    )
    found = re.search(r"median: ([0-9.]+) s", run.stdout)
    return float(found.group(1)) if found else None


def run() -> list[Result]:
    if not TOOL.exists() or not shutil.which("Xvfb") or not shutil.which("xdotool"):
        return [
            Result(
                "start-up (needs ../shared/tools/time-to-window, Xvfb, xdotool)",
                0.0,
                "s",
                "skipped",
                True,
            )
        ]
    bare = median("bare-window", sys.executable, "-c", BARE)
    with tempfile.TemporaryDirectory() as tmp:
        env_vault = str(Path(tmp) / "vault")
        os.environ["HBDESK_VAULT"] = env_vault
        app = median("hbdesk", sys.executable, "-m", "hbdesk")
        del os.environ["HBDESK_VAULT"]
    if bare is None or app is None:
        return [Result("start-up: a window did not appear", 0.0, "s", "≤ 3× bare", False)]
    return [
        Result("bare PySide6 window", bare, "s", "baseline", True),
        Result(
            f"hbdesk to its first window ({app:.3f} s)", app / bare, "×", "≤ 3×", app / bare <= 3.0
        ),
    ]
