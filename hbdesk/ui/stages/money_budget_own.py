"""The budget builder's form for the client's own found option (and a line's own period)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hbdesk.models.vocab import REFUSED_CATEGORIES
from hbdesk.services.budget import OwnOption
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.stages.money_common import (
    area_names,
    category_names,
    error_label,
    fill_combo,
    frequency_names,
    named,
    parse_amount,
    parse_count,
    plain_label,
    unit_names,
)
from hbdesk.ui.workspace.forms import to_date, to_qdate


class LinePeriod(QWidget):
    """A line's own period inside the budget's (empty answer: the whole budget period)."""

    changed = Signal()

    def __init__(self, from_name: str, to_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.starts = named(QDateEdit(self), from_name)
        self.ends = named(QDateEdit(self), to_name)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            row.addWidget(edit)
        row.addStretch(1)
        self._budget: tuple[dt.date, dt.date] | None = None

    def set_budget_period(self, start: dt.date, end: dt.date) -> None:
        if self._budget == (start, end):
            return
        self._budget = (start, end)
        for edit in (self.starts, self.ends):
            edit.blockSignals(True)
            edit.setDateRange(to_qdate(start), to_qdate(end))
        self.starts.setDate(to_qdate(start))
        self.ends.setDate(to_qdate(end))
        for edit in (self.starts, self.ends):
            edit.blockSignals(False)

    def span(self) -> tuple[dt.date, dt.date]:
        return to_date(self.starts), to_date(self.ends)

    def for_service(self) -> tuple[dt.date | None, dt.date | None]:
        """None for an end that is the budget's own (the line follows the budget)."""
        start, end = self.span()
        if self._budget is None:
            return None, None
        return (
            None if start == self._budget[0] else start,
            None if end == self._budget[1] else end,
        )


class OwnOptionForm(QGroupBox):
    """Description, provider, unit, price, quantity, how often, category, law, quote, period."""

    typed = Signal()  # anything that changes the price was edited
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The client's own found option"))
        form = form_layout(self)
        self.description = named(QLineEdit(self), self.tr("Description"))
        self.provider = named(QLineEdit(self), self.tr("Provider"))
        self.unit = named(QComboBox(self), self.tr("Unit"))
        fill_combo(self.unit, unit_names())
        self.price = named(QLineEdit(self), self.tr("Unit price (€)"))
        self.price.setPlaceholderText("0,00")
        self.quantity = named(QLineEdit("1", self), self.tr("Quantity"))
        self.frequency = named(QComboBox(self), self.tr("How often"))
        fill_combo(self.frequency, frequency_names())
        self.category = named(QComboBox(self), self.tr("Category"))
        fill_combo(self.category, category_names(), skip=tuple(REFUSED_CATEGORIES))
        self.area = named(QComboBox(self), self.tr("Law"))
        fill_combo(self.area, area_names())
        # The laws' names are long: the list may be narrower than the longest (it grows with
        # the form; the open list shows every name whole).
        self.area.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area.setMinimumContentsLength(16)
        self.quote = named(QLineEdit(self), self.tr("Quote or offer (optional)"))
        self.period = LinePeriod(self.tr("Own option from"), self.tr("Own option to"), self)
        for label, widget in (
            (self.tr("Description"), self.description),
            (self.tr("Provider"), self.provider),
            (self.tr("Unit"), self.unit),
            (self.tr("Unit price (€)"), self.price),
            (self.tr("Quantity"), self.quantity),
            (self.tr("How often"), self.frequency),
            (self.tr("Period"), self.period),
            (self.tr("Category"), self.category),
            (self.tr("Law"), self.area),
            (self.tr("Quote or offer"), self.quote),
        ):
            form.addRow(label, widget)
        for edit in (self.price, self.quantity):
            edit.textChanged.connect(lambda _t: self.typed.emit())
        self.frequency.currentIndexChanged.connect(lambda _i: self.typed.emit())
        self.area.currentIndexChanged.connect(lambda _i: self.typed.emit())
        self.period.changed.connect(self.typed.emit)
        self.preview = plain_label("", self)
        self.preview.setAccessibleName(self.tr("Price of the own option"))
        self.error = error_label(self)
        self.button = named(QPushButton(self.tr("Add own option"), self), self.tr("Add own option"))
        self.button.clicked.connect(self.add_requested.emit)
        form.addRow(self.preview)
        form.addRow(self.error)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        form.addRow(row)

    def option(self) -> OwnOption:
        """What was typed; DomainError (in words via error_words) for a bad amount."""
        starts, ends = self.period.for_service()
        return OwnOption(
            description=self.description.text(),
            provider=self.provider.text(),
            unit=self.unit.currentData(),
            unit_price=parse_amount(self.price.text()),
            quantity=parse_count(self.quantity.text()),
            frequency=self.frequency.currentData(),
            category=self.category.currentData(),
            service_area=self.area.currentData(),
            quote_ref=self.quote.text().strip() or None,
            starts_on=starts,
            ends_on=ends,
        )

    def clear_after_adding(self) -> None:
        for edit in (self.description, self.provider, self.price, self.quote):
            edit.clear()
        self.quantity.setText("1")
