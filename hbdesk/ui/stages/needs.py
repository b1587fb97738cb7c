"""Stage 3: the service-need assessment — the need, the right to support, under which laws."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from hbdesk import formatting
from hbdesk.models.vocab import ServiceArea, Stage
from hbdesk.services.assessment import record_need_assessment
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import author_combo, date_edit, show_text, to_date
from hbdesk.ui.workspace.record_page import RecordPage
from hbdesk.ui.workspace.words import author_name


def area_name(area: str) -> str:
    names = {
        "social_welfare": QCoreApplication.translate("NeedsPage", "Social welfare"),
        "disability": QCoreApplication.translate("NeedsPage", "Disability services"),
        "family_care": QCoreApplication.translate("NeedsPage", "Support for informal care"),
        "elderly": QCoreApplication.translate("NeedsPage", "Services for older people"),
        "child_welfare": QCoreApplication.translate("NeedsPage", "Child welfare"),
    }
    return names.get(area, area)


class NeedsPage(RecordPage):
    stage = Stage.ASSESSMENT
    kinds = frozenset({"need_assessments"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NeedsPage", "Service needs")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Service-need assessment"),
            self.tr(
                "What support the person needs in everyday life, their right to it, and "
                "under which laws it is arranged. A budget may combine several."
            ),
            self.tr("New assessment"),
            self.tr("&Record the assessment"),
            self.tr("Record the assessment"),
            parent,
        )
        self.assessed_on = date_edit(self.form_box, self.tr("Assessed on"))
        self.needs = self.draft("needs/needs", self.tr("Needs"), lines=4)
        self.entitlement = self.draft("needs/entitlement", self.tr("Right to support"))
        areas = QWidget(self.form_box)
        areas_layout = QVBoxLayout(areas)
        areas_layout.setContentsMargins(0, 0, 0, 0)
        self.areas: dict[str, QCheckBox] = {}
        for area in ServiceArea:
            box = QCheckBox(area_name(area.value), areas)
            box.setAccessibleName(area_name(area.value))
            areas_layout.addWidget(box)
            self.areas[area.value] = box
        self.author = author_combo(self.form_box, self.tr("Written by"))
        self.add_row(self.tr("Assessed &on"), self.assessed_on)
        self.add_row(self.tr("&Needs"), self.needs)
        self.add_row(self.tr("Right to &support"), self.entitlement)
        self.add_row(self.tr("Service areas (laws)"), areas)
        self.add_row(self.tr("&Written by"), self.author)
        self._recorded: list[tuple[str, str]] = []
        self._shown_for: str | None = None

    def load_entries(self) -> None:
        if self._shown_for != self.client_id:  # no list service yet: this visit's records
            self._recorded, self._shown_for = [], self.client_id
        self.show_cards(
            self._recorded,
            self.tr(
                "Assessments recorded earlier are in the client's record; the next step above "
                "shows whether one exists."
            ),
        )

    def record(self) -> None:
        if self.missing(self.needs, self.entitlement):
            return
        areas = [code for code, box in self.areas.items() if box.isChecked()]
        if not areas:
            show_text(self.message, self.tr("Choose at least one service area."))
            return
        self.submit(
            record_need_assessment,
            assessed_on=to_date(self.assessed_on),
            needs=self.needs.take_text(),
            entitlement=self.entitlement.take_text(),
            service_areas=areas,
            author=self.author.currentData(),
        )

    def recorded(self, value: Any) -> None:
        header = (
            self.tr("%1 · written by: %2 · %3")
            .replace("%1", formatting.date(value.assessed_on, self.ctx.lang))
            .replace("%2", author_name(value.author))
            .replace("%3", ", ".join(area_name(a) for a in value.service_areas))
        )
        self._recorded.append((header, f"{value.needs}\n\n{value.entitlement}"))
        for box in self.areas.values():
            box.setChecked(False)
        self.load_entries()
        self.message.show_notice(self.tr("The assessment was recorded."))
