"""The people around the client: close people, the trusted person, the support person, the
client's team and what each team member may see with the client's consent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.models.vocab import Stage
from hbdesk.services.context import Changes
from hbdesk.services.people import (
    VISIBLE_KINDS,
    PeopleView,
    add_close_person,
    add_team_member,
    choose_support_person,
    people_of,
    record_support_need,
    record_team_consent,
)
from hbdesk.ui.domain_messages import describe
from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import RecordCard, StackedForm, clear_layout, show_text

KINDS = frozenset({"close_people", "team_members", "support_need_considerations"})


def kind_name(kind: str) -> str:
    names = {
        "contact": QCoreApplication.translate("PeopleSection", "contact"),
        "plan": QCoreApplication.translate("PeopleSection", "plan"),
        "budget": QCoreApplication.translate("PeopleSection", "budget"),
        "decision": QCoreApplication.translate("PeopleSection", "decision"),
        "spending": QCoreApplication.translate("PeopleSection", "spending"),
        "follow_up": QCoreApplication.translate("PeopleSection", "follow-up"),
        "self_assessment": QCoreApplication.translate("PeopleSection", "self-assessment"),
    }
    return names.get(kind, kind)


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


def _line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    return edit


class ConsentDialog(QDialog):
    """Which kinds of record a team member may see: the client decides (none by default)."""

    def __init__(self, member_name: str, may_see: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("With the client's consent, %1 may see:").replace("%1", member_name), self
            )
        )
        self.checks: dict[str, QCheckBox] = {}
        for kind in VISIBLE_KINDS:
            check = QCheckBox(kind_name(kind), self)
            check.setAccessibleName(kind_name(kind))
            check.setChecked(kind in may_see)
            layout.addWidget(check)
            self.checks[kind] = check
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [kind for kind, check in self.checks.items() if check.isChecked()]


class PeopleSection(QGroupBox):
    """Shown on the plan page; loads and refreshes on its own through the runner."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PeopleSection", "People around the client"), parent
        )
        self.ctx = ctx
        self.client_id: str | None = None
        self.view: PeopleView | None = None
        layout = QVBoxLayout(self)
        self.attention = plain_label("", self)
        self.attention.setStyleSheet("color: #8a4b00; font-weight: bold;")
        layout.addWidget(self.attention)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)

        form = StackedForm()
        self.person_name = _line(self, self.tr("Name of the close person"))
        self.relation = _line(self, self.tr("Relation"))
        self.trusted = QCheckBox(self.tr("A trusted person"), self)
        self.trusted.setToolTip(self.tr("A trusted person in everyday life"))
        self.trusted.setAccessibleName(self.tr("A trusted person in everyday life"))
        self.add_person_button = QPushButton(self.tr("Add the &close person"), self)
        self.add_person_button.setAccessibleName(self.tr("Add the close person"))
        self.add_person_button.clicked.connect(self.add_person)
        for text, widget in (
            (self.tr("&Name"), self.person_name),
            (self.tr("&Relation"), self.relation),
        ):
            label = plain_label(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.trusted)
        form.addRow(_left(self.add_person_button))
        self.tasks = _line(self, self.tr("Tasks of the support person"))
        label = plain_label(self.tr("&Tasks of a support person (when choosing one)"), self)
        label.setBuddy(self.tasks)
        form.addRow(label, self.tasks)
        self.reasoning = _line(self, self.tr("Why a support person is or is not needed"))
        label = plain_label(self.tr("Why a support person is or is not &needed"), self)
        label.setBuddy(self.reasoning)
        form.addRow(label, self.reasoning)
        self.needed_button = QPushButton(self.tr("Support person needed"), self)
        self.needed_button.setAccessibleName(self.tr("Record: a support person is needed"))
        self.not_needed_button = QPushButton(self.tr("Not needed"), self)
        self.not_needed_button.setAccessibleName(self.tr("Record: no support person needed"))
        self.needed_button.clicked.connect(lambda: self.consider(True))
        self.not_needed_button.clicked.connect(lambda: self.consider(False))
        for button in (self.needed_button, self.not_needed_button):
            row = QHBoxLayout()  # one per row: they fit a narrow window at a 200 % font
            row.addWidget(button)
            row.addStretch(1)
            form.addRow(row)
        self.member_name = _line(self, self.tr("Name of the team member"))
        self.organisation = _line(self, self.tr("Organisation"))
        self.member_role = _line(self, self.tr("Role in the team"))
        for text, widget in (
            (self.tr("Team member's na&me"), self.member_name),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("Role in the t&eam"), self.member_role),
        ):
            label = plain_label(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_member_button = QPushButton(self.tr("Add to the client's &team"), self)
        self.add_member_button.setAccessibleName(self.tr("Add to the client's team"))
        self.add_member_button.clicked.connect(self.add_member)
        form.addRow(_left(self.add_member_button))
        layout.addLayout(form)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        ctx.runner.changed.connect(self._on_changed)

    def show_client(self, client_id: str) -> None:
        self.client_id = client_id
        self.load()

    def load(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self.ctx.runner.call(
            people_of,
            self.ctx.vault,
            self.ctx.actor,
            client_id,
            on_done=lambda view: self._show(client_id, view),
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id in changes.clients and KINDS & changes.kinds:
            self.load()

    def _show(self, client_id: str, view: PeopleView) -> None:
        if client_id != self.client_id:
            return
        self.view = view
        self.attention.setText(
            self.tr(
                "No trusted person in everyday life yet: consider whether a support person is "
                "needed."
            )
            if view.needs_attention
            else ""
        )
        self.attention.setVisible(view.needs_attention)
        clear_layout(self.list)
        for person in view.close_people:
            marks = []
            if person.role == "support_person":
                marks.append(self.tr("support person"))
            if person.trusted:
                marks.append(self.tr("trusted person"))
            card = RecordCard(
                f"{person.name} · {person.relation}" + (f" · {', '.join(marks)}" if marks else ""),
                person.tasks or "",
                self,
            )
            if person.role != "support_person":
                button = QPushButton(self.tr("Chosen as support person"), card)
                button.setAccessibleName(
                    self.tr("The client chooses %1 as support person").replace("%1", person.name)
                )
                button.clicked.connect(lambda _=False, p=person.id: self.choose_support(p))
                card.add_button(button)
            self.list.addWidget(card)
        for c in view.considerations:
            self.list.addWidget(
                RecordCard(
                    self.tr("%1 · support person needed: %2")
                    .replace("%1", formatting.date(c.considered_on, self.ctx.lang))
                    .replace("%2", self.tr("yes") if c.support_needed else self.tr("no")),
                    c.reasoning,
                    self,
                )
            )
        for member in view.team:
            seen = ", ".join(kind_name(k) for k in member.may_see) or self.tr("nothing yet")
            card = RecordCard(
                f"{member.name} · {member.organisation} · {member.role}",
                self.tr("May see with the client's consent: %1").replace("%1", seen),
                self,
            )
            button = QPushButton(self.tr("Consent…"), card)
            button.setAccessibleName(self.tr("Consent for %1").replace("%1", member.name))
            button.clicked.connect(lambda _=False, m=member: self.consent(m))
            card.add_button(button)
            self.list.addWidget(card)

    def _call(
        self,
        fn: Callable[..., object],
        *args: object,
        clear: tuple[QLineEdit, ...] = (),
        **kwargs: object,
    ) -> None:
        if self.client_id is None:
            return
        self.message.clear_message()

        def done(_value: object) -> None:
            for edit in clear:
                edit.clear()

        self.ctx.runner.call(
            fn,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            *args,
            on_done=done,
            on_error=lambda e: show_text(self.message, describe(e)),
            **kwargs,
        )

    def add_person(self) -> None:
        if not self.person_name.text().strip() or not self.relation.text().strip():
            show_text(self.message, self.tr("Give the name and the relation."))
            return
        self._call(
            add_close_person,
            name=self.person_name.text().strip(),
            relation=self.relation.text().strip(),
            trusted=self.trusted.isChecked(),
            clear=(self.person_name, self.relation),
        )

    def choose_support(self, person_id: str) -> None:
        if not self.tasks.text().strip():
            show_text(self.message, self.tr("Write the support person's tasks first."))
            self.tasks.setFocus()
            return
        self._call(choose_support_person, person_id, self.tasks.text().strip(), clear=(self.tasks,))

    def consider(self, needed: bool) -> None:
        if not self.reasoning.text().strip():
            show_text(self.message, self.tr("Write why first."))
            self.reasoning.setFocus()
            return
        self._call(
            record_support_need,
            considered_on=dt.date.today(),
            support_needed=needed,
            reasoning=self.reasoning.text().strip(),
            clear=(self.reasoning,),
        )

    def add_member(self) -> None:
        edits = (self.member_name, self.organisation, self.member_role)
        if not all(e.text().strip() for e in edits):
            show_text(self.message, self.tr("Give the name, organisation and role."))
            return
        self._call(
            add_team_member,
            name=self.member_name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=self.member_role.text().strip(),
            clear=edits,
        )

    def consent(self, member: object) -> None:
        dialog = ConsentDialog(member.name, list(member.may_see), self)  # type: ignore[attr-defined]
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._call(
                record_team_consent,
                member.id,  # type: ignore[attr-defined]
                may_see=dialog.chosen(),
                consent_on=dt.date.today(),
            )


class PeoplePage(StagePage):
    """The same section as a page of its own (not on the path by default)."""

    stage = Stage.PLAN
    on_path = False

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PeoplePage", "People")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.section = PeopleSection(ctx, self)
        layout.addWidget(self.section)
        layout.addStretch(1)

    def load(self) -> None:
        if self.client_id is not None:
            self.section.show_client(self.client_id)
