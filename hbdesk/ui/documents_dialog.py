"""Documents the client keeps: the plan, a decision, a payment commitment, the full data export.

The user chooses the document and its language, then where to save it; the service writes
it in the background (no decrypted file anywhere else) and the dialog says what was written
and where, or what went wrong. A payment commitment is previewed exactly as the provider
will read it: the preview is the text of the very PDF, rendered in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hbdesk import formatting
from hbdesk.inert_text import visible_controls
from hbdesk.models.errors import DomainError
from hbdesk.pdf import commitment_pdf
from hbdesk.pdf.documents import CommitmentDoc
from hbdesk.services import documents, documents_query
from hbdesk.services.documents import CommitmentTerms, DocumentWriteError, Organisation, Payer
from hbdesk.services.documents_query import DecisionChoice, DocumentChoices, LineChoice
from hbdesk.ui import domain_messages
from hbdesk.ui.app_style import form_layout
from hbdesk.ui.lock_parts import lock_button
from hbdesk.ui.reflow import Columns
from hbdesk.ui.stages.money_common import (
    error_label,
    heading,
    named,
    outcome_names,
    plain_label,
    plain_labels,
    scrolled,
    show_error,
    unit_names,
)
from hbdesk.ui.ui_context import UiContext

translate = QCoreApplication.translate  # lupdate reads translate("DocumentsDialog", "…")

KINDS = ("plan", "decision", "commitment", "export")
PREVIEW_DELAY_MS = 300
# Stands in for the payer while the commitment is built; the typed payer replaces it.
_PLACEHOLDER_PAYER = Payer("-", "-")

PathChooser = Callable[[QWidget, str, Path, str], "Path | None"]


def choose_save_path(parent: QWidget, title: str, suggested: Path, name_filter: str) -> Path | None:
    """Qt's own (non-native) save dialog: the same on every desktop, and drivable in tests."""
    dialog = QFileDialog(parent, title, str(suggested.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested.name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


def _default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def write_error_words(exc: BaseException) -> str:
    """What went wrong, and what to do, in the user's words."""
    code = getattr(exc, "code", "")
    if isinstance(exc, DocumentWriteError):
        words = {
            "disk_full": translate(
                "DocumentsDialog",
                "The disk is full: nothing was written. Free space or choose another place.",
            ),
            "not_permitted": translate(
                "DocumentsDialog",
                "This folder cannot be written to: nothing was written. Choose another place.",
            ),
            "folder_missing": translate(
                "DocumentsDialog",
                "The folder no longer exists: nothing was written. Choose another place.",
            ),
            "font_missing": translate(
                "DocumentsDialog",
                "A font the document needs is missing: nothing was written. Tell IT support.",
            ),
        }
        return words.get(code) or translate(
            "DocumentsDialog",
            "The file could not be written: nothing was written. Choose another place.",
        )
    words = {
        "no_plan": translate("DocumentsDialog", "The client has no plan yet."),
        "decision_not_in_force": translate(
            "DocumentsDialog",
            "This decision is not in force (refused, ended or superseded): no commitment can "
            "be made under it.",
        ),
        "commitment_exceeds_decision": translate(
            "DocumentsDialog", "The commitment would be more than the decision grants."
        ),
        "outside_decision_period": translate(
            "DocumentsDialog", "The commitment must be inside the decision's validity."
        ),
    }
    if code in words:
        return words[code]
    if code == "not_neutral":
        return translate(
            "DocumentsDialog",
            "This wording would tell the provider something private: that the person is a "
            "social-services client, or something of their health. Use neutral words.",
        )
    return domain_messages.describe(exc)


def _commitment_base(
    ctx: UiContext, client_id: str, decision_id: str, line_id: str, with_code: bool
) -> CommitmentDoc:
    # The service's wording comes from the dialog's field (checked as it is typed): the line's
    # own description may name a diagnosis, so the base document does not carry it.
    terms = CommitmentTerms(line_id=line_id, include_identity_code=with_code, service=" ")
    return documents_query.commitment_preview(
        ctx.vault, ctx.actor, client_id, decision_id, terms=terms, payer=_PLACEHOLDER_PAYER
    )


def _render_commitment(doc: CommitmentDoc, lang: str) -> bytes:
    """The commitment PDF in memory only (never a file)."""
    out = io.BytesIO()
    commitment_pdf.write_commitment(doc, out, lang)
    return out.getvalue()


def pdf_text(data: bytes) -> str:
    """The text a reader of this PDF sees, page by page."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


class DocumentsDialog(QDialog):
    """Write one of the client's documents where the user chooses."""

    lock_requested = Signal()

    def __init__(
        self,
        ctx: UiContext,
        client_id: str,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.today = today
        # Asks where to save; tests replace it. Returns None when the user cancels.
        self.choose_path: PathChooser = choose_path or choose_save_path
        self.choices: DocumentChoices | None = None
        self.folder = _default_folder()
        self.written: list[Path] = []
        self.preview_doc: CommitmentDoc | None = None
        self._base: tuple[tuple[str, str, bool], CommitmentDoc] | None = None
        self._preview_asked = 0
        # No client name in the title: the window may be seen by the client or others.
        self.setWindowTitle(self.tr("Documents for the client"))
        content = QWidget(self)
        page = QVBoxLayout(content)
        columns = Columns(content)  # the form beside the preview, or above it when narrow
        page.addWidget(columns)
        left_part = QWidget(columns)
        left = QVBoxLayout(left_part)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(heading(self.tr("Documents the client keeps"), content))
        left.addWidget(
            plain_label(
                self.tr(
                    "Choose the document and its language, then where to save it. "
                    "The file is written "
                    "only where you choose, and the client's log records it."
                ),
                content,
            )
        )
        self._build_choice(content, left)
        self._build_commitment(content, left)
        self._build_organisation(content, left)
        self.result_label = plain_label("", content)
        self.result_label.setAccessibleName(self.tr("What was written"))
        self.result_label.hide()
        self.error = error_label(content)
        left.addWidget(self.result_label)
        left.addWidget(self.error)
        left.addStretch(1)
        columns.add(left_part, 3)
        self._build_preview(columns, columns)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content, self), 1)
        outer.addLayout(self._buttons())
        plain_labels(self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        self._kind_changed()
        self.resize(1100, 700)
        self.ctx.runner.call(
            documents_query.document_choices,
            ctx.vault,
            ctx.actor,
            client_id,
            on_done=self._on_choices,
            on_error=self._on_failed,
        )

    # ---- building -------------------------------------------------------------------
    def _build_choice(self, parent: QWidget, layout: QVBoxLayout) -> None:
        form = form_layout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.kind = named(QComboBox(parent), self.tr("Document"))
        for code, words in zip(
            KINDS,
            (
                self.tr("Client plan"),
                self.tr("Budget decision with appeal instructions"),
                self.tr("Payment commitment for a provider"),
                self.tr("All of the client's data (PDF and JSON)"),
            ),
            strict=True,
        ):
            self.kind.addItem(words, code)
        self.lang = named(QComboBox(parent), self.tr("Language of the document"))
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
            self.lang.addItem(name, code)  # each language in its own name
        self.decision = named(QComboBox(parent), self.tr("Decision"))
        self.line = named(QComboBox(parent), self.tr("Service (line of the decision's budget)"))
        self.kind_note = plain_label("", parent)
        self.kind_note.setAccessibleName(self.tr("About the document"))
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Language of the document"), self.lang)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Service (line of the decision's budget)"), self.line)
        form.addRow(self.kind_note)
        self.choice_form = form
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.line.currentIndexChanged.connect(self._line_changed)
        self.lang.currentIndexChanged.connect(self._schedule_preview)
        layout.addLayout(form)

    def _build_commitment(self, parent: QWidget, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("What the provider needs"), parent)
        form = form_layout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.provider = named(QLineEdit(box), self.tr("Provider"))
        self.service = named(QLineEdit(box), self.tr("Service, as written for the provider"))
        self.service.setToolTip(self.tr("Name only the service: no diagnosis, need or reason."))
        self.payer = named(QLineEdit(box), self.tr("Payer, as the provider sees it"))
        self.payer.setPlaceholderText(self.tr("A neutral name, e.g. the county's service centre"))
        self.invoicing = named(QLineEdit(box), self.tr("Invoicing address"))
        self.e_invoice = named(QLineEdit(box), self.tr("E-invoice address (optional)"))
        self.with_code = named(
            QCheckBox(self.tr("The provider needs the identity code"), box),
            self.tr("The provider needs the identity code"),
        )
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Service, as written for the provider"), self.service)
        form.addRow(self.tr("Payer, as the provider sees it"), self.payer)
        form.addRow(self.tr("Invoicing address"), self.invoicing)
        form.addRow(self.tr("E-invoice address (optional)"), self.e_invoice)
        form.addRow(self.with_code)
        for edit in (self.provider, self.service, self.payer, self.invoicing, self.e_invoice):
            edit.textChanged.connect(self._schedule_preview)
        self.with_code.toggled.connect(self._schedule_preview)
        self.commitment_box = box
        layout.addWidget(box)

    def _build_organisation(self, parent: QWidget, layout: QVBoxLayout) -> None:
        from hbdesk import settings as app_settings

        stored = app_settings.load()
        box = QGroupBox(self.tr("Organisation on the document"), parent)
        form = form_layout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.org_name = named(
            QLineEdit(stored.organisation_name or "", box), self.tr("Organisation")
        )
        self.org_address = named(
            QLineEdit(stored.rectification_address or "", box), self.tr("Organisation's address")
        )
        form.addRow(self.tr("Organisation"), self.org_name)
        form.addRow(self.tr("Organisation's address"), self.org_address)
        self.organisation_box = box
        layout.addWidget(box)

    def _build_preview(self, parent: QWidget, columns: Columns) -> None:
        box = QGroupBox(self.tr("What the provider will see"), parent)
        layout = QVBoxLayout(box)
        layout.addWidget(
            plain_label(
                self.tr(
                    "This is the text of the commitment exactly as it will be printed. It names no "
                    "decision, plan or need."
                ),
                box,
            )
        )
        self.preview = named(QPlainTextEdit(box), self.tr("Preview of the payment commitment"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        layout.addWidget(self.preview, 1)
        self.preview_error = error_label(box)
        layout.addWidget(self.preview_error)
        self.preview_box = box
        columns.add(box, 2)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lock_button = lock_button(self)
        self.lock_button.clicked.connect(self.lock_requested)
        row.addWidget(self.lock_button)
        row.addStretch(1)
        self.save_button = named(
            QPushButton(self.tr("Save as…"), self), self.tr("Choose where to save the document")
        )
        self.close_button = named(QPushButton(self.tr("Close"), self), self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # ---- choices --------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData() or "plan"

    def _on_choices(self, choices: DocumentChoices) -> None:
        self.choices = choices
        # The client's documents in the client's language (the worker may choose another).
        self.lang.setCurrentIndex(max(0, self.lang.findData(choices.language)))
        if choices.organisation_name and not self.org_name.text():
            self.org_name.setText(choices.organisation_name)
        self._fill_decisions()

    def _decisions_for(self, kind: str) -> list[DecisionChoice]:
        found = self.choices.decisions if self.choices else ()
        return [d for d in found if kind != "commitment" or d.commitable]

    def _fill_decisions(self) -> None:
        outcomes = outcome_names()
        self.decision.blockSignals(True)
        self.decision.clear()
        for d in self._decisions_for(self.current_kind()):
            words = (
                f"{d.number} — {outcomes.get(d.outcome, d.outcome)} "
                f"{formatting.money(d.granted_sum, self.ctx.lang)}, "
                f"{formatting.date(d.valid_from)}–{formatting.date(d.valid_to)}"
            )
            if d.superseded:
                words += " " + self.tr("(superseded)")
            self.decision.addItem(words, d.id)
        self.decision.blockSignals(False)
        self._decision_changed()
        self._say_what_is_possible()

    def _chosen_decision(self) -> DecisionChoice | None:
        wanted = self.decision.currentData()
        found = self.choices.decisions if self.choices else ()
        return next((d for d in found if d.id == wanted), None)

    def _chosen_line(self) -> LineChoice | None:
        d = self._chosen_decision()
        return next((x for x in (d.lines if d else ()) if x.id == self.line.currentData()), None)

    def _decision_changed(self) -> None:
        units = unit_names()
        d = self._chosen_decision()
        self.line.blockSignals(True)
        self.line.clear()
        for x in d.lines if d else ():
            # Short enough for a narrow window; the provider is shown in its own field below.
            self.line.addItem(
                f"{visible_controls(x.description)}: {formatting.money(x.total, self.ctx.lang)}",
                x.id,
            )
            self.line.setItemData(
                self.line.count() - 1,
                f"{visible_controls(x.provider)}: {formatting.number(x.quantity, self.ctx.lang)}"
                f" × {units.get(x.unit, x.unit)}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.line.blockSignals(False)
        self._line_changed()

    def _line_changed(self) -> None:
        line = self._chosen_line()
        self.provider.setText(line.provider if line else "")
        self.service.setText(line.description if line else "")
        self._schedule_preview()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.choice_form.setRowVisible(self.decision, kind in ("decision", "commitment"))
        self.choice_form.setRowVisible(self.line, kind == "commitment")
        self.commitment_box.setVisible(kind == "commitment")
        self.preview_box.setVisible(kind == "commitment")
        self.organisation_box.setVisible(kind != "commitment")
        self.result_label.hide()
        show_error(self.error, "")
        if self.choices is not None:
            self._fill_decisions()
        else:
            self._say_what_is_possible()

    def _say_what_is_possible(self) -> None:
        kind = self.current_kind()
        note = ""
        if self.choices is not None:
            if kind == "plan" and self.choices.plan_version is None:
                note = self.tr("The client has no plan yet.")
            elif kind == "decision" and not self.choices.decisions:
                note = self.tr("The client has no issued decision yet.")
            elif kind == "commitment" and not self._decisions_for("commitment"):
                note = self.tr("No decision in force has a service a commitment could cover.")
            elif kind == "commitment":
                note = self.tr(
                    "Writing the commitment records a disclosure to the provider in "
                    "the client's log."
                )
            elif kind == "export":
                note = self.tr("Two files: a PDF to read and a JSON file for other systems.")
        self.kind_note.setText(note)
        self.kind_note.setVisible(bool(note))
        self.save_button.setEnabled(
            self.choices is not None
            and not (
                (kind == "plan" and self.choices.plan_version is None)
                or (kind in ("decision", "commitment") and self.decision.count() == 0)
            )
        )

    # ---- the commitment preview ------------------------------------------------------
    def typed_payer(self) -> Payer:
        return Payer(
            self.payer.text().strip(),
            self.invoicing.text().strip(),
            e_invoice_address=self.e_invoice.text().strip() or None,
        )

    def _terms(self) -> CommitmentTerms | None:
        line = self._chosen_line()
        if line is None:
            return None
        provider, service = self.provider.text().strip(), self.service.text().strip()
        return CommitmentTerms(
            line_id=line.id,
            provider=provider or None,
            service=service or None,
            include_identity_code=self.with_code.isChecked(),
        )

    def _schedule_preview(self) -> None:
        if self.current_kind() == "commitment":
            self._preview_timer.start()

    def _update_preview(self) -> None:
        line, d = self._chosen_line(), self._chosen_decision()
        if line is None or d is None:
            self.preview.setPlainText("")
            return
        key = (d.id, line.id, self.with_code.isChecked())
        self._preview_asked += 1
        asked = self._preview_asked
        if self._base is not None and self._base[0] == key:
            self._render_preview(asked, self._base[1])
            return

        def got_base(doc: CommitmentDoc) -> None:
            self._base = (key, doc)
            if asked == self._preview_asked:
                self._render_preview(asked, doc)

        self.ctx.runner.call(
            _commitment_base,
            self.ctx,
            self.client_id,
            d.id,
            line.id,
            key[2],
            on_done=got_base,
            on_error=self._on_preview_failed,
        )

    def _render_preview(self, asked: int, base: CommitmentDoc) -> None:
        payer = self.typed_payer()
        service = self.service.text().strip()
        revealing = [
            w
            for text in (
                payer.name,
                payer.invoicing_address,
                payer.e_invoice_address or "",
                service,
            )
            for w in commitment_pdf.revealing_words(text)
        ]
        if revealing:
            show_error(
                self.preview_error,
                write_error_words(DomainError("not_neutral", "payer"))
                + " ("
                + ", ".join(sorted(set(revealing)))
                + ")",
            )
        else:
            show_error(self.preview_error, "")
        doc = dataclasses.replace(
            base,
            payer=payer,
            service=service or base.service,
            provider=self.provider.text().strip() or base.provider,
        )
        self.preview_doc = doc

        def shown(data: bytes) -> None:
            if asked == self._preview_asked:
                self.preview.setPlainText(pdf_text(data))

        self.ctx.runner.call(
            _render_commitment,
            doc,
            self.lang.currentData(),
            on_done=shown,
            on_error=self._on_preview_failed,
        )

    def _on_preview_failed(self, exc: BaseException) -> None:
        self.preview.setPlainText("")
        show_error(self.preview_error, write_error_words(exc))

    # ---- writing ----------------------------------------------------------------------
    def _organisation(self) -> Organisation:
        from hbdesk import settings as app_settings

        names = app_settings.names_in(app_settings.load(), self.lang.currentData())
        return Organisation(
            self.org_name.text().strip(), self.org_address.text().strip(), names=names
        )

    def _missing(self) -> str:
        kind = self.current_kind()
        if kind == "commitment":
            if not self.payer.text().strip():
                return self.tr("Write the payer's name as the provider will see it.")
            if not self.invoicing.text().strip():
                return self.tr("Write the invoicing address.")
        elif not self.org_name.text().strip():
            return self.tr("Write the organisation's name.")
        return ""

    def _suggested(self) -> tuple[Path, str]:
        kind, lang = self.current_kind(), self.lang.currentData()
        d = self._chosen_decision()
        number = d.number if d and kind in ("decision", "commitment") else None
        version = self.choices.plan_version if self.choices and kind == "plan" else None
        name = documents.suggest_file_name(
            kind, lang, number=number, version=version, on=self.today
        )
        if kind == "export":
            name += ".pdf"
        return self.folder / name, self.tr("PDF documents (*.pdf)")

    def save(self) -> None:
        """Ask where, then write the chosen document in the background."""
        self.result_label.hide()
        missing = self._missing()
        show_error(self.error, missing)
        if missing:
            return
        suggested, name_filter = self._suggested()
        path = self.choose_path(self, self.tr("Save the document"), suggested, name_filter)
        if path is None:
            return
        path = Path(path)
        if path.suffix.lower() != ".pdf" and self.current_kind() != "export":
            path = path.with_name(path.name + ".pdf")
        self.folder = path.parent
        self.save_button.setEnabled(False)
        self.result_label.setText(self.tr("Writing…"))
        self.result_label.show()
        self._start_writing(path)

    def _start_writing(self, path: Path) -> None:
        ctx, kind, lang = self.ctx, self.current_kind(), self.lang.currentData()
        common = (ctx.vault, ctx.actor, self.client_id)
        run, done = ctx.runner.call, self._on_written
        if kind == "plan":
            run(
                documents.write_plan_pdf,
                *common,
                path,
                organisation=self._organisation(),
                lang=lang,
                today=self.today,
                on_done=done,
                on_error=self._on_write_failed,
            )
        elif kind == "decision":
            run(
                documents.write_decision_pdf,
                *common,
                self.decision.currentData(),
                path,
                organisation=self._organisation(),
                lang=lang,
                on_done=done,
                on_error=self._on_write_failed,
            )
        elif kind == "commitment":
            run(
                documents.write_payment_commitment,
                *common,
                self.decision.currentData(),
                path,
                terms=self._terms(),
                payer=self.typed_payer(),
                lang=lang,
                today=self.today,
                on_done=lambda doc: done(path, doc),
                on_error=self._on_write_failed,
            )
        else:
            run(
                documents.export_client_data,
                *common,
                path,
                organisation=self._organisation(),
                lang=lang,
                today=self.today,
                on_done=done,
                on_error=self._on_write_failed,
            )

    def _on_written(
        self, written: Path | tuple[Path, Path], commitment: CommitmentDoc | None = None
    ) -> None:
        files = list(written) if isinstance(written, tuple) else [written]
        self.written = files
        names = ", ".join(f.name for f in files)
        text = (
            self.tr("Written: %1").replace("%1", names)
            + "\n"
            + self.tr("In the folder: %1").replace("%1", str(files[0].parent))
        )
        if commitment is not None:
            text += "\n" + self.tr("The disclosure to %1 is recorded in the client's log.").replace(
                "%1", commitment.provider
            )
        self.result_label.setText(text)
        self.result_label.show()
        show_error(self.error, "")
        self.save_button.setEnabled(True)

    def _on_write_failed(self, exc: BaseException) -> None:
        self.result_label.hide()
        show_error(self.error, write_error_words(exc))
        self.save_button.setEnabled(True)

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.error, domain_messages.describe(exc))
