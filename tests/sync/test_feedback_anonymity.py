"""Anonymous feedback cannot be tied to the client who gave it (issue 18, item 1).

Two laptops of one unit, five clients each, every client's visit ending in feedback. Laptop
A syncs after every visit (the feedback as close as it gets to the client's own records);
laptop B syncs once after all five. The adversary (tests/sync/anonymity.py) then holds every
row of the server's database (SQLite, and PostgreSQL with its ctid and xmin) and of both
vaults — laptop B's also from before its sync, with five feedbacks waiting — and tries
every way to tie each feedback to a client. It must do no better than a guess among the
unit's ten clients.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from hbdesk.server import db
from hbdesk.services.clients import NewContact, add_note, register_contact
from hbdesk.services.context import Actor
from hbdesk.services.feedback import FeedbackAnswers, give_feedback
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_sync
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.anonymity import Rows, World, dump, score
from tests.sync.conftest import Backend
from tests.sync.report.laptop import enrol, server_of_its_own
from tests.sync.servers import ServerProcess

UNIT = "Tiimi Anonyymi"
MONTH = dt.date(2026, 3, 1)  # an ended month: its feedback may leave at once
PER_LAPTOP = 5


@dataclass
class Laptop:
    name: str
    vault: OpenVault
    actor: Actor


@dataclass
class Scene:
    tables: list[Rows]
    truth: dict[str, str]  # the feedback's text -> the client who gave it
    engine: Engine


def _laptop(name: str, engine: Engine, server_home: Path, tmp: Path) -> Laptop:
    folder = tmp / name
    folder.mkdir()
    vault = Vault(folder / "vault", kdf=FAST_KDF).create(PASSPHRASE)
    return Laptop(name, vault, enrol(vault, engine, server_home, folder, f"cw-{name}"))


def _visit(laptop: Laptop, k: int, truth: dict[str, str]) -> None:
    """A client's visit: registered, a note written together, then their feedback."""
    actor = laptop.actor
    client_id = register_contact(
        laptop.vault,
        actor,
        NewContact(
            first_name=f"Anon{laptop.name}{k}",
            last_name="Testinen",
            contacted_on=dt.date(2026, 3, 2),
            channel="office",
            described_needs="Tukea arkeen",
            unit=UNIT,
        ),
    ).value.id
    add_note(laptop.vault, actor, client_id, "Tapaaminen toimistolla", "together")
    text = f"palaute-{laptop.name}-{k}"
    give_feedback(
        laptop.vault,
        actor,
        MONTH,
        FeedbackAnswers(unit=UNIT, felt_heard=1 + k % 5, budget_follow_ease=5 - k % 5, text=text),
    )
    truth[text] = client_id


def _vault_rows(laptop: Laptop) -> list[Rows]:
    with laptop.vault.engine.connect() as conn:
        return dump(conn, laptop.name)


def _sync(laptop: Laptop, server: ServerProcess) -> None:
    report = app_sync.run(laptop.vault, server.url, timeout=30)
    assert report.clean, report


@pytest.fixture(scope="module")
def scene(
    server_home: Path, backend: Backend, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Scene]:
    tmp = tmp_path_factory.mktemp("anonymity")
    with server_of_its_own(server_home, backend, tmp) as (server, engine):
        a, b = (_laptop(n, engine, server_home, tmp) for n in ("a", "b"))
        truth: dict[str, str] = {}
        for k in range(PER_LAPTOP):
            _visit(a, k, truth)
            _sync(a, server)
            _visit(b, k, truth)
        b_waiting = _vault_rows(b)
        _sync(b, server)
        with engine.connect() as conn:
            server_rows = dump(conn, "server")
        tables = [*server_rows, *_vault_rows(a), *_vault_rows(b), *b_waiting]
        yield Scene(tables, truth, engine)
        for laptop in (a, b):
            laptop.vault.lock()


def _world(scene: Scene) -> World:
    by_name = {t.table: t.rows for t in scene.tables if t.source == "server"}
    caseworker_of = {r["client_id"]: r["caseworker_id"] for r in by_name["clients"]}
    device_clients = {
        d["device_id"]: {c for c, cw in caseworker_of.items() if cw == d["caseworker_id"]}
        for d in by_name["devices"]
    }
    order: list[str] = []
    for op in sorted(by_name["ops"], key=lambda r: r["seq"]):
        if op["client_id"] and op["client_id"] not in order:
            order.append(op["client_id"])
    return World(scene.tables, device_clients, order)


def test_no_feedback_can_be_tied_to_its_client_better_than_chance(scene: Scene) -> None:
    assert len(scene.truth) == 2 * PER_LAPTOP
    linked, chance, found = score(_world(scene), scene.truth, set(scene.truth.values()))
    assert linked <= chance + 1e-9, (
        f"linked {linked:.1f} of {len(scene.truth)} feedbacks (chance {chance:.1f})",
        found[:40],
    )


def test_the_server_still_has_every_feedback(scene: Scene) -> None:
    """The channel loses nothing: the report's source holds all ten, with their answers."""
    from hbdesk.server.report import data

    with db.read_tx(scene.engine) as conn:
        rows = data.feedback_rows(conn)
    assert sorted(str(r["text"]) for r in rows) == sorted(scene.truth)
    assert {r["unit"] for r in rows} == {UNIT} and {r["period"] for r in rows} == {"2026-03"}
