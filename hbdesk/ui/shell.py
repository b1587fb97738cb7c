"""The app shell: lock screen first, unlock or create off the UI thread, the main window after,
and locking (idle time, Ctrl+L) that saves drafts, closes every window and drops the key.

The store and the desktop's modules are imported in the background while the passphrase is
typed, so that the first window comes up fast (STYLE.md's start-up budget). The unlock reads
the first screen with plain SQL (hbdesk.app.first_screen): SQLAlchemy, the models and the
services load after the caseload is shown.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hbdesk.settings import Settings
from hbdesk.ui import app_style, reflow, text_size
from hbdesk.ui.background import BackgroundCall, run_in_background
from hbdesk.ui.drafts import DraftKeeper
from hbdesk.ui.idle import IdleWatcher, idle_clock
from hbdesk.ui.lock_keys import LockKeys
from hbdesk.ui.lock_window import LockWindow
from hbdesk.ui.privacy import PrivacyBlank, blank_every_screen
from hbdesk.ui.vault_messages import VaultProblem, describe
from hbdesk.ui.vault_probe import vault_present

if TYPE_CHECKING:
    from hbdesk.app.session import Unlocked
    from hbdesk.app.store import KdfParams, OpenVault, Vault
    from hbdesk.app.unlock_key import UnlockThrottle
    from hbdesk.services.caseload_rows import CaseloadRow
    from hbdesk.services.changes import Actor
    from hbdesk.ui.main_window import MainWindow, ViewState
    from hbdesk.ui.ui_context import UiContext

log = logging.getLogger(__name__)

# The sync panel joins the desktop when the caseload has shown, at the latest after this.
SYNC_PANEL_LATEST_MS = 3000


def _import_slow_parts(creating: bool, lang: str) -> None:
    """What unlocking and the first screen need, loaded in a pool thread while the passphrase
    is typed and while Argon2id derives the key: the store (SQLAlchemy's core, not the ORM:
    the first screen is read with plain SQL, hbdesk.app.first_screen), then the desktop's
    modules (the UI thread only builds its widgets)."""
    # First what the unlock button needs to start Argon2id: a passphrase typed at once must
    # not wait behind the store's import for the key derivation to begin.
    import hbdesk.app.unlock_key

    hbdesk.app.unlock_key.load_cipher()  # what unwraps the key once Argon2id has derived it
    if creating:
        import zxcvbn  # noqa: F401  (the create page's strength meter)

    import getpass  # noqa: F401  (who acts: Shell._actor, read when the vault opens)
    import socket  # noqa: F401
    from decimal import Decimal

    import hbdesk.app.session
    import hbdesk.ui.main_window
    import hbdesk.ui.runner
    import hbdesk.ui.ui_context
    from hbdesk import formatting

    formatting.money(Decimal("0.00"), lang)  # Babel reads its data for the language once


def _import_after_caseload() -> None:
    """The rest, loaded in a pool thread once the caseload is on the screen: the ORM, the
    models and the services every later call needs, then the sync panel's modules."""
    import hbdesk.models.registry
    import hbdesk.services.caseload
    import hbdesk.services.overview
    import hbdesk.ui.sync_panel  # noqa: F401


