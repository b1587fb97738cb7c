"""What the services write gets ids in the order it was written: the outbox's ops, the
records they carry and the access log's rows (UUIDv7, hbdesk/models/ids.py), so a day's
writes sit at the end of the indexes keyed by them, on the laptop and on the server."""

from __future__ import annotations

import time

from sqlalchemy import select

from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.ids import millisecond_of
from hbdesk.models.outbox import OutboxOp
from hbdesk.services import clients, overview
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import new_client


def _ms(text: str) -> int:
    ms = millisecond_of(text)  # None unless a UUIDv7
    assert ms is not None, text
    return ms


def test_ops_records_and_log_rows_get_ids_in_the_order_they_were_written(
    vault: OpenVault, worker: Actor
) -> None:
    client_id = new_client(vault, worker)
    for n in range(5):
        time.sleep(0.002)  # ids a millisecond apart or more sort in the order made
        clients.add_note(vault, worker, client_id, f"Soitto {n}", "key_worker")
        overview.client_overview(vault, worker, client_id)  # a read: an access-log row
    with vault.session() as s:
        ops = s.execute(
            select(OutboxOp.op_id, OutboxOp.entity, OutboxOp.entity_id).order_by(OutboxOp.local_seq)
        ).all()
        log = s.scalars(select(AccessLogEntry.id).order_by(AccessLogEntry.at)).all()
    op_times = [_ms(op.op_id) for op in ops]
    assert op_times == sorted(op_times) and len(ops) >= 10
    notes = [_ms(op.entity_id) for op in ops if op.entity == "notes"]
    assert notes == sorted(notes) and len(set(notes)) == 5
    log_times = [_ms(i) for i in log]
    assert log_times == sorted(log_times) and len(log) >= 5
