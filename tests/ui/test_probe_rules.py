"""The checks the tour runs on a real screen (tests/ui/fit.py, tests/ui/a11y.py) can fail: a
planted overflow, a squeezed label, a widget past its parent and an input without a label are
each reported, and a window without them is not (here offscreen, in milliseconds)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tests.ui import a11y, fit


@pytest.fixture
def window(qtbot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("probe")
    form = QFormLayout(window)
    field = QLineEdit(window)
    field.setAccessibleName("Name")
    form.addRow(QLabel("&Name", window), field)
    form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)
    form.addRow(QPushButton("Save", window))
    qtbot.addWidget(window)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_window_that_fits_and_is_labelled_has_no_problems(window):
    assert fit.problems(window) == []
    assert a11y.problems(window) == []


def test_text_wider_than_its_label_is_caught(window, qtbot):
    label = QLabel("Asiakassuunnitelmaluonnoksentarkistuskokous", window)
    label.setGeometry(10, 150, 60, 20)
    label.show()
    found = fit.problems(window)
    assert any("QLabel 'Asiakassuunnitelma" in f and "text needs" in f for f in found), found


def test_a_button_squeezed_below_its_text_is_caught(window):
    button = QPushButton("Tallenna ja sulje asiakkaan tiedot", window)
    button.setGeometry(10, 150, 50, 30)
    button.show()
    found = fit.problems(window)
    assert any("QPushButton 'Tallenna" in f and "text needs" in f for f in found), found


def test_a_widget_past_its_parent_is_caught(window):
    box = QWidget(window)
    box.setGeometry(0, 120, 100, 40)
    inner = QLabel("ok", box)
    inner.setGeometry(60, 0, 80, 20)  # 40 px past the box
    box.show()
    found = fit.problems(window)
    assert any(f.startswith("QLabel 'ok': reaches past QWidget") for f in found), found


def test_an_input_without_a_label_is_heard_as_nothing(window):
    layout = QVBoxLayout()
    unnamed = QLineEdit(window)
    layout.addWidget(unnamed)
    window.layout().addRow(layout)
    unnamed.show()
    found = a11y.problems(window)
    assert any("an input without a name" in f for f in found), found


def test_a_label_heard_as_something_else_is_caught(window):
    label = QLabel("Shown text", window)
    label.setAccessibleName("Other words")
    window.layout().addRow(label)
    label.show()
    found = a11y.problems(window)
    assert any("label shows 'Shown text' but is heard as 'Other words'" in f for f in found), found
