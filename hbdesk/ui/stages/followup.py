"""Stage 8: follow-up — progress on each goal (−2…+2) and the self-assessment before and after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.followup import FollowUp
from hbdesk.models.selfassessment import QuestionnaireDomain, ScoreChange
from hbdesk.models.vocab import Stage
from hbdesk.services import followup as followup_service
from hbdesk.services import selfassessment
from hbdesk.services.followup import GoalAttainment
from hbdesk.services.selfassessment import AssessmentScores
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.charts import BarPairChart
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.money_common import (
    author_names,
    error_label,
    error_words,
    fill_combo,
    heading,
    named,
    plain_label,
    plain_labels,
    register_words,
    scrolled,
    select_code,
    show_error,
)
from hbdesk.ui.stages.money_tables import make_table
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import ClientDraftEdit, to_date

if TYPE_CHECKING:
    from hbdesk.app.store import OpenVault
    from hbdesk.services.context import Actor

# What the page shows first of a long history (a year of monthly follow-ups); the rest is
# one button away. The cost of the page grows with what it shows, not with the years.
_T = TypeVar("_T")
RECENT_FOLLOW_UPS = 12
RECENT_SCORES = 12


def _signed(score: int) -> str:
    return f"+{score}" if score > 0 else ("−" + str(-score) if score < 0 else "0")


def _tenths(value: Decimal, lang: str) -> str:
    return formatting.number(value, lang, decimals=1)


class _GoalRow:
    """One goal: its wording, today's score and note, and its history."""

    def __init__(
        self, page: FollowUpPage, goal: GoalAttainment, grid: QGridLayout, row: int
    ) -> None:
        parent = grid.parentWidget()
        self.goal = goal
        short = goal.text if len(goal.text) <= 60 else goal.text[:57] + "…"
        self.text = plain_label(goal.text, parent)
        names = page.goal_row_words(short)
        self.score = named(QComboBox(parent), names["score"])
        self.score.addItem(names["none"], None)
        for value, meaning in page.score_words().items():
            self.score.addItem(f"{_signed(value)} {meaning}", value)
        self.note = named(QLineEdit(parent), names["note"])
        self.history = plain_label(page.history_words(goal), parent)
        self.history.setAccessibleName(names["history"])
        grid.addWidget(self.text, row, 0)
        grid.addWidget(self.score, row, 1)
        grid.addWidget(self.note, row, 2)
        grid.addWidget(self.history, row + 1, 0, 1, 3)


