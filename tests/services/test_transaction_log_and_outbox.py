"""Every service call writes its change, its access-log row and its outbox ops together."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.client import Client
from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import OutboxOp
from hbdesk.services import access_log, clients
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import new_client


def ops(vault: OpenVault) -> list[OutboxOp]:
    with vault.session() as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.local_seq)))


def log_rows(vault: OpenVault) -> list[AccessLogEntry]:
    with vault.session() as s:
        return list(s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)))


def test_registering_a_contact_writes_ops_and_a_create_log_row(
    vault: OpenVault, worker: Actor
) -> None:
    client_id = new_client(vault, worker)
    written = ops(vault)
    assert [(o.entity, o.kind) for o in written] == [
        ("clients", "upsert"),
        ("contacts", "upsert"),
        ("access_log", "append"),
    ]
    first = json.loads(written[0].fields)
    assert first["first_name"] == "Aino" and first["stage"] == "contact"
    assert set(json.loads(written[0].base_versions or "{}").values()) == {0}
    assert all(o.client_id == client_id and o.device_id == "laptop-1" for o in written)
    assert [o.local_seq for o in written] == [1, 2, 3]
    (row,) = log_rows(vault)
    assert row.action == "create" and row.client_id == client_id
    assert row.user_id == "worker-1" and row.user_role == "key_worker"
    assert f"clients:{client_id}" in row.record_ids


def test_a_change_sends_only_the_changed_field(vault: OpenVault, worker: Actor) -> None:
    client_id = new_client(vault, worker)
    out = clients.update_client_details(vault, worker, client_id, phone="040 1234567")
    assert out.changes.clients == {client_id} and out.changes.kinds == {"clients"}
    op = [o for o in ops(vault) if o.entity == "clients"][-1]
    assert json.loads(op.fields) == {"phone": "040 1234567"}
    assert json.loads(op.base_versions or "") == {"phone": 0}
    assert log_rows(vault)[-1].action == "change"


def test_a_failed_call_leaves_no_change_no_log_and_no_op(vault: OpenVault, worker: Actor) -> None:
    client_id = new_client(vault, worker)
    before_ops, before_log = len(ops(vault)), len(log_rows(vault))
    with pytest.raises(DomainError) as err:
        clients.update_client_details(
            vault, worker, client_id, phone="040 7654321", identity_code="010101-0000"
        )
    assert err.value.code == "invalid_identity_code" and err.value.field == "identity_code"
    assert len(ops(vault)) == before_ops and len(log_rows(vault)) == before_log
    with vault.session() as s:
        assert s.get(Client, client_id).phone is None  # type: ignore[union-attr]


def test_reading_a_client_logs_a_view_before_returning(vault: OpenVault, worker: Actor) -> None:
    client_id = new_client(vault, worker)
    clients.list_contacts(vault, worker, client_id)
    last = log_rows(vault)[-1]
    assert last.action == "view" and last.client_id == client_id
    assert any(r.startswith("contacts:") for r in last.record_ids)


def test_the_log_is_a_hash_chain_that_detects_an_edited_row(
    vault: OpenVault, worker: Actor
) -> None:
    client_id = new_client(vault, worker)
    clients.list_contacts(vault, worker, client_id)
    clients.update_client_details(vault, worker, client_id, email="a@example.invalid")
    assert access_log.verify_access_log(vault).ok
    with vault.session() as s:  # an edit behind hbdesk's back, its trigger dropped first
        s.execute(text("DROP TRIGGER access_log_no_update"))
        s.execute(
            AccessLogEntry.__table__.update()
            .where(AccessLogEntry.seq == 2)
            .values(purpose="something else")
        )
    check = access_log.verify_access_log(vault)
    assert not check.ok
    assert check.broken_at == log_rows(vault)[1].id


def test_log_rows_cannot_be_edited_through_the_models(vault: OpenVault, worker: Actor) -> None:
    new_client(vault, worker)
    with pytest.raises(DomainError) as err, vault.session() as s:
        row = s.scalars(select(AccessLogEntry)).first()
        assert row is not None
        row.purpose = "changed"
        s.flush()
    assert err.value.code == "append_only"
