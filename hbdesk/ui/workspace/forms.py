"""Small parts the stage pages share: author choice, dates, drafts per client, record cards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.ui.draft_text_edit import DraftTextEdit
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.vault_messages import VaultProblem
from hbdesk.ui.workspace.words import AUTHORS, author_name


class ClientDraftEdit(DraftTextEdit):
    """A draft editor whose place follows the shown client: client/<id>/<what>."""

    def __init__(
        self,
        what: str,
        keeper: DraftKeeper,
        parent: QWidget | None = None,
        *,
        accessible_name: str = "",
        lines: int = 3,
    ) -> None:
        super().__init__(f"unset/{what}", keeper, parent)
        self.what = what
        self._keeper_ref = keeper
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        height = self.fontMetrics().lineSpacing() * lines + 16
        self.setMinimumHeight(height)
        self.setMaximumHeight(max(height * 2, 120))

    def set_client(self, client_id: str) -> None:
        """Save what was typed for the previous client, then show this client's draft."""
        self.move_to(f"client/{client_id}/{self.what}")

    def move_to(self, place: str) -> None:
        """Save the text at the current place, then show the draft kept at `place`."""
        if place == self.place:
            return
        self.save_now()
        self._keeper_ref.unregister(self)
        self.place = place
        stored = self._keeper_ref.register(self)
        self.blockSignals(True)  # restoring a draft is not typing
        self.setPlainText(stored)
        self.blockSignals(False)
        self._dirty = False

    def take_text(self) -> str:
        return self.toPlainText().strip()

    def clear_draft(self) -> None:
        """After the text was recorded: empty the field and its stored draft."""
        self.clear()
        self.save_now()


def author_combo(parent: QWidget, accessible_name: str, default: str = "together") -> QComboBox:
    """Who is speaking: client, key worker, support person or together."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    for code in AUTHORS:
        combo.addItem(author_name(code), code)
    combo.setCurrentIndex(AUTHORS.index(default))
    return combo


def date_edit(parent: QWidget, accessible_name: str, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setAccessibleName(accessible_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def when(instant: dt.datetime | None, lang: str) -> str:
    """A stored UTC instant as local date and time."""
    if instant is None:
        return ""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    local = instant.astimezone()
    return f"{formatting.date(local.date(), lang)} {local:%H:%M}"


class RecordCard(QFrame):
    """One recorded entry: who and when on top, the words below (plain text)."""

    def __init__(self, header: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.header = plain_label(header, self)
        self.header.setStyleSheet("color: #333; font-weight: bold;")
        self.body = plain_label(body, self)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        layout.addWidget(self.body)

    def add_line(self, text: str, *, style: str = "") -> QLabel:
        label = plain_label(text, self)
        if style:
            label.setStyleSheet(style)
        self._layout.addWidget(label)
        return label

    def add_button(self, button: QWidget) -> None:
        """A button under the words, at the left."""
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)


def clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def show_text(label: MessageLabel, text: str) -> None:
    """Show a problem in words in a MessageLabel (validation or a service's error)."""
    label.show_problem(VaultProblem("input", text))


def scaled_heading(text: str, parent: QWidget | None = None, *, scale: float = 1.3) -> QLabel:
    """A bold heading sized relative to the user's font (so it grows with a 200 % font)."""
    label = plain_label(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class StackedForm(QVBoxLayout):
    """QFormLayout's addRow, with each label above its field: wrapped labels get their full
    height (QFormLayout mis-sizes them) and the form fits a narrow window at a 200 % font."""

    def addRow(self, first: object, second: object = None) -> None:
        for part in (first, second):
            if isinstance(part, QWidget):
                self.addWidget(part)
            elif part is not None:
                self.addLayout(part)  # type: ignore[arg-type]
        self.addSpacing(2)
