"""Screenshots of every screen of hbdesk, for looking at: PNG files in screenshots/.

Usage: .venv/bin/python scripts/screenshots.py [--langs fi,sv,en] [--scales 100,200]
       [--stops caseload,client-view] [--no-lock-screens] [--out DIR]

`--scales` in percent (100,200) or as factors (1,2: QT_SCALE_FACTOR); `--stops` are the
tour's stop names (an unknown one is refused with the list of valid names).

1. The lock screens (create, wrong passphrase, damaged vault, demo), offscreen at 1366×768:
   `01-create-weak-fi.png` …
2. Every main view and dialog of the desktop with demo data (the tour of tests/ui/tour.py:
   the caseload, each stage, the client's view, every dialog), on a real 1366×768 X screen
   (Xvfb) at 100 % and at 200 % scale (QT_SCALE_FACTOR=2), as the person sees the whole
   screen: `<view>-<lang>-<scale>.png`, e.g. `stage-BudgetPage-sv-200.png`.
Throw-away vaults in a temporary folder; never touches the real ones.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "screenshots"
SIZE = (1366, 768)
MIN_PERCENT, MAX_FACTOR = 50, 4  # --scales: 50 %…400 %, or factors up to 4
NOTES = (
    "Käynti kotona 24.11.: Aino toivoo kuntosalikorttia ja apua laskujen kuittaamiseen.\n"
    "Seuraavaksi: hinnat palveluntuottajilta, oma ehdotus tavoitteista."
)


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget, out: Path, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.resize(*SIZE)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    path = out / name
    widget.grab().save(str(path))
    print(path)
    return path


def shell_for(folder: Path, **options: object):
    from hbdesk.settings import Settings
    from hbdesk.ui.shell import Shell
    from tests.ui.tour import QUICK_KDF

    shell = Shell(
        folder, settings=Settings(), kdf=QUICK_KDF, preload=False, quit_app=lambda: None, **options
    )  # type: ignore[arg-type]
    shell.start()
    return shell


def lock_screens(lang: str, work: Path, out: Path) -> None:
    """The screens before the vault is open (offscreen)."""
    from tests.ui.tour import PASSPHRASE

    # 1. First run: the create page, with a passphrase typed and its strength shown.
    shell = shell_for(work / f"vault-{lang}")
    page = shell.lock_window.create_page
    page.passphrase.setText("Salasana2026")  # a weak one: the meter and zxcvbn's advice
    page.create_button.click()
    save(shell.lock_window, out, f"01-create-weak-{lang}.png")
    page.message.clear_message()
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE[:-3])
    save(shell.lock_window, out, f"01-create-strong-{lang}.png")
    # 2. The main window after creating the vault, with notes from the visit.
    page.repeat.setText(PASSPHRASE)
    page.create_button.click()
    wait_until(
        lambda: shell.main_window is not None and shell.main_window.sync_dock_widget() is not None
    )
    shell.main_window.notes.setPlainText(NOTES)
    shell.main_window.notes_dock.show()
    save(shell.main_window, out, f"03-main-{lang}.png")
    # 3. Locked, then a wrong passphrase: the lock screen with its message.
    shell.lock()
    unlock = shell.lock_window.unlock_page
    unlock.passphrase.setText("väärä salasana")
    unlock.unlock_button.click()
    wait_until(lambda: not shell.busy)
    save(shell.lock_window, out, f"02-lock-error-{lang}.png")
    shell.lock_window.hide()
    # 4. A damaged vault: what happened, what to do, and no offer to create a new one.
    with open(work / f"vault-{lang}" / "hbdesk.db", "r+b") as db:
        db.truncate(4096 * 2 + 100)
    damaged = shell_for(work / f"vault-{lang}")
    damaged.lock_window.unlock_page.passphrase.setText(PASSPHRASE)
    damaged.lock_window.unlock_page.unlock_button.click()
    wait_until(lambda: not damaged.busy)
    save(damaged.lock_window, out, f"04-damaged-{lang}.png")
    damaged.lock_window.hide()
    # 5. The demo vault's lock screen with its passphrase hint.
    demo = shell_for(work / f"demo-{lang}", demo=True)
    wait_until(lambda: not demo.busy, seconds=600)  # 40 clients with a year of spending
    save(demo.lock_window, out, f"05-demo-lock-{lang}.png")
    demo.lock_window.hide()


def scale_percents(text: str) -> list[int]:
    """`--scales`: "100,200" (percent) or "1,2" / "1.5" (factors), as whole percents.

    A factor taken for a percent made QT_SCALE_FACTOR 0.01: a window of a few pixels in the
    corner of a black screen, saved without a word."""
    percents = []
    for part in text.split(","):
        try:
            value = float(part)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {part!r}") from None
        percent = value * 100 if 0 < value <= MAX_FACTOR else value
        if not MIN_PERCENT <= percent <= MAX_FACTOR * 100:
            raise argparse.ArgumentTypeError(
                f"{part!r}: a scale is a percentage ({MIN_PERCENT}–{MAX_FACTOR * 100}, e.g. "
                f"100,200) or a factor (up to {MAX_FACTOR}, e.g. 1,2)"
            )
        percents.append(round(percent))
    return percents


def stop_names(text: str) -> str:
    """`--stops`: names of the tour's stops, comma-separated (empty: all)."""
    from tests.ui.tour import STOPS

    unknown = [name for name in text.split(",") if name and name not in STOPS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown stop(s): {', '.join(unknown)}; the stops are: {', '.join(STOPS)}"
        )
    return text