class FollowUpPage(StagePage):
    """Follow-up meetings, goal attainment per goal, and change in the self-assessment."""

    stage = Stage.FOLLOW_UP
    kinds = frozenset({"follow_ups", "goal_progress", "self_assessments", "plans", "plan_entries"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FollowUpPage", "Follow-up")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_words()
        self.goals: list[GoalAttainment] = []
        self.goal_rows: list[_GoalRow] = []
        self.follow_ups: list[FollowUp] = []  # oldest first, as the service gives them
        self._all_scores = False
        self._all_follow_ups = False
        self._shown_client: str | None = None
        content = QWidget(self)
        self.body = QVBoxLayout(content)
        self.body.addWidget(heading(self.tr("Follow-up and evaluation"), content))
        self._build_form(content)
        self._build_goals(content)
        self._build_list(content)
        self._build_chart(content)
        self.body.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content, self))
        plain_labels(self)

    def score_words(self) -> dict[int, str]:
        return {
            -2: self.tr("much less than expected"),
            -1: self.tr("less than expected"),
            0: self.tr("as expected"),
            1: self.tr("more than expected"),
            2: self.tr("much more than expected"),
        }

    def goal_row_words(self, short: str) -> dict[str, str]:
        """Names of one goal's widgets (translated here: the context is this class)."""
        return {
            "score": self.tr("Attainment: %1").replace("%1", short),
            "none": self.tr("Not assessed now"),
            "note": self.tr("Note: %1").replace("%1", short),
            "history": self.tr("History: %1").replace("%1", short),
        }

    def history_words(self, goal: GoalAttainment) -> str:
        """The goal's scores, oldest first: the recent ones until all were asked for."""
        if not goal.points:
            return self.tr("No assessments yet.")
        lang = self.ctx.lang
        points = goal.points if self._all_scores else goal.points[-RECENT_SCORES:]
        parts = [
            f"{formatting.date(p.assessed_on, lang)}: {_signed(p.score)}"
            + (f" ({p.note})" if p.note else "")
            for p in points
        ]
        return self.tr("History: %1").replace("%1", " · ".join(parts))

    def _older_scores(self) -> int:
        if self._all_scores:
            return 0
        return sum(max(0, len(g.points) - RECENT_SCORES) for g in self.goals)

    # ---- building -------------------------------------------------------------------
    def _build_form(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Record a follow-up"), parent)
        form = form_layout(box)
        self.held_on = named(QDateEdit(box), self.tr("Held on"))
        self.next_on = named(QDateEdit(box), self.tr("Next follow-up on"))
        for edit in (self.held_on, self.next_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
        self.held_on.setDate(QDate.currentDate())
        self.next_on.setDate(QDate.currentDate().addMonths(3))
        self.has_next = named(
            QCheckBox(self.tr("Agree on the next follow-up"), box),
            self.tr("Agree on the next follow-up"),
        )
        self.has_next.setChecked(True)
        self.has_next.toggled.connect(self.next_on.setEnabled)
        # Kept as an encrypted draft while typed (per client), until the follow-up is recorded.
        self.summary = ClientDraftEdit(
            "followup/summary",
            self.ctx.keeper,
            box,
            accessible_name=self.tr("How things have gone"),
            lines=4,
        )
        self.author = named(QComboBox(box), self.tr("Written by"))
        fill_combo(self.author, author_names(), skip=("authorised_person",))
        select_code(self.author, "together")
        self.revision = named(QComboBox(box), self.tr("Revision needed"))
        for code, words in (
            ("none", self.tr("No revision")),
            ("plan", self.tr("The plan")),
            ("budget", self.tr("The budget")),
            ("both", self.tr("The plan and the budget")),
        ):
            self.revision.addItem(words, code)
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_on)
        next_row.addStretch(1)
        form.addRow(self.tr("Held on"), self.held_on)
        form.addRow(self.tr("How things have gone"), self.summary)
        form.addRow(self.tr("Written by"), self.author)
        form.addRow(self.tr("Revision needed"), self.revision)
        form.addRow(self.tr("Next follow-up"), next_row)
        self.form_box = box
        self.body.addWidget(box)

    def _build_goals(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Progress on each goal (−2 … +2)"), parent)
        layout = QVBoxLayout(box)
        self.goals_widget = QWidget(box)
        self.goals_grid = QGridLayout(self.goals_widget)
        self.goals_grid.setColumnStretch(0, 3)
        self.goals_grid.setColumnStretch(2, 2)
        layout.addWidget(self.goals_widget)
        self.no_goals = plain_label(self.tr("The plan has no goals yet."), box)
        layout.addWidget(self.no_goals)
        self.older_scores_button = named(QPushButton("", box), self.tr("Show older assessments"))
        self.older_scores_button.clicked.connect(self._show_older_scores)
        self.older_scores_button.hide()
        _add_left_aligned(layout, self.older_scores_button)
        self.record_button = named(
            QPushButton(self.tr("Record follow-up"), box), self.tr("Record follow-up")
        )
        self.record_button.clicked.connect(self._record)
        self.error = error_label(box)
        _add_left_aligned(layout, self.record_button)
        layout.addWidget(self.error)
        self.body.addWidget(box)

    def _build_list(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Earlier follow-ups"), parent)
        layout = QVBoxLayout(box)
        self.table = make_table(
            box,
            [
                self.tr("Held on"),
                self.tr("Summary"),
                self.tr("Revision needed"),
                self.tr("Next follow-up"),
            ],
            self.tr("Earlier follow-ups"),
        )
        layout.addWidget(self.table)
        self.older_button = named(QPushButton("", box), self.tr("Show older follow-ups"))
        self.older_button.clicked.connect(self._show_older_follow_ups)
        self.older_button.hide()
        _add_left_aligned(layout, self.older_button)
        self.body.addWidget(box)

    def _build_chart(self, parent: QWidget) -> None:
        box = QGroupBox(self.tr("Self-assessment before and after"), parent)
        layout = QVBoxLayout(box)
        self.chart = BarPairChart(self.tr("Self-assessment before and after, per domain"), box)
        layout.addWidget(self.chart)
        self.body.addWidget(box)

    # ---- loading --------------------------------------------------------------------
    def show_client(self, client_id: str) -> None:
        self.summary.set_client(client_id)
        super().show_client(client_id)

    def load(self) -> None:
        if self.client_id is None:
            return
        client, vault, actor = self.client_id, self.ctx.vault, self.ctx.actor
        if client != self._shown_client:  # another client: the recent history first again
            self._shown_client = client
            self._all_scores = self._all_follow_ups = False
        run = self.ctx.runner.call
        run(
            followup_service.goal_attainment,
            vault,
            actor,
            client,
            on_done=self._if_shown(client, self._goals_loaded),
        )
        run(
            followup_service.list_follow_ups,
            vault,
            actor,
            client,
            on_done=self._if_shown(client, self._follow_ups_loaded),
        )
        run(
            self._assessment_data,
            vault,
            actor,
            client,
            on_done=self._if_shown(client, lambda data: self._chart_loaded(*data)),
        )

    def _if_shown(self, client: str, load: Callable[[_T], None]) -> Callable[[_T], None]:
        """An on_done that loads the result only while `client` is still the one shown."""

        def done(value: _T) -> None:
            if client == self.client_id:
                load(value)

        return done

    @staticmethod
    def _assessment_data(
        vault: OpenVault, actor: Actor, client_id: str
    ) -> tuple[list[QuestionnaireDomain], list[AssessmentScores], ScoreChange | None]:
        """Runs off the UI thread: domains, the answer sets and their comparison."""
        view = selfassessment.questionnaire(vault, actor)
        sets = selfassessment.list_self_assessments(vault, actor, client_id)
        change = selfassessment.compare_self_assessments(vault, actor, client_id)
        return view.domains, sets, change

    def _goals_loaded(self, goals: list[GoalAttainment]) -> None:
        self.goals = goals
        while self.goals_grid.count():
            item = self.goals_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.goal_rows = [_GoalRow(self, g, self.goals_grid, 2 * i) for i, g in enumerate(goals)]
        self.no_goals.setVisible(not goals)
        self._show_older_scores_button()

    def _show_older_scores_button(self) -> None:
        older = self._older_scores()
        self.older_scores_button.setText(
            self.tr("Show %n older assessments", "", older) if older else ""
        )
        self.older_scores_button.setVisible(older > 0)

    def _show_older_scores(self) -> None:
        """Every goal's whole history (the data is here already: nothing is read again)."""
        self._all_scores = True
        for row in self.goal_rows:
            row.history.setText(self.history_words(row.goal))
        self._show_older_scores_button()

    def _show_older_follow_ups(self) -> None:
        self._all_follow_ups = True
        self._fill_follow_ups()
        self.table.setFocus()

    def _follow_ups_loaded(self, rows: list[FollowUp]) -> None:
        self.follow_ups = list(rows)
        self._fill_follow_ups()

    def _fill_follow_ups(self) -> None:
        lang, rows = self.ctx.lang, self.follow_ups
        shown = rows if self._all_follow_ups else rows[-RECENT_FOLLOW_UPS:]
        older = len(rows) - len(shown)
        self.older_button.setText(self.tr("Show %n older follow-ups", "", older) if older else "")
        self.older_button.setVisible(older > 0)
        revisions = {
            self.revision.itemData(i): self.revision.itemText(i)
            for i in range(self.revision.count())
        }
        self.table.set_rows(
            [
                [
                    formatting.date(f.held_on, lang),
                    f.summary.replace("\n", " "),
                    revisions.get(f.revision_needed, ""),
                    formatting.date(f.next_follow_up_on, lang) if f.next_follow_up_on else "",
                ]
                for f in reversed(shown)
            ]
        )

    def _domain_title(self, domain: QuestionnaireDomain) -> str:
        lang = self.ctx.lang
        return {"fi": domain.title_fi, "sv": domain.title_sv}.get(lang, domain.title_en)

    def _chart_loaded(
        self,
        domains: list[QuestionnaireDomain],
        sets: list[AssessmentScores],
        change: ScoreChange | None,
    ) -> None:
        lang = self.ctx.lang
        if change is None or len(sets) < 2:
            self.chart.set_series(
                [self._domain_title(d) for d in domains],
                (self.tr("Before"), [None] * len(domains)),
                (self.tr("After"), [None] * len(domains)),
                summary=self.tr(
                    "The self-assessment has been answered "
                    "fewer than two times: no change to show "
                    "yet."
                ),
            )
            return
        before_day = formatting.date(sets[0].assessment.answered_on, lang)
        after_day = formatting.date(sets[-1].assessment.answered_on, lang)
        shown = [
            d
            for d in domains
            if d.code in change.before.by_domain or d.code in change.after.by_domain
        ]
        names = [self._domain_title(d) for d in shown]
        before = [change.before.by_domain.get(d.code) for d in shown]
        after = [change.after.by_domain.get(d.code) for d in shown]
        lines = []
        for name, b, a in zip(names, before, after, strict=True):
            b_text = _tenths(b, lang) if b is not None else "–"
            a_text = _tenths(a, lang) if a is not None else "–"
            lines.append(f"{name}: {b_text} → {a_text}")
        summary = (
            self.tr("Before %1, after %2 (0–10):")
            .replace("%1", before_day)
            .replace("%2", after_day)
            + "\n"
            + "\n".join(lines)
        )
        self.chart.set_series(
            names,
            (self.tr("Before (%1)").replace("%1", before_day), before),
            (self.tr("After (%1)").replace("%1", after_day), after),
            summary=summary,
        )

    # ---- recording --------------------------------------------------------------------
    def _record(self) -> None:
        show_error(self.error, "")
        scores = [
            (r.goal.goal_lineage_id, r.score.currentData(), r.note.text())
            for r in self.goal_rows
            if r.score.currentData() is not None
        ]
        held_on = to_date(self.held_on)
        self.ctx.runner.call(
            followup_service.record_follow_up,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            held_on=held_on,
            summary=self.summary.toPlainText(),
            author=self.author.currentData(),
            revision_needed=self.revision.currentData(),
            next_follow_up_on=to_date(self.next_on) if self.has_next.isChecked() else None,
            on_done=lambda row: self._record_goals(row.id, held_on, scores),
            on_error=lambda exc: show_error(self.error, error_words(exc)),
        )

    def _record_goals(
        self, follow_up_id: str, held_on: dt.date, scores: list[tuple[str, int, str]]
    ) -> None:
        for lineage, score, note in scores:
            self.ctx.runner.call(
                followup_service.record_goal_progress,
                self.ctx.vault,
                self.ctx.actor,
                self.client_id,
                goal_lineage_id=lineage,
                assessed_on=held_on,
                score=score,
                note=note,
                author=self.author.currentData(),
                follow_up_id=follow_up_id,
                on_error=lambda exc: show_error(self.error, error_words(exc)),
            )
        self.summary.clear_draft()


def _add_left_aligned(layout: QVBoxLayout, button: QPushButton) -> None:
    """`button` at the start of a row of its own, at its own width."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