class Shell(QObject):
    """Owns the lock window, the main window and the open vault; nothing else holds the key."""

    unlocked = Signal()
    sync_attached = Signal()  # the sync panel is in the desktop (after the caseload shows)
    locked = Signal()
    unlock_failed = Signal(str)  # the problem's code (hbdesk.ui.vault_messages)
    create_failed = Signal(str)

    def __init__(
        self,
        vault_dir: Path,
        *,
        settings: Settings | None = None,
        kdf: KdfParams | None = None,
        demo: bool = False,
        preload: bool = True,
        pool: QThreadPool | None = None,
        clock: Callable[[], float] = idle_clock,
        quit_app: Callable[[], None] = QApplication.quit,
        settings_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.settings = settings or Settings()
        self._settings_path = settings_path  # None: the user's settings file
        self.demo = demo
        self._kdf = kdf
        self._preload = preload
        self._pool = pool
        self._quit_app = quit_app
        self._vault: Vault | None = None  # one object: its throttle counts wrong passphrases
        self._throttle: UnlockThrottle | None = None  # that throttle, made before the Vault
        self._vault_guard = threading.Lock()
        self.open_vault: OpenVault | None = None
        self._device_id: str | None = None  # the enrolled device id, read on unlock
        self.main_window: MainWindow | None = None
        self.keeper = DraftKeeper(self)
        self._draft_failure: BaseException | None = None  # why the last save failed
        self.keeper.save_failed.connect(self._on_draft_save_failed)
        self.idle = IdleWatcher(self.settings.idle_lock_minutes * 60, self, clock=clock)
        self.idle.timed_out.connect(self._on_idle_timed_out)
        # Ctrl+L and Ctrl+Shift+B past modal dialogs: a filter while one is in front.
        self.lock_keys = LockKeys(self.lock, self.blank, self)
        self._lock_keys_on = False
        app = QApplication.instance()
        if isinstance(app, QApplication):  # before any window is made
            app_style.install(app)
            reflow.fit_every_window()
            app.focusWindowChanged.connect(self._on_focus_window_changed)
        text_size.apply(self.settings.text_size_percent)
        self._view_state: ViewState | None = None  # what was open when the vault locked
        self.lock_window = self._make_lock_window()
        self._call: BackgroundCall | None = None
        self._blanks: list[PrivacyBlank] = []
        self._hidden_for_blank: list[QWidget] = []
        self._shut_down = False
        self._copied_here: bytes | None = None  # a digest of text this app put on the clipboard
        QApplication.clipboard().dataChanged.connect(self._on_clipboard_changed)

    def _make_lock_window(self) -> LockWindow:
        window = LockWindow()
        window.close_requested.connect(self.shutdown)
        window.unlock_page.unlock_requested.connect(self._on_unlock_requested)
        window.unlock_page.open_anyway_requested.connect(self._on_open_anyway_requested)
        window.create_page.create_requested.connect(self._on_create_requested)
        return window

    # Start and stop.
    def start(self) -> None:
        """Show the create page (no vault here yet) or the lock screen; nothing else is loaded."""
        QApplication.setQuitOnLastWindowClosed(False)  # the shell decides when the app ends
        self.lock_window.set_vault_folder(str(self.vault_dir))
        page = self.lock_window.unlock_page
        if self.demo:
            from hbdesk.ui.demo_vault import DEMO_PASSPHRASE

            page.set_demo_hint(DEMO_PASSPHRASE)
        if vault_present(self.vault_dir):
            self.lock_window.show_unlock()
        elif self.demo:
            self.lock_window.show_unlock()
            self._prepare_demo_vault()
        else:
            self.lock_window.show_create()
        reflow.fit_to_screen(self.lock_window)
        self.lock_window.show()
        if self._preload and self._call is None:
            QTimer.singleShot(0, self._start_preload)

    def shutdown(self) -> None:
        """Save drafts, lock, close every window, end the app."""
        if self._shut_down:
            return
        self._shut_down = True
        self._stop_idle_watch()
        if self.open_vault is not None:
            self.keeper.save_all()
            self._drop_key()
        self._end_blank(restore=False)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        self._quit_app()

    @property
    def busy(self) -> bool:
        return self._call is not None and not self._call.done

    # Background calls.
    def _run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._call = run_in_background(work, on_success, on_failure, self._pool)

    def _start_preload(self) -> None:
        if self._shut_down or self.busy:
            return
        creating = self.lock_window.mode == "create"
        lang = _ui_lang()
        run_in_background(
            lambda: _import_slow_parts(creating, lang),
            lambda _: None,
            lambda exc: log.error("preloading failed", exc_info=exc),
            self._pool,
        )

    def _get_vault(self) -> Vault:
        """The Vault object (made in whichever thread first needs it)."""
        with self._vault_guard:
            if self._vault is None:
                from hbdesk.app.store import Vault

                throttle = self._unlock_throttle()
                self._vault = (
                    Vault(self.vault_dir, throttle=throttle)
                    if self._kdf is None
                    else Vault(self.vault_dir, kdf=self._kdf, throttle=throttle)
                )
            return self._vault

    def _unlock_throttle(self) -> UnlockThrottle:
        """The vault's record of wrong passphrases, usable before the store has loaded."""
        if self._vault is not None:
            return self._vault.throttle
        if self._throttle is None:
            from hbdesk.app.unlock_key import throttle_for

            self._throttle = throttle_for(self.vault_dir)
        return self._throttle

    # Demo vault.
    def _prepare_demo_vault(self) -> None:
        from hbdesk.ui.demo_vault import create_demo_vault

        page = self.lock_window.unlock_page
        page.set_busy(True, self.tr("Preparing the demo vault…"))
        self._run(
            lambda: create_demo_vault(self.vault_dir, self._kdf),
            self._on_demo_ready,
            self._on_demo_failed,
        )

    def _on_demo_ready(self, _: object) -> None:
        page = self.lock_window.unlock_page
        page.set_busy(False)
        page.show_notice(self.tr("The demo vault is ready."))
        page.passphrase.setFocus()

    def _on_demo_failed(self, exc: BaseException) -> None:
        self._log_unexpected("creating the demo vault", exc)
        self.lock_window.unlock_page.set_busy(False)
        self.lock_window.unlock_page.show_problem(describe(exc))

    # Unlock and create.
    def _on_unlock_requested(self, passphrase: str) -> None:
        self._unlock(passphrase, accept_journal_problem=False)

    def _on_open_anyway_requested(self, passphrase: str) -> None:
        """The user read about the journal problem and chose to open anyway (store's option)."""
        self._unlock(passphrase, accept_journal_problem=True)

    def _unlock(self, passphrase: str, *, accept_journal_problem: bool) -> None:
        if self.busy or self.open_vault is not None:
            return
        self.lock_window.unlock_page.set_busy(True, self.tr("Opening the vault…"))

        throttle = self._unlock_throttle()

        def work() -> Unlocked:
            # The key first: Argon2id releases the GIL, so the store, the models and the
            # desktop's modules load (the preload, the UI thread) while it runs.
            from hbdesk.app.unlock_key import unwrap

            found = unwrap(self.vault_dir, passphrase, throttle)
            try:
                from hbdesk.app import session

                vault = self._get_vault()
            except BaseException:
                found.wipe()
                raise
            return session.open_unwrapped(
                vault, found, passphrase, accept_journal_problem=accept_journal_problem
            )

        self._run(work, self._on_vault_opened, self._on_unlock_failed)
        QTimer.singleShot(0, self, self._while_deriving)

    def _while_deriving(self) -> None:
        """The UI thread's share of the unlock, done while Argon2id runs in the pool (it
        releases the GIL): what the first screen would otherwise do on first use. Nothing
        here reads the vault or holds client data."""
        from hbdesk.ui import qt_types

        qt_types.make_now()

    def _on_create_requested(self, passphrase: str) -> None:
        if self.busy or self.open_vault is not None:
            return
        self.lock_window.create_page.set_busy(True)

        def work() -> Unlocked:
            from hbdesk.app import session

            return session.create(self._get_vault(), passphrase)

        self._run(work, self._on_vault_opened, self._on_create_failed)
        QTimer.singleShot(0, self, self._while_deriving)

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._log_unexpected("unlocking", exc)
        page = self.lock_window.unlock_page
        page.set_busy(False)
        problem = describe(exc)
        page.show_problem(problem)
        wait = (
            getattr(exc, "wait_seconds", None)
            if problem.code == "too_many_attempts"
            else self._throttle_wait()
            if problem.code == "wrong_passphrase"
            else None
        )
        if wait:
            page.wait_before_retry(wait, problem)
        self.unlock_failed.emit(problem.code)

    def _on_create_failed(self, exc: BaseException) -> None:
        self._log_unexpected("creating the vault", exc)
        self.lock_window.create_page.set_busy(False)
        problem = describe(exc)
        self.lock_window.create_page.show_problem(problem)
        self.create_failed.emit(problem.code)

    def _throttle_wait(self) -> float:
        """Seconds before the store accepts another attempt (0 when it accepts one now)."""
        from hbdesk.app.unlock_key import TooManyAttempts

        try:
            self._unlock_throttle().check()
        except TooManyAttempts as exc:
            return exc.wait_seconds
        return 0.0

    def _on_vault_opened(self, unlocked: Unlocked) -> None:
        opened = unlocked.vault
        if self._shut_down:
            opened.lock()
            return
        self.open_vault = opened
        self._device_id = unlocked.device_id
        try:
            self.keeper.attach(opened, unlocked.drafts)
            self._client_count = unlocked.client_count  # shown again if the window is rebuilt
            self._show_main_window(opened, unlocked.client_count, unlocked.caseload)
        except Exception as exc:  # e.g. the drafts cannot be read: stay locked, say why
            self._log_unexpected("opening the main window", exc)
            self._drop_key()
            self.lock_window.show_unlock()
            self.lock_window.unlock_page.set_busy(False)
            self.lock_window.unlock_page.show_problem(describe(exc))
            return
        self.lock_window.hide()
        self.lock_window.unlock_page.reset()
        self.lock_window.create_page.reset()
        self.lock_window.show_unlock()  # the next time it shows, a vault exists
        self.idle.start()  # it listens to input application-wide (ui/idle.py)
        self.unlocked.emit()

    def _show_main_window(
        self, opened: OpenVault, count: int | None, rows: list[CaseloadRow] | None = None
    ) -> MainWindow:
        """`rows`: the caseload read at unlock (None: the window asks the service)."""
        from hbdesk.ui.main_window import MainWindow

        ctx = self._ui_context(opened)
        window = MainWindow(ctx, count, text_size=self.settings.text_size_percent, rows=rows)
        window.lock_requested.connect(self.lock)
        window.blank_requested.connect(self.blank)
        window.quit_requested.connect(self.shutdown)
        window.enrolment_requested.connect(self._on_enrolment_requested)
        window.language_chosen.connect(self._on_language_chosen)
        window.text_size_chosen.connect(self._on_text_size_chosen)
        self._attach_sync_after_caseload(opened, window, ctx)
        self.main_window = window
        window.fit_to_screen()
        window.show()
        window.activateWindow()
        state, self._view_state = self._view_state, None
        if state is not None and state.client_id is not None:
            window.restore(state)  # the client and step the lock closed
        else:
            window.caseload.search.setFocus()
        return window

    def _attach_sync_after_caseload(
        self, opened: OpenVault, window: MainWindow, ctx: UiContext
    ) -> None:
        """The sync panel once the caseload is on the screen (or after a few seconds if it
        does not come): the ORM, the models, the services and its modules (httpx, the
        protocol) load in a pool thread then, not while the unlock and the caseload wait, and
        its first read comes after the caseload's."""
        started = False

        def attach(_: object = None) -> None:
            if self.main_window is window and self.open_vault is opened:
                self._attach_sync(opened, window, ctx)
                # What the app is made of by now (modules, the window, the caseload: ~170k
                # objects) lives until the lock: out of the collector's way, a full collection
                # no longer walks it (a ~0.1-0.2 s pause, seen in the middle of opening pages).
                gc.freeze()
                self.sync_attached.emit()

        def load() -> None:
            nonlocal started
            if started:
                return
            started = True
            run_in_background(
                _import_after_caseload,
                attach,
                lambda exc: log.error("loading sync failed", exc_info=exc),
                self._pool,
            )

        if window.caseload.rows_shown:  # the rows read at unlock
            QTimer.singleShot(0, window, load)
        else:
            window.caseload.loaded.connect(load)
        QTimer.singleShot(SYNC_PANEL_LATEST_MS, window, load)

    def _attach_sync(self, opened: OpenVault, window: MainWindow, ctx: UiContext) -> None:
        """The sync status under the desktop; it refreshes after every change a service makes."""
        from hbdesk.ui.sync_controller import SyncController
        from hbdesk.ui.sync_panel import SyncPanel

        self.sync = SyncController(
            opened,
            lambda: self.settings.sync_server_url,
            lock_app=lambda words: self._lock(notice=words),
            timeout=self.settings.sync_timeout_seconds,
            actor=lambda: ctx.actor,
            runner=ctx.runner,
            parent=window,
        )
        self.sync.wiped.connect(self._on_laptop_wiped)
        self.sync.notice.connect(lambda words: window.statusBar().showMessage(words, 15_000))
        panel = SyncPanel(self.sync)
        panel.settle_requested.connect(window.open_conflicts)
        window.set_sync_panel(panel)
        self.sync.refresh()

    def _on_enrolment_requested(self) -> None:
        import dataclasses

        from hbdesk import settings as app_settings
        from hbdesk.ui.enrolment_dialog import EnrolmentDialog

        if self.open_vault is None or self.main_window is None:
            return
        dialog = EnrolmentDialog(
            self.open_vault,
            self.settings.sync_server_url,
            self.main_window,
            runner=self.main_window.ctx.runner,
        )

        def remember(url: str) -> None:
            self.settings = dataclasses.replace(self.settings, sync_server_url=url or None)
            app_settings.save(self.settings, self._settings_path)

        dialog.server_url_changed.connect(remember)
        dialog.open()

    def _on_language_chosen(self, language: str) -> None:
        """Remember the language; every window speaks it from the next start of hbdesk."""
        import dataclasses

        from hbdesk import settings as app_settings

        self.settings = dataclasses.replace(self.settings, language=language)
        try:
            app_settings.save(self.settings, self._settings_path)
        except OSError as exc:
            self._log_unexpected("saving the language", exc)
            return
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(
                self.tr("The language changes when hbdesk is started again.")
            )

    def _on_text_size_chosen(self, percent: int) -> None:
        """Remember the text size and show every window in it now, keeping what was open."""
        import dataclasses

        from hbdesk import settings as app_settings

        if percent == self.settings.text_size_percent or self.main_window is None:
            return
        self.settings = dataclasses.replace(self.settings, text_size_percent=percent)
        try:
            app_settings.save(self.settings, self._settings_path)
        except OSError as exc:
            self._log_unexpected("saving the text size", exc)
        old = self.main_window
        self._view_state = old.view_state()
        self.keeper.save_all()
        text_size.apply(percent)
        self.main_window = None
        old.close_for_lock()
        old.deleteLater()
        self.lock_window.deleteLater()
        self.lock_window = self._make_lock_window()  # its headings in the new size too
        self.lock_window.set_vault_folder(str(self.vault_dir))
        self.lock_window.show_unlock()
        if self.demo:
            from hbdesk.ui.demo_vault import DEMO_PASSPHRASE

            self.lock_window.unlock_page.set_demo_hint(DEMO_PASSPHRASE)
        assert self.open_vault is not None
        window = self._show_main_window(self.open_vault, getattr(self, "_client_count", None))
        window.statusBar().showMessage(self.tr("Text size %1 %.").replace("%1", str(percent)))

    def _on_laptop_wiped(self, words: str) -> None:
        """Revoked: the vault is gone; say so where a new vault would be made."""
        self._vault = None
        self.lock_window.show_create()
        self.lock_window.create_page.show_problem(VaultProblem("device_revoked", words))

    def _ui_context(self, opened: OpenVault) -> UiContext:
        """Who acts and the service runner for the desktop (a new runner per unlock)."""
        from hbdesk.ui.runner import ServiceRunner
        from hbdesk.ui.ui_context import UiContext

        return UiContext(
            opened, self._actor(), ServiceRunner(pool=self._pool), self.keeper, _ui_lang()
        )

    def _actor(self) -> Actor:
        # The enrolled device id once IT has signed this laptop's certificate; until then the
        # host name. The login name stands for the worker until enrolment names them.
        import getpass
        import socket

        from hbdesk.services.changes import Actor

        if self.demo:
            from hbdesk.services.demo import DEMO_WORKER

            return DEMO_WORKER
        try:
            user = getpass.getuser()
        except Exception:  # no login name (some containers)
            user = "worker"
        device = self._device_id or socket.gethostname()[:64]
        return Actor(user_id=user[:64], role="key_worker", device_id=device)

    # Locking.
    def lock(self) -> None:
        """Save every draft (one transaction), close every window and dialog, drop the key."""
        self._lock(notice=None)

    def _on_idle_timed_out(self) -> None:
        minutes = self.settings.idle_lock_minutes
        self._lock(notice=self.tr("hbdesk locked itself after %n min without use.", "", minutes))

    def _lock(self, notice: str | None) -> None:
        if self.open_vault is None:
            return
        self._stop_idle_watch()
        if self.main_window is not None and shiboken6.isValid(self.main_window):
            self._view_state = self.main_window.view_state()
        self._draft_failure = None
        saved = self.keeper.save_all()
        self._end_blank(restore=False)
        # The lock window first: the app must never be without a window.
        page = self.lock_window.unlock_page
        page.reset()
        self.lock_window.show_unlock()
        self.lock_window.show()
        self._close_other_windows()
        self._drop_key()
        self._clear_own_clipboard()
        gc.unfreeze()  # the closed window's objects are the collector's again
        if not saved:
            page.show_problem(self._not_saved_problem())
        elif notice:
            page.show_notice(notice + " " + self.tr("What you typed has been saved."))
        self.lock_window.raise_()
        self.lock_window.activateWindow()
        page.passphrase.setFocus()
        self.locked.emit()

    def _on_draft_save_failed(self, exc: BaseException) -> None:
        self._draft_failure = exc

    def _not_saved_problem(self) -> VaultProblem:
        if getattr(self._draft_failure, "code", None) == "draft_too_long":
            return VaultProblem(
                "draft_not_saved",
                describe(self._draft_failure).what  # type: ignore[arg-type]
                + " "
                + self.tr("Everything else you typed has been saved."),
            )
        return VaultProblem(
            "draft_not_saved",
            self.tr(
                "The latest text could not be saved before locking; what was saved earlier is kept."
            ),
        )

    def _on_focus_window_changed(self, _window: object) -> None:
        self._watch_lock_keys()

    def _watch_lock_keys(self, on: bool | None = None) -> None:
        """The key filter is installed only while the vault is open and a modal dialog is in
        front (the menu's shortcuts work everywhere else, and a filter costs every event)."""
        if on is None:
            on = self.open_vault is not None and QApplication.activeModalWidget() is not None
        app = QApplication.instance()
        if app is None or on == self._lock_keys_on:
            return
        self._lock_keys_on = on
        if on:
            app.installEventFilter(self.lock_keys)
        else:
            app.removeEventFilter(self.lock_keys)

    def _stop_idle_watch(self) -> None:
        self.idle.stop()
        self._watch_lock_keys(on=False)

    def _on_clipboard_changed(self) -> None:
        """Remember (as a digest) text copied while one of our windows was active."""
        clipboard = QApplication.clipboard()
        ours = clipboard.ownsClipboard() or QApplication.activeWindow() is not None
        self._copied_here = _digest(clipboard.text()) if ours and clipboard.text() else None

    def _clear_own_clipboard(self) -> None:
        """Client data copied from hbdesk does not outlive the lock; others' clipboard stays."""
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or (
            self._copied_here is not None and _digest(clipboard.text()) == self._copied_here
        ):
            clipboard.clear()
        self._copied_here = None

    def _close_other_windows(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            if QApplication.activePopupWidget() is popup:
                break
            popup = QApplication.activePopupWidget()
        for widget in QApplication.topLevelWidgets():
            if widget is self.lock_window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()
        window, self.main_window = self.main_window, None
        if window is not None and shiboken6.isValid(window):
            window.close_for_lock()
            window.deleteLater()

    def _drop_key(self) -> None:
        opened, self.open_vault = self.open_vault, None
        self.keeper.detach()
        if opened is not None:
            opened.lock()

    # Privacy blank.
    def blank(self) -> None:
        """Hide everything behind black screens until a key or click; the vault stays open."""
        if self._blanks:
            return
        self._hidden_for_blank = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, PrivacyBlank) and not _in_own_loop(w)
        ]
        for widget in self._hidden_for_blank:
            widget.hide()
        self._blanks = blank_every_screen()
        for blank in self._blanks:
            blank.dismissed.connect(self._on_blank_dismissed)

    @property
    def blanked(self) -> bool:
        return bool(self._blanks)

    def _on_blank_dismissed(self) -> None:
        self._end_blank(restore=True)

    def _end_blank(self, *, restore: bool) -> None:
        blanks, self._blanks = self._blanks, []
        for blank in blanks:
            blank.hide()
            blank.deleteLater()
        hidden, self._hidden_for_blank = self._hidden_for_blank, []
        if restore:
            for widget in hidden:
                if shiboken6.isValid(widget):
                    widget.show()
                    widget.activateWindow()

    def _log_unexpected(self, doing: str, exc: BaseException) -> None:
        """Vault errors are expected and worded for the user; anything else goes to the log."""
        if getattr(exc, "code", None) is None:
            log.error("unexpected error while %s", doing, exc_info=exc)


def _ui_lang() -> str:
    """The language money and dates are formatted in (hbdesk.formatting)."""
    lang = QLocale().name()[:2]
    return lang if lang in ("fi", "sv", "en") else "fi"


def _in_own_loop(widget: QWidget) -> bool:
    """A dialog run by exec() (application-modal): hiding it would end it, so the blank covers
    it instead. Dialogs opened with open() (window-modal) are hidden and shown again."""
    return (
        isinstance(widget, QDialog)
        and widget.windowModality() == Qt.WindowModality.ApplicationModal
    )


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
