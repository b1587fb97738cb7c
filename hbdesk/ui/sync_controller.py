"""Sync for the UI: runs a sync off the UI thread, says what happened in plain words.

The work (hbdesk.sync.app_sync) runs in the thread pool; the window never waits for the
network. Every failure code becomes the user's words here. A revoked laptop is locked and
its vault and the app's leftovers are wiped; a disabled caseworker is locked, the vault kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from hbdesk import paths
from hbdesk.models.errors import DomainError
from hbdesk.services import reference
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from hbdesk.store import wipe as wiping
from hbdesk.sync import app_identity, app_sync
from hbdesk.ui.background import BackgroundCall, run_in_background

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


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
    """Why the server did not take one change."""
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
    if count == 1:
        return translate("SyncMessages", "1 change not yet sent")
    return translate("SyncMessages", "%1 changes not yet sent").replace("%1", str(count))


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


def view_of(
    status: app_sync.SyncStatus, error_code: str | None = None, error_detail: str | None = None
) -> SyncView:
    code = error_code or status.last_error
    failed = [
        translate("SyncMessages", "Change %1: %2")
        .replace("%1", item.op_id[:8])
        .replace("%2", reason_text(item.reason))
        for item in status.failed
    ]
    if status.synced and not error_code:
        headline = translate("SyncMessages", "Synced")
    elif status.failed:
        headline = translate("SyncMessages", "Some changes were not accepted")
    elif status.unsent:
        headline = unsent_text(status.unsent)
    else:
        headline = translate("SyncMessages", "Not synced")
    return SyncView(
        synced=status.synced and not error_code,
        headline=headline,
        unsent=status.unsent,
        unsent_text=unsent_text(status.unsent),
        last_sync=when_text(status.last_sync_at),
        failed=failed,
        error=error_text(code, error_detail) if code else "",
        error_code=code,
    )


def _take_reference(vault: OpenVault, actor: Actor) -> str | None:
    """Take newly pulled reference data (the price catalogue, the self-assessment
    questionnaire) into the vault (in the sync's thread); the words for the user, or None
    when there was nothing new. A set the vault cannot take is left as pulled and said
    plainly; the sync itself went through."""
    said = [
        _take(
            "catalogue",
            reference.take_pulled_catalogue,
            vault,
            actor,
            refused=lambda: translate(
                "SyncMessages",
                "The municipality's new price catalogue could not be taken "
                "into use (it has an error). The previous catalogue stays in use; tell IT.",
            ),
            taken=lambda: translate(
                "SyncMessages",
                "The municipality's new price catalogue is now in use. "
                "Budgets made earlier keep the prices they were made with.",
            ),
        ),
        _take(
            "questionnaire",
            reference.take_pulled_questionnaire,
            vault,
            actor,
            refused=lambda: translate(
                "SyncMessages",
                "The municipality's new self-assessment questionnaire could "
                "not be taken into use (it has an error). The previous questionnaire stays "
                "in use; tell IT.",
            ),
            taken=lambda: translate(
                "SyncMessages",
                "The municipality's new self-assessment questionnaire is "
                "now in use. Answers given earlier keep the questions they were given to.",
            ),
        ),
    ]
    return " ".join(text for text in said if text) or None


def _take(
    kind: str,
    take: Callable[[OpenVault, Actor], int | None],
    vault: OpenVault,
    actor: Actor,
    *,
    refused: Callable[[], str],
    taken: Callable[[], str],
) -> str | None:
    try:
        version = take(vault, actor)
    except DomainError as exc:
        log.warning("pulled %s not taken: %s %s", kind, exc.code, exc.field)
        return refused()
    except Exception as exc:  # the sync went through; keep the pulled set for the next try
        log.error("pulled %s not taken: %s", kind, type(exc).__name__)
        return None
    return None if version is None else taken()


def default_wipe_folders() -> list[Path]:
    """The app's folders that may hold leftovers: cache, logs, the runtime folder."""
    return [paths.cache_dir(), paths.log_dir(), app_identity.runtime_dir()]


class SyncController(QObject):
    """One per unlocked vault. `sync_now()` starts a sync unless one is running."""

    view_changed = Signal(object)  # SyncView
    busy_changed = Signal(bool)
    step_changed = Signal(str)  # words for the current step
    wiped = Signal(str)  # the laptop was revoked: vault wiped; the words for the user
    notice = Signal(str)  # something the user should know after a sync (e.g. a new catalogue)
    _step = Signal(str)  # from the pool thread (queued)

    def __init__(
        self,
        vault: OpenVault,
        server_url: Callable[[], str | None],
        *,
        lock_app: Callable[[str], None],
        wipe_folders: Callable[[], list[Path]] = default_wipe_folders,
        timeout: float = 30.0,
        actor: Callable[[], Actor] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._vault = vault
        self._server_url = server_url
        self._lock_app = lock_app
        self._wipe_folders = wipe_folders
        self._timeout = timeout
        self._call: BackgroundCall | None = None
        self.view: SyncView | None = None
        self._step.connect(self._on_step)

    @property
    def busy(self) -> bool:
        return self._call is not None

    def refresh(self) -> SyncView | None:
        """Read the status from the vault (quick) and tell the panel."""
        if self._vault.locked:
            return self.view
        self._publish(view_of(app_sync.status(self._vault)))
        return self.view

    def sync_now(self) -> bool:
        """Start a sync in the background; False when one runs already or the vault is locked."""
        if self.busy or self._vault.locked:
            return False
        url = self._server_url() or ""
        vault, timeout = self._vault, self._timeout
        step = self._step
        actor = self._actor() if self._actor is not None else None

        def work() -> object:
            report = app_sync.run(vault, url, timeout=timeout, progress=step.emit)
            return report, (_take_reference(vault, actor) if actor is not None else None)

        self.busy_changed.emit(True)
        self._call = run_in_background(work, self._on_done, self._on_failed)
        return True

    @Slot(str)
    def _on_step(self, step: str) -> None:
        self.step_changed.emit(step_text(step))

    def _on_done(self, result: object) -> None:
        self._call = None
        self.busy_changed.emit(False)
        self.refresh()
        _report, taken = result  # type: ignore[misc]
        if taken is not None:
            self.notice.emit(taken)

    def _on_failed(self, exc: BaseException) -> None:
        self._call = None
        self.busy_changed.emit(False)
        code = getattr(exc, "code", None)
        detail = getattr(exc, "detail", None)
        if code is None:
            log.error("sync failed unexpectedly: %s", type(exc).__name__)
            code = "unexpected"
        if code == "device_revoked":
            self._wipe()
            return
        if code == "caseworker_disabled":
            words = error_text(code)
            self.view = SyncView(
                False,
                words,
                self.view.unsent if self.view else 0,
                "",
                self.view.last_sync if self.view else "",
                [],
                words,
                code,
            )
            self.view_changed.emit(self.view)
            self._lock_app(words)
            return
        if self._vault.locked:
            return
        self._publish(view_of(app_sync.status(self._vault), code, detail))

    def _wipe(self) -> None:
        words = error_text("device_revoked")
        folder = self._vault.vault.folder
        try:
            self._lock_app(words)
        finally:
            self._vault.lock()  # idempotent: every connection closed before the files go
            wiping.wipe_vault(folder)
            wiping.wipe_folders(self._wipe_folders())
        self.view = SyncView(False, words, 0, "", "", [], words, "device_revoked")
        self.view_changed.emit(self.view)
        self.wiped.emit(words)

    def _publish(self, view: SyncView) -> None:
        self.view = view
        self.view_changed.emit(view)
