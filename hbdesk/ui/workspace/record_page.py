"""A stage page that records one kind of entry with a form and lists what was recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.stages.base import StagePage
from hbdesk.ui.stages.money_common import mark_invalid
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import (
    ClientDraftEdit,
    RecordCard,
    clear_layout,
    scaled_heading,
    show_text,
)


class RecordPage(StagePage):
    """Heading, intro, recorded entries, then a form with a Record button (subclasses fill)."""

    def __init__(
        self,
        ctx: UiContext,
        heading_text: str,
        intro: str,
        form_title: str,
        record_text: str,
        record_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.drafts: list[ClientDraftEdit] = []
        layout = QVBoxLayout(self)
        layout.addWidget(scaled_heading(heading_text, self, scale=1.3))
        self.intro = plain_label(intro, self)
        layout.addWidget(self.intro)
        self.entries = QVBoxLayout()
        layout.addLayout(self.entries)
        self.form_box = QGroupBox(form_title, self)
        self.form_layout = QVBoxLayout(self.form_box)
        # Label above field in a plain column: wrapped labels get their full height (a
        # QFormLayout mis-sizes them) and the form fits a narrow window at a 200 % font.
        self.form = QVBoxLayout()
        self.form_layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.record_button = QPushButton(record_text, self.form_box)
        self.record_button.setAccessibleName(record_name)
        self.record_button.clicked.connect(self.record)
        row.addWidget(self.record_button)
        self.form_layout.addLayout(row)
        self.message = MessageLabel(self.form_box)
        self.form_layout.addWidget(self.message)
        layout.addWidget(self.form_box)
        layout.addStretch(1)

    def add_row(self, text: str, widget: QWidget) -> None:
        label = plain_label(text, self.form_box)
        label.setBuddy(widget)
        self.form.addWidget(label)
        self.form.addWidget(widget)
        self.form.addSpacing(4)

    def draft(self, what: str, name: str, lines: int = 3) -> ClientDraftEdit:
        edit = ClientDraftEdit(
            what, self.ctx.keeper, self.form_box, accessible_name=name, lines=lines
        )
        self.drafts.append(edit)
        return edit

    def load(self) -> None:
        if self.client_id is None:
            return
        for edit in self.drafts:
            edit.set_client(self.client_id)
        self.message.clear_message()
        self.load_entries()

    def load_entries(self) -> None:
        """Start the call that lists recorded entries (override when a service lists them)."""

    def show_cards(self, cards: list[tuple[str, str]], empty: str) -> None:
        clear_layout(self.entries)
        if not cards:
            self.entries.addWidget(plain_label(empty, self))
        for header, body in cards:
            self.entries.addWidget(RecordCard(header, body, self))

    def record(self) -> None:
        """Check the form and call `submit` (override)."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if self.client_id is None:
            return
        self.record_button.setEnabled(False)
        self.ctx.runner.call(
            fn,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            *args,
            on_done=self._on_recorded,
            on_error=self._on_error,
            **kwargs,
        )

    def _on_recorded(self, value: Any) -> None:
        self.record_button.setEnabled(True)
        for edit in self.drafts:
            edit.clear_draft()
        self.recorded(value)

    def recorded(self, value: Any) -> None:
        """After a successful record (override to show it)."""

    def _on_error(self, exc: BaseException) -> None:
        from hbdesk.ui.domain_messages import describe

        self.record_button.setEnabled(True)
        show_text(self.message, describe(exc))

    def missing(self, *edits: ClientDraftEdit) -> bool:
        """Say so and go to the first empty required text."""
        for edit in edits:
            if not edit.take_text():
                show_text(self.message, self.tr_required())
                mark_invalid(edit, self.tr_required())  # focus there, said with the field
                return True
        return False

    def tr_required(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("RecordPage", "Please fill in the required text.")
