"""The process path: every step of the HB process, where this client is and what is next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from hbdesk.models.vocab import STAGE_ORDER, Stage
from hbdesk.ui.stages import Step

# The page that does the next step (hbdesk.models.progress.NextStep) for a client.
NEXT_STEP_PAGE = {
    "self_assessment": "SelfAssessmentPage",
    "need_assessment": "NeedsPage",
    "client_proposal": "ProposalPage",
    "trusted_person": "PlanPage",
    "agree_plan": "PlanPage",
    "build_budget": "BudgetPage",
    "prepare_decision": "DecisionPage",
    "issue_decision": "DecisionPage",
    "notify_decision": "DecisionPage",
    "confirm_invoices": "UsePage",
    "follow_up": "FollowUpPage",
    "revise_or_close": "FollowUpPage",
}


class PathBar(QListWidget):
    """A vertical list of steps; arrows move, the selected step's page is shown. Compact, it
    is a narrow rail of numbers (the full names stay in tooltips and for a screen reader)."""

    step_chosen = Signal(int)

    def __init__(self, steps: tuple[Step, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = steps
        self.setAccessibleName(self.tr("Process path"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.compact = False
        self._state: tuple[str | None, str | None] = (None, None)
        for _ in steps:
            self.addItem(QListWidgetItem())
        self.mark(None, None)
        self.currentRowChanged.connect(self._on_row_changed)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.mark(*self._state)

    def mark(self, stage: str | None, next_page: str | None) -> None:
        """Show each step as done, where the client is now, or next."""
        self._state = (stage, next_page)
        here = STAGE_ORDER.index(Stage(stage)) if stage in set(STAGE_ORDER) else None
        for row, step in enumerate(self.steps):
            title = f"{row + 1}. {step.title()}"
            state = ""
            if here is not None and step.on_path:
                at = STAGE_ORDER.index(step.stage)
                if at < here or stage == Stage.CLOSED:
                    state = self.tr("done")
                elif at == here:
                    state = self.tr("the client is here")
            if step.name == next_page:
                state = self.tr("next") if not state else state + ", " + self.tr("next")
            item = self.item(row)
            done = state == self.tr("done")
            mark = "✓ " if done else "● " if state else "○ "
            shown = "" if done or not state else f"\n     {state}"
            full = f"{title}: {state}" if state else title
            item.setText(f"{mark}{row + 1}" if self.compact else f"{mark}{title}{shown}")
            item.setToolTip(full)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, full)
            font = item.font()
            font.setBold(bool(state) and not done)
            item.setFont(font)

        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the longest step needs (its first line), never wider."""
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(
            QFontMetrics(bold).horizontalAdvance(self.item(r).text().split("\n")[0])
            for r in range(self.count())
        )
        frame = 2 * self.frameWidth() + metrics.averageCharWidth() * 2 + 8
        bar = self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(widest + frame + bar)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row)
