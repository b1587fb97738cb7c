"""Small parts shared by the lock and create pages: a message box, a busy indicator, headings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from hbdesk.inert_text import visible_controls
from hbdesk.ui.vault_messages import VaultProblem

_PROBLEM_STYLE = (
    "QLabel { background: #fdecea; color: #7a1c12; border: 1px solid #e0a39c;"
    " border-radius: 4px; padding: 8px; }"
)
_INFO_STYLE = (
    "QLabel { background: #e8f1fb; color: #123a63; border: 1px solid #a9c6e6;"
    " border-radius: 4px; padding: 8px; }"
)


class InertLabel(QLabel):
    """A label for text people may have typed: plain text, its control characters (bidi
    overrides, isolates, marks) shown as codes so that they cannot reorder what is read.

    A screen reader hears what the label shows: its text stays its accessible name, and a
    name given to it ("Balance left") becomes its description instead of hiding the text.
    """

    def setText(self, text: str) -> None:
        super().setText(visible_controls(text))

    def setAccessibleName(self, name: str) -> None:
        self.setAccessibleDescription(name)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never reads its text as HTML nor obeys bidi controls in it."""
    label = InertLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def breakable_path(path: str) -> str:
    """A folder path that may wrap after each separator (a long path never runs off the side)."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


def heading(text: str, parent: QWidget | None = None, *, size: int = 18) -> QLabel:
    label = plain_label(text, parent)
    font = QFont(label.font())
    font.setPointSize(size)
    font.setBold(True)
    label.setFont(font)
    return label


def lock_button(parent: QWidget) -> QPushButton:
    """ "Lock" for a dialog with client data: the main window's own button is behind it."""
    from hbdesk.ui.lock_keys import LOCK_SHORTCUT

    button = QPushButton(QCoreApplication.translate("LockButton", "Lock"), parent)
    keys = QKeySequence(LOCK_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(
        QCoreApplication.translate("LockButton", "Lock hbdesk (%1)").replace("%1", keys)
    )
    button.setAccessibleName(button.text())
    button.setAutoDefault(False)
    return button


class MessageLabel(InertLabel):
    """Says what went wrong and what to do (or a neutral notice); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem: VaultProblem | None = None
        self.hide()

    def show_problem(self, problem: VaultProblem) -> None:
        self.problem = problem
        self._show(
            "\n\n".join(part for part in (problem.what, problem.advice) if part), _PROBLEM_STYLE
        )

    def show_notice(self, text: str) -> None:
        self.problem = None
        self._show(text, _INFO_STYLE)

    def clear_message(self) -> None:
        self.problem = None
        self.setText("")
        self.hide()

    def _show(self, text: str, style: str) -> None:
        from hbdesk.ui.status_area import announce

        self.setStyleSheet(style)
        self.setText(text)
        self.show()
        announce(self, text)  # said at once, wherever the focus is


class BusyIndicator(QWidget):
    """A moving bar and a line saying what is going on, while a background call runs."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no known end: the bar moves to and fro
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(text)
        self.label = plain_label(text, self)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)
