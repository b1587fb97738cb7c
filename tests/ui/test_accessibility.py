"""Every control has a name a screen reader can say; labels never read text as HTML; tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import unlock

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def unnamed_controls(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not w.accessibleName()
        and not w.objectName().startswith("qt_")
    ]  # Qt's own parts (menu bar overflow)


def rich_labels(root: QWidget) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
    ]


def focus_chain(start: QWidget, length: int) -> list[QWidget]:
    chain, widget = [start], start
    for _ in range(length - 1):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def test_the_lock_window_is_named_and_plain(make_shell, vault_dir):
    shell = make_shell(vault_dir)
    assert unnamed_controls(shell.lock_window) == []
    assert rich_labels(shell.lock_window) == []


def test_tab_order_of_the_pages(make_shell, vault_dir):
    shell = make_shell(vault_dir)
    create = shell.lock_window.create_page
    assert focus_chain(create.passphrase, 4) == [
        create.passphrase,
        create.repeat,
        create.show_passphrase,
        create.create_button,
    ]
    unlock_page = shell.lock_window.unlock_page
    assert focus_chain(unlock_page.passphrase, 3) == [
        unlock_page.passphrase,
        unlock_page.show_passphrase,
        unlock_page.unlock_button,
    ]


def test_the_main_window_is_named_and_plain(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    window = shell.main_window
    assert unnamed_controls(window) == []
    assert rich_labels(window) == []
    # The top bar, then the caseload (the notes fold into the status area).
    assert focus_chain(window.lock_button, 3) == [
        window.lock_button,
        window.caseload.new_button,
        window.caseload.search,
    ]
    assert window.notes.tabChangesFocus()  # Tab leaves the notes instead of typing a tab
