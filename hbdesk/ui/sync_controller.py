"""Sync for the UI: starts the app's sync use case through the one service runner, says what
happened in plain words.

The work (hbdesk.app.sync) runs off the UI thread like every vault call; its `Changes` reach
every open view through the runner's `changed`. Every failure code becomes the user's words
here. A revoked laptop has been wiped by the app layer before the error arrives: the UI
locks and says so; a disabled caseworker is locked, the vault kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hbdesk.app import revocation
from hbdesk.app import sync as app_sync
from hbdesk.app.store import OpenVault
from hbdesk.models.ids import short_id
from hbdesk.services.context import Actor
from hbdesk.ui.runner import Running, ServiceRunner
from hbdesk.ui.speaker import APP_WORDS

log = logging.getLogger(__name__)


translate = QCoreApplication.translate
SyncMessages = APP_WORDS.in_context("SyncMessages")  # plural words (lupdate: see InContext)


def error_text(code: str | None, detail: str | None = None) -> str:
    """The user's words for a sync failure code (hbdesk.sync.client, app_identity)."""
    if code == "server_cert_untrusted":
        return translate(
            "SyncMessages", "The server's certificate is not the municipality's — nothing was sent."
        )
    if code == "server_cert_wrong_host":
        return translate(
            "SyncMessages",
            "The server's certificate is for another address — nothing was sent. "
            "Check the server address or ask IT.",
        )
    if code == "server_cert_expired":
        return translate(
            "SyncMessages",
            "The server's certificate has expired — nothing was sent. Ask IT to renew it.",
        )
    if code == "server_cert_not_yet_valid":
        return translate(
            "SyncMessages",
            "The server's certificate is not valid yet by this laptop's clock — nothing was "
            "sent. Check the laptop's date and time.",
        )
    if code == "server_busy":
        return translate(
            "SyncMessages",
            "The server is busy — your work is safe on this laptop; sync again in a moment.",
        )
    if code == "refused_certificate":
        return translate(
            "SyncMessages",
            "The server did not accept this laptop's certificate — nothing was sent. "
            "Ask IT to check the laptop's enrolment.",
        )
    if code == "no_connection":
        return translate("SyncMessages", "No connection — your work is safe on this laptop.")
    if code == "device_revoked":
        return translate("SyncMessages", "This laptop has been revoked: its data has been removed.")
    if code == "caseworker_disabled":
        return translate(
            "SyncMessages",
            "Your account has been disabled: hbdesk is locked; unsynced work is kept.",
        )
    if code == "clock_skew" or (code == "request_refused" and detail == "clock_skew"):
        return translate(
            "SyncMessages",
            "This laptop's clock is too far from the server's. Check the date and time, "
            "then sync again. Your work is kept on this laptop.",
        )
    if code == "request_refused":
        return translate(
            "SyncMessages",
            "The server refused the request. Your work is kept on this laptop; try again "
            "later or ask IT.",
        )
    if code == "server_error":
        return translate(
            "SyncMessages",
            "The server had a problem. Your work is safe on this laptop; try again later.",
        )
    if code == "not_enrolled":
        return translate(
            "SyncMessages",
            "This laptop is not enrolled yet: make a certificate request for IT and "
            "import the certificate they give you.",
        )
    if code == "no_server":
        return translate("SyncMessages", "The sync server's address is not set.")
    return translate(
        "SyncMessages",
        "Sync stopped because of an unexpected problem. Your work is kept on this laptop.",
    )


