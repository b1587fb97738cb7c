"""Render the money stages (budget, decision, use, follow-up) at 1366×768 to PNG in screenshots/.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_money.py \
    [--scale 2] [fi|sv|en ...]
(default: fi; --scale 2 renders at 200 % font size, files named …-200).
A throw-away demo vault in a temporary folder; never touches the real ones.
Each page is saved as the screen shows it (…-screen) and whole, scrolled out (…-full).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from hbdesk.services import caseload  # noqa: E402
from hbdesk.services.demo import DEMO_WORKER, populate_demo  # noqa: E402
from hbdesk.store import KdfParams, Vault  # noqa: E402
from hbdesk.ui import translations  # noqa: E402
from hbdesk.ui.drafts import DraftKeeper  # noqa: E402
from hbdesk.ui.runner import ServiceRunner  # noqa: E402
from hbdesk.ui.stages.budget import BudgetPage  # noqa: E402
from hbdesk.ui.stages.decision import DecisionPage  # noqa: E402
from hbdesk.ui.stages.followup import FollowUpPage  # noqa: E402
from hbdesk.ui.stages.use import UsePage  # noqa: E402
from hbdesk.ui.ui_context import UiContext  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1366, 768)
QUICK_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)  # a throw-away vault


def settle(ctx: UiContext) -> None:
    ctx.runner.wait_idle(30_000)
    for _ in range(5):
        QApplication.processEvents()


def save(page: QWidget, name: str) -> None:
    page.resize(*SIZE)
    settle(page.ctx)  # type: ignore[attr-defined]
    path = OUT / f"{name}-screen.png"
    page.grab().save(str(path))
    print(path)
    area = page.findChild(QScrollArea)
    content = area.widget()
    content.resize(SIZE[0], max(content.sizeHint().height(), SIZE[1]))
    path = OUT / f"{name}-full.png"
    content.grab().save(str(path))
    print(path)
    content.resize(area.viewport().size())


def client(ctx: UiContext, stage: str) -> str:
    return caseload.caseload(ctx.vault, ctx.actor, stage=stage)[0].client_id


def open_page(ctx: UiContext, page_class: type, stage: str) -> QWidget:
    page = page_class(ctx)
    page.resize(*SIZE)
    page.show()
    page.show_client(client(ctx, stage))
    settle(ctx)
    return page


def render(ctx: UiContext, lang: str) -> None:
    budget = open_page(ctx, BudgetPage, "plan")
    budget.create_button.click()
    settle(ctx)
    budget.search_edit.setText("kunto")
    budget._search()
    settle(ctx)
    budget.add_button.click()
    settle(ctx)
    budget.own_description.setText("Kitaratunnit, 10 kertaa")
    budget.own_provider.setText("Soitinpaja Sointi")
    budget.own_price.setText("35,00")
    budget.own_quantity.setText("2")
    budget.own_button.click()
    settle(ctx)
    budget.results.selectRow(1)
    budget.add_quantity.setText("2")
    save(budget, f"20-budget-{lang}")

    decision = open_page(ctx, DecisionPage, "plan")
    budget._propose()
    settle(ctx)
    decision.load()
    settle(ctx)
    decision.prepare_button.click()
    settle(ctx)
    decision.preview_button.click()
    settle(ctx)
    save(decision, f"21-decision-draft-{lang}")
    issued = open_page(ctx, DecisionPage, "in_use")
    save(issued, f"22-decision-issued-{lang}")

    use = open_page(ctx, UsePage, "in_use")
    use.table.selectRow(0)
    save(use, f"23-use-{lang}")
    follow = open_page(ctx, FollowUpPage, "follow_up")
    save(follow, f"24-followup-{lang}")
    for page in (budget, decision, issued, use, follow):
        page.close()


def main(argv: list[str]) -> int:
    scale = 1.0
    if argv[:1] == ["--scale"]:
        scale, argv = float(argv[1]), argv[2:]
    langs = argv or ["fi"]
    app = QApplication.instance() or QApplication([])
    if scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(font)
    suffix = f"-{int(scale * 100)}" if scale != 1.0 else ""
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            installed = translations.install(app, lang)
            vault = Vault(Path(tmp) / f"vault-{lang}", kdf=QUICK_KDF).create(
                "kolme iloista kissaa tanssii"
            )
            populate_demo(vault, clients=9)
            runner = ServiceRunner()
            ctx = UiContext(vault, DEMO_WORKER, runner, DraftKeeper(), lang)
            render(ctx, lang + suffix)
            runner.wait_idle()
            runner.stop()
            vault.lock()
            for translator in installed:
                app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
