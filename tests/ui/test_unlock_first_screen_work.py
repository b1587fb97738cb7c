"""What the first screen after unlocking costs the UI thread: PySide's own types are made while
Argon2id derives the key (hbdesk.ui.qt_types), not on the caseload's first paint.

In a fresh process: every test before this one in the session has made the types already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import enum, sys
made = []
_create = enum.EnumType._create_
def _counted(cls, *args, **kwargs):
    made.append(args[0])
    return _create(cls, *args, **kwargs)
enum.EnumType._create_ = _counted

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hbdesk.ui import qt_types
from hbdesk.ui.shell import Shell
from tests.conftest import FAST_KDF, PASSPHRASE

if sys.argv[2] == "without":
    qt_types.make_now = lambda: None
app = QApplication([])
shell = Shell(sys.argv[1], kdf=FAST_KDF, quit_app=app.quit)
opened_at = []
_opened = Shell._on_vault_opened
def _on_opened(self, unlocked):
    opened_at.append(len(made))
    _opened(self, unlocked)
Shell._on_vault_opened = _on_opened

def report():
    shell.main_window.grab()  # the caseload painted, as on the screen
    app.processEvents()
    print("made-after-key", len(made) - opened_at[0], flush=True)
    app.quit()

shell.unlocked.connect(lambda: QTimer.singleShot(0, report))
shell.start()
page = shell.lock_window.unlock_page
page.passphrase.setText(PASSPHRASE)
QTimer.singleShot(0, page.unlock_button.click)
app.exec()
"""


def _types_made_after_the_key(vault: Path, variant: str) -> int:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HBDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(vault), variant],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(ROOT),
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-1500:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("made-after-key"))
    return int(line.split()[1])


def test_the_caseloads_first_paint_makes_almost_no_python_types(existing_vault):
    """~130 enum types were made on the first paint after the key (~0.05 s of CPU on the
    unlock's critical path); now they are made while the key is derived. The same launch
    without that step is the control: it shows the count measures those types."""
    with_step = _types_made_after_the_key(existing_vault, "with")
    without = _types_made_after_the_key(existing_vault, "without")
    assert without >= 60, without
    assert with_step <= 40, (with_step, without)
