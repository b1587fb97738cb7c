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


def test_pyside_learns_which_modules_use_it_as_from_its_own_check() -> None:
    """PySide's question (does this module's source mention PySide6?) is answered from the
    file's bytes, and the answers are the ones its own inspect-based check gives."""
    import inspect
    import json

    import hbdesk.store.keys
    import hbdesk.ui
    import hbdesk.ui.shell

    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "hbdesk_quick", False)
    for module in (hbdesk.ui.shell, hbdesk.ui, json, hbdesk.store.keys):
        assert check(module) == ("PySide6" in inspect.getsource(module)), module.__name__
    assert check(hbdesk.ui.shell) and not check(json)
    assert check(sys) is False  # a module without a source file
