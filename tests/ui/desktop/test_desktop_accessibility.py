"""Every control of the desktop has a name, is reachable by Tab, and shows user text as text;
the window fits a 1366×768 laptop screen even at 200 % font size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from hbdesk.ui.stages import PAGES
from hbdesk.ui.stages.people import ConsentDialog
from hbdesk.ui.stages.plan import DisagreementDialog, PlanPage
from tests.ui.desktop.conftest import a_client, open_client, settle

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
OURS = {
    "ContactPage",
    "SelfAssessmentPage",
    "NeedsPage",
    "ProposalPage",
    "PlanPage",
    "FeedbackPage",
    "ClosingPage",
}


def controls(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and w.isEnabled()
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        and not isinstance(w, QScrollBar | QHeaderView)
    ]  # Qt's own parts of a view


def describe(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")()
    return f"{type(w).__name__} {w.objectName()!r} {text!r}"


def tab_chain(root: QWidget) -> set[int]:
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    for _ in range(5000):
        if widget is root:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.add(id(widget))
        widget = widget.nextInFocusChain()
    return seen


def problems(root: QWidget) -> list[str]:
    chain = tab_chain(root.window())
    found = []
    for w in controls(root):
        if not w.accessibleName():
            found.append("no name: " + describe(w))
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or id(w) not in chain:
            found.append("not reachable by Tab: " + describe(w))
    found += [
        "rich text label: " + label.text()
        for label in root.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    return found


def test_the_caseload_and_the_empty_workspace(make_desktop):
    window = make_desktop()
    assert problems(window) == []


@pytest.mark.parametrize("page_name", sorted(OURS))
def test_every_stage_page(make_desktop, demo_vault, page_name):
    window = make_desktop()
    open_client(window, a_client(demo_vault, "contact").client_id)
    row = [p.__name__ for p in PAGES].index(page_name)
    window.workspace.show_step(row)
    settle(window)
    page = window.workspace.current_page()
    if isinstance(page, PlanPage) and page.view is None:
        page.start_button.click()  # the entry form shows with a draft plan
        settle(window)
    assert type(page).__name__ == page_name
    assert problems(window) == []


def test_the_dialogs(make_desktop, demo_vault):
    window = make_desktop()
    window.new_client()
    assert problems(window.new_client_dialog) == []
    window.new_client_dialog.done(0)
    client = a_client(demo_vault, "contact")
    dialog = DisagreementDialog(window.ctx, client.client_id, "entry-id", "teksti", window)
    dialog.show()
    assert problems(dialog) == []
    dialog.done(0)
    consent = ConsentDialog("Tiina Tiimiläinen", ["plan"], window)
    consent.show()
    assert problems(consent) == []
    consent.done(0)


def test_the_window_fits_a_laptop_screen_at_double_font_size(make_desktop, demo_vault):
    app = QApplication.instance()
    original = QFont(app.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        window = make_desktop()
        open_client(window, a_client(demo_vault, "in_use").client_id)
        for row in range(len(PAGES)):
            window.workspace.show_step(row)
            settle(window)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (PAGES[row].__name__, hint)
            page = window.workspace.current_page()
            if type(page).__name__ in OURS:  # no sideways scrolling: text wraps instead
                viewport = page.parentWidget().width()
                assert page.minimumSizeHint().width() <= viewport, type(page).__name__
    finally:
        app.setFont(original)
