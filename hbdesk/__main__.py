"""hbdesk's entry point: `hbdesk [--demo] [--vault DIR] [--lang fi|sv|en]`.

The lock screen comes first and fast: only PySide6 and the lock screen's own modules are
imported before it shows; the store loads in the background while the passphrase is typed.

HBDESK_EXIT_AFTER_SHOWN=1 (for tests and start-up timing): print "window-shown <page>"
once the first window is visible, then quit.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import TracebackType

    from hbdesk.ui.shell import Shell

VAULT_ENV = "HBDESK_VAULT"
EXIT_AFTER_SHOWN_ENV = "HBDESK_EXIT_AFTER_SHOWN"


def harden_process() -> None:
    """No core dumps (they would hold the key); new files private to the user."""
    os.umask(0o077)
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="hbdesk", description="Personal budgeting for caseworkers: offline, encrypted, synced."
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo vault (made with sample data on first use)",
    )
    parser.add_argument(
        "--vault", metavar="DIR", help=f"the vault folder (also {VAULT_ENV}; this option wins)"
    )
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="the user interface language (default: the setting, Finnish)",
    )
    return parser.parse_args(argv)


def vault_folder(args: argparse.Namespace, configured: str | None) -> Path:
    """--vault, then HBDESK_VAULT, then the setting, then the default folder.

    --demo uses the demo folder unless --vault names one: the variable and the setting are
    for the real vault, and a demo vault must never be made in its place.
    """
    from hbdesk import paths

    chosen = args.vault or (None if args.demo else os.environ.get(VAULT_ENV) or configured)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return paths.demo_vault_dir() if args.demo else paths.default_vault_dir()


def _setup_logging() -> None:
    from hbdesk import paths

    try:
        handler: logging.Handler = logging.FileHandler(
            paths.log_dir() / "hbdesk.log", encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    logging.getLogger("alembic").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    from hbdesk import settings as settings_module

    settings = settings_module.load()
    language = args.lang or settings.language

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hbdesk.ui import translations
    from hbdesk.ui.background import wait_for_all
    from hbdesk.ui.shell import Shell

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("hbdesk")
    app.setOrganizationName("hbdesk")
    translations.install(app, language)
    shell = Shell(vault_folder(args, settings.vault_dir), settings=settings, demo=args.demo)
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    if os.environ.get(EXIT_AFTER_SHOWN_ENV) == "1":
        QTimer.singleShot(0, lambda: _report_shown_and_quit(shell))
    sys.excepthook = _log_uncaught
    _quit_on_termination(shell)
    code = app.exec()
    wait_for_all()  # no pool thread may outlive the interpreter
    return code


def _quit_on_termination(shell: Shell) -> None:
    """SIGTERM (system shutdown, logout) and Ctrl+C: save the drafts and lock, then end."""
    import signal

    from PySide6.QtCore import QTimer

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: shell.shutdown())
    # Python runs signal handlers only when it gets control: give it a moment twice a second.
    ticker = QTimer(shell)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: into the log file (no personal data there), never onto the screen."""
    logging.getLogger("hbdesk").error("uncaught %s", kind.__name__, exc_info=(kind, exc, tb))


def _report_shown_and_quit(shell: Shell) -> None:
    from PySide6.QtWidgets import QApplication

    window = shell.lock_window
    if window.isVisible():
        print(f"window-shown {window.mode}", flush=True)
    QApplication.quit()


if __name__ == "__main__":
    sys.exit(main())
