"""Batches commit many calls at once; a failing call undoes only itself; the op counter holds."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from hbdesk.models.client import Client
from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import OutboxOp
from hbdesk.services import access_log, clients
from hbdesk.services.context import Actor, batch
from hbdesk.store import OpenVault
from tests.services.helpers import new_client


def count(vault: OpenVault, model: type) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_failed_call_in_a_batch_undoes_only_itself(vault: OpenVault, worker: Actor) -> None:
    with batch(vault):
        first = new_client(vault, worker)
        with pytest.raises(DomainError):
            clients.update_client_details(
                vault, worker, first, phone="1", identity_code="not a code"
            )
        second = new_client(vault, worker, name="Toinen")
        clients.update_client_details(vault, worker, second, phone="040 1")
    with vault.session() as s:
        phones = dict(s.execute(select(Client.id, Client.phone)).all())  # type: ignore[arg-type]
    assert phones == {first: None, second: "040 1"}
    assert access_log.verify_access_log(vault).ok  # the undone call left no gap in the chain
    with vault.session() as s:
        seqs = list(s.scalars(select(OutboxOp.local_seq).order_by(OutboxOp.local_seq)))
    assert seqs == sorted(set(seqs))


def test_local_seq_keeps_rising_after_sent_ops_are_pruned(vault: OpenVault, worker: Actor) -> None:
    new_client(vault, worker)
    with vault.session() as s:
        top = s.scalar(select(func.max(OutboxOp.local_seq)))
        s.execute(delete(OutboxOp))  # sync removed what the server stored
    new_client(vault, worker, name="Toinen")
    with vault.session() as s:
        assert s.scalar(select(func.min(OutboxOp.local_seq))) == (top or 0) + 1


def test_a_plain_session_like_syncs_apply_makes_no_ops(vault: OpenVault) -> None:
    with vault.session() as s:
        s.add(
            Client(
                first_name="Pulled",
                last_name="From Server",
                created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            )
        )
    assert count(vault, OutboxOp) == 0
