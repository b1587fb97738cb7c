"""The first screen after unlock, read with plain SQL, is what the services show: the same
caseload rows (every client, in the same order, with the same money, next step and
follow-up), the same drafts, device id and count; it writes nothing; and unlocking with it
loads neither SQLAlchemy nor the models."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hbdesk.app import first_screen, session
from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.client import Client
from hbdesk.models.followup import FollowUp
from hbdesk.models.meta import VaultMeta
from hbdesk.models.plan import Plan
from hbdesk.services import caseload, clients, drafts, people, process_facts
from hbdesk.services.demo import DEMO_WORKER
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_identity
from tests.conftest import FAST_KDF, PASSPHRASE, demo_vault_of, open_copy

TODAY = dt.date.today()
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(tmp_path: Path) -> OpenVault:
    """The 40-client demo caseload, two clients of the same name, a draft, a device id."""
    opened = open_copy(demo_vault_of(40, TODAY), tmp_path / "vault")
    made = []
    for code in ("010190-901R", "020290-9027"):
        new = clients.NewContact("Sama", "Nimi", TODAY, "phone", "apua", identity_code=code)
        made.append(client := clients.register_contact(opened, DEMO_WORKER, new).value)
    later = TODAY + dt.timedelta(days=3)
    with opened.session() as s:  # states the demo does not make, written as sync would
        # A plan not yet agreed names a follow-up: only an agreed plan's counts.
        s.add(Plan(client_id=made[0].id, version=1, status="draft", next_follow_up_on=later))
        # Follow-ups recorded out of order: the one held last counts, not the last written.
        for held, after in (
            (TODAY, TODAY + dt.timedelta(days=30)),
            (TODAY - dt.timedelta(7), later),
        ):
            s.add(
                FollowUp(
                    client_id=made[1].id,
                    held_on=held,
                    summary="s",
                    author="together",
                    next_follow_up_on=after,
                )
            )
    # A support person who is not a trusted person (the rule's other half).
    person = people.add_close_person(opened, DEMO_WORKER, client.id, name="Tuki", relation="ystävä")
    people.choose_support_person(opened, DEMO_WORKER, client.id, person.value.id, "asiointi")
    drafts.save_draft(opened, "client/x/plan/needs", "kesken jäänyt teksti")
    with opened.session() as s:
        s.merge(VaultMeta(key=app_identity.DEVICE_ID, value="hbdesk-0123456789abcdef"))
    yield opened
    opened.lock()


def _logged(vault: OpenVault) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(AccessLogEntry)) or 0)


@pytest.mark.parametrize("days", [0, -30, 45, 400])
def test_the_first_screen_shows_the_services_caseload(demo: OpenVault, days: int) -> None:
    day = TODAY + dt.timedelta(days=days)
    with demo.reading() as db:
        shown = first_screen.read(db, day)
    expected = caseload.caseload(demo, DEMO_WORKER, today=day)
    assert shown.caseload == expected
    # What is compared is a caseload with something to tell apart, not 42 empty rows.
    assert len(expected) == 42
    assert {r.stage for r in expected} >= {"contact", "decision", "follow_up", "closed"}
    assert len({r.next_step for r in expected}) >= 5
    if days == 0:
        money = [r.money for r in expected if r.money is not None]
        assert len(money) >= 10 and len(money) < len(expected)
        assert any(m.pending_invoices for m in money)
        assert any(m.warning for m in money)
        assert any(r.next_follow_up_on for r in expected)
        same = [r for r in expected if r.name == "Sama Nimi"]
        assert len(same) == 2
        assert {r.next_follow_up_on for r in same} == {None, TODAY + dt.timedelta(days=30)}


def test_the_first_screen_finds_what_exists_as_the_service_does(demo: OpenVault) -> None:
    """The facts behind each next step, compared whole (a row shows only the first step
    missing, so a rule read wrongly can hide behind an earlier one)."""
    with demo.session() as s:
        ids = [c for (c,) in s.execute(select(Client.id)).all()]
        expected = process_facts.recorded(s, ids)
    with demo.reading() as db:
        assert first_screen.recorded(db, ids) == expected
    assert len(expected.trusted) > 1 and len(expected.plans) > 1 and expected.unnotified
    assert expected.assessed and expected.needs and expected.budgets


def test_the_first_screen_reads_what_the_services_read(demo: OpenVault) -> None:
    with demo.reading() as db:
        shown = first_screen.read(db)
    assert (
        shown.drafts == drafts.load_drafts(demo) == {"client/x/plan/needs": "kesken jäänyt teksti"}
    )
    assert shown.device_id == app_identity.device_id(demo) == "hbdesk-0123456789abcdef"
    assert shown.client_count == caseload.count_clients(demo) == 42
    assert first_screen.DEVICE_ID_KEY == app_identity.DEVICE_ID


def test_unlocking_shows_the_caseload_and_writes_no_log_entry(demo: OpenVault) -> None:
    """Like the service, the caseload at unlock is names, stages and sums: not a view of a
    client's record (opening a client is logged)."""
    before = _logged(demo)
    caseload.caseload(demo, DEMO_WORKER)
    assert _logged(demo) == before
    folder = demo.vault.folder
    demo.lock()
    unlocked = session.unlock(Vault(folder, kdf=FAST_KDF), PASSPHRASE)
    try:
        assert unlocked.caseload == caseload.caseload(unlocked.vault, DEMO_WORKER)
        assert unlocked.client_count == 42
        assert _logged(unlocked.vault) == before
    finally:
        unlocked.vault.lock()


def test_unlocking_loads_no_sqlalchemy_until_the_caseload_is_read(demo: OpenVault) -> None:
    """What makes the caseload come fast after the passphrase: the unlock and the first
    screen need neither SQLAlchemy nor the models (they load after it is shown)."""
    folder = demo.vault.folder
    demo.lock()
    probe = (
        "import json, sys\n"
        "from hbdesk.app import session\n"
        "from hbdesk.store import KdfParams, Vault\n"
        f"kdf = KdfParams({FAST_KDF.memory_kib}, {FAST_KDF.iterations}, {FAST_KDF.lanes})\n"
        f"u = session.unlock(Vault({str(folder)!r}, kdf=kdf), {PASSPHRASE!r})\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
        "'hbdesk.models.client', 'hbdesk.models.base', 'hbdesk.services.context')))\n"
        "print(json.dumps([len(u.caseload or []), loaded]))\n"
        "u.vault.lock()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows, loaded = json.loads(done.stdout.splitlines()[-1])
    assert rows == 42
    assert loaded == []
