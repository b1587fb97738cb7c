"""Append-only records are kept one row each (`appended_records`); a database an older
server filled keeps them field by field in `field_state`. After the upgrade (what every
server start does: `create_schema`) both kinds are read alike by every reader — the
snapshot a laptop gets when it gains the client, the money import's decisions and
commitments, the server's ledger, Oma HB's records, the report's copy — and an old record
still cannot be appended twice. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Engine, func, insert, inspect, select

from hbdesk.models.ledger import SpendingEntry
from hbdesk.protocol import messages as p
from hbdesk.server import admin, authored, db, projection, store
from hbdesk.server.money import ledger_view
from hbdesk.server.money.knowledge import Knowledge, load_commitments
from hbdesk.server.omahb import records as omahb_records
from tests.server.money.county import SOURCE, Client, County, _decision
from tests.sync.conftest import Backend
from tests.sync.servers import uid

START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


def _entry(client: Client, entry_id: str, amount: str, day: str) -> dict[str, object]:
    return {
        "id": entry_id,
        "client_id": client.client_id,
        "decision_id": client.decision_id,
        "chain_id": client.decision_id,
        "method": "mobile_payment",
        "source": "mobile_payment",
        "external_ref": f"T-{entry_id[:8]}",
        "spent_on": day,
        "amount": amount,
        "category": "leisure",
        "provider": "Uimahalli Aalto",
        "recorded_by": "mobiilimaksu: ePassi",
        "recorded_at": "2026-03-01T12:00:00+00:00",
    }


def _as_an_older_server(
    engine: Engine, client_id: str, entity: str, entity_id: str, fields: dict[str, object]
) -> None:
    """An append-only record as an older server kept it: its op, and a `field_state` row
    per field at version 1."""
    op_id = str(uuid.uuid4())
    with db.write_tx(engine) as conn:
        seq = conn.execute(
            insert(db.feed)
            .values(kind="op", client_id=client_id, ref=op_id, down=True, created_at=NOW)
            .returning(db.feed.c.seq)
        ).scalar_one()
        conn.execute(
            insert(db.ops).values(
                op_id=op_id,
                seq=seq,
                device_id="dev-old",
                client_id=client_id,
                entity=entity,
                entity_id=entity_id,
                body="{}",
                digest="x",
                applied=db.canonical(dict.fromkeys(fields, 1)),
                received_at=NOW,
            )
        )
        conn.execute(
            insert(db.field_state),
            [
                {
                    "entity": entity,
                    "entity_id": entity_id,
                    "field": name,
                    "client_id": client_id,
                    "value": db.canonical(value),
                    "version": 1,
                    "op_id": op_id,
                    "device_id": "dev-old",
                    "chain_base": 0,
                }
                for name, value in fields.items()
            ],
        )


def _older_database(backend: Backend) -> tuple[Engine, Client, Client, str]:
    """A database an older server filled: no `appended_records`; two clients, each with a
    decision and a commitment, one with a spending entry — all kept field by field."""
    engine = db.make_engine(backend.new_db())
    db.create_schema(engine)
    with db.write_tx(engine) as conn:
        conn.exec_driver_sql("DROP TABLE appended_records")  # the older schema's tables
    clients = [Client(str(uuid.uuid4()), str(uuid.uuid4()), START, END) for _ in range(2)]
    with db.write_tx(engine) as conn:
        conn.execute(
            insert(db.clients), [{"client_id": c.client_id, "caseworker_id": "cw"} for c in clients]
        )
    for n, c in enumerate(clients):
        _as_an_older_server(
            engine, c.client_id, "decisions", c.decision_id, _decision(c, "6000.00", (), ())
        )
        commitment = str(uuid.uuid4())
        _as_an_older_server(
            engine,
            c.client_id,
            "payment_commitments",
            commitment,
            {
                "id": commitment,
                "client_id": c.client_id,
                "decision_id": c.decision_id,
                "chain_id": c.decision_id,
                "line_id": str(uuid.uuid4()),
                "reference": f"MS-OLD-{n}",
                "provider": "Avustajapalvelut Oy",
                "category": "personal_assistance",
                "total": "3000.00",
                "valid_from": START.isoformat(),
                "valid_to": END.isoformat(),
                "issued_on": START.isoformat(),
                "recorded_by": "cw",
                "recorded_at": "2026-01-02T08:00:00+00:00",
            },
        )
    old_entry = str(uuid.uuid4())
    _as_an_older_server(
        engine,
        clients[0].client_id,
        "spending_entries",
        old_entry,
        _entry(clients[0], old_entry, "12.50", "2026-02-10"),
    )
    return engine, clients[0], clients[1], old_entry


def _store_new_entry(engine: Engine, client: Client) -> str:
    """A new spending entry (7.25 on 11 February) written for `client` by SOURCE; its id."""
    new_entry = str(uuid.uuid4())
    [result] = authored.write(
        engine,
        SOURCE,
        [
            authored.Change(
                client.client_id,
                "spending_entries",
                new_entry,
                _entry(client, new_entry, "7.25", "2026-02-11"),
            )
        ],
    )
    assert result.status == "stored"
    return new_entry


def test_records_an_older_server_kept_field_by_field_are_read_after_the_upgrade(
    backend: Backend,
) -> None:
    engine, client, _, old_entry = _older_database(backend)
    try:
        db.create_schema(engine)  # the upgrade: what every server start does
        new_entry = _store_new_entry(engine, client)
        with db.read_tx(engine) as conn:
            kept = conn.execute(select(db.appended.c.entity_id)).scalars().all()
            per_field = conn.execute(
                select(func.count())
                .select_from(db.field_state)
                .where(db.field_state.c.entity_id == new_entry)
            ).scalar_one()
        assert kept == [new_entry] and per_field == 0  # the new one: one row, no field rows

        # The server's ledger: both entries, against the decision kept field by field.
        ledger = ledger_view.client_ledger(engine, client.client_id, dt.date(2026, 3, 1))
        assert {(r.entry.id, r.entry.amount) for r in ledger.rows} == {
            (old_entry, Decimal("12.50")),
            (new_entry, Decimal("7.25")),
        }
        chain = ledger.balances[client.decision_id]
        assert chain.granted == Decimal("6000.00")  # the old decision's, read field by field
        assert chain.available == Decimal("6000.00") - Decimal("19.75")

        # Oma HB's records of the client: both entries.
        with db.read_tx(engine) as conn:
            entries = omahb_records.load(conn, client.client_id, [SpendingEntry]).of(SpendingEntry)
        assert sorted(e.id for e in entries) == sorted([old_entry, new_entry])

        # What the money import matches against: the old decisions and commitments.
        k = Knowledge(engine)
        k.prefetch([client.client_id], (), ())
        assert [[d.id for d in chain] for chain in k.decisions[client.client_id]] == [
            [client.decision_id]
        ]
        assert {"MS-OLD-0", "MS-OLD-1"} <= set(load_commitments(engine))

        # The report's copy rebuilt from both kinds.
        with db.write_tx(engine) as conn:
            projection.rebuild(conn)
            copied = set(
                conn.execute(
                    select(db.report_records.c.entity_id).where(
                        db.report_records.c.entity == "spending_entries"
                    )
                ).scalars()
            )
        assert copied == {old_entry, new_entry}
    finally:
        engine.dispose()


def test_a_laptop_that_gains_the_client_gets_old_and_new_records_in_its_snapshot(
    backend: Backend,
) -> None:
    engine, client, _, old_entry = _older_database(backend)
    try:
        db.create_schema(engine)
        new_entry = _store_new_entry(engine, client)
        caseworker = uid("cw")
        admin.assign_client(engine, client.client_id, caseworker)
        page = store.pull(engine, store.Caller("dev-new", caseworker), 0, 1000, frozenset())
        snapshot = {
            (s.entity, s.entity_id): s.fields
            for s in page.snapshots
            if s.client_id == client.client_id
        }
        for entry_id, amount in ((old_entry, "12.50"), (new_entry, "7.25")):
            fields = snapshot[("spending_entries", entry_id)]
            assert fields["amount"] == p.FieldState(value=amount, version=1)
            assert fields["id"].value == entry_id
        assert ("decisions", client.decision_id) in snapshot
    finally:
        engine.dispose()


def test_an_old_record_is_not_appended_again_nor_taken_by_another_client(
    backend: Backend,
) -> None:
    engine, client, other, old_entry = _older_database(backend)
    try:
        db.create_schema(engine)
        fields = _entry(client, old_entry, "99.00", "2026-02-12")
        elsewhere = _entry(other, old_entry, "99.00", "2026-02-12")
        results = authored.write(
            engine,
            SOURCE,
            [authored.Change(client.client_id, "spending_entries", old_entry, fields)],
        ) + authored.write(
            engine,
            SOURCE,
            [authored.Change(other.client_id, "spending_entries", old_entry, elsewhere)],
        )
        assert [(r.status, r.reason) for r in results] == [
            ("rejected", p.REJECT_APPEND_EXISTS),
            ("rejected", p.REJECT_OUT_OF_SCOPE),
        ]
        with db.read_tx(engine) as conn:
            assert conn.execute(select(func.count()).select_from(db.appended)).scalar_one() == 0
    finally:
        engine.dispose()


def test_a_new_record_is_not_appended_twice_nor_changed(backend: Backend) -> None:
    """The one-row form keeps the promises of the field rows: a second append of the same
    record is refused, and the database itself refuses to change or delete the row."""
    engine = db.make_engine(backend.new_db())
    db.create_schema(engine)
    try:
        client = County(engine).client(START, END)
        entry = str(uuid.uuid4())
        first = _entry(client, entry, "5.00", "2026-02-01")
        again = _entry(client, entry, "6.00", "2026-02-01")
        results = [
            r
            for fields in (first, again)
            for r in authored.write(
                engine,
                SOURCE,
                [authored.Change(client.client_id, "spending_entries", entry, fields)],
            )
        ]
        assert [(r.status, r.reason) for r in results] == [
            ("stored", None),
            ("rejected", p.REJECT_APPEND_EXISTS),
        ]
        for attack in ("UPDATE appended_records SET fields = '{}'", "DELETE FROM appended_records"):
            try:
                with db.write_tx(engine) as conn:
                    conn.exec_driver_sql(attack)
            except Exception as exc:
                assert "append_only" in str(exc)
            else:
                raise AssertionError(f"{attack} was allowed")
        ledger = ledger_view.client_ledger(engine, client.client_id, dt.date(2026, 3, 1))
        assert [(r.entry.id, r.entry.amount) for r in ledger.rows] == [(entry, Decimal("5.00"))]
    finally:
        engine.dispose()


def test_indexes_no_query_reads_are_dropped_at_the_upgrade_and_records_read_alike(
    backend: Backend,
) -> None:
    """An older server indexed ops and money items by client, which nothing reads by: every
    write paid a random index page for them. The upgrade drops them; what the server holds
    reads as before, and a new entry is stored beside the old one."""
    engine, client, _, old_entry = _older_database(backend)
    try:
        with db.write_tx(engine) as conn:  # as the older schema made them
            conn.exec_driver_sql("CREATE INDEX ix_ops_client_id ON ops (client_id)")
            conn.exec_driver_sql("CREATE INDEX ix_money_items_client ON money_items (client_id)")
        db.create_schema(engine)  # the upgrade
        found = inspect(engine)
        names = {i["name"] for t in ("ops", "money_items") for i in found.get_indexes(t)}
        assert names and not names & set(db.RETIRED_INDEXES), names
        new_entry = _store_new_entry(engine, client)
        ledger = ledger_view.client_ledger(engine, client.client_id, dt.date(2026, 3, 1))
        assert {(r.entry.id, r.entry.amount) for r in ledger.rows} == {
            (old_entry, Decimal("12.50")),
            (new_entry, Decimal("7.25")),
        }
    finally:
        engine.dispose()
