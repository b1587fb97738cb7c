"""Stage 3: the client's own proposal — goals and the means to reach them, in their words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hbdesk import formatting
from hbdesk.models.vocab import Stage
from hbdesk.services.assessment import record_client_proposal
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import author_combo, date_edit, to_date
from hbdesk.ui.workspace.record_page import RecordPage
from hbdesk.ui.workspace.words import author_name


class ProposalPage(RecordPage):
    stage = Stage.ASSESSMENT
    kinds = frozenset({"client_proposals"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProposalPage", "Client's proposal")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("The client's own proposal"),
            self.tr(
                "What the person wants to reach and how, written down in their own words "
                "and kept as they said it."
            ),
            self.tr("New proposal"),
            self.tr("&Record the proposal"),
            self.tr("Record the proposal"),
            parent,
        )
        self.proposed_on = date_edit(self.form_box, self.tr("Proposed on"))
        self.goals = self.draft("proposal/goals", self.tr("Goals"), lines=4)
        self.means = self.draft("proposal/means", self.tr("Means"), lines=4)
        self.author = author_combo(self.form_box, self.tr("Written by"), default="client")
        self.add_row(self.tr("Proposed &on"), self.proposed_on)
        self.add_row(self.tr("&Goals in the client's words"), self.goals)
        self.add_row(self.tr("&Means: what would help"), self.means)
        self.add_row(self.tr("&Written by"), self.author)
        self._recorded: list[tuple[str, str]] = []
        self._shown_for: str | None = None

    def load_entries(self) -> None:
        if self._shown_for != self.client_id:  # no list service yet: this visit's records
            self._recorded, self._shown_for = [], self.client_id
        self.show_cards(
            self._recorded,
            self.tr(
                "Proposals recorded earlier are in the client's record; the next step above "
                "shows whether one exists."
            ),
        )

    def record(self) -> None:
        if self.missing(self.goals, self.means):
            return
        self.submit(
            record_client_proposal,
            proposed_on=to_date(self.proposed_on),
            goals=self.goals.take_text(),
            means=self.means.take_text(),
            author=self.author.currentData(),
        )

    def recorded(self, value: Any) -> None:
        header = (
            self.tr("%1 · written by: %2")
            .replace("%1", formatting.date(value.proposed_on, self.ctx.lang))
            .replace("%2", author_name(value.author))
        )
        self._recorded.append(
            (
                header,
                self.tr("Goals: %1\nMeans: %2")
                .replace("%1", value.goals)
                .replace("%2", value.means),
            )
        )
        self.load_entries()
        self.message.show_notice(self.tr("The proposal was recorded."))
