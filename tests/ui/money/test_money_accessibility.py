"""Every control of the money pages has a name, is reached by Tab, and shows text as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hbdesk.ui.stages.budget import BudgetPage
from hbdesk.ui.stages.decision import DecisionPage
from hbdesk.ui.stages.followup import FollowUpPage
from hbdesk.ui.stages.use import UsePage
from tests.ui.money.helpers import client_at, open_page

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
PAGES = [
    (BudgetPage, "plan"),
    (DecisionPage, "decision"),
    (UsePage, "in_use"),
    (FollowUpPage, "follow_up"),
]


def control(widget: QWidget | None) -> QWidget | None:
    """The control a part belongs to: its outermost interactive ancestor (a date edit's inner
    line edit, a table's header, a combo box's popup list belong to them)."""
    owner = None
    while widget is not None:
        if isinstance(widget, INTERACTIVE):
            owner = widget
        widget = widget.parentWidget()
    return owner


def controls(page: QWidget) -> list[QWidget]:
    found = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not w.objectName().startswith("qt_")
    ]
    return [w for w in found if control(w) is w]


def reached_by_tab(qtbot, page: QWidget) -> set[int]:
    page.activateWindow()
    first = next(w for w in controls(page) if w.isVisible() and w.isEnabled())
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[int] = set()
    went_on = False  # Tab first walks a date edit's day, month and year, then leaves it
    for _ in range(600):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        owner = control(focused)
        if owner is first and went_on:
            break  # round the whole page
        went_on = went_on or (owner is not None and owner is not first)
        if owner is not None:
            seen.add(id(owner))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize(("page_class", "stage"), PAGES, ids=[p.__name__ for p, _ in PAGES])
def test_every_control_is_named_and_reached_by_tab(qtbot, ctx, page_class, stage):
    page = open_page(qtbot, ctx, page_class, client_at(ctx, stage))
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in controls(page)
        if not w.accessibleName().strip()
    ]
    assert unnamed == []
    rich = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
    reached = reached_by_tab(qtbot, page)
    missing = [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for w in controls(page)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and id(w) not in reached
    ]
    assert missing == []
