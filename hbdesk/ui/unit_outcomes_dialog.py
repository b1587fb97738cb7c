"""The unit's outcomes beside the worker's own clients (issue 8, given back to workers).

The municipality's latest report for each unit comes down with sync; this dialog shows one
unit's figures and charts side by side with the same figures for the worker's own clients
(`hbdesk.services.unit_outcomes`). Figures resting on fewer than five people say "< 5".
Nothing here names a client.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.services import unit_outcomes
from hbdesk.services.unit_outcomes import Comparison, Figures, PublishedUnit, Value
from hbdesk.ui import domain_messages
from hbdesk.ui.charts import BarPairChart
from hbdesk.ui.lock_parts import plain_label
from hbdesk.ui.stages.money_tables import ReflowTable, make_table
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading

translate = QCoreApplication.translate  # lupdate reads translate("UnitOutcomesDialog", "…")
DASH = "–"


def unit_name(unit: PublishedUnit) -> str:
    if unit.kind == "all":
        return translate("UnitOutcomesDialog", "The whole municipality")
    if unit.kind == "team":
        return translate("UnitOutcomesDialog", "Team %1").replace("%1", unit.name or "")
    return unit.name or ""


class UnitOutcomesDialog(QDialog):
    """One unit's latest report beside "your clients": key figures, then three charts."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: Comparison | None = None
        self.units: list[PublishedUnit] = []
        self.setWindowTitle(self.tr("Outcomes of the unit"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            scaled_heading(self.tr("How your clients are doing against the unit"), self, scale=1.3)
        )
        top = QHBoxLayout()
        self.unit_label = plain_label(self.tr("&Unit"), self, wrap=False)
        self.unit_picker = QComboBox(self)
        self.unit_picker.setAccessibleName(self.tr("Unit"))
        self.unit_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_label.setBuddy(self.unit_picker)
        self.unit_picker.activated.connect(self._on_unit_chosen)
        self.period = plain_label("", self, wrap=False)
        self.period.setAccessibleName(self.tr("Report period"))
        top.addWidget(self.unit_label)
        top.addWidget(self.unit_picker)
        top.addWidget(self.period)
        top.addStretch(1)
        layout.addLayout(top)
        self.message = plain_label(self.tr("Loading…"), self)
        self.message.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.message)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label(
            self.tr(
                "Your clients: the clients whose key worker you are, over the same period and "
                "counted the same way. A figure resting on fewer than five people shows as "
                "“< 5”."
            ),
            self.body,
        )
        self.note.setStyleSheet("color: #444;")
        body.addWidget(self.note)
        self.table: ReflowTable = make_table(
            self.body,
            [self.tr("Figure"), self.tr("The unit"), self.tr("Your clients")],
            self.tr("Key figures: the unit and your clients"),
        )
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.table)
        charts = QGridLayout()
        self.goals_chart = BarPairChart(
            self.tr("Goal attainment at the latest follow-up"), self.body
        )
        self.budget_chart = BarPairChart(self.tr("How much of the budget was used"), self.body)
        self.wellbeing_chart = BarPairChart(self.tr("Self-assessment, latest answers"), self.body)
        for column, chart in enumerate((self.goals_chart, self.budget_chart, self.wellbeing_chart)):
            charts.addWidget(chart, 0, column)
            charts.setColumnStretch(column, 1)
        body.addLayout(charts, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll_area = scroll
        layout.addWidget(scroll, 1)
        self.body.hide()
        self.unit_label.hide()
        self.unit_picker.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1280, 720)
        self.load()

    # ---- loading ----------------------------------------------------------------------
    def load(self, key: str | None = None) -> None:
        """Read the pulled report and this worker's clients off the UI thread (logged)."""
        self.ctx.runner.call(
            _fetch,
            self.ctx.vault,
            self.ctx.actor,
            key,
            on_done=self._on_loaded,
            on_error=self._on_failed,
        )

    def _on_unit_chosen(self, index: int) -> None:
        key = self.unit_picker.itemData(index)
        if self.comparison is None or key != self.comparison.unit.key:
            self.message.setText(self.tr("Loading…"))
            self.message.show()
            self.load(key)

    def _on_failed(self, exc: BaseException) -> None:
        self.message.setText(domain_messages.describe(exc))
        self.message.show()

    def _on_loaded(self, result: tuple[list[PublishedUnit], Comparison | None]) -> None:
        self.units, self.comparison = result
        if self.comparison is None:
            self.message.setText(
                self.tr(
                    "No report has come from the municipality yet; it arrives with sync after "
                    "the report is run."
                )
            )
            self.message.show()
            self.body.hide()
            return
        self.message.hide()
        self.unit_picker.clear()
        for unit in self.units:
            self.unit_picker.addItem(unit_name(unit), unit.key)
        self.unit_picker.setCurrentIndex(self.unit_picker.findData(self.comparison.unit.key))
        several = len(self.units) > 1
        self.unit_label.setVisible(several)
        self.unit_picker.setVisible(several)
        self._fill(self.comparison)
        self.body.show()

    # ---- showing ----------------------------------------------------------------------
    def _fill(self, c: Comparison) -> None:
        lang = self.ctx.lang
        unit = c.unit
        made = (
            self.tr(", made %1").replace("%1", formatting.date(unit.made_at.date(), lang))
            if unit.made_at
            else ""
        )
        head = unit_name(unit) if len(self.units) <= 1 else ""
        period = (
            self.tr("Report period %1–%2")
            .replace("%1", formatting.date(unit.date_from, lang))
            .replace("%2", formatting.date(unit.date_to, lang))
            + made
        )
        self.period.setText(f"{head}: {period}" if head else period)
        rows = [
            (self.tr("Clients"), self._count(c.theirs.clients), self._count(c.yours.clients)),
            (
                self.tr("Goals reached or exceeded at the latest follow-up"),
                self._goals(c.theirs),
                self._goals(c.yours),
            ),
            (
                self.tr("Budget used of the budget granted"),
                self._budget(c.theirs),
                self._budget(c.yours),
            ),
            (
                self.tr("Self-assessment, all domains (0–10): first → latest"),
                self._wellbeing(c.theirs),
                self._wellbeing(c.yours),
            ),
            (
                self.tr("Felt heard and encouraged (anonymous feedback)"),
                self._heard(c.theirs),
                self._heard(c.yours),
            ),
        ]
        self.table.set_rows([list(row) for row in rows], right=(1, 2))
        self.table.reflow()  # its rows' heights now: the table is made as tall as they are
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(i) for i in range(len(rows)))
            + 2 * self.table.frameWidth()
        )
        self._charts(c)

    def _charts(self, c: Comparison) -> None:
        unit_word, yours_word = self.tr("The unit"), self.tr("Your clients")
        scores = ["−2", "−1", "0", "+1", "+2"]
        self._pair(
            self.goals_chart,
            scores,
            c.theirs.goal_shares,
            c.yours.goal_shares,
            (unit_word, yours_word),
            self.tr("Goals by attainment (−2…+2), % of goals"),
            (0, 100),
            6,
        )
        bands = ["0–25", "25–50", "50–75", "75–100", "100+"]
        self._pair(
            self.budget_chart,
            bands,
            c.theirs.use_bands,
            c.yours.use_bands,
            (unit_word, yours_word),
            self.tr("Clients by % of their budget used, % of clients"),
            (0, 100),
            6,
        )
        mine = {d.code: d for d in c.yours.domains}
        titles = [d.title.get(self.ctx.lang) or d.code for d in c.theirs.domains]
        self._pair(
            self.wellbeing_chart,
            titles,
            [d.after for d in c.theirs.domains],
            [
                mine[d.code].after if d.code in mine else unit_outcomes.NONE
                for d in c.theirs.domains
            ],
            (unit_word, yours_word),
            self.tr("Latest self-assessment per domain (0–10)"),
            (0, 10),
            6,
            decimals=1,
        )

    def _pair(
        self,
        chart: BarPairChart,
        groups: list[str],
        theirs: tuple[Value, ...] | list[Value],
        yours: tuple[Value, ...] | list[Value],
        names: tuple[str, str],
        title: str,
        scale: tuple[float, float],
        ticks: int,
        decimals: int = 0,
    ) -> None:
        parts = [
            f"{g}: {self._number(t, decimals)} / {self._number(y, decimals)}"
            for g, t, y in zip(groups, theirs, yours, strict=True)
        ]
        summary = f"{title}. {names[0]} / {names[1]} — " + "; ".join(parts) + "."
        if any(v.hidden for v in (*theirs, *yours)):
            summary += " " + self.tr("No bar where fewer than five people (< 5).")
        chart.chart.setTitle(title)
        chart.set_series(
            groups,
            (names[0], [v.number if v.known else None for v in theirs]),
            (names[1], [v.number if v.known else None for v in yours]),
            summary=summary,
            value_range=scale,
            ticks=ticks,
        )

    # ---- words for figures ------------------------------------------------------------
    def _number(self, v: Value, decimals: int = 0) -> str:
        if v.hidden:
            return unit_outcomes.HIDDEN
        if v.number is None:
            return DASH
        return formatting.number(v.number, self.ctx.lang, decimals=decimals)

    def _pct(self, v: Value) -> str:
        if not v.known:
            return self._number(v)
        assert v.number is not None
        return formatting.percent(v.number / Decimal(100), self.ctx.lang)

    def _count(self, v: Value) -> str:
        return self._number(v)

    def _goals(self, f: Figures) -> str:
        if f.goals.hidden:
            return unit_outcomes.HIDDEN
        if not f.goals.number:
            return self.tr("no goals followed up")
        return (
            self.tr("%1 (of %2 goals)")
            .replace("%1", self._pct(f.goals_reached))
            .replace("%2", self._number(f.goals))
        )

    def _budget(self, f: Figures) -> str:
        if f.budget_clients.hidden:
            return unit_outcomes.HIDDEN
        if not f.budget_clients.number:
            return self.tr("no budget in force")
        return (
            self.tr("%1 (%2 clients)")
            .replace("%1", self._pct(f.used_pct))
            .replace("%2", self._number(f.budget_clients))
        )

    def _wellbeing(self, f: Figures) -> str:
        if f.wellbeing_n.hidden:
            return unit_outcomes.HIDDEN
        if not f.wellbeing_n.number:
            return self.tr("not answered twice")
        return (
            self.tr("%1 → %2 (n = %3)")
            .replace("%1", self._number(f.wellbeing_before, 1))
            .replace("%2", self._number(f.wellbeing_after, 1))
            .replace("%3", self._number(f.wellbeing_n))
        )

    def _heard(self, f: Figures) -> str:
        if f.felt_heard is None or f.feedback_n is None:
            return self.tr("not known: feedback names no one")
        if f.feedback_n.hidden:
            return unit_outcomes.HIDDEN
        return (
            self.tr("%1 (n = %2)")
            .replace("%1", self._pct(f.felt_heard))
            .replace("%2", self._number(f.feedback_n))
        )

    # ---- for tests and screen readers -------------------------------------------------
    def shown_rows(self) -> list[tuple[str, str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(i, 0), text(i, 1), text(i, 2)) for i in range(self.table.rowCount())]


def _fetch(vault, actor, key):  # type: ignore[no-untyped-def]
    """Off the UI thread: the published units and the comparison (None: nothing yet)."""
    units = unit_outcomes.published_units(vault)
    return units, unit_outcomes.compare(vault, actor, key, units)
