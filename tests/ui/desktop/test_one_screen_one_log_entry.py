"""Every read of a client is logged (703/2023), one screen as one access-log entry: opening a
client, or a step of its process, is one read in one transaction, not one per service call.

The real main window on the demo vault; the entries are read straight from the vault.
"""

from __future__ import annotations

from sqlalchemy import select

from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.outbox import OutboxOp
from hbdesk.services import context
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.services.overview import client_overview
from hbdesk.services.spending_view import budget_states
from hbdesk.ui.stages import PAGES
from tests.ui.desktop.conftest import a_client, open_client, settle


def _views(vault, client_id: str) -> list[AccessLogEntry]:
    with vault.session() as s:
        return list(
            s.scalars(
                select(AccessLogEntry)
                .where(AccessLogEntry.client_id == client_id, AccessLogEntry.action == "view")
                .order_by(AccessLogEntry.seq)
            )
        )


def _row_of(page_name: str) -> int:
    return [p.__name__ for p in PAGES].index(page_name)


def test_opening_a_client_is_one_entry_naming_what_the_screen_shows(make_desktop, demo_vault):
    window = make_desktop()
    client = a_client(demo_vault, "in_use")
    before = len(_views(demo_vault, client.client_id))
    open_client(window, client.client_id)
    page = window.workspace.current_page()
    assert page is not None and page.client_id == client.client_id
    entries = _views(demo_vault, client.client_id)[before:]
    assert len(entries) == 1, [e.record_ids for e in entries]  # before: one per service call
    (entry,) = entries
    assert f"clients:{client.client_id}" in entry.record_ids  # the overview's read
    assert len(entry.record_ids) > 1  # and the page's
    with demo_vault.session() as s:  # it goes up to the county like every entry
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity_id == entry.id)).one()
        assert op.entity == "access_log" and op.kind == "append"


def test_a_step_with_several_reads_is_one_entry(make_desktop, demo_vault):
    window = make_desktop()
    client = a_client(demo_vault, "follow_up")
    open_client(window, client.client_id)
    other = _row_of("UsePage") if window.workspace.path.currentRow() != _row_of("UsePage") else 0
    for row in (_row_of("FollowUpPage"), other):
        before = len(_views(demo_vault, client.client_id))
        window.workspace.show_step(row)
        settle(window)
        entries = _views(demo_vault, client.client_id)[before:]
        if window.workspace.current_page() is not None and not entries:
            continue  # a page shown at opening reads nothing again
        assert len(entries) == 1, (PAGES[row].__name__, [e.record_ids for e in entries])


def test_the_use_page_shows_the_newest_entries_and_every_open_one(
    make_desktop, demo_vault, monkeypatch
):
    from hbdesk.ui.stages import use

    monkeypatch.setattr(use, "NEWEST", 5)  # the demo's histories are short
    window = make_desktop()
    with_most = max(
        (r for r in window.caseload.model._all if r.money is not None),
        key=lambda r: len(budget_states(demo_vault, DEMO_WORKER, r.client_id)[-1].rows),
    )
    states = budget_states(demo_vault, DEMO_WORKER, with_most.client_id)
    open_client(window, with_most.client_id)
    window.workspace.show_step(_row_of("UsePage"))
    settle(window)
    page = window.workspace.current_page()
    every = states[-1].rows
    shown = page.rows
    waiting = {r.entry.id for r in every if r.status in ("pending", "disputed")}
    assert waiting <= {r.entry.id for r in shown}
    assert len(every) > 5 + len(waiting)
    assert len(shown) == 5 + len([r for r in every[:-5] if r.entry.id in waiting])
    assert page.older_button.isVisible()
    assert str(len(every) - len(shown)) in page.older_button.text()
    page.older_button.click()
    settle(window)
    assert len(page.rows) == len(every) and page.older_button.isHidden()


def test_nothing_of_a_screen_shows_when_its_entry_cannot_be_written(
    make_desktop, demo_vault, monkeypatch
):
    window = make_desktop()
    client = a_client(demo_vault, "in_use")
    runner = window.ctx.runner
    got: list[object] = []
    errors: list[BaseException] = []

    def no_room(*_args: object) -> None:
        raise OSError("disk full")  # as the log entry's write would fail

    monkeypatch.setattr(context, "_log_views", no_room)
    with runner.screen():
        runner.call(
            client_overview,
            demo_vault,
            DEMO_WORKER,
            client.client_id,
            on_done=got.append,
            on_error=errors.append,
        )
        runner.call(
            budget_states,
            demo_vault,
            DEMO_WORKER,
            client.client_id,
            on_done=got.append,
            on_error=errors.append,
        )
    assert runner.wait_idle()
    assert got == [] and len(errors) == 2  # read, but never shown unlogged


def test_a_failing_read_of_a_screen_undoes_only_itself(make_desktop, demo_vault):
    window = make_desktop()
    client = a_client(demo_vault, "in_use")
    runner = window.ctx.runner
    got: list[object] = []
    errors: list[BaseException] = []
    before = len(_views(demo_vault, client.client_id))
    with runner.screen():
        runner.call(
            client_overview, demo_vault, DEMO_WORKER, "no-such-client", on_error=errors.append
        )
        runner.call(client_overview, demo_vault, DEMO_WORKER, client.client_id, on_done=got.append)
    assert runner.wait_idle()
    assert len(errors) == 1 and getattr(errors[0], "code", None) == "not_found"
    assert [o.client.id for o in got] == [client.client_id]  # type: ignore[attr-defined]
    assert len(_views(demo_vault, client.client_id)) == before + 1
