"""Revision 0009: feedback leaves the outbox; unsent feedback stays for its own channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from hbdesk.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

_ROW = (
    "INSERT INTO feedback (id, period, unit, felt_heard, given_by, text) VALUES "
    "(:id, '2026-03', 'Tiimi', 4, 'client', :text)"
)
_OP = (
    "INSERT INTO outbox (op_id, local_seq, device_id, client_id, entity, entity_id, kind, "
    "fields, author, author_role, local_time, state) VALUES (:op, :seq, 'dev-1', NULL, "
    "'feedback', :id, 'append', '{}', 'anonymous', 'anonymous', '2026-03-01 00:00:00', :state)"
)


def test_sent_feedback_goes_unsent_stays_and_no_op_is_left(vault_dir: Path) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE, schema="0004")
    with opened.session() as s:
        for n, (state, versioned) in enumerate(
            (("sent", False), ("pending", True), ("pending", False), ("failed", False))
        ):
            s.execute(text(_ROW), {"id": f"fb-{n}", "text": f"palaute {n}"})
            s.execute(text(_OP), {"op": f"op-{n}", "seq": n + 1, "id": f"fb-{n}", "state": state})
            if versioned:  # the server stored it, the answer said so, the op was pruned later
                s.execute(
                    text(
                        "INSERT INTO field_versions (entity, entity_id, field, version) "
                        "VALUES ('feedback', :id, 'text', 1)"
                    ),
                    {"id": f"fb-{n}"},
                )
    opened.lock()
    reopened = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)  # upgrades to head
    with reopened.session() as s:
        kept = s.execute(text("SELECT id, text FROM feedback ORDER BY id")).all()
        ops = s.execute(text("SELECT count(*) FROM outbox WHERE entity = 'feedback'")).scalar()
        versions = s.execute(
            text("SELECT count(*) FROM field_versions WHERE entity = 'feedback'")
        ).scalar()
        with pytest.raises(OperationalError):
            s.execute(text("SELECT rowid FROM feedback"))
    reopened.lock()
    assert [tuple(r) for r in kept] == [("fb-2", "palaute 2"), ("fb-3", "palaute 3")]
    assert ops == 0 and versions == 0
