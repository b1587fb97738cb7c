"""Written mandates on the laptop: recorded with a valid identity code and an end date,
withdrawn once, read back; never a mandate for the client themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from hbdesk.models.errors import DomainError
from hbdesk.services import clients, mandates
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import new_client

TODAY = dt.date(2026, 12, 10)
PERSON = "010170-998P"  # test range (individual number 900-999)


def _mandate(vault: OpenVault, worker: Actor, client_id: str, **kw: object) -> object:
    args: dict[str, object] = {
        "person_name": "Maija Testinen",
        "person_identity_code": PERSON,
        "valid_from": TODAY,
        "valid_to": TODAY + dt.timedelta(days=180),
        "today": TODAY,
    }
    args.update(kw)
    return mandates.record_written_mandate(vault, worker, client_id, **args)  # type: ignore[arg-type]


def test_a_written_mandate_is_recorded_and_withdrawn_once(vault: OpenVault, worker: Actor) -> None:
    client_id = new_client(vault, worker)
    made = _mandate(vault, worker, client_id, person_identity_code=" 010170-998p ").value  # type: ignore[attr-defined]
    assert (made.person_identity_code, made.basis, made.granted_by) == (
        PERSON,
        "written",
        "key_worker",
    )
    mandates.withdraw_mandate(vault, worker, client_id, made.id, by="client")
    with pytest.raises(DomainError) as again:
        mandates.withdraw_mandate(vault, worker, client_id, made.id)
    assert again.value.code == "mandate_withdrawn"
    [listed] = mandates.mandates_of(vault, worker, client_id)
    assert listed.withdrawn_by == "client" and listed.withdrawn_at is not None


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"person_identity_code": "010170-998X"}, "invalid_identity_code"),
        ({"valid_to": TODAY - dt.timedelta(days=1)}, "mandate_ends_in_the_past"),
        ({"valid_to": TODAY + dt.timedelta(days=6 * 366)}, "mandate_too_long"),
    ],
)
def test_a_bad_mandate_is_refused_with_its_reason(
    vault: OpenVault, worker: Actor, changes: dict[str, object], code: str
) -> None:
    client_id = new_client(vault, worker)
    with pytest.raises(DomainError) as refused:
        _mandate(vault, worker, client_id, **changes)
    assert refused.value.code == code
    assert mandates.mandates_of(vault, worker, client_id) == []


def test_no_mandate_for_the_client_themselves(vault: OpenVault, worker: Actor) -> None:
    client_id = new_client(vault, worker)
    clients.update_client_details(vault, worker, client_id, identity_code=PERSON)
    with pytest.raises(DomainError) as refused:
        _mandate(vault, worker, client_id)
    assert refused.value.code == "mandate_for_oneself"
