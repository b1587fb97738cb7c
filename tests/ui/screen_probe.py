"""Visit every view of the desktop under a real X server and write what is cut off and what a
screen reader would hear wrong (JSON: {lang: {stop: {"fit": [...], "a11y": [...]}}}).

    QT_QPA_PLATFORM=xcb DISPLAY=:N [QT_SCALE_FACTOR=2] \
        python -m tests.ui.screen_probe --vault DEMO --out result.json [--langs fi,sv,en]
        [--text-size 200] [--shots DIR] [--stops caseload,client-view]

The vault folder is copied first (never changed). `--shots` also saves each view as PNG.
Used by tests/ui/test_on_a_real_screen.py (one process per scale) and scripts/screenshots.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="screen_probe")
    parser.add_argument("--vault", required=True, type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--langs", default="fi,sv,en")
    parser.add_argument("--text-size", type=int, default=100)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--shot-suffix", default="")
    parser.add_argument("--stops", default="")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict[str, dict[str, dict[str, list[str]]]]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["hbdesk-probe"])
    from hbdesk.settings import Settings
    from hbdesk.ui import translations
    from tests.ui import a11y
    from tests.ui.fit import problems
    from tests.ui.tour import STOPS, Tour

    stops = [s for s in args.stops.split(",") if s] or STOPS
    settings = Settings(idle_lock_minutes=240, text_size_percent=args.text_size)  # no idle lock
    result: dict[str, dict[str, dict[str, list[str]]]] = {}
    with tempfile.TemporaryDirectory(prefix="hbdesk-probe-") as tmp:
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(Path(tmp) / name.lower())
        for lang in args.langs.split(","):
            folder = Path(tmp) / f"vault-{lang}"
            shutil.copytree(args.vault, folder)
            installed = translations.install(app, lang)
            tour = Tour(folder, dataclasses.replace(settings, language=lang))
            tour.start()
            found: dict[str, dict[str, list[str]]] = {}
            for stop in stops:
                window = tour.visit(stop)
                found[stop] = {
                    "fit": problems(window) + extra_checks(stop, window),
                    "a11y": a11y.problems(window),  # what a screen reader hears
                }
                if args.shots:
                    suffix = args.shot_suffix or str(args.text_size)
                    shot(window, args.shots, f"{stop}-{lang}-{suffix}")
            tour.stop()
            translations.uninstall(app, installed)
            result[lang] = found
    return result


def extra_checks(stop: str, window) -> list[str]:
    """What a stop promises beyond fitting: the client's view keeps its way back on screen."""
    from PySide6.QtCore import QPoint, QRect

    if not stop.startswith("client-view"):
        return []
    button = window.client_view.leave_button
    where = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
    if not button.isVisible() or not window.screen().geometry().contains(where):
        return [f"the return button is not on the screen ({where})"]
    return []


def shot(window, folder: Path, name: str) -> None:
    """The whole screen as the person sees it (the window and any dialog over it)."""
    folder.mkdir(parents=True, exist_ok=True)
    screen = window.screen()
    screen.grabWindow(0).save(str(folder / f"{name}.png"))


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    result = run(args)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
