"""The app's forms wrap long labels above their fields at any width, set on each form."""

from __future__ import annotations

import re
from pathlib import Path

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