def probe_run(scale: int, langs: list[str], stops: str, vault: Path, out: Path, work: Path):
    """The layout probe's command and environment for one scale (percent)."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("QT_")},
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": f"{scale / 100:g}",
    }
    command = [sys.executable, "-m", "tests.ui.screen_probe", "--vault", str(vault)]
    command += ["--langs", ",".join(langs), "--shots", str(out), "--stops", stops]
    command += ["--shot-suffix", str(scale), "--out", str(work / f"probe-{scale}.json")]
    if not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *command]
    return command, env


def desktop(langs: list[str], scales: list[int], stops: str, work: Path, out: Path) -> None:
    """Every view and dialog with demo data under Xvfb, through the layout probe."""
    from hbdesk.services.demo import populate_demo
    from hbdesk.store import Vault
    from tests.ui.tour import PASSPHRASE, QUICK_KDF

    vault = work / "demo-vault"
    opened = Vault(vault, kdf=QUICK_KDF).create(PASSPHRASE)
    populate_demo(opened)
    opened.lock()
    for scale in scales:
        command, env = probe_run(scale, langs, stops, vault, out, work)
        subprocess.run(command, cwd=ROOT, env=env, check=True)  # noqa: S603
        print(f"{out}/*-{scale}.png")


def main_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", default="fi,sv,en")
    parser.add_argument("--scales", type=scale_percents, default="100,200")
    parser.add_argument("--stops", type=stop_names, default="")
    parser.add_argument("--no-lock-screens", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder for the PNG files")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = main_args(argv)
    langs = args.langs.split(",")
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hbdesk-shots-") as tmp:
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(Path(tmp) / name.lower())
        if not args.no_lock_screens:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            from PySide6.QtWidgets import QApplication

            from hbdesk.ui import translations

            app = QApplication.instance() or QApplication([])
            for lang in langs:
                installed = translations.install(app, lang)
                lock_screens(lang, Path(tmp), out)
                translations.uninstall(app, installed)
        if shutil.which("xvfb-run") is None and not os.environ.get("DISPLAY"):
            print("screenshots: the desktop's need Xvfb (xvfb-run)", file=sys.stderr)
            return 1
        desktop(langs, args.scales, args.stops, Path(tmp), out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
