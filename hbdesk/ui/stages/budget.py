"""Stage 5: the budget builder — catalogue search, own options, totals as you type."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.budget import BudgetLine
from hbdesk.models.catalogue import CatalogueItem
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import short_id
from hbdesk.models.vocab import Stage
from hbdesk.services import budget as budget_service
from hbdesk.services.budget import BudgetView
from hbdesk.services.catalogue_benefit import Benefit, search_with_benefit
from hbdesk.ui.benefit_words import benefit_sentence
from hbdesk.ui.flow_layout import FlowLayout
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.money_budget_own import LinePeriod, OwnOptionForm
from hbdesk.ui.stages.money_budget_preview import DraftLine, preview
from hbdesk.ui.stages.money_common import (
    area_names,
    category_names,
    error_label,
    error_words,
    fill_combo,
    frequency_names,
    heading,
    named,
    parse_amount,
    parse_count,
    plain_label,
    plain_labels,
    register_words,
    scrolled,
    select_code,
    show_error,
    show_invalid,
    unit_names,
)
from hbdesk.ui.stages.money_tables import cell, make_table
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import to_date

SEARCH_DELAY_MS = 200


class BudgetPage(StagePage):
    """Build the budget from real prices; totals per line, per law and overall."""

    stage = Stage.BUDGET
    kinds = frozenset({"budgets", "budget_lines", "decisions", "decision_drafts"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BudgetPage", "Budget")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_words()
        self.view: BudgetView | None = None
        self.found: list[CatalogueItem] = []
        self.benefits: dict[str, Benefit] = {}  # catalogue code → what is known of its benefit
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        content = QWidget(self)
        self.body = QVBoxLayout(content)
        self.header = heading(self.tr("Budget"), content)
        self.status = plain_label("", content)
        self.status.setAccessibleName(self.tr("Budget status"))
        self.body.addWidget(self.header)
        self.body.addWidget(self.status)
        self._build_create(content)
        self._build_lines(content)
        self._build_totals(content)
        self._build_search(content)
        self._build_own(content)
        self.body.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content, self))
        plain_labels(self)
        self._show_view()

    # ---- building -------------------------------------------------------------------
    def _build_create(self, parent: QWidget) -> None:
        self.create_box = QGroupBox(self.tr("New budget version"), parent)
        row = FlowLayout(self.create_box)
        self.valid_from = named(QDateEdit(self.create_box), self.tr("Budget valid from"))
        self.valid_to = named(QDateEdit(self.create_box), self.tr("Budget valid to"))
        for edit in (self.valid_from, self.valid_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
        today = QDate.currentDate()
        self.valid_from.setDate(today)
        self.valid_to.setDate(today.addYears(1).addDays(-1))
        self.create_button = named(
            QPushButton(self.tr("Create budget"), self.create_box), self.tr("Create budget")
        )
        self.create_button.clicked.connect(self._create)
        row.addWidget(QLabel(self.tr("From"), self.create_box))
        row.addWidget(self.valid_from)
        row.addWidget(QLabel(self.tr("to"), self.create_box))
        row.addWidget(self.valid_to)
        row.addWidget(self.create_button)
        self.body.addWidget(self.create_box)

    def _build_lines(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Budget lines"), parent)
        self.lines_box = box
        layout = QVBoxLayout(box)
        self.lines_table = make_table(
            box,
            [
                self.tr("Description"),
                self.tr("Provider"),
                self.tr("Law"),
                self.tr("Unit price"),
                self.tr("Quantity"),
                self.tr("How often"),
                self.tr("Times"),
                self.tr("Line total"),
            ],
            self.tr("Budget lines"),
        )
        self.lines_table.itemSelectionChanged.connect(self._line_selected)
        layout.addWidget(self.lines_table)
        edit = QHBoxLayout()
        self.line_quantity = named(QLineEdit(box), self.tr("Quantity of the chosen line"))
        self.line_frequency = named(QComboBox(box), self.tr("How often, chosen line"))
        fill_combo(self.line_frequency, frequency_names())
        self.line_price = named(QLineEdit(box), self.tr("Unit price of the chosen line"))
        self.save_line_button = named(QPushButton(self.tr("Save line"), box), self.tr("Save line"))
        self.remove_line_button = named(
            QPushButton(self.tr("Remove line"), box), self.tr("Remove line")
        )
        self.line_quantity.textChanged.connect(self._update_totals)
        self.line_price.textChanged.connect(self._update_totals)
        self.line_frequency.currentIndexChanged.connect(self._update_totals)
        self.save_line_button.clicked.connect(self._save_line)
        self.remove_line_button.clicked.connect(self._remove_line)
        for w in (
            self.line_quantity,
            self.line_frequency,
            self.line_price,
            self.save_line_button,
            self.remove_line_button,
        ):
            edit.addWidget(w)
        layout.addLayout(edit)
        self.line_error = error_label(box)
        layout.addWidget(self.line_error)
        self.propose_button = named(
            QPushButton(self.tr("Budget ready for decision"), box),
            self.tr("Budget ready for decision"),
        )
        self.propose_button.clicked.connect(self._propose)
        self.revise_button = named(
            QPushButton(self.tr("Start a revised budget"), box), self.tr("Start a revised budget")
        )
        self.revise_button.clicked.connect(self._create)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.revise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.body.addWidget(box)

    def _build_totals(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Totals"), parent)
        layout = QVBoxLayout(box)
        self.total_label = heading("", box, size=4)
        self.total_label.setAccessibleName(self.tr("Budget total"))
        self.area_label = plain_label("", box)
        self.area_label.setAccessibleName(self.tr("Totals per law"))
        self.compare_label = plain_label("", box)
        self.compare_label.setAccessibleName(self.tr("Compared with the client's own options"))
        layout.addWidget(self.total_label)
        layout.addWidget(self.area_label)
        layout.addWidget(self.compare_label)
        self.body.addWidget(box)

    def _build_search(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Price catalogue"), parent)
        self.search_box = box
        layout = QVBoxLayout(box)
        self.search_edit = named(QLineEdit(box), self.tr("Search the price catalogue"))
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        layout.addWidget(self.search_edit)
        self.results = make_table(
            box,
            [
                self.tr("Name"),
                self.tr("Provider"),
                self.tr("Unit"),
                self.tr("Unit price"),
                self.tr("Category"),
                self.tr("Known benefit"),
                self.tr("Notes"),
            ],
            self.tr("Catalogue items"),
        )
        self.results.itemSelectionChanged.connect(self._update_totals)
        self.results.itemSelectionChanged.connect(self._show_benefit)
        layout.addWidget(self.results)
        self.benefit_label = plain_label("", box)
        self.benefit_label.setAccessibleName(self.tr("What is known of the chosen item's benefit"))
        self.benefit_label.setStyleSheet("color: #1d5c3a;")
        self.benefit_label.hide()
        layout.addWidget(self.benefit_label)
        self.catalogue_label = plain_label("", box)
        self.catalogue_label.setAccessibleName(self.tr("Catalogue version"))
        layout.addWidget(self.catalogue_label)
        row = FlowLayout()  # wraps in a narrow window instead of widening the page
        self.add_quantity = named(QLineEdit("1", box), self.tr("Quantity to add"))
        self.add_frequency = named(QComboBox(box), self.tr("How often, line to add"))
        fill_combo(self.add_frequency, frequency_names())
        select_code(self.add_frequency, "monthly")
        self.add_period = LinePeriod(self.tr("Line from"), self.tr("Line to"), box)
        self.add_period.changed.connect(self._update_totals)
        self.add_button = named(
            QPushButton(self.tr("Add to budget"), box), self.tr("Add the chosen item to the budget")
        )
        self.add_quantity.textChanged.connect(self._update_totals)
        self.add_frequency.currentIndexChanged.connect(self._update_totals)
        self.add_button.clicked.connect(self._add_catalogue_line)
        quantity_label = plain_label(self.tr("Quantity"), box, wrap=False)
        quantity_label.setBuddy(self.add_quantity)
        row.addWidget(quantity_label)
        row.addWidget(self.add_quantity)
        row.addWidget(self.add_frequency)
        row.addWidget(self.add_period)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.add_preview = plain_label("", box)
        self.add_preview.setAccessibleName(self.tr("Price of the line to add"))
        self.add_error = error_label(box)
        layout.addWidget(self.add_preview)
        layout.addWidget(self.add_error)
        self.body.addWidget(box)

    def _build_own(self, parent: QWidget) -> None:
        self.own_box = OwnOptionForm(parent)
        box = self.own_box
        self.own_description, self.own_provider = box.description, box.provider
        self.own_unit, self.own_price, self.own_quantity = box.unit, box.price, box.quantity
        self.own_frequency, self.own_category, self.own_area = (
            box.frequency,
            box.category,
            box.area,
        )
        self.own_quote, self.own_period = box.quote, box.period
        self.own_preview, self.own_error, self.own_button = box.preview, box.error, box.button
        box.typed.connect(self._update_totals)
        box.add_requested.connect(self._add_own_line)
        self.body.addWidget(box)

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        if self.client_id is None:
            return
        client = self.client_id
        self.ctx.runner.call(
            budget_service.get_budget,
            self.ctx.vault,
            self.ctx.actor,
            client,
            on_done=lambda view: self._loaded(client, view),
        )

    def _loaded(self, client_id: str, view: BudgetView | None) -> None:
        if client_id != self.client_id:
            return
        self.view = view
        self._show_view()
        self._search()

    def _is_draft(self) -> bool:
        return self.view is not None and self.view.budget.status == "draft"

    def _show_view(self) -> None:
        view, lang = self.view, self.ctx.lang
        draft = self._is_draft()
        self.create_box.setVisible(view is None)
        self.lines_box.setVisible(view is not None)
        for w in (self.search_box, self.own_box):
            w.setVisible(draft)
        for control in (
            self.line_quantity,
            self.line_frequency,
            self.line_price,
            self.save_line_button,
            self.remove_line_button,
            self.propose_button,
        ):
            control.setEnabled(draft)
        self.revise_button.setVisible(view is not None and not draft)
        if view is None:
            self.status.setText(self.tr("No budget yet. Create one for the validity period."))
            self.lines_table.setRowCount(0)
            self._update_totals()
            return
        b = view.budget
        for period in (self.add_period, self.own_period):
            period.set_budget_period(b.valid_from, b.valid_to)
        state = self.tr("draft") if draft else self.tr("decided (read only)")
        self.status.setText(
            self.tr("Version %1, %2 – %3, %4")
            .replace("%1", str(b.version))
            .replace("%2", formatting.date(b.valid_from, lang))
            .replace("%3", formatting.date(b.valid_to, lang))
            .replace("%4", state)
        )
        names = frequency_names()
        areas = area_names()
        cells = []
        for line, total in zip(view.lines, view.totals.lines, strict=True):
            open_fields = view.unsettled.get(line.id, frozenset())
            cells.append(
                [
                    line.description,
                    line.provider,
                    areas.get(line.service_area, ""),
                    _unsettled(
                        formatting.money(line.unit_price, lang), "unit_price" in open_fields
                    ),
                    _unsettled(
                        formatting.number(line.quantity, lang, decimals=_decimals(line.quantity)),
                        "quantity" in open_fields,
                    ),
                    names.get(line.frequency, line.frequency),
                    str(total.occurrences),
                    formatting.money(total.total, lang),
                ]
            )
        self.lines_table.set_rows(cells, right=range(3, 8))
        self._line_selected()
        self._update_totals()

    # ---- totals as you type -----------------------------------------------------------
    def _draft_lines(self) -> tuple[list[DraftLine], str | None]:
        """The stored lines with the chosen line's typed changes; the first typing problem."""
        if self.view is None:
            return [], None
        b = self.view.budget
        chosen = self._chosen_line()
        problem = None
        lines = []
        for line in self.view.lines:
            price, quantity, freq = line.unit_price, line.quantity, line.frequency
            if chosen is not None and line.id == chosen.id:
                freq = self.line_frequency.currentData() or freq
                try:
                    quantity = parse_count(self.line_quantity.text())
                    if line.source == "own_option":
                        price = parse_amount(self.line_price.text())
                except DomainError as exc:
                    problem = error_words(exc)
            lines.append(
                DraftLine(
                    line.service_area,
                    price,
                    quantity,
                    freq,
                    line.starts_on or b.valid_from,
                    line.ends_on or b.valid_to,
                )
            )
        return lines, problem

    def _typed_new_line(self) -> tuple[DraftLine | None, DraftLine | None]:
        """What the catalogue row and the own option would add, if typed correctly."""
        if self.view is None:
            return None, None
        item = self._chosen_item()
        add = own = None
        if item is not None:
            try:
                add = DraftLine(
                    item.service_area,
                    item.unit_price,
                    parse_count(self.add_quantity.text()),
                    self.add_frequency.currentData(),
                    *self.add_period.span(),
                )
            except DomainError:
                add = None
        try:
            own = DraftLine(
                self.own_area.currentData(),
                parse_amount(self.own_price.text()),
                parse_count(self.own_quantity.text()),
                self.own_frequency.currentData(),
                *self.own_period.span(),
            )
        except DomainError:
            own = None
        return add, own

    def _update_totals(self, *_args: object) -> None:
        lang = self.ctx.lang
        lines, problem = self._draft_lines()
        result = preview(lines)
        show_error(self.line_error, problem or "")
        unsettled = self.view.unsettled if self.view is not None else {}
        for row, total in enumerate(result.lines):
            line_id = self.view.lines[row].id if self.view and row < len(self.view.lines) else ""
            text = _unsettled(formatting.money(total, lang), line_id in unsettled)
            self.lines_table.setItem(row, 7, cell(text, True))
        self.total_label.setText(
            _unsettled(
                self.tr("Total %1").replace("%1", formatting.money(result.overall, lang)),
                bool(unsettled),
            )
        )
        areas = area_names()
        self.area_label.setText(
            "\n".join(
                f"{areas.get(area, area)}: {formatting.money(total, lang)}"
                for area, total in sorted(result.by_area.items())
            )
        )
        own_total = (
            sum(
                (
                    t
                    for t, line in zip(result.lines, self.view.lines, strict=True)
                    if line.source == "own_option"
                ),
                Decimal("0.00"),
            )
            if self.view
            else 0
        )
        self.compare_label.setText(
            self.tr("Of which the client's own found options: %1; from the price catalogue: %2")
            .replace("%1", formatting.money(Decimal(own_total), lang))
            .replace("%2", formatting.money(result.overall - Decimal(own_total), lang))
        )
        add, own = self._typed_new_line()
        self.add_preview.setText(self._new_line_words(add, result.overall))
        self.own_preview.setText(self._new_line_words(own, result.overall))

    def _new_line_words(self, line: DraftLine | None, overall: Decimal) -> str:
        if line is None:
            return ""
        lang = self.ctx.lang
        return (
            self.tr("This line: %1 (%n times). Budget with it: %3", "", line.times)
            .replace("%1", formatting.money(line.total, lang))
            .replace("%3", formatting.money(overall + line.total, lang))
        )

    # ---- catalogue search -----------------------------------------------------------
    def _search(self) -> None:
        if not self._is_draft():
            return
        text = self.search_edit.text()
        version = self.view.budget.catalogue_version_id if self.view else None
        self.ctx.runner.call(
            search_with_benefit,
            self.ctx.vault,
            self.ctx.actor,
            text,
            version_id=version,
            limit=100,
            on_done=lambda found: self._found(text, *found),
        )

    def _found(self, text: str, items: list[CatalogueItem], benefits: dict[str, Benefit]) -> None:
        if text != self.search_edit.text():
            return  # an older search answered late
        self.found = items
        self.benefits = benefits
        lang = self.ctx.lang
        units, cats = unit_names(), category_names()
        self.results.set_rows(
            [
                [
                    item.name,
                    item.provider,
                    units.get(item.unit, item.unit),
                    formatting.money(item.unit_price, lang),
                    cats.get(item.category, ""),
                    benefit_sentence(known) if (known := benefits.get(item.code)) else "",
                    item.benefit_notes or item.quality_notes or "",
                ]
                for item in items
            ],
            right=(3,),
        )
        if items and self.results.currentRow() < 0:
            self.results.selectRow(0)
        self._show_benefit()
        b = self.view.budget if self.view else None
        self.catalogue_label.setText(
            self.tr("Prices from the catalogue version the budget was made with (%1, created %2).")
            .replace("%1", short_id(b.catalogue_version_id or "–") if b else "–")
            .replace("%2", formatting.date(b.created_at.date(), lang) if b else "–")
        )
        self._update_totals()

    def _show_benefit(self) -> None:
        item = self._chosen_item()
        known = self.benefits.get(item.code) if item is not None else None
        self.benefit_label.setText(
            self.tr("%1: %2").replace("%1", item.name).replace("%2", benefit_sentence(known))
            if item is not None and known is not None
            else ""
        )
        self.benefit_label.setVisible(known is not None)

    def _chosen_item(self) -> CatalogueItem | None:
        row = self.results.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _chosen_line(self) -> BudgetLine | None:
        if self.view is None:
            return None
        row = self.lines_table.currentRow()
        return self.view.lines[row] if 0 <= row < len(self.view.lines) else None

    def _line_selected(self) -> None:
        line = self._chosen_line()
        self.line_quantity.setText(
            formatting.number(line.quantity, self.ctx.lang, decimals=_decimals(line.quantity))
            if line
            else ""
        )
        self.line_price.setText(_plain_money(line.unit_price) if line else "")
        self.line_price.setEnabled(bool(line and line.source == "own_option" and self._is_draft()))
        for widget in (
            self.line_quantity,
            self.line_frequency,
            self.save_line_button,
            self.remove_line_button,
        ):
            widget.setEnabled(line is not None and self._is_draft())
        if line:
            select_code(self.line_frequency, line.frequency)
        self._update_totals()

    # ---- storing ----------------------------------------------------------------------
    def _create(self) -> None:
        start = to_date(self.valid_from)
        end = to_date(self.valid_to)
        if self.view is not None:  # a revision: same period, lines copied
            start, end = self.view.budget.valid_from, self.view.budget.valid_to
        self.ctx.runner.call(
            budget_service.create_budget,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            valid_from=start,
            valid_to=end,
        )

    def _add_catalogue_line(self) -> None:
        show_error(self.add_error, "")
        item = self._chosen_item()
        if item is None or self.view is None:
            show_error(self.add_error, self.tr("Choose an item from the catalogue first."))
            return
        try:
            quantity = parse_count(self.add_quantity.text())
        except DomainError as exc:
            show_invalid(self.add_error, self.add_quantity, error_words(exc))
            return
        starts, ends = self.add_period.for_service()
        self.ctx.runner.call(
            budget_service.add_catalogue_line,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            self.view.budget.id,
            item_id=item.id,
            quantity=quantity,
            frequency=self.add_frequency.currentData(),
            starts_on=starts,
            ends_on=ends,
            on_error=lambda exc: show_error(self.add_error, error_words(exc)),
        )

    def _add_own_line(self) -> None:
        show_error(self.own_error, "")
        if self.view is None:
            return
        try:
            option = self.own_box.option()
        except DomainError as exc:
            show_error(self.own_error, error_words(exc))
            return
        self.ctx.runner.call(
            budget_service.add_own_option_line,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            self.view.budget.id,
            option,
            on_done=lambda _line: self.own_box.clear_after_adding(),
            on_error=lambda exc: show_error(self.own_error, error_words(exc)),
        )

    def _save_line(self) -> None:
        line = self._chosen_line()
        show_error(self.line_error, "")
        if line is None:
            return
        try:
            quantity = parse_count(self.line_quantity.text())
            price = parse_amount(self.line_price.text()) if line.source == "own_option" else None
        except DomainError as exc:
            field = self.line_price if exc.field == "amount" else self.line_quantity
            show_invalid(self.line_error, field, error_words(exc))
            return
        self.ctx.runner.call(
            budget_service.change_line,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            line.id,
            quantity=quantity,
            frequency=self.line_frequency.currentData(),
            unit_price=price,
            on_error=lambda exc: show_error(self.line_error, error_words(exc)),
        )

    def _remove_line(self) -> None:
        line = self._chosen_line()
        if line is not None:
            self.ctx.runner.call(
                budget_service.remove_line, self.ctx.vault, self.ctx.actor, self.client_id, line.id
            )

    def _propose(self) -> None:
        if self.view is not None:
            self.ctx.runner.call(
                budget_service.propose_budget,
                self.ctx.vault,
                self.ctx.actor,
                self.client_id,
                self.view.budget.id,
                on_done=lambda _b: self.status.setText(
                    self.status.text() + " · " + self.tr("ready for the decision")
                ),
                on_error=lambda exc: show_error(self.line_error, error_words(exc)),
            )


def _unsettled(text: str, in_conflict: bool) -> str:
    """A value two laptops wrote differently is never shown as settled (issue 12)."""
    if not in_conflict:
        return text
    return text + " — " + QCoreApplication.translate("BudgetPage", "in conflict, to be settled")


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _plain_money(value: Decimal) -> str:
    """An amount as a person would type it back ("12,50")."""
    return f"{value:.2f}".replace(".", ",")
