"""Stage 7: use of the budget — spending by payment method, confirmations, balance and pace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
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
from hbdesk.models.errors import DomainError
from hbdesk.models.vocab import Stage
from hbdesk.services import ledger, spending_view
from hbdesk.services.ledger import Spending
from hbdesk.services.spending_view import BudgetState, ChartPoint, SpendingRow
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.charts import LineChart, Series
from hbdesk.ui.reflow import Columns
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.money_common import (
    author_names,
    category_names,
    error_label,
    error_words,
    fill_combo,
    heading,
    held_reason_names,
    method_names,
    named,
    parse_amount,
    plain_label,
    plain_labels,
    register_words,
    scrolled,
    show_error,
    show_invalid,
    source_names,
    status_names,
)
from hbdesk.ui.stages.money_tables import make_table
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import to_date, to_qdate

# The entries the list shows first (with every older one still open): "Show older" for more.
NEWEST = 50


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = named(QDateEdit(parent), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setDate(QDate.currentDate())
    return edit


class UsePage(StagePage):
    """Follow the budget up to date: every payment method in one list, the balance always clear."""

    stage = Stage.IN_USE
    kinds = frozenset(
        {
            "spending_entries",
            "invoice_confirmations",
            "receipt_reports",
            "decisions",
            "held_payments",
        }
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("UsePage", "Use of the budget")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_words()
        self._newest: int | None = NEWEST
        self._shown_client: str | None = None
        self.states: list[BudgetState] = []
        self.rows: list[SpendingRow] = []
        content = QWidget(self)
        self.body = QVBoxLayout(content)
        self.body.addWidget(heading(self.tr("Use of the budget"), content))
        self.status = plain_label("", content)
        self.body.addWidget(self.status)
        self.chain = named(QComboBox(content), self.tr("Decision whose budget is shown"))
        self.chain.currentIndexChanged.connect(lambda _index: self._show_state())
        self.body.addWidget(self.chain)
        self._build_balance(content)
        self._build_list(content)
        self._build_entry_actions(content)
        self._build_record(content)
        self.body.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content, self))
        plain_labels(self)

    # ---- building -------------------------------------------------------------------
    def _build_balance(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Balance"), parent)
        layout = QVBoxLayout(box)
        self.balance_label = heading("", box, size=6)
        self.parts_label = plain_label("", box)
        self.warning_label = plain_label("", box)
        self.warning_label.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold;"
        )
        self.warning_label.hide()
        # Spending the county's systems reported but its server held: shown, not counted.
        self.held_label = plain_label("", box)
        self.held_label.setAccessibleName(self.tr("Payments held by the county"))
        self.held_label.setWordWrap(True)
        self.held_label.hide()
        self.chart = LineChart(self.tr("Spending over the validity period"), box)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.parts_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.held_label)
        layout.addWidget(self.chart)
        self.body.addWidget(box)

    def _build_list(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Spending"), parent)
        layout = QVBoxLayout(box)
        self.method_filter = named(QComboBox(box), self.tr("Show payment method"))
        self.method_filter.addItem(self.tr("All payment methods"), None)
        for code, words in method_names().items():
            self.method_filter.addItem(words, code)
        self.method_filter.currentIndexChanged.connect(self._fill_table)
        layout.addWidget(self.method_filter)
        self.table = make_table(
            box,
            [
                self.tr("Date"),
                self.tr("Payment method"),
                self.tr("Provider"),
                self.tr("Category"),
                self.tr("Amount"),
                self.tr("State"),
                self.tr("Source"),
                self.tr("Confirmed by"),
            ],
            self.tr("Spending entries"),
        )
        self.table.setMinimumHeight(max(200, self.table.fontMetrics().lineSpacing() * 12))
        self.table.itemSelectionChanged.connect(self._entry_chosen)
        layout.addWidget(self.table)
        self.older_button = named(QPushButton("", box), self.tr("Show older entries"))
        self.older_button.clicked.connect(self._show_older)
        self.older_button.hide()
        # At its own width at the start of the row, as on the follow-up page: not a bar.
        layout.addWidget(self.older_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(box)

    def _build_entry_actions(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("The chosen entry"), parent)
        layout = QVBoxLayout(box)
        self.entry_label = plain_label(self.tr("Choose an entry in the list."), box)
        layout.addWidget(self.entry_label)
        grid = Columns(box)  # side by side on a wide screen, one under the other when narrow
        layout.addWidget(grid)
        # The client's confirmation of an invoice (kuittaus): a deliberate act.
        self.confirm_box = QGroupBox(self.tr("Confirmation of the invoice with the client"), box)
        form = form_layout(self.confirm_box)
        self.confirmed_by = named(QComboBox(self.confirm_box), self.tr("Who confirmed"))
        fill_combo(
            self.confirmed_by,
            {k: v for k, v in author_names().items() if k in ("client", "support_person")},
        )
        self.confirmed_on = _date_edit(self.confirm_box, self.tr("Confirmed on"))
        self.verdict = named(QComboBox(self.confirm_box), self.tr("The client's answer"))
        self.verdict.addItem(self.tr("The invoice is correct"), "correct")
        self.verdict.addItem(self.tr("The invoice is disputed"), "disputed")
        self.confirm_comment = named(QLineEdit(self.confirm_box), self.tr("Comment (optional)"))
        self.confirm_button = named(
            QPushButton(self.tr("Record the client's confirmation"), self.confirm_box),
            self.tr("Record the client's confirmation"),
        )
        self.confirm_button.clicked.connect(self._confirm)
        self.confirm_error = error_label(self.confirm_box)
        form.addRow(self.tr("Who"), self.confirmed_by)
        form.addRow(self.tr("When"), self.confirmed_on)
        form.addRow(self.tr("Answer"), self.verdict)
        form.addRow(self.tr("Comment"), self.confirm_comment)
        form.addRow(self.confirm_button)
        form.addRow(self.confirm_error)
        grid.add(self.confirm_box)
        self._build_receipts(box, grid)
        self._build_reverse(box, grid)
        self.body.addWidget(box)

    def _build_receipts(self, box: QWidget, grid: Columns) -> None:
        self.receipt_box = QGroupBox(self.tr("Receipts for a direct payment"), box)
        form = form_layout(self.receipt_box)
        self.receipt_amount = named(QLineEdit(self.receipt_box), self.tr("Receipts total (€)"))
        self.receipt_on = _date_edit(self.receipt_box, self.tr("Reported on"))
        self.receipt_text = named(QLineEdit(self.receipt_box), self.tr("What the receipts are"))
        self.receipt_button = named(
            QPushButton(self.tr("Report receipts"), self.receipt_box), self.tr("Report receipts")
        )
        self.receipt_button.clicked.connect(self._report_receipts)
        self.receipt_error = error_label(self.receipt_box)
        form.addRow(self.tr("Amount (€)"), self.receipt_amount)
        form.addRow(self.tr("When"), self.receipt_on)
        form.addRow(self.tr("What"), self.receipt_text)
        form.addRow(self.receipt_button)
        form.addRow(self.receipt_error)
        grid.add(self.receipt_box)

    def _build_reverse(self, box: QWidget, grid: Columns) -> None:
        self.reverse_box = QGroupBox(self.tr("Correction"), box)
        form = form_layout(self.reverse_box)
        self.reverse_reason = named(QLineEdit(self.reverse_box), self.tr("Reason for correction"))
        self.reverse_button = named(
            QPushButton(self.tr("Reverse the entry"), self.reverse_box),
            self.tr("Reverse the entry"),
        )
        self.reverse_button.clicked.connect(self._reverse)
        self.reverse_error = error_label(self.reverse_box)
        form.addRow(self.tr("Reason"), self.reverse_reason)
        form.addRow(self.reverse_button)
        form.addRow(self.reverse_error)
        grid.add(self.reverse_box)

    def _build_record(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Record spending"), parent)
        form = form_layout(box)
        self.new_method = named(QComboBox(box), self.tr("Payment method"))
        fill_combo(self.new_method, method_names())
        self.new_amount = named(QLineEdit(box), self.tr("Amount (€)"))
        self.new_amount.setPlaceholderText("0,00")
        self.new_date = _date_edit(box, self.tr("Date of purchase"))
        self.new_category = named(QComboBox(box), self.tr("Category"))
        fill_combo(self.new_category, category_names())
        self.new_provider = named(QLineEdit(box), self.tr("Provider"))
        self.new_description = named(QLineEdit(box), self.tr("Description (optional)"))
        self.record_button = named(
            QPushButton(self.tr("Record spending"), box), self.tr("Record spending")
        )
        self.record_button.clicked.connect(self._record)
        self.record_error = error_label(box)
        form.addRow(self.tr("Payment method"), self.new_method)
        form.addRow(self.tr("Amount (€)"), self.new_amount)
        form.addRow(self.tr("Date"), self.new_date)
        form.addRow(self.tr("Category"), self.new_category)
        form.addRow(self.tr("Provider"), self.new_provider)
        form.addRow(self.tr("Description"), self.new_description)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.record_error)
        self.body.addWidget(box)

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        if self.client_id is None:
            return
        client = self.client_id
        if client != self._shown_client:  # another client: the newest entries first again
            self._newest, self._shown_client = NEWEST, client
        self.ctx.runner.call(
            spending_view.use_of_budget,
            self.ctx.vault,
            self.ctx.actor,
            client,
            self.chain.currentData(),
            newest=self._newest,
            on_done=lambda got: self._loaded(client, *got),
        )

    def _show_older(self) -> None:
        """Every entry of the chain, not only the newest and the open ones."""
        self._newest = None
        self.reload()

    def _loaded(
        self,
        client_id: str,
        states: list[BudgetState],
        chain_id: str | None,
        points: list[ChartPoint],
    ) -> None:
        if client_id != self.client_id:
            return
        chosen = chain_id or self.chain.currentData()
        self.states = states
        self.chain.blockSignals(True)
        self.chain.clear()
        lang = self.ctx.lang
        for s in states:
            d = s.decision
            self.chain.addItem(
                f"{d.number}: {formatting.date(d.valid_from, lang)} – "
                f"{formatting.date(d.valid_to, lang)}",
                s.chain_id,
            )
        index = self.chain.findData(chosen) if chosen else -1
        self.chain.setCurrentIndex(index if index >= 0 else len(states) - 1)
        self.chain.blockSignals(False)
        self.chain.setVisible(len(states) > 1)
        state = self._state()
        ready = points if state is not None and state.chain_id == chain_id else None
        self._show_state(ready)

    def _state(self) -> BudgetState | None:
        index = self.chain.currentIndex()
        return self.states[index] if 0 <= index < len(self.states) else None

    def _show_state(self, points: list[ChartPoint] | None = None) -> None:
        """The chosen chain's money; its chart from `points`, else read now (a chain the
        person chose: a screen of its own)."""
        state, lang = self._state(), self.ctx.lang
        if state is None:
            self.status.setText(
                self.tr("No budget decision yet: spending starts after the decision.")
            )
            self.balance_label.setText("")
            self.parts_label.setText("")
            self.warning_label.hide()
            self.held_label.hide()
            self.rows = []
            self._fill_table()
            return
        b, d = state.balance, state.decision
        self.status.setText(
            self.tr("Decision %1, valid %2 – %3")
            .replace("%1", d.number)
            .replace("%2", formatting.date(d.valid_from, lang))
            .replace("%3", formatting.date(d.valid_to, lang))
        )
        self.balance_label.setText(
            self.tr("Left: %1").replace("%1", formatting.money(b.available, lang))
        )
        self.parts_label.setText(
            self.tr("Granted %1 − confirmed %2 − pending %3 = left %4")
            .replace("%1", formatting.money(b.granted, lang))
            .replace("%2", formatting.money(b.confirmed, lang))
            .replace("%3", formatting.money(b.pending, lang))
            .replace("%4", formatting.money(b.available, lang))
        )
        self._show_warning(state)
        self._show_held(state)
        self.rows = state.rows
        self._fill_table()
        client, chain = self.client_id, state.chain_id
        if points is not None:
            self._chart(client, chain, points)
            return
        self.ctx.runner.call(
            spending_view.balance_series,
            self.ctx.vault,
            self.ctx.actor,
            client,
            chain,
            step_days=7,
            on_done=lambda points: self._chart(client, chain, points),
        )

    def _show_warning(self, state: BudgetState) -> None:
        p, lang = state.pace, self.ctx.lang
        if not p.warning:
            self.warning_label.hide()
            return
        if p.runs_out_on is not None:
            text = (
                self.tr(
                    "At the pace so far the budget runs out on %1, before the validity "
                    "period ends on %2."
                )
                .replace("%1", formatting.date(p.runs_out_on, lang))
                .replace("%2", formatting.date(state.decision.valid_to, lang))
            )
        else:
            text = self.tr("More has been used than was granted.")
        self.warning_label.setText(text)
        self.warning_label.show()

    def _show_held(self, state: BudgetState) -> None:
        """Payments the county held (not in the balance), each with why."""
        lang, reasons = self.ctx.lang, held_reason_names()
        if not state.held:
            self.held_label.hide()
            return
        lines = [
            f"{formatting.date(h.spent_on, lang)} · {h.provider} · "
            f"{formatting.money(h.amount, lang)} · {reasons.get(h.reason, h.reason)}"
            for h in state.held
        ]
        self.held_label.setText(
            self.tr("Held by the county, not counted in the balance:") + "\n" + "\n".join(lines)
        )
        self.held_label.show()

    def _chart(self, client_id: str | None, chain_id: str, points: list[ChartPoint]) -> None:
        state = self._state()
        if client_id != self.client_id or state is None or state.chain_id != chain_id:
            return
        lang = self.ctx.lang
        points = _up_to_today(points, state)
        granted = [(p.day, p.available + p.used) for p in points]
        series = [
            Series(
                self.tr("Used (confirmed and pending)"),
                [(p.day, p.used) for p in points],
                "#1f5f99",
                width=3,
            ),
            Series(
                self.tr("Even pace"),
                [(p.day, p.even_pace) for p in points],
                "#6c757d",
                dashed=True,
                width=2,
            ),
            Series(self.tr("Granted sum"), granted, "#2e7d32", width=2),
        ]
        if points:
            last = points[-1]
            summary = (
                self.tr("By %1, %2 of %3 used; at an even pace it would be %4.")
                .replace("%1", formatting.date(last.day, lang))
                .replace("%2", formatting.money(last.used, lang))
                .replace("%3", formatting.money(last.available + last.used, lang))
                .replace("%4", formatting.money(last.even_pace, lang))
            )
        else:
            summary = self.tr("The validity period has not started yet.")
        self.chart.set_series(series, summary=summary, value_label="")

    def _visible_rows(self) -> list[SpendingRow]:
        method = self.method_filter.currentData()
        chosen = [r for r in self.rows if method is None or r.entry.method == method]
        return chosen[::-1]  # newest first

    def _fill_table(self) -> None:
        state = self._state()
        older = state.older if state is not None else 0
        self.older_button.setText(self.tr("Show %n older entries", "", older) if older else "")
        self.older_button.setVisible(older > 0)
        lang = self.ctx.lang
        methods, cats = method_names(), category_names()
        states, sources, who = status_names(), source_names(), author_names()

        def cells(row: SpendingRow) -> list[str]:
            e = row.entry
            return [
                formatting.date(e.spent_on, lang),
                methods.get(e.method, e.method),
                e.provider,
                cats.get(e.category, e.category),
                formatting.money(e.amount, lang),
                states.get(row.status, row.status),
                " · ".join(x for x in (sources.get(e.source, e.source), row.source_system) if x),
                who.get(row.confirmed_by or "", ""),
            ]

        self.table.set_rows([cells(row) for row in self._visible_rows()], right=(4,))
        self._entry_chosen()

    def _chosen(self) -> SpendingRow | None:
        rows = self._visible_rows()
        index = self.table.currentRow()
        return rows[index] if 0 <= index < len(rows) else None

    def _entry_chosen(self) -> None:
        row = self._chosen()
        open_entry = row is not None and row.status != "reversed"
        method = row.entry.method if row is not None else None
        self.confirm_box.setEnabled(open_entry and method == "invoice")
        self.receipt_box.setEnabled(open_entry and method == "direct_payment")
        self.reverse_box.setEnabled(open_entry)
        if row is None:
            self.entry_label.setText(self.tr("Choose an entry in the list."))
            return
        e, lang = row.entry, self.ctx.lang
        text = (
            f"{formatting.date(e.spent_on, lang)} · {method_names().get(e.method, '')} · "
            f"{e.provider} · {formatting.money(e.amount, lang)} · "
            f"{status_names().get(row.status, '')}"
        )
        if e.method == "direct_payment":
            text += " · " + self.tr("receipts %1").replace(
                "%1", formatting.money(row.receipts_total, lang)
            )
        self.entry_label.setText(text)
        for edit in (self.confirmed_on, self.receipt_on):
            edit.setDate(to_qdate(max(dt.date.today(), e.spent_on)))

    # ---- recording --------------------------------------------------------------------
    def _call(
        self,
        fn: Callable[..., object],
        *args: object,
        error: QLabel,
        clear: tuple[QLineEdit, ...] = (),
        **kwargs: object,
    ) -> None:
        show_error(error, "")

        def cleared(_value: object) -> None:
            for edit in clear:
                edit.clear()

        self.ctx.runner.call(
            fn,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            *args,
            on_done=cleared,
            on_error=lambda exc: show_error(error, error_words(exc)),
            **kwargs,
        )

    def _record(self) -> None:
        try:
            amount = parse_amount(self.new_amount.text())
        except DomainError as exc:
            show_invalid(self.record_error, self.new_amount, error_words(exc))
            return
        state = self._state()
        spending = Spending(
            method=self.new_method.currentData(),
            amount=amount,
            spent_on=to_date(self.new_date),
            category=self.new_category.currentData(),
            provider=self.new_provider.text(),
            description=self.new_description.text(),
            decision_id=state.decision.id if state else None,
        )
        self._call(
            ledger.record_spending,
            spending,
            error=self.record_error,
            clear=(self.new_amount, self.new_provider, self.new_description),
        )

    def _confirm(self) -> None:
        row = self._chosen()
        if row is not None:
            self._call(
                ledger.confirm_invoice,
                row.entry.id,
                error=self.confirm_error,
                clear=(self.confirm_comment,),
                confirmed_on=to_date(self.confirmed_on),
                verdict=self.verdict.currentData(),
                confirmed_by=self.confirmed_by.currentData(),
                comment=self.confirm_comment.text().strip() or None,
            )

    def _report_receipts(self) -> None:
        row = self._chosen()
        if row is None:
            return
        try:
            amount = parse_amount(self.receipt_amount.text())
        except DomainError as exc:
            show_invalid(self.receipt_error, self.receipt_amount, error_words(exc))
            return
        self._call(
            ledger.report_receipts,
            row.entry.id,
            error=self.receipt_error,
            clear=(self.receipt_amount, self.receipt_text),
            amount=amount,
            reported_on=to_date(self.receipt_on),
            description=self.receipt_text.text(),
        )

    def _reverse(self) -> None:
        row = self._chosen()
        if row is not None:
            self._call(
                ledger.reverse_entry,
                row.entry.id,
                error=self.reverse_error,
                clear=(self.reverse_reason,),
                reason=self.reverse_reason.text(),
            )


def _up_to_today(points: list[ChartPoint], state: BudgetState) -> list[ChartPoint]:
    """The weekly series ends up to six days back: end it with today's balance."""
    b, today = state.balance, state.balance.as_of
    if not points or points[-1].day >= today or today > state.decision.valid_to:
        return points
    even = (b.granted * state.pace.elapsed_share).quantize(Decimal("0.01"))
    return [*points, ChartPoint(today, b.available, b.confirmed + b.pending, even)]