def reason_text(reason: str) -> str:
    """Why the server did not take one change (or this laptop could not apply one)."""
    code, _, name = reason.partition(":")  # the registry's codes may name the field
    by_registry = {
        "unknown_entity": translate("SyncMessages", "a kind of record this app does not know"),
        "local_only": translate("SyncMessages", "a record that never leaves its laptop"),
        "unknown_field": translate("SyncMessages", "a field this app does not know"),
        "wrong_type": translate("SyncMessages", "a value of the wrong type"),
        "invalid_value": translate("SyncMessages", "a value is not valid"),
        "out_of_range": translate("SyncMessages", "a value is outside what is allowed"),
        "too_long": translate("SyncMessages", "a text is too long"),
        "nul_byte": translate("SyncMessages", "a text holds a forbidden control character"),
        "missing_value": translate("SyncMessages", "a required value is empty"),
        "append_only": translate("SyncMessages", "the record cannot be changed once made"),
        "wrong_kind": translate("SyncMessages", "the record was sent in the wrong way"),
        "id_mismatch": translate("SyncMessages", "the record's ids do not match"),
        "cannot_apply": translate(
            "SyncMessages", "this laptop could not store it yet; it is tried again at each sync"
        ),
    }
    if code in by_registry:
        return f"{by_registry[code]} ({name})" if name else by_registry[code]
    if reason == "out_of_scope":
        return translate("SyncMessages", "the client is not in your caseload on the server")
    if reason == "client_closed":
        return translate("SyncMessages", "the client's case is closed on the server")
    if reason == "device_mismatch":
        return translate("SyncMessages", "the change was made on another device")
    if reason == "missing_base_version":
        return translate("SyncMessages", "the record changed on the server; sync again")
    if reason == "append_exists":
        return translate("SyncMessages", "an entry with the same id exists already")
    if reason == "unknown_conflict":
        return translate("SyncMessages", "the conflict it settles is unknown on the server")
    if reason == "op_id_reused":
        return translate("SyncMessages", "the change's id was used for another change")
    if reason == "reference_read_only":
        return translate("SyncMessages", "reference data is changed only by the municipality")
    return translate("SyncMessages", "the server did not accept it")


def unsent_text(count: int) -> str:
    return SyncMessages.tr("%n changes not yet sent", "", count)


def when_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return translate("SyncMessages", "Never synced")
    local = moment.astimezone()
    return translate("SyncMessages", "Last synced: %1").replace(
        "%1", local.strftime("%d.%m.%Y %H:%M")
    )


def step_text(step: str) -> str:
    if step == "connecting":
        return translate("SyncMessages", "Connecting to the server…")
    if step == "sending":
        return translate("SyncMessages", "Sending changes…")
    if step == "server_busy":
        return translate("SyncMessages", "The server is busy — trying again…")
    return translate("SyncMessages", "Receiving changes…")


def conflicts_text(count: int) -> str:
    return SyncMessages.tr("%n conflicts to settle", "", count)


def taken_text(taken: app_sync.Taken) -> str:
    """What the user should know about pulled reference data taken into use (or refused)."""
    if taken.kind == "catalogue":
        if taken.in_use:
            return translate(
                "SyncMessages",
                "The municipality's new price catalogue is now in use. "
                "Budgets made earlier keep the prices they were made with.",
            )
        return translate(
            "SyncMessages",
            "The municipality's new price catalogue could not be taken "
            "into use (it has an error). The previous catalogue stays in use; tell IT.",
        )
    if taken.in_use:
        return translate(
            "SyncMessages",
            "The municipality's new self-assessment questionnaire is "
            "now in use. Answers given earlier keep the questions they were given to.",
        )
    return translate(
        "SyncMessages",
        "The municipality's new self-assessment questionnaire could "
        "not be taken into use (it has an error). The previous questionnaire stays "
        "in use; tell IT.",
    )


@dataclass(frozen=True)
class SyncView:
    """What the panel shows; no client names in any of it."""

    synced: bool
    headline: str
    unsent: int
    unsent_text: str
    last_sync: str
    failed: list[str] = field(default_factory=list)
    error: str = ""
    error_code: str | None = None
    conflicts: int = 0
    conflicts_text: str = ""


def view_of(
    status: app_sync.SyncStatus,
    error_code: str | None = None,
    error_detail: str | None = None,
    *,
    conflicts: int = 0,
) -> SyncView:
    code = error_code or status.last_error
    failed = [
        translate("SyncMessages", "Change %1: %2")
        .replace("%1", short_id(item.op_id))
        .replace("%2", reason_text(item.reason))
        for item in status.failed
    ]
    failed += [
        translate("SyncMessages", "Change from the server %1: %2")
        .replace("%1", short_id(item.op_id) or "—")
        .replace("%2", reason_text(item.reason))
        for item in status.not_applied
    ]
    synced = status.synced and not error_code
    if synced and conflicts:  # never plain "Synced" while a person has values to choose
        headline = translate("SyncMessages", "Synced, %1").replace("%1", conflicts_text(conflicts))
    elif synced:
        headline = translate("SyncMessages", "Synced")
    elif status.failed:
        headline = translate("SyncMessages", "Some changes were not accepted")
    elif status.not_applied:
        headline = translate("SyncMessages", "Some changes from the server could not be taken in")
    elif status.unsent:
        headline = unsent_text(status.unsent)
    else:
        headline = translate("SyncMessages", "Not synced")
    return SyncView(
        synced=synced,
        headline=headline,
        unsent=status.unsent,
        unsent_text=unsent_text(status.unsent),
        last_sync=when_text(status.last_sync_at),
        failed=failed,
        error=error_text(code, error_detail) if code else "",
        error_code=code,
        conflicts=conflicts,
        conflicts_text=conflicts_text(conflicts) if conflicts else "",
    )


