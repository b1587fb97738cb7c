"""Helpers of the money-stage tests: find a demo client, open a page, wait for the services."""

from __future__ import annotations

from hbdesk.services import caseload
from hbdesk.ui.ui_context import UiContext


def client_at(ctx: UiContext, stage: str) -> str:
    rows = caseload.caseload(ctx.vault, ctx.actor, stage=stage)
    assert rows, stage
    return rows[0].client_id


def open_page(qtbot, ctx: UiContext, page_class, client_id: str):
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_client(client_id)
    assert ctx.runner.wait_idle()
    return page


def settle(ctx: UiContext) -> None:
    assert ctx.runner.wait_idle()
