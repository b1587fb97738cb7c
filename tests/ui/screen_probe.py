"""Visit every view of the desktop under a real X server and write what is cut off and what a
screen reader would hear wrong (JSON: {lang: {stop: {"fit": [...], "a11y": [...]}}}).

    QT_QPA_PLATFORM=xcb DISPLAY=:N [QT_SCALE_FACTOR=2] \
        python -m tests.ui.screen_probe --vault DEMO --out result.json [--langs fi,sv,en]
        [--text-size 200] [--shots DIR] [--stops caseload,client-view]

Several configurations at once, side by side (JSON: {name: {lang: ...}}):

    QT_QPA_PLATFORM=xcb DISPLAY=:N python -m tests.ui.screen_probe --vault DEMO \
        --out result.json --probe 1366x768:1:100:fi,sv,en --probe 2x-scale:2:100:fi,sv

`--probe NAME:QT_SCALE_FACTOR:TEXT_SIZE:LANGS`: the modules are imported once, then one child
is forked for each (before any QApplication: Qt reads the scale when the application is made),
so that each does not import and compile the app again.

The vault folder is copied first (never changed). `--shots` also saves each view as PNG.
Used by tests/ui/test_on_a_real_screen.py (--probe) and scripts/screenshots.py.
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
    parser.add_argument("--probe", action="append", default=[], metavar="NAME:SCALE:TEXT:LANGS")
    args = parser.parse_args(argv)
    from tests.ui.tour import STOPS  # imported by every tour anyway

    unknown = [name for name in args.stops.split(",") if name and name not in STOPS]
    if unknown:  # a usage error here, not an AttributeError in each forked child
        parser.error(f"unknown stop(s): {', '.join(unknown)}; the stops are: {', '.join(STOPS)}")
    return args


# What a tour imports on its way (the app loads its windows and dialogs when first shown):
# imported before forking, so that the children share them.
TOUR_MODULES = (
    "hbdesk.settings",
    "hbdesk.ui.translations",
    "hbdesk.ui.main_window",
    "hbdesk.ui.client_view",
    "hbdesk.ui.client_log",
    "hbdesk.ui.documents_dialog",
    "hbdesk.ui.enrolment_dialog",
    "hbdesk.ui.unit_outcomes_dialog",
    "hbdesk.ui.stages.people",
    "hbdesk.ui.sync_controller",
    "hbdesk.ui.sync_panel",
    "holidays.countries",  # the due days' public holidays load every country's module
    "tests.ui.a11y",
    "tests.ui.fit",
    "tests.ui.tour",
)


def run_forked(args: argparse.Namespace) -> tuple[dict[str, dict], list[str]]:
    """Each `--probe` in a child forked after the imports; their results by name, and what
    went wrong in any of them."""
    import gc
    import importlib
    import traceback

    for module in TOUR_MODULES:
        importlib.import_module(module)
    gc.freeze()  # shared with the children as it is (the collector does not touch it there)
    children: dict[int, tuple[str, Path]] = {}
    with tempfile.TemporaryDirectory(prefix="hbdesk-probes-") as tmp:
        for spec in args.probe:
            name, scale, text, langs = spec.split(":")
            out = Path(tmp) / f"{name}.json"
            pid = os.fork()
            if pid == 0:  # the child: its own QApplication at its own scale
                code = 1
                try:
                    os.environ["QT_SCALE_FACTOR"] = scale
                    one = argparse.Namespace(**{**vars(args), "langs": langs, "probe": []})
                    one.text_size = int(text)
                    out.write_text(json.dumps(run(one), ensure_ascii=False), encoding="utf-8")
                    code = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(code)
            children[pid] = (name, out)
        results: dict[str, dict] = {}
        failed = []
        for pid, (name, out) in children.items():
            _, status = os.waitpid(pid, 0)
            if os.waitstatus_to_exitcode(status) != 0 or not out.exists():
                failed.append(f"{name}: exit {os.waitstatus_to_exitcode(status)}")
                continue
            found = json.loads(out.read_text(encoding="utf-8"))
            results.setdefault(name, {}).update(found)
    return results, failed


def run(args: argparse.Namespace) -> dict[str, dict[str, dict[str, list[str]]]]:
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["hbdesk-probe"])
    from hbdesk.settings import Settings
    from hbdesk.ui import translations
    from tests.ui import a11y
    from tests.ui.fit import problems
    from tests.ui.tour import STOPS, Tour

    stops = [s for s in args.stops.split(",") if s] or STOPS
    # What the imports made lives to the end: the collector need not walk it again and again
    # (a tenth of the tour's CPU went to collections that found nothing there).
    gc.freeze()
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
            gc.collect()  # the language's desktop, once; what survives is set aside too
            gc.freeze()
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
    failed: list[str] = []
    if args.probe:
        result, failed = run_forked(args)
    else:
        result = run(args)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    if failed:
        print("probes failed: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
