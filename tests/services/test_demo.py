"""The demo caseload: every stage, every payment method, test-range identity codes, repeatable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.fi import hetu

from hbdesk.models.catalogue import CatalogueItem
from hbdesk.models.client import Client
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.outbox import OutboxOp
from hbdesk.models.vocab import PaymentMethod, Stage
from hbdesk.services import access_log, caseload
from hbdesk.services.demo import DEMO_WORKER, populate_demo
from hbdesk.store import OpenVault, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    opened = Vault(tmp_path_factory.mktemp("demo") / "vault", kdf=FAST_KDF).create(PASSPHRASE)
    populate_demo(opened, seed=1, clients=40, today=TODAY)
    yield opened
    opened.lock()


def test_forty_clients_spread_over_every_stage(demo: OpenVault) -> None:
    rows = caseload.caseload(demo, DEMO_WORKER, today=TODAY)
    assert len(rows) == 40
    assert {r.stage for r in rows} == {s.value for s in Stage}
    assert sum(1 for r in rows if r.money is not None) >= 12


def test_identity_codes_are_valid_and_from_the_test_range(demo: OpenVault) -> None:
    with demo.session() as s:
        codes = list(s.scalars(select(Client.identity_code)))
    assert len(codes) == 40 and len(set(codes)) == 40
    for code in codes:
        assert code is not None
        assert hetu.validate(code, allow_temporary=True) == code
        assert 900 <= int(code[7:10]) <= 999


def test_a_year_of_spending_over_all_payment_methods(demo: OpenVault) -> None:
    with demo.session() as s:
        methods = {
            m: n
            for m, n in s.execute(
                select(SpendingEntry.method, func.count()).group_by(SpendingEntry.method)
            )
        }
        sources = set(s.scalars(select(SpendingEntry.source).distinct()))
        span = s.execute(
            select(func.min(SpendingEntry.spent_on), func.max(SpendingEntry.spent_on))
        ).one()
        items = s.scalar(select(func.count()).select_from(CatalogueItem))
    assert set(methods) == {m.value for m in PaymentMethod}
    assert {"laptop", "e_invoice", "mobile_payment_report"} <= sources
    assert (span[1] - span[0]).days > 300
    assert 140 <= (items or 0) <= 200


def test_filters_find_budgets_running_out_and_follow_ups_due(demo: OpenVault) -> None:
    running = caseload.caseload(demo, DEMO_WORKER, only="running_out", today=TODAY)
    due = caseload.caseload(demo, DEMO_WORKER, only="follow_up_due", today=TODAY)
    waiting = caseload.caseload(demo, DEMO_WORKER, only="pending_invoices", today=TODAY)
    assert running and all(r.money and r.money.warning for r in running)
    assert due and all(r.next_follow_up_on for r in due)
    assert waiting and all(r.money and r.money.pending_invoices for r in waiting)
    assert all(r.money is None or r.money.available <= r.money.granted for r in running)


def test_built_through_the_services_with_log_and_outbox(demo: OpenVault) -> None:
    assert access_log.verify_access_log(demo).ok
    with demo.session() as s:
        entities = set(s.scalars(select(OutboxOp.entity).distinct()))
    assert {
        "clients",
        "plan_entries",
        "budget_lines",
        "decisions",
        "access_log",
        "invoice_confirmations",
    } <= entities
    assert "feedback" not in entities  # anonymous feedback is never an op


def _fingerprint(vault: OpenVault) -> tuple[list[tuple[str, str, str]], Decimal]:
    with vault.session() as s:
        people = [
            tuple(r)
            for r in s.execute(
                select(Client.first_name, Client.last_name, Client.stage).order_by(
                    Client.identity_code
                )
            )
        ]
        total = s.scalar(select(func.sum(SpendingEntry.amount))) or 0
    return people, Decimal(total)  # type: ignore[return-value]


def test_the_same_seed_gives_the_same_caseload(tmp_path: Path) -> None:
    prints = []
    for name in ("a", "b"):
        opened = Vault(tmp_path / name, kdf=FAST_KDF).create(PASSPHRASE)
        populate_demo(opened, seed=7, clients=8, today=TODAY)
        prints.append(_fingerprint(opened))
        opened.lock()
    assert prints[0] == prints[1]
    assert len(prints[0][0]) == 8
