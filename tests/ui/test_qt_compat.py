"""PySide6 6.12 on CPython 3.11 drops references to None/True at each call: the app must live on."""

from __future__ import annotations

import subprocess
import sys

from hbdesk.ui.qt_compat import needs_guard

LONG_SESSION = """
import hbdesk.ui  # applies the guard
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Events(QObject):
    happened = Signal()

app = QApplication([])
label, events = QLabel(), Events()
events.happened.connect(lambda: None)
for _ in range(30_000):  # far past the ~5,000 calls that abort an unguarded 3.11 process
    label.setText("x")
    events.happened.emit()
print("still alive")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_process(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"},
        cwd=str(tmp_path),
        check=False,
    )
    assert "still alive" in result.stdout, result.stderr[-500:]
    assert result.returncode == 0


def test_the_guard_is_only_for_the_affected_versions():
    assert not needs_guard("6.11.3")
    assert needs_guard("6.12.0") == (sys.version_info < (3, 12))
