"""The desktop for a screen reader's walk: the tour's views one at a time, on a line's word.

    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 python -m tests.ui.atspi_app --vault DEMO --lang fi
        [--stops caseload,stage-PlanPage]

For each view it prints `STOP <name> <json>` (the texts the screen shows in labels, and the
texts of hidden table cells that nothing shows) and waits for a line on stdin before the next.
Used by scripts/atspi_walk.py, which walks each view through AT-SPI as Orca would.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def expectations(window) -> dict[str, list[str]]:
    """What the screen shows in labels, and what hidden cells hold that it does not show."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QTableView

    from tests.ui.a11y import _shown_text

    shown = sorted(
        {_shown_text(w) for w in window.findChildren(QLabel) if w.isVisible() and w.text()}
    )
    secrets = []
    for view in window.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for row in range(model.rowCount()):
            visible = " ".join(
                str(model.index(row, c).data(role) or "")
                for c in range(model.columnCount())
                if not view.isColumnHidden(c)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            )
            for c in range(model.columnCount()):
                text = str(model.index(row, c).data() or "")
                if view.isColumnHidden(c) and text and text not in visible:
                    secrets.append(text)
    return {"shown": shown, "secrets": sorted(set(secrets))}


def wait_for_line(app) -> bool:
    """Keep answering the screen reader's questions (the event loop runs) until a line comes
    on stdin; False at its end."""
    import select

    while True:
        app.processEvents()
        ready, _, _ = select.select([sys.stdin], [], [], 0.02)
        if ready:
            return bool(sys.stdin.readline())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", required=True, type=Path)
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--stops", default="")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication(["hbdesk"])
    app.setApplicationName("hbdesk")
    from hbdesk.ui import translations
    from tests.ui.tour import STOPS, Tour, settle

    translations.install(app, args.lang)
    with tempfile.TemporaryDirectory(prefix="hbdesk-atspi-") as tmp:
        shutil.copytree(args.vault, Path(tmp) / "vault")
        tour = Tour(Path(tmp) / "vault")
        tour.start()
        for stop in [s for s in args.stops.split(",") if s] or STOPS:
            window = tour.visit(stop)
            settle(tour.shell)
            print("STOP", stop, json.dumps(expectations(window), ensure_ascii=False), flush=True)
            if not wait_for_line(app):  # the walker has heard this view
                break
            settle(tour.shell)
        tour.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
