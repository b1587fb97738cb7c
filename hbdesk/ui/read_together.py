"""Read together and confirm: the plan version in large type, then the client's confirmation
by a drawn signature or their typed name, and who was present."""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hbdesk.models.base import utcnow
from hbdesk.models.plan import Plan
from hbdesk.models.vocab import PlanSection
from hbdesk.services.plan import Confirmation, PlanView, agree_plan
from hbdesk.ui import domain_messages
from hbdesk.ui.domain_messages import describe
from hbdesk.ui.flow_layout import FlowLayout
from hbdesk.ui.lock_parts import MessageLabel, plain_label
from hbdesk.ui.signature_pad import SignaturePad
from hbdesk.ui.stages.money_common import scrolled
from hbdesk.ui.ui_context import UiContext
from hbdesk.ui.workspace.forms import scaled_heading, show_text
from hbdesk.ui.workspace.words import author_name

translate = QCoreApplication.translate
PRESENT = ("client", "key_worker", "support_person")
READING_SCALE = 1.4  # the plan is read on the worker's screen, often from a distance


def _error_words() -> dict[str, str]:
    return {
        "signature_empty": translate(
            "ReadTogetherDialog",
            "Nothing has been drawn yet. Ask the person to sign in the "
            "white area, or type their name instead.",
        ),
        "signature_too_large": translate(
            "ReadTogetherDialog", "The drawing is too large to keep. Clear it and sign again."
        ),
        "typed_name_empty": translate("ReadTogetherDialog", "Type the person's name to confirm."),
    }


def _error_word(code: str) -> str:
    return _error_words()[code]


domain_messages.register({code: partial(_error_word, code) for code in _error_words()})


def section_title(section: str) -> str:
    from hbdesk.ui.stages.plan import section_name  # the page's own words for the parts

    return section_name(section)


def _words() -> dict[str, str]:
    return {
        "title": translate("ReadTogetherDialog", "Client plan, version %1"),
        "marked": translate(
            "ReadTogetherDialog",
            "Marked: what is new or changed since version %1, which was confirmed together.",
        ),
        "nothing": translate("ReadTogetherDialog", "Nothing written yet."),
        "new": translate("ReadTogetherDialog", "New"),
        "changed": translate("ReadTogetherDialog", "Changed"),
        "was": translate("ReadTogetherDialog", "Confirmed wording (%1): %2"),
        "disagreement": translate("ReadTogetherDialog", "Disagreement (%1): %2"),
        "removed": translate("ReadTogetherDialog", "Removed since the confirmed version"),
    }


def reading_html(view: PlanView) -> str:
    """The plan version as the client reads it: parts, entries with who said them, the
    disagreements, and what is new or changed since the last confirmed version."""
    w, changes = _words(), view.changes
    out = [f"<h2>{escape(w['title'].replace('%1', str(view.plan.version)))}</h2>"]
    if changes is not None and changes.any:
        note = w["marked"].replace("%1", str(changes.against.version))
        out.append(f"<p><i>{escape(note)}</i></p>")
    for section in PlanSection:
        entries = view.entries.get(section.value, [])
        out.append(f"<h3>{escape(section_title(section.value))}</h3>")
        if not entries:
            out.append(f"<p>{escape(w['nothing'])}</p>")
        for e in entries:
            mark = ""
            if changes is not None and e.id in changes.added:
                mark = f"<b style='color:#0b3d7a'>[{escape(w['new'])}]</b> "
            elif changes is not None and e.id in changes.changed:
                mark = f"<b style='color:#0b3d7a'>[{escape(w['changed'])}]</b> "
            text = escape(e.text).replace("\n", "<br>")
            who = escape(author_name(e.author))
            out.append(f"<p>{mark}{text}<br><small>— {who}</small></p>")
            if changes is not None and e.id in changes.changed:
                before = changes.changed[e.id]
                said = w["was"].replace("%1", author_name(before.author)).replace("%2", before.text)
                out.append(f"<p style='margin-left:24px; color:#555'><s>{escape(said)}</s></p>")
            for d in view.disagreements.get(e.id, []):
                said = w["disagreement"].replace("%1", author_name(d.author)).replace("%2", d.text)
                out.append(f"<p style='margin-left:24px; color:#8a1f11'>{escape(said)}</p>")
    if changes is not None and changes.removed:
        out.append(f"<h3>{escape(w['removed'])}</h3>")
        out += [
            f"<p><s>{escape(e.text)}</s> <small>— {escape(author_name(e.author))}</small></p>"
            for e in changes.removed
        ]
    return "\n".join(out)


