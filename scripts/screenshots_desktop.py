"""Render the caseworker's desktop at 1366×768 to PNG files in screenshots/ (offscreen).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_desktop.py [fi|sv|en ...]
       [--font-scale 2]
(default: fi). A throw-away demo vault in a temporary folder; never touches the real ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hbdesk.services.caseload import caseload  # noqa: E402
from hbdesk.services.demo import DEMO_WORKER, populate_demo  # noqa: E402
from hbdesk.store import KdfParams, OpenVault, Vault  # noqa: E402
from hbdesk.ui import translations  # noqa: E402
from hbdesk.ui.drafts import DraftKeeper  # noqa: E402
from hbdesk.ui.main_window import MainWindow  # noqa: E402
from hbdesk.ui.runner import ServiceRunner  # noqa: E402
from hbdesk.ui.stages import PAGES  # noqa: E402
from hbdesk.ui.ui_context import UiContext  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1366, 768)
QUICK_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
PASSPHRASE = "kolme iloista kissaa tanssii"  # noqa: S105 (a throw-away vault)
STEPS = (
    "ContactPage",
    "SelfAssessmentPage",
    "NeedsPage",
    "ProposalPage",
    "PlanPage",
    "FeedbackPage",
    "ClosingPage",
)


def settle(window: MainWindow) -> None:
    window.ctx.runner.wait_idle()
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    for _ in range(5):
        QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def shoot(vault: OpenVault, lang: str, suffix: str) -> None:
    keeper = DraftKeeper()
    keeper.attach(vault)
    window = MainWindow(UiContext(vault, DEMO_WORKER, ServiceRunner(), keeper, lang), 40)
    window.resize(*SIZE)
    window.show()
    settle(window)
    save(window, f"desk-01-caseload-{lang}{suffix}.png")
    rows = caseload(vault, DEMO_WORKER, stage="in_use")
    client = next((r for r in rows if r.money and r.money.warning), rows[0])
    window.caseload.select(client.client_id)
    window.open_client(client.client_id)
    settle(window)
    names = [p.__name__ for p in PAGES]
    for n, step in enumerate(STEPS, start=2):
        window.workspace.show_step(names.index(step))
        settle(window)
        save(window, f"desk-{n:02d}-{step.removesuffix('Page').lower()}-{lang}{suffix}.png")
    window.new_client()
    settle(window)
    save(window.new_client_dialog, f"desk-20-new-client-{lang}{suffix}.png")
    window.new_client_dialog.done(0)
    window.co_reading_action.trigger()
    settle(window)
    save(window, f"desk-21-co-reading-{lang}{suffix}.png")
    window.co_reading_action.trigger()
    window.enter_client_view()
    settle(window)
    save(window, f"desk-22-client-view-{lang}{suffix}.png")
    assert window.client_view is not None
    window.client_view.area.verticalScrollBar().setValue(
        window.client_view.area.verticalScrollBar().maximum()
    )
    save(window, f"desk-23-client-view-end-{lang}{suffix}.png")
    window.close_for_lock()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("languages", nargs="*", default=["fi"])
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    subprocess.run(  # noqa: S603
        [
            "/bin/bash",
            str(ROOT / "scripts" / "build_translations.sh"),
            "--qm-only",
        ],
        check=True,
        capture_output=True,
    )
    OUT.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication([])
    suffix = "" if args.font_scale == 1 else f"-x{args.font_scale:g}"
    if args.font_scale != 1:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "vault", kdf=QUICK_KDF).create(PASSPHRASE)
        populate_demo(vault, clients=40, today=dt.date.today())
        for lang in args.languages:
            installed = translations.install(app, lang)
            try:
                shoot(vault, lang, suffix)
            finally:
                translations.uninstall(app, installed)
        vault.lock()


if __name__ == "__main__":
    main()
