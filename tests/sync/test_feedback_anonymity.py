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
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select

from hbdesk.models.feedback import Feedback
from hbdesk.protocol import feedback as fp
from hbdesk.protocol import messages as p
from hbdesk.server import db, feedback
from hbdesk.services.clients import NewContact, add_note, register_contact
from hbdesk.services.context import Actor
from hbdesk.services.feedback import FeedbackAnswers, give_feedback
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_identity, app_sync, feedback_channel
from hbdesk.sync.client import SyncError
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.anonymity import Rows, World, dump, score
from tests.sync.conftest import Backend
from tests.sync.report.laptop import enrol, server_of_its_own
from tests.sync.servers import ServerProcess

UNIT = "Tiimi Anonyymi"
MONTH = dt.date(2026, 3, 1)  # an ended month: its feedback may leave at once
PER_LAPTOP = 5
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


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
    server: ServerProcess
    server_home: Path
    tmp: Path


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
        yield Scene(tables, truth, engine, server, server_home, tmp)
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
    with db.read_tx(scene.engine) as conn:
        rows = feedback.rows(conn)
    assert sorted(str(r["text"]) for r in rows) == sorted(scene.truth)
    assert {r["unit"] for r in rows} == {UNIT} and {r["period"] for r in rows} == {"2026-03"}


def _count(scene: Scene, unit: str) -> int:
    with db.read_tx(scene.engine) as conn:
        return sum(1 for r in feedback.rows(conn) if r["unit"] == unit)


def test_feedback_leaves_only_after_its_month_and_once(scene: Scene) -> None:
    """Given in December, it waits on the laptop through December and leaves in January;
    sent again after a lost answer, it is stored once."""
    c = _laptop("c", scene.engine, scene.server_home, scene.tmp)
    unit = "Tiimi Joulu"
    give_feedback(c.vault, c.actor, dt.date(2026, 12, 14), FeedbackAnswers(unit=unit, felt_heard=4))
    app_sync.run(c.vault, scene.server.url, timeout=30, today=dt.date(2026, 12, 31))
    with c.vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Feedback)) == 1
    assert _count(scene, unit) == 0
    (item,) = feedback_channel.ready(c.vault, dt.date(2027, 1, 2))
    app_sync.run(c.vault, scene.server.url, timeout=30, today=dt.date(2027, 1, 2))
    with c.vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Feedback)) == 0  # forgotten once stored
    assert _count(scene, unit) == 1
    with app_identity.open_client(c.vault, scene.server.url) as client:
        again = client.send_feedback([item])
    assert (again.stored, again.duplicates) == (0, 1) and _count(scene, unit) == 1
    c.vault.lock()


@pytest.mark.parametrize(
    ("name", "feedback_id"),
    [
        ("v7", "019af5c2-7d10-7abc-8def-0123456789ab"),  # a UUIDv7: its first 48 bits, the time
        ("v1", "6f0c2a1e-5b7d-11e9-a3c4-0123456789ab"),  # a UUIDv1: a time and a node
        ("count", "feedback-0001"),  # a counter: the order of giving
    ],
)
def test_the_server_refuses_a_feedback_id_that_is_not_random(
    scene: Scene, name: str, feedback_id: str
) -> None:
    """A feedback's id is random (UUID4): an id that holds a time or a count (as a record's
    UUIDv7 id does) would tell when it was given, or after which other, and so beside which
    client's records. An old or hostile laptop's such id is refused, with nothing of its
    batch stored."""
    d = _laptop(name, scene.engine, scene.server_home, scene.tmp)
    unit = f"Tiimi {name}"
    good = {"period": "2026-03", "unit": unit, "given_by": "client", "felt_heard": 3}
    items = [{**good, "feedback_id": str(uuid.uuid4())}, {**good, "feedback_id": feedback_id}]
    body = json.dumps({"items": items}).encode()
    with (
        app_identity.open_client(d.vault, scene.server.url) as client,
        pytest.raises(SyncError) as refused,
    ):
        client._call("/v1/feedback", body, fp.FeedbackStored)
    assert (refused.value.code, refused.value.detail) == ("request_refused", "invalid_payload")
    assert _count(scene, unit) == 0
    d.vault.lock()


def test_the_server_refuses_feedback_as_an_op(scene: Scene) -> None:
    """An old or hostile laptop cannot put feedback back into the device-ordered feed."""
    d = _laptop("d", scene.engine, scene.server_home, scene.tmp)
    op = p.Op(
        op_id=str(uuid.uuid4()),
        device_id=d.actor.device_id,
        client_id=None,
        entity="feedback",
        entity_id=str(uuid.uuid4()),
        kind="append",
        fields={"period": "2026-03", "unit": UNIT, "felt_heard": 5, "text": "op"},
        author="anonymous",
        author_role="anonymous",
        local_time=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        local_seq=1,
    )
    with app_identity.open_client(d.vault, scene.server.url) as client:
        (result,) = client.push([op]).results
    assert (result.status, result.reason) == ("rejected", "own_channel")
    with db.read_tx(scene.engine) as conn:
        assert conn.execute(select(db.ops).where(db.ops.c.entity == "feedback")).first() is None
    d.vault.lock()


def test_feedback_stored_as_ops_before_moves_out_of_the_feed(tmp_path: Path) -> None:
    """A server upgraded from the op days: its feedback keeps its answers, loses its ops."""
    engine = db.make_engine(str(tmp_path / "old.sqlite3"))
    db.create_schema(engine)
    fields = {"period": "2026-02", "unit": UNIT, "given_by": "client", "goals_reached": 3}
    with db.write_tx(engine) as conn:
        conn.execute(
            insert(db.feed).values(
                seq=274, kind="op", client_id="c-1", ref="op-274", down=True, created_at=NOW
            )
        )
        conn.execute(
            insert(db.feed).values(
                seq=275, kind="op", client_id=None, ref="op-275", down=False, created_at=NOW
            )
        )
        for seq, entity, entity_id, client in (
            (274, "access_log", "l-1", "c-1"),
            (275, "feedback", "fb-1", None),
        ):
            conn.execute(
                insert(db.ops).values(
                    op_id=f"op-{seq}",
                    seq=seq,
                    device_id="dev-1",
                    client_id=client,
                    entity=entity,
                    entity_id=entity_id,
                    body="{}",
                    digest="x",
                    applied="{}",
                    received_at=NOW,
                )
            )
        for name, value in fields.items():
            conn.execute(
                insert(db.field_state).values(
                    entity="feedback",
                    entity_id="fb-1",
                    field=name,
                    client_id=None,
                    value=db.canonical(value),
                    version=1,
                    op_id="op-275",
                    device_id="dev-1",
                )
            )
    db.create_schema(engine)  # what every server start does
    with db.read_tx(engine) as conn:
        moved = feedback.rows(conn)
        ops = conn.execute(select(db.ops.c.entity)).scalars().all()
        feed = conn.execute(select(db.feed.c.seq)).scalars().all()
        states = conn.execute(select(func.count()).select_from(db.field_state)).scalar()
    engine.dispose()
    assert [(r["feedback_id"], r["period"], r["goals_reached"]) for r in moved] == [
        ("fb-1", "2026-02", 3)
    ]
    assert ops == ["access_log"] and feed == [274] and states == 0