class ReadTogetherDialog(QDialog):
    """The plan in large type for reading together, then the client's confirmation."""

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        view: PlanView,
        next_follow_up_on: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.client_id, self.view = ctx, client_id, view
        self.next_follow_up_on = next_follow_up_on
        self.setWindowTitle(self.tr("Read together and confirm"))
        self.setAccessibleName(self.tr("Read together and confirm"))
        outer = QVBoxLayout(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scaled_heading(self.tr("Read the plan through together"), self))
        self.reading = QTextBrowser(self)
        self.reading.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.reading.setAccessibleName(self.tr("The plan to read together"))
        self.reading.setOpenLinks(False)
        font = QFont(self.reading.font())
        font.setPointSizeF(font.pointSizeF() * READING_SCALE)
        self.reading.setFont(font)
        self.reading.document().setDefaultFont(font)
        self.reading.setHtml(reading_html(view))
        layout.addWidget(self.reading, 3)
        self.message = MessageLabel(self)
        layout.addWidget(self._confirm_box(), 2)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("&Confirm the plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setAccessibleName(self.tr("Confirm the plan"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(scrolled(body, self), 1)  # a small screen: scroll down, never cut
        outer.addWidget(buttons)
        self.resize(900, 700)

    def _confirm_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The client's confirmation"), self)
        layout = QVBoxLayout(box)
        present_row = FlowLayout()
        present_row.addWidget(plain_label(self.tr("Present:"), box, wrap=False))
        self.present: dict[str, QCheckBox] = {}
        for code in PRESENT:
            check = QCheckBox(author_name(code), box)
            check.setAccessibleName(self.tr("Present: %1").replace("%1", author_name(code)))
            check.setChecked(code in ("client", "key_worker"))
            present_row.addWidget(check)
            self.present[code] = check
        layout.addLayout(present_row)
        how_row = FlowLayout()
        self.how = QButtonGroup(box)
        self.draw_choice = QRadioButton(self.tr("&Draw a signature"), box)
        self.draw_choice.setAccessibleName(self.tr("Confirm by a drawn signature"))
        self.type_choice = QRadioButton(self.tr("&Type the name"), box)
        self.type_choice.setAccessibleName(self.tr("Confirm by typing the name"))
        for i, choice in enumerate((self.draw_choice, self.type_choice)):
            self.how.addButton(choice, i)
            how_row.addWidget(choice)
        layout.addLayout(how_row)
        self.stack = QStackedWidget(box)
        self.stack.addWidget(self._draw_page(box))
        self.stack.addWidget(self._type_page(box))
        layout.addWidget(self.stack, 1)
        self.how.idToggled.connect(self._on_how_toggled)
        self.draw_choice.setChecked(True)
        return box

    def _draw_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.pad = SignaturePad(page)
        self.pad.drawn.connect(self.message.clear_message)
        row.addWidget(self.pad, 1)
        self.clear_button = QPushButton(self.tr("C&lear"), page)
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.clear_button.clicked.connect(self.pad.clear)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        return page

    def _type_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        label = plain_label(self.tr("The person types their &name:"), page)
        self.typed_name = QLineEdit(page)
        self.typed_name.setAccessibleName(self.tr("Name typed by the person"))
        self.typed_name.setMaxLength(200)
        big = QFont(self.typed_name.font())
        big.setPointSizeF(big.pointSizeF() * READING_SCALE)
        self.typed_name.setFont(big)
        label.setBuddy(self.typed_name)
        col.addWidget(label)
        col.addWidget(self.typed_name)
        col.addStretch(1)
        return page

    def _on_how_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(button_id)
            self.message.clear_message()
            (self.pad if button_id == 0 else self.typed_name).setFocus()

    def confirmation(self) -> Confirmation:
        at = utcnow()
        if self.type_choice.isChecked():
            return Confirmation.typed(self.typed_name.text(), at)
        return Confirmation.drawn(self.pad.signature(), at)

    def submit(self) -> None:
        who = [code for code, check in self.present.items() if check.isChecked()]
        if "client" not in who:
            show_text(self.message, self.tr("The client must be present to confirm the plan."))
            return
        if self.draw_choice.isChecked() and self.pad.is_empty():
            show_text(self.message, _error_words()["signature_empty"])
            self.pad.setFocus()
            return
        if self.type_choice.isChecked() and not self.typed_name.text().strip():
            show_text(self.message, _error_words()["typed_name_empty"])
            self.typed_name.setFocus()
            return
        self.confirm_button.setEnabled(False)
        self.ctx.runner.call(
            agree_plan,
            self.ctx.vault,
            self.ctx.actor,
            self.client_id,
            self.view.plan.id,
            agreed_on=dt.date.today(),
            confirmed_by=who,
            confirmation=self.confirmation(),
            next_follow_up_on=self.next_follow_up_on,
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def _on_done(self, plan: Plan) -> None:
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        show_text(self.message, describe(exc))
