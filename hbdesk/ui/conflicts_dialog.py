"""Conflicts to settle: the same value written differently on two laptops, put in words.

For each conflict: which record of which client, which field, both values, who wrote each
and when; the person keeps one or writes the right value (hbdesk.services.conflicts). The
choice is one service call through the runner; it travels to the other laptops with the
next sync. Nothing is settled without a person, money least of all.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.services import conflicts
from hbdesk.services.conflicts import ConflictView
from hbdesk.ui.lock_parts import plain_label
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading

translate = QCoreApplication.translate  # lupdate reads translate("ConflictsDialog", "…")
ID_ROLE = Qt.ItemDataRole.UserRole


def record_word(entity: str) -> str:
    """What kind of record, in the user's words."""
    words = {
        "budget_lines": translate("ConflictsDialog", "Budget line"),
        "budgets": translate("ConflictsDialog", "Budget"),
        "clients": translate("ConflictsDialog", "Client's details"),
        "plan_entries": translate("ConflictsDialog", "Plan entry"),
        "plans": translate("ConflictsDialog", "Plan"),
        "notes": translate("ConflictsDialog", "Note"),
        "contacts": translate("ConflictsDialog", "Contact"),
        "close_people": translate("ConflictsDialog", "Close person"),
        "follow_ups": translate("ConflictsDialog", "Follow-up"),
        "spending_entries": translate("ConflictsDialog", "Spending"),
    }
    return words.get(entity, translate("ConflictsDialog", "Record"))


def field_word(name: str) -> str:
    """Which value, in the user's words (an unknown field by its name, readably)."""
    words = {
        "unit_price": translate("ConflictsDialog", "unit price"),
        "quantity": translate("ConflictsDialog", "quantity"),
        "frequency": translate("ConflictsDialog", "how often"),
        "description": translate("ConflictsDialog", "description"),
        "provider": translate("ConflictsDialog", "provider"),
        "note": translate("ConflictsDialog", "note"),
        "phone": translate("ConflictsDialog", "phone"),
        "email": translate("ConflictsDialog", "email"),
        "address": translate("ConflictsDialog", "address"),
        "first_name": translate("ConflictsDialog", "first name"),
        "last_name": translate("ConflictsDialog", "last name"),
        "text": translate("ConflictsDialog", "text"),
        "starts_on": translate("ConflictsDialog", "start date"),
        "ends_on": translate("ConflictsDialog", "end date"),
    }
    return words.get(name, name.replace("_", " "))


def value_text(value: object, kind: str, lang: str) -> str:
    """A value as the person reads it elsewhere in hbdesk (money in euros, dates as dates)."""
    if value is None or value == "":
        return translate("ConflictsDialog", "(empty)")
    try:
        if kind == "money":
            return formatting.money(Decimal(str(value)), lang)
        if kind == "quantity":
            number = Decimal(str(value))
            places = max(0, -number.normalize().as_tuple().exponent)  # type: ignore[operator]
            return formatting.number(number, lang, decimals=places)
        if kind == "date":
            return formatting.date(dt.date.fromisoformat(str(value)), lang)
    except (InvalidOperation, ValueError):
        pass
    return str(value)


def when_text(instant: str | None, lang: str) -> str:
    if not instant:
        return translate("ConflictsDialog", "time not known")
    moment = formatting.in_finland(dt.datetime.fromisoformat(instant))
    return f"{formatting.date(moment.date(), lang)} {formatting.clock(moment, lang)}"


def side_text(view: ConflictView, local: bool, lang: str) -> str:
    """One value with its author and time: "55,55 € — written by … on this laptop, …"."""
    index = 1 if local else 0
    value = view.local_value if local else view.server_value
    author = (view.authors[index] if len(view.authors) > index else None) or translate(
        "ConflictsDialog", "unknown"
    )
    when = when_text(view.times[index] if len(view.times) > index else None, lang)
    if local and view.mine:
        words = translate("ConflictsDialog", "%1 — written by %2 on this laptop, %3")
    else:
        words = translate("ConflictsDialog", "%1 — written by %2 on another laptop, %3")
    return (
        words.replace("%1", value_text(value, view.kind, lang))
        .replace("%2", author)
        .replace("%3", when)
    )


def title_text(view: ConflictView) -> str:
    """Which record of which client, and which value: "Budget line “Siivous” of …: unit price"."""
    record = record_word(view.entity)
    if view.record_label and view.entity != "clients":
        record = (
            translate("ConflictsDialog", "%1 “%2”")
            .replace("%1", record)
            .replace("%2", view.record_label)
        )
    if view.client_name:
        record = (
            translate("ConflictsDialog", "%1 of %2")
            .replace("%1", record)
            .replace("%2", view.client_name)
        )
    return f"{record}: {field_word(view.field)}"