class SyncController(QObject):
    """One per unlocked vault. `sync_now()` starts a sync unless one is running."""

    view_changed = Signal(object)  # SyncView
    busy_changed = Signal(bool)
    step_changed = Signal(str)  # words for the current step
    wiped = Signal(str)  # the laptop was revoked: vault wiped; the words for the user
    notice = Signal(str)  # something the user should know after a sync (e.g. a new catalogue)

    def __init__(
        self,
        vault: OpenVault,
        server_url: Callable[[], str | None],
        *,
        lock_app: Callable[[str], None],
        wipe_folders: Callable[[], list[Path]] = revocation.default_folders,
        timeout: float = 30.0,
        actor: Callable[[], Actor] | None = None,
        runner: ServiceRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._vault = vault
        self._server_url = server_url
        self._lock_app = lock_app
        self._wipe_folders = wipe_folders
        self._timeout = timeout
        self.runner = runner if runner is not None else ServiceRunner(self)
        self._running: Running | None = None
        self.view: SyncView | None = None
        self.runner.changed.connect(self._on_changed)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def refresh(
        self,
        error_code: str | None = None,
        detail: str | None = None,
        *,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Read the status from the vault (through the runner), tell the panel, then `then`."""
        if self._vault.locked:
            if then is not None:
                then()
            return

        def show(status: app_sync.Status) -> None:
            if not self._vault.locked:
                self._publish(view_of(status.sync, error_code, detail, conflicts=status.conflicts))
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            log.warning("sync status not read: %s", type(exc).__name__)
            if then is not None:
                then()

        self.runner.call(app_sync.status, self._vault, on_done=show, on_error=failed)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the sync and the status reads are over (for tests)."""
        return self.runner.wait_idle(timeout_ms)

    def sync_now(self) -> bool:
        """Start a sync in the background; False when one runs already or the vault is locked."""
        if self.busy or self._vault.locked:
            return False
        self.busy_changed.emit(True)
        self._running = self.runner.start(
            app_sync.sync,
            self._vault,
            self._server_url() or "",
            self._actor() if self._actor is not None else None,
            timeout=self._timeout,
            wipe_folders=self._wipe_folders,
            on_step=lambda step: self.step_changed.emit(step_text(step)),
            on_done=self._on_done,
            on_error=self._on_failed,
        )
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop at its next safe point (between pages)."""
        if self._running is not None:
            self._running.cancel()

    def _on_changed(self, _changes: object) -> None:
        self.refresh()

    def _over(self) -> None:
        self._running = None
        self.busy_changed.emit(False)

    def _on_done(self, done: app_sync.SyncDone) -> None:
        # The sync's changes were broadcast already (`changed`); busy ends with the status.
        for taken in done.reference:
            self.notice.emit(taken_text(taken))
        self.refresh(then=self._over)

    def _on_failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", None)
        if code is None:
            log.error("sync failed unexpectedly: %s", type(exc).__name__)
            code = "unexpected"
        if code in ("device_revoked", "caseworker_disabled"):
            self._over()
            self._stop_for(code)
            return
        if code == "cancelled":
            self.notice.emit(
                translate("SyncMessages", "Sync stopped. What was received so far is kept.")
            )
            self.refresh(then=self._over)
            return
        self.refresh(code, getattr(exc, "detail", None), then=self._over)

    def _stop_for(self, code: str) -> None:
        """Revoked (already wiped by the app layer) or disabled: lock, and say why."""
        words = error_text(code)
        kept = self.view
        self.view = SyncView(
            False,
            words,
            kept.unsent if kept and code != "device_revoked" else 0,
            "",
            kept.last_sync if kept and code != "device_revoked" else "",
            [],
            words,
            code,
        )
        try:
            self._lock_app(words)
        finally:
            self._vault.lock()  # idempotent
            self.view_changed.emit(self.view)
            if code == "device_revoked":
                self.wiped.emit(words)

    def _publish(self, view: SyncView) -> None:
        self.view = view
        self.view_changed.emit(view)
