"""Render the app shell's screens at 1366×768 to PNG files in screenshots/ (offscreen, no screen).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [fi|sv|en ...]
(default: fi). Uses throw-away vaults in a temporary folder; never touches the real ones.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hbdesk.settings import Settings  # noqa: E402
from hbdesk.store import KdfParams  # noqa: E402
from hbdesk.ui import translations  # noqa: E402
from hbdesk.ui.shell import Shell  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1366, 768)
# A throw-away vault needs no costly key derivation (OWASP's floor, as in the tests).
QUICK_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
PASSPHRASE = "kolme iloista kissaa tanssii"  # noqa: S105 (a throw-away vault)
NOTES = (
    "Käynti kotona 24.11.: Aino toivoo kuntosalikorttia ja apua laskujen kuittaamiseen.\n"
    "Seuraavaksi: hinnat palveluntuottajilta, oma ehdotus tavoitteista."
)


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> Path:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)
    return path


def shell_for(folder: Path, **options: object) -> Shell:
    shell = Shell(
        folder, settings=Settings(), kdf=QUICK_KDF, preload=False, quit_app=lambda: None, **options
    )  # type: ignore[arg-type]
    shell.start()
    return shell


def render(lang: str, work: Path) -> None:
    # 1. First run: the create page, with a passphrase typed and its strength shown.
    shell = shell_for(work / f"vault-{lang}")
    page = shell.lock_window.create_page
    page.passphrase.setText("Salasana2026")  # a weak one: the meter and zxcvbn's advice
    page.create_button.click()
    save(shell.lock_window, f"01-create-weak-{lang}.png")
    page.message.clear_message()
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE[:-3])
    save(shell.lock_window, f"01-create-strong-{lang}.png")

    # 2. The main window after creating the vault, with notes from the visit.
    page.repeat.setText(PASSPHRASE)
    page.create_button.click()
    wait_until(lambda: shell.main_window is not None)
    shell.main_window.notes.setPlainText(NOTES)
    save(shell.main_window, f"03-main-{lang}.png")

    # 3. Locked, then a wrong passphrase: the lock screen with its message.
    shell.lock()
    unlock = shell.lock_window.unlock_page
    unlock.passphrase.setText("väärä salasana")
    unlock.unlock_button.click()
    wait_until(lambda: not shell.busy)
    save(shell.lock_window, f"02-lock-error-{lang}.png")
    shell.lock_window.hide()

    # 4. A damaged vault: what happened, what to do, and no offer to create a new one.
    with open(work / f"vault-{lang}" / "hbdesk.db", "r+b") as db:
        db.truncate(4096 * 2 + 100)
    damaged = shell_for(work / f"vault-{lang}")
    damaged.lock_window.unlock_page.passphrase.setText(PASSPHRASE)
    damaged.lock_window.unlock_page.unlock_button.click()
    wait_until(lambda: not damaged.busy)
    save(damaged.lock_window, f"04-damaged-{lang}.png")
    damaged.lock_window.hide()

    # 5. The demo vault's lock screen with its passphrase hint.
    demo = shell_for(work / f"demo-{lang}", demo=True)
    wait_until(lambda: not demo.busy)
    save(demo.lock_window, f"05-demo-lock-{lang}.png")
    demo.lock_window.hide()


def main(argv: list[str]) -> int:
    languages = argv or ["fi"]
    OUT.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="hbdesk-shots-") as tmp:
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(Path(tmp) / name.lower())
        for lang in languages:
            installed = translations.install(app, lang)
            render(lang, Path(tmp))
            translations.uninstall(app, installed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