class ConflictsDialog(QDialog):
    """Every open conflict in a list; the chosen one in words, with the three choices."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[ConflictView] = []
        self.setWindowTitle(self.tr("Conflicts to settle"))
        self.setAccessibleName(self.tr("Conflicts to settle"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(scaled_heading(self.tr("Conflicts to settle"), self, scale=1.3))
        layout.addWidget(
            plain_label(
                self.tr(
                    "The same value was changed on two laptops before they synced. Both values "
                    "are kept until you choose: keep one, or write the right value. Money is "
                    "never settled automatically. Your choice goes to the other laptops with "
                    "the next sync."
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setMaximumHeight(140)
        layout.addWidget(self.list)
        self.record = plain_label("", self)
        self.record.setAccessibleName(self.tr("Record and value in conflict"))
        font = self.record.font()
        font.setBold(True)
        self.record.setFont(font)
        layout.addWidget(self.record)
        self.keep_local = QRadioButton(self)
        self.keep_other = QRadioButton(self)
        self.keep_new = QRadioButton(self.tr("Write the right value:"), self)
        self.new_value = QLineEdit(self)
        self.new_value.setAccessibleName(self.tr("The right value"))
        self.choices = QButtonGroup(self)
        for button in (self.keep_local, self.keep_other, self.keep_new):
            self.choices.addButton(button)
            layout.addWidget(button)
        layout.addWidget(self.new_value)
        self.settle_button = QPushButton(self.tr("Settle"), self)
        self.settle_button.setAccessibleName(self.tr("Settle this conflict"))
        layout.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = plain_label("", self)
        self.message.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._show_current)
        self.new_value.textEdited.connect(lambda _text: self.keep_new.setChecked(True))
        self.settle_button.clicked.connect(self.settle)
        self._show_current(-1)
        self.load()

    def load(self, note: str = "") -> None:
        self.ctx.runner.call(
            conflicts.list_conflicts,
            self.ctx.vault,
            self.ctx.actor,
            on_done=lambda views: self._on_loaded(views, note),
        )

    def _on_loaded(self, views: list[ConflictView], note: str = "") -> None:
        self.views = views
        self.list.clear()
        for view in views:
            item = QListWidgetItem(title_text(view), self.list)
            item.setData(ID_ROLE, view.id)
        if views:
            self.list.setCurrentRow(0)
        else:
            self._show_current(-1)
        left = "" if views else self.tr("No conflicts to settle.")
        self.message.setText(" ".join(text for text in (note, left) if text))

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_current(self, _row: int) -> None:
        view, lang = self.current(), self.ctx.lang
        for widget in (self.keep_local, self.keep_other, self.keep_new, self.new_value):
            widget.setVisible(view is not None)
        self.settle_button.setEnabled(view is not None)
        self.choices.setExclusive(False)
        for button in (self.keep_local, self.keep_other, self.keep_new):
            button.setChecked(False)
        self.choices.setExclusive(True)
        self.new_value.clear()
        if view is None:
            self.record.setText("")
            return
        self.record.setText(title_text(view))
        self.keep_local.setText(self.tr("Keep %1").replace("%1", side_text(view, True, lang)))
        self.keep_other.setText(self.tr("Keep %1").replace("%1", side_text(view, False, lang)))
        self.message.setText("")

    def settle(self) -> None:
        """Settle the shown conflict with the checked choice (one service call)."""
        view = self.current()
        if view is None:
            return
        if self.keep_local.isChecked():
            choice, value = "local", None
        elif self.keep_other.isChecked():
            choice, value = "server", None
        elif self.keep_new.isChecked():
            choice, value = "other", self.new_value.text().strip()
        else:
            self.message.setText(self.tr("Choose which value is kept first."))
            return
        self.settle_button.setEnabled(False)
        self.ctx.runner.call(
            conflicts.resolve_conflict,
            self.ctx.vault,
            self.ctx.actor,
            view.id,
            choice=choice,
            value=value,
            on_done=self._on_settled,
            on_error=self._on_error,
        )

    def _on_settled(self, _view: ConflictView) -> None:
        self.load(self.tr("Settled. The value is sent to the other laptops at the next sync."))

    def _on_error(self, exc: BaseException) -> None:
        from hbdesk.ui import domain_messages

        self.settle_button.setEnabled(True)
        self.message.setText(domain_messages.describe(exc))
