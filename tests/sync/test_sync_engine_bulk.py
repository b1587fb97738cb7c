"""The sync engine's bookkeeping is set-based: its cost follows the records that changed,
not their fields or the vault's history. (That a pull never wedges on one change, now that a
page is first applied whole, is shown by test_sync_schema.py: a record pulled before its
parent fails the whole page, and each change is then applied on its own.)

Real vaults and the real server (tests/sync fixtures); the statements the laptop sends to
its vault are counted with SQLAlchemy's own event, not timed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select

from hbdesk.models.ids import new_id
from hbdesk.models.outbox import FieldVersion, PullFailure, SyncState
from hbdesk.sync.engine import SyncEngine, SyncReport
from tests.sync.servers import uid
from tests.sync.test_sync_engine import _new_client
from tests.sync.test_sync_engine import laptops as laptops  # the vault laptops fixture

NOTE_FIELDS = {"author": "w", "text": "Soitettiin ja sovittiin käynnistä."}


@contextmanager
def counted(laptop: Any) -> Iterator[list[str]]:
    """Every SQL statement the laptop's vault runs inside the block."""
    seen: list[str] = []

    def keep(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    engine = laptop.vault.engine
    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def _pull(laptop: Any) -> SyncReport:
    report = SyncReport()
    with laptop.device.client() as client:
        SyncEngine(laptop.session, client, page_size=500).pull(report)
    return report


def _versions(laptop: Any, entity: str) -> int:
    with laptop.session() as s:
        stmt = select(func.count()).select_from(FieldVersion).where(FieldVersion.entity == entity)
        return int(s.scalar(stmt) or 0)


def test_a_pull_costs_statements_per_record_not_per_field(laptops: Any) -> None:
    cw = uid("cw")
    a, b = laptops(cw), laptops(cw)
    client_id, _, _ = _new_client(a)
    for _ in range(120):
        a.edit("notes", new_id(), client_id, {"client_id": client_id, **NOTE_FIELDS})
    a.sync()
    with counted(b) as statements:
        report = _pull(b)
    assert report.pulled_ops == 123 and not report.not_applied
    fields = 123 * 4  # every record carries at least four fields
    # Before: a lookup and a write of its version per field, and a lookup per record.
    assert len(statements) < 123 + 60 < fields, len(statements)


def test_a_push_marks_its_ops_in_a_few_statements(laptops: Any) -> None:
    cw = uid("cw")
    a = laptops(cw)
    client_id, _, _ = _new_client(a)
    for _ in range(120):
        a.edit("notes", new_id(), client_id, {"client_id": client_id, **NOTE_FIELDS})
    report = SyncReport()
    with counted(a) as statements, a.device.client() as client:
        SyncEngine(a.session, client).push(report)
    assert report.sent == 123
    assert len(statements) < 40, len(statements)  # before: one get per op and per field


def test_append_only_records_keep_no_field_versions_and_a_repull_changes_nothing(
    laptops: Any,
) -> None:
    cw = uid("cw")
    a, b = laptops(cw), laptops(cw)
    client_id, _, _ = _new_client(a)
    said = new_id()
    a.edit(
        "disagreements",
        said,
        client_id,
        {
            "client_id": client_id,
            "record_table": "plan_entries",
            "record_id": new_id(),
            "text": "Minusta tavoite on liian kova.",
            "author": "client",
        },
        kind="append",
    )
    a.sync()
    b.sync()
    assert b.row("disagreements", said)["text"] == "Minusta tavoite on liian kova."  # type: ignore[index]
    # Written once, never changed: neither laptop keeps a version per field of it.
    assert _versions(a, "disagreements") == 0 and _versions(b, "disagreements") == 0
    assert _versions(a, "clients") > 0  # an editable record keeps its versions
    before = b.row("disagreements", said)
    with b.session() as s:  # the whole feed again, as a laptop restored from a backup would
        s.merge(SyncState(key="cursor", value="0"))
    report = _pull(b)
    assert report.pulled_ops >= 4 and not report.not_applied
    assert b.row("disagreements", said) == before
    with b.session() as s:
        assert s.scalar(select(func.count()).select_from(PullFailure)) == 0
