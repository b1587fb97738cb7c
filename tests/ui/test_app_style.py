"""The app's forms wrap long labels above their fields at any width, set on each form."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QWidget

from hbdesk.ui import app_style

UI = Path(__file__).resolve().parents[2] / "hbdesk" / "ui"


def test_a_form_wraps_long_rows_and_grows_its_fields(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    form = app_style.form_layout(parent)
    assert parent.layout() is form
    assert form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows
    assert form.fieldGrowthPolicy() == QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow


def test_every_form_of_the_app_is_made_by_form_layout():
    """The style no longer answers the form hints (an answer from Python for every hint Qt
    asks cost ~30 ms a page): a form made directly would not wrap at 200 % text."""
    made_directly = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "app_style.py"
        and re.search(r"(?<![\w.])QFormLayout\(", path.read_text(encoding="utf-8"))
    ]
    assert made_directly == []
    assert "styleHint" not in vars(app_style.AppStyle)


_PAINT_A_TALL_SCROLL_BAR = """
import os
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollBar
from hbdesk.ui import app_style

app = QApplication([])
app_style.install(app)  # what the shell does before any window is made
before = set(os.listdir("/proc/self/task"))
bar = QScrollBar(Qt.Orientation.Vertical)
bar.resize(20, 900)
bar.grab()
print(len(set(os.listdir("/proc/self/task")) - before))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted in /proc")
def test_a_paint_stays_on_the_ui_thread():
    """Qt's raster engine hands each fill of 96+ lines (a scroll bar, a page's background) to a
    thread pool and waits for it: on two cores shared with other work the hand-off costs
    more than the fill. With the app's style installed no painting thread is started (a
    fresh process: Qt decides once, at the first such fill)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    result = subprocess.run(
        [sys.executable, "-c", _PAINT_A_TALL_SCROLL_BAR],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(UI.parents[1]),
        check=False,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "0"
