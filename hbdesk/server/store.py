"""The op store: idempotent push with per-field versions and conflicts; pull by cursor.

Push: every op of a batch is judged on its own (stored, duplicate or rejected with a
reason) inside one transaction that locks the batch's clients only; its ops get their
sequence numbers at the end, in commit order (see the db module doc). The answer is sent
only after the commit, so a lost answer means a retry that finds every op "duplicate".

Fields: an upsert whose base version equals the server's current version of a field
bumps it; different fields of one record therefore merge. A different base with a
different value opens a conflict that keeps both values and applies neither over the
other — for every field, money included: nothing is last-write-wins. Append-only records
never conflict. (fields.py applies them op by op in memory and writes once per push.)
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from pydantic import TypeAdapter
from sqlalchemy import Engine, func, insert, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from hbdesk.models.base import UTCDateTime
from hbdesk.protocol import feedback as feedback_channel
from hbdesk.protocol import messages as p
from hbdesk.protocol import schema
from hbdesk.server import db, projection, stored
from hbdesk.server.fields import Fields, conflict_matches, settle
from hbdesk.server.scope import feed_row, now_utc, scope_clients, teamed

DELETED = db.DELETED
CLIENTS = "clients"  # the table of the clients themselves: entity_id is the client id


@dataclass(frozen=True)
class Caller:
    """A laptop (its device and caseworker), or a server source (hbdesk.server.authored):
    `caseworker_id` None, device id "server:…"."""

    device_id: str
    caseworker_id: str | None

    @property
    def is_source(self) -> bool:
        return self.caseworker_id is None


canonical = db.canonical


# --- push -----------------------------------------------------------------------------


@dataclass
class Judged:
    """What became of one op of a push (an answer, before it is made an OpResult)."""

    status: Literal["stored", "duplicate", "rejected"]
    reason: str | None = None
    seq: int | None = None
    versions: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)


def push(
    engine: Engine,
    caller: Caller,
    ops: list[p.Op],
    up_only: frozenset[str],
    *,
    nonce: str | None = None,
    max_wait: float = 30.0,
    before_commit: Callable[[], None] | None = None,
) -> list[p.OpResult]:
    """Store a batch; one answer per op, in the order the ops were sent.

    `nonce`: the request's, refused if seen before (Replayed), kept in the same transaction.
    `before_commit`: a test fault's hook, called with the work done, before numbering.
    Raises db.Busy when the batch's clients stay locked longer than `max_wait` seconds.
    A transaction that loses a race (two pushes of one op id, a deadlock) is run again."""
    clients = {op.client_id or "" for op in ops}
    for attempt in range(_ATTEMPTS):
        try:
            with db.push_tx(engine, clients, max_wait) as conn:
                if nonce is not None and not db.remember_nonce(
                    conn, caller.device_id, nonce, now_utc()
                ):
                    raise Replayed
                judged = _judge(conn, caller, ops, up_only, before_commit)
            return _answers(ops, judged)
        except PoolTimeout as exc:
            raise db.Busy from exc
        except (IntegrityError, OperationalError) as exc:
            if _busy(exc):
                raise db.Busy from exc
            if attempt + 1 == _ATTEMPTS or not _lost_race(exc):
                raise
    raise AssertionError("unreachable")


_ATTEMPTS = 3


class Replayed(Exception):
    """A push whose signed nonce was seen before."""


def _busy(exc: DBAPIError) -> bool:
    """A lock not granted in time: PostgreSQL's lock_timeout, SQLite's busy timeout."""
    code = getattr(exc.orig, "sqlstate", None)
    return code == "55P03" or "database is locked" in str(exc.orig)


def _lost_race(exc: DBAPIError) -> bool:
    """Unique violation, deadlock or serialization failure: run the push again."""
    code = getattr(exc.orig, "sqlstate", None)
    return isinstance(exc, IntegrityError) or code in ("40P01", "40001")


def _judge(
    conn: Connection,
    caller: Caller,
    ops: list[p.Op],
    up_only: frozenset[str],
    before_numbering: Callable[[], None] | None = None,
) -> dict[str, Judged]:
    judged: dict[str, Judged] = {}
    repeated: list[str] = []
    projection.mark_new(conn)  # the report's copy starts with a new server's first push
    batch = _Batch(conn, caller, up_only, ops)
    for op in sorted(ops, key=lambda o: o.local_seq):
        if op.op_id in judged:  # the same op twice in one batch
            repeated.append(op.op_id)
            continue
        judged[op.op_id] = batch.push_one(op)
    if before_numbering is not None:  # a test fault: hold the push here
        before_numbering()
    batch.finish(judged)
    for op_id in repeated:
        first = judged[op_id]
        judged[op_id] = Judged("duplicate", seq=first.seq, versions=first.versions)
    return judged


def _answers(ops: list[p.Op], judged: dict[str, Judged]) -> list[p.OpResult]:
    return [
        p.OpResult(
            op_id=op.op_id,
            status=j.status,
            server_seq=j.seq,
            reason=j.reason,
            versions=j.versions,
            conflicts=j.conflicts,
        )
        for op in ops
        for j in [judged[op.op_id]]
    ]


_HOLE = "\x1f\x1ffields\x1f\x1f"
_HOLE_JSON = canonical(_HOLE)


def op_body(op: p.Op, fields_json: str | None = None) -> str:
    """An op as stored (`ops.body`): canonical JSON of its wire form. Given its fields'
    canonical JSON (which a new append-only record stores anyway), that text is put in
    place instead of encoding the fields twice: the same text either way."""
    if fields_json is None:
        return canonical(op.model_dump(mode="json"))
    rest = _envelope(op)
    rest["fields"] = _HOLE
    text = canonical(rest)  # a nested value is encoded as it is alone (one encoder)
    if text.count(_HOLE_JSON) != 1:  # another value holds the hole's text: the long way
        return canonical(op.model_dump(mode="json"))
    return text.replace(_HOLE_JSON, fields_json)


# An op's wire form but its fields and local time: values JSON holds as they are (text,
# numbers, null, {field: version}), read off the validated op without dumping it.
_AS_THEY_ARE = tuple(sorted(set(p.Op.model_fields) - {"fields", "local_time"}))
_INSTANT = TypeAdapter(p.UtcInstant)


class NewAppend(NamedTuple):
    """A new append-only record's op made by the server for a source (`authored`), without
    building a `p.Op` (a money import makes a hundred thousand): the values are those the
    validated op would hold, each checked as it checks them (`new_append`), and its stored
    text is the same (`append_body`; tests/server/test_op_body.py). A tuple: made in a
    tenth of a frozen dataclass's time, and as unchangeable."""

    op_id: str
    device_id: str
    client_id: str | None
    entity: str
    entity_id: str
    fields: Mapping[str, p.JsonValue]
    author: str
    author_role: str
    local_time: dt.datetime
    local_seq: int
    kind: Literal["append"] = "append"
    base_versions: None = None
    resolves_conflict: None = None

    def validated(self) -> p.Op:
        """The same op made by the wire model (tests compare the two)."""
        return p.Op.model_validate(
            {name: getattr(self, name) for name in p.Op.model_fields} | {"fields": self.fields}
        )


_IS_ID = re.compile(p.ID_TEXT).fullmatch
_IS_IDENTIFIER = re.compile(p.IDENTIFIER).fullmatch
_SOUND_NAMES: set[tuple[str, ...]] = set()  # fields' names seen to be identifiers (few)


def new_append(
    op_id: str,
    device_id: str,
    client_id: str | None,
    entity: str,
    entity_id: str,
    fields: Mapping[str, p.JsonValue],
    author: str,
    author_role: str,
    local_time: dt.datetime,
    local_seq: int,
) -> NewAppend | None:
    """The op as `p.Op(kind="append", ...)` would validate it, when every value is plainly
    what the model takes as it is (exact types, its patterns and bounds, a UTC instant);
    else None — the caller then lets the model judge (it refuses or converts as always)."""
    if not (
        _IS_ID(op_id)
        and _IS_ID(device_id)
        and (client_id is None or _IS_ID(client_id))
        and _IS_IDENTIFIER(entity)
        and _IS_ID(entity_id)
        and 0 < len(author) <= p.SHORT_TEXT
        and 0 < len(author_role) <= p.SHORT_TEXT
        and local_time.tzinfo is dt.UTC
        and local_seq.__class__ is int
        and 0 <= local_seq <= 2**62
        and len(fields) <= p.MAX_FIELDS_PER_OP
        and _plain_fields(fields)
    ):
        return None
    return NewAppend(
        op_id,
        device_id,
        client_id,
        entity,
        entity_id,
        fields,
        author,
        author_role,
        local_time,
        local_seq,
    )


def _plain_fields(fields: Mapping[str, p.JsonValue]) -> bool:
    names = tuple(fields)
    if names not in _SOUND_NAMES:
        if not all(n.__class__ is str and _IS_IDENTIFIER(n) for n in names):
            return False
        if len(_SOUND_NAMES) < 1024:
            _SOUND_NAMES.add(names)
    for value in fields.values():
        kind = value.__class__
        if kind is str:
            if len(value) > p.MAX_TEXT_VALUE:  # type: ignore[arg-type]
                return False
        elif value is not None and kind is not bool and kind is not int:
            return False  # a str subclass, bytes, a float: the model's to judge
    return True


def append_body(op: NewAppend, fields_json: str) -> str:
    """`op_body` of the same op, written out: the canonical JSON of its wire form (keys in
    order, no spaces), with the fields' canonical JSON put in as it is."""
    return (
        f'{{"author":{_QUOTE(op.author)},"author_role":{_QUOTE(op.author_role)},'
        f'"base_versions":null,"client_id":{canonical(op.client_id)},'
        f'"device_id":{_QUOTE(op.device_id)},"entity":{_QUOTE(op.entity)},'
        f'"entity_id":{_QUOTE(op.entity_id)},"fields":{fields_json},"kind":"append",'
        f'"local_seq":{op.local_seq},"local_time":{_QUOTE(_instant_json(op.local_time))},'
        f'"op_id":{_QUOTE(op.op_id)},"resolves_conflict":null}}'
    )


_QUOTE = db.quote_text  # a str as canonical() writes it


def _envelope(op: p.Op) -> dict[str, Any]:
    """`op.model_dump(mode="json", exclude={"fields"})`, a tenth of its cost (a money
    import's chunk stores thousands of ops): the same dict (tests/server/test_op_body.py)."""
    rest = {name: getattr(op, name) for name in _AS_THEY_ARE}
    if rest["base_versions"] is not None:
        rest["base_versions"] = dict(rest["base_versions"])
    rest["local_time"] = _instant_json(op.local_time)
    return rest


@functools.lru_cache(maxsize=256)  # a batch's ops are written in the same moments
def _instant_json(value: dt.datetime) -> str:
    return str(_INSTANT.dump_python(value, mode="json"))


class _Batch:
    """One push transaction; what it learns about clients holds for the whole batch."""

    def __init__(
        self,
        conn: Connection,
        caller: Caller,
        up_only: frozenset[str],
        ops: Sequence[p.OpValues],
    ) -> None:
        self.conn, self.caller, self.up_only = conn, caller, up_only
        rows = db.rows_in(
            conn, db.ops, ("op_id", "seq", "digest", "applied"), "op_id", [op.op_id for op in ops]
        )
        self.seen = {r.op_id: r for r in rows}
        self.client_verdict: dict[str, str | None] = {}
        self._client_ids = sorted({op.client_id for op in ops if op.client_id})
        self._owners: dict[str, Any] | None = None  # the batch's clients' rows, read once
        self._by_team: set[str] | None = None
        self.fields = Fields(conn, {(op.entity, op.entity_id) for op in ops})
        # Feed rows and ops rows wait for their sequence numbers until `finish`.
        self.feed_rows: list[dict[str, Any]] = []
        self.ops_rows: list[tuple[int, dict[str, Any]]] = []  # (feed row index, ops row)

    def feed(self, kind: str, client_id: str | None, ref: str, down: bool = True) -> int:
        """Add a row to the order (numbered in `finish`); its index in this batch."""
        self.feed_rows.append(feed_row(kind, client_id, ref, down=down))
        return len(self.feed_rows) - 1

    def finish(self, judged: dict[str, Judged]) -> None:
        """Write the fields; then number this batch's rows in the global order, at the
        very end, under the sequence lock held until commit (db module doc)."""
        self.fields.write()
        if not self.feed_rows:
            return
        seqs = db.number_rows(self.conn, self.feed_rows, self.ops_rows)
        for index, row in self.ops_rows:
            judged[row["op_id"]].seq = seqs[index]

    def judge(
        self, op: p.Op | NewAppend, fields_json: str | None = None
    ) -> tuple[Judged | None, str, str]:
        """The verdict every op gets before its fields are looked at (None: go on), with
        its stored form and that form's digest (`fields_json`: its fields' canonical JSON)."""
        if isinstance(op, NewAppend):
            body = append_body(
                op, canonical(dict(op.fields)) if fields_json is None else fields_json
            )
        else:
            body = op_body(op, fields_json)
        digest = hashlib.sha256(body.encode()).hexdigest()
        seen = self.seen.get(op.op_id)
        if seen is not None:
            if seen.digest != digest:
                return Judged("rejected", p.REJECT_OP_ID_REUSED), body, digest
            versions = json.loads(seen.applied)
            return Judged("duplicate", seq=int(seen.seq), versions=versions), body, digest
        # Feedback has its own channel (named as such); then the registry: never stored.
        reason = (
            feedback_channel.REJECT_OWN_CHANNEL
            if op.entity == feedback_channel.ENTITY
            else schema.check_op(op) or self._refusal(op)
        )
        return (Judged("rejected", reason) if reason else None), body, digest

    def push_one(self, op: p.Op) -> Judged:
        conn = self.conn
        verdict, body, digest = self.judge(op)
        if verdict is not None:
            return verdict
        current = self.fields.record(op.entity, op.entity_id)
        if any(row.client_id != op.client_id for row in current.values()):
            return Judged("rejected", p.REJECT_OUT_OF_SCOPE)  # another client's record
        if op.kind == "append" and current:
            return Judged("rejected", p.REJECT_APPEND_EXISTS)
        if op.kind == "upsert" and any(f not in (op.base_versions or {}) for f in op.fields):
            return Judged("rejected", p.REJECT_MISSING_BASE_VERSION)
        if op.resolves_conflict and not conflict_matches(conn, op):
            return Judged("rejected", p.REJECT_UNKNOWN_CONFLICT)

        down = not (op.kind == "append" and op.entity in self.up_only) and op.client_id is not None
        place = self.feed("op", op.client_id, op.op_id, down=down)
        applied, agreed, opened = self.fields.apply(op)
        self.ops_rows.append(
            (
                place,
                {
                    "op_id": op.op_id,
                    "device_id": op.device_id,
                    "client_id": op.client_id,
                    "entity": op.entity,
                    "entity_id": op.entity_id,
                    "body": body,
                    "digest": digest,
                    "applied": canonical(applied),
                    "received_at": now_utc(),
                },
            )
        )
        for conflict_id in opened:
            self.feed("conflict", op.client_id, conflict_id)
        if op.resolves_conflict:
            settle(conn, op, self.fields, self.feed)
        return Judged("stored", versions={**agreed, **applied}, conflicts=opened)

    def _refusal(self, op: p.OpValues) -> str | None:
        if op.device_id != self.caller.device_id:
            return p.REJECT_DEVICE_MISMATCH
        if op.client_id is None:
            return None if op.kind == "append" else p.REJECT_REFERENCE_READ_ONLY
        if op.entity == CLIENTS and op.entity_id != op.client_id:
            return p.REJECT_OUT_OF_SCOPE  # a client's own record belongs to that client only
        if op.client_id not in self.client_verdict:
            self.client_verdict[op.client_id] = self._client_refusal(op.client_id)
        return self.client_verdict[op.client_id]

    def _client_refusal(self, client_id: str) -> str | None:
        caseworker_id = self.caller.caseworker_id
        owner = self._owners_of().get(client_id)
        if caseworker_id is None:  # a server source: only a known client, still open
            if owner is None:
                return p.REJECT_OUT_OF_SCOPE
            return p.REJECT_CLIENT_CLOSED if owner.closed_at is not None else None
        if owner is None:  # a client made on this laptop: it becomes its caseworker's
            self.conn.execute(
                insert(db.clients).values(client_id=client_id, caseworker_id=caseworker_id)
            )
            return None
        if owner.closed_at is not None:
            # The last changes of a closed client are still taken from its own caseworker.
            return None if owner.caseworker_id == caseworker_id else p.REJECT_CLIENT_CLOSED
        if owner.caseworker_id != caseworker_id and client_id not in self._held_by_team():
            return p.REJECT_OUT_OF_SCOPE  # neither its own worker nor in a consented team
        return None

    def _owners_of(self) -> dict[str, Any]:
        """Each known client of the batch: its caseworker and whether it is closed (closed_at
        as stored: only None or not). One read for the whole batch, at its first client
        (a query per client made a day's push cost more the more clients it touched)."""
        if self._owners is None:
            columns = ("client_id", "caseworker_id", "closed_at")
            rows = db.rows_in(self.conn, db.clients, columns, "client_id", self._client_ids)
            self._owners = {r.client_id: r for r in rows}
        return self._owners

    def _held_by_team(self) -> set[str]:
        """The batch's open clients of other caseworkers that consented to a team of the
        caller's: one read, and none when the batch holds only the caller's own clients."""
        if self._by_team is None:
            me = self.caller.caseworker_id
            others = [
                client_id
                for client_id, row in self._owners_of().items()
                if row.closed_at is None and row.caseworker_id != me
            ]
            self._by_team = teamed(self.conn, me, others) if others and me else set()
        return self._by_team


Appended = p.Op | NewAppend  # a new append-only record's op, validated or the server's own


def push_appends(engine: Engine, caller: Caller, ops: Sequence[Appended]) -> list[p.OpResult]:
    """New append-only records of a server source, many at once (a money import books
    thousands): each op judged as `push` judges it, the stored ones written with a few
    statements per batch instead of a few per op. Same answers, same stored rows."""
    # Alone, like administration (no push beside it): the numbers drawn here become
    # visible in the order they were drawn (db module doc).
    with db.write_tx(engine) as conn:
        judged = append_new(conn, caller, ops)
    # The server's own answers from values it checked (not built from a caller's text):
    # made without validating them again, thousands per chunk of an import.
    return [
        p.OpResult.model_construct(
            _RESULT_SET,
            op_id=op.op_id,
            status=j.status,
            server_seq=j.seq,
            reason=j.reason,
            versions=j.versions,
            conflicts=[],  # given: a default_factory costs model_construct a signature()
        )
        for op, j in zip(ops, judged, strict=True)
    ]


def push_in(conn: Connection, caller: Caller, ops: list[p.Op]) -> list[Judged]:
    """`push`'s verdicts, one per op in order, inside the caller's administration
    transaction (`db.write_tx`: alone, so no race to run again)."""
    judged = _judge(conn, caller, ops, frozenset())
    return [judged[op.op_id] for op in ops]


def append_new(conn: Connection, caller: Caller, ops: Sequence[Appended]) -> list[Judged]:
    """`push_appends`' verdicts, one per op in order, inside the caller's administration
    transaction (`db.write_tx`): a money import books a chunk's entries and notes its
    items in one transaction."""
    if any(op.kind != "append" or op.resolves_conflict for op in ops):
        raise ValueError("push_appends takes new append-only records only")
    judged: dict[str, Judged] = {}
    projection.mark_new(conn)
    batch = _Batch(conn, caller, frozenset(), ops)  # its clients: read at once (_owners_of)
    # Which records the server holds already, and whose: read once, by the batch's fields.
    owners = {key: next(iter(f.values())).client_id for key, f in batch.fields.records.items() if f}
    new: list[tuple[Appended, str, str, str]] = []
    for op in sorted(ops, key=lambda o: o.local_seq):
        if op.op_id in judged:  # the same op twice in one batch
            first = judged[op.op_id]
            judged[op.op_id] = Judged("duplicate", seq=first.seq, versions=first.versions)
            continue
        fields_json = canonical(op.fields)
        verdict, body, digest = batch.judge(op, fields_json)
        record = (op.entity, op.entity_id)
        if verdict is None and record in owners:
            same = owners[record] == op.client_id
            verdict = Judged("rejected", p.REJECT_APPEND_EXISTS if same else p.REJECT_OUT_OF_SCOPE)
        if verdict is None:
            owners[record] = op.client_id
            verdict = Judged("stored", versions=dict.fromkeys(op.fields, 1))
            new.append((op, body, digest, fields_json))
        judged[op.op_id] = verdict
    for (op, *_), seq in zip(new, _write_appends(conn, new), strict=True):
        judged[op.op_id].seq = seq
    return [judged[op.op_id] for op in ops]


_RESULT_SET = {"op_id", "status", "server_seq", "reason", "versions"}  # as validated


def _write_appends(conn: Connection, new: list[tuple[Appended, str, str, str]]) -> list[int]:
    """The feed, op, field and report rows of new records; their sequence numbers in order.
    Straight to the driver: a money import's batch of entries is tens of thousands of rows."""
    if not new:
        return []
    now = db.stored_instant(conn, now_utc())
    seqs = _draw_seqs(conn, len(new))
    feed_rows = [
        (seq, "op", op.client_id, op.op_id, op.client_id is not None, None, None, now)
        for (op, *_), seq in zip(new, seqs, strict=True)
    ]
    db.insert_rows(conn, db.feed, _APPEND_FEED_COLUMNS, feed_rows)
    ops_rows = [
        (
            op.op_id,
            seq,
            op.device_id,
            op.client_id,
            op.entity,
            op.entity_id,
            body,
            digest,
            *_tail(op, now),
        )
        for (op, body, digest, _), seq in zip(new, seqs, strict=True)
    ]
    db.insert_rows(conn, db.ops, _APPEND_OPS_COLUMNS, sorted(ops_rows))  # in key order: fewer pages
    appended = [
        (op.entity, op.entity_id, op.client_id, fields_json, op.op_id, op.device_id)
        for op, _, _, fields_json in new
    ]
    stored.put_appended(conn, sorted(appended))  # in key order: fewer pages
    records = [(op.entity, op.entity_id, op.client_id, op.fields) for op, *_ in new]
    projection.put_new(conn, sorted(records, key=_record_key))  # in key order: fewer pages
    return seqs


def _record_key(record: tuple[str, str, str | None, Any]) -> tuple[str, str]:
    return record[0], record[1]


_APPEND_FEED_COLUMNS = ("seq", "kind", "client_id", "ref", "down", "before", "after", "created_at")
_APPEND_OPS_COLUMNS = (
    "op_id",
    "seq",
    "device_id",
    "client_id",
    "entity",
    "entity_id",
    "body",
    "digest",
    "applied",
    "received_at",
)


def _tail(op: Appended, now: Any) -> tuple[str, Any]:
    """An ops row's last columns: its applied versions (every field new: 1) and the time."""
    return _all_new(tuple(op.fields)), now


@functools.lru_cache(maxsize=256)  # a batch's records mostly have the same fields
def _all_new(names: tuple[str, ...]) -> str:
    return canonical(dict.fromkeys(names, 1))


# --- pull -----------------------------------------------------------------------------


@dataclass
class Page:
    # Each op as ServerOp JSON, made from the stored text without parsing it (`_op_json`;
    # app.py puts them into the PullPage): a page of a thousand ops is the bulk of a sync.
    ops: list[str] = field(default_factory=list)
    conflicts: list[p.ConflictRecord] = field(default_factory=list)
    snapshots: list[p.RecordSnapshot] = field(default_factory=list)
    removed_clients: list[str] = field(default_factory=list)
    reference: list[p.ReferenceData] = field(default_factory=list)
    next_cursor: int = 0
    has_more: bool = False


def pull(engine: Engine, caller: Caller, cursor: int, limit: int, up_only: frozenset[str]) -> Page:
    """What changed in the caller's scope after `cursor`, in server order, one page."""
    page = Page(next_cursor=cursor)
    with db.reads(engine) as conn:
        # The top first: every number below a visible one is committed or never will be
        # (numbers are drawn in commit order: the db module doc).
        top = int(conn.execute(select(func.coalesce(func.max(db.feed.c.seq), 0))).scalar_one())
        # a server source (no caseworker) holds no clients
        scope = scope_clients(conn, caller.caseworker_id) if caller.caseworker_id else set()
        rows = _feed_page(conn, sorted(scope), cursor, top, limit)
        for row in rows:
            page.next_cursor = int(row.seq)
            if _add_row(conn, caller, row, page, up_only):
                break  # a whole client was added: end the page here to keep it bounded
        else:
            if len(rows) < limit:
                page.next_cursor = max(top, cursor)
        page.has_more = page.next_cursor < top
    return page


def _feed_page(conn: Connection, scope: list[str], cursor: int, top: int, limit: int) -> list[Any]:
    """Up to `limit` feed rows after `cursor` (at most `top`) that this device reads: its
    clients' ops and conflicts, and every scope change and reference version; with each
    op's stored text. On PostgreSQL each client's rows come from its own index range, so
    the cost follows this device's changes, not everyone's since its last sync."""
    feed, ops = db.feed, db.ops
    if conn.dialect.name == "postgresql":
        return list(
            conn.execute(
                _PG_FEED_PAGE, {"clients": scope, "cursor": cursor, "top": top, "n": limit}
            )
        )
    visible = [feed.c.kind.in_(("scope", "reference"))]
    if scope:
        visible.append(feed.c.client_id.in_(scope))
    return list(
        conn.execute(
            select(
                *(feed.c[name] for name in _FEED_COLUMNS),
                ops.c.received_at,
                ops.c.body,
                ops.c.applied,
            )
            .outerjoin(ops, (ops.c.seq == feed.c.seq) & (feed.c.kind == "op"))
            .where(feed.c.seq > cursor, feed.c.seq <= top, feed.c.down.is_(True), or_(*visible))
            .order_by(feed.c.seq)
            .limit(limit)
        )
    )


_FEED_COLUMNS = ("seq", "kind", "client_id", "ref", "before", "after")
_PG_FEED_PAGE = text(
    "SELECT f.*, o.received_at, o.body, o.applied FROM ("
    " (SELECT own.* FROM unnest(CAST(:clients AS text[])) AS c(id) CROSS JOIN LATERAL"
    "  (SELECT seq, kind, client_id, ref, before, after FROM feed WHERE client_id = c.id"
    "   AND seq > :cursor AND seq <= :top AND down AND kind IN ('op', 'conflict')"
    "   ORDER BY seq LIMIT :n) AS own)"
    " UNION ALL"
    " (SELECT seq, kind, client_id, ref, before, after FROM feed"
    "  WHERE kind IN ('scope', 'reference') AND seq > :cursor AND seq <= :top AND down"
    "  ORDER BY seq LIMIT :n)"
    " ORDER BY seq LIMIT :n"
    ") AS f LEFT JOIN LATERAL (SELECT received_at, body, applied FROM ops"
    "  WHERE ops.seq = f.seq AND f.kind = 'op' LIMIT 1) AS o ON true"  # by index, row by row
    " ORDER BY f.seq"
).columns(received_at=UTCDateTime())


def _add_row(
    conn: Connection, caller: Caller, row: Any, page: Page, up_only: frozenset[str]
) -> bool:
    if row.kind == "op":
        page.ops.append(_op_json(row))
    elif row.kind == "conflict":
        record = _conflict_record(conn, row.ref, int(row.seq))
        if record is not None:
            page.conflicts.append(record)
    elif row.kind == "reference":
        kind, version = row.ref.rsplit(":", 1)
        ref = conn.execute(
            select(db.reference_data).where(
                db.reference_data.c.kind == kind, db.reference_data.c.version == int(version)
            )
        ).one()
        page.reference.append(
            p.ReferenceData(
                kind=kind,
                version=int(version),
                loaded_at=ref.loaded_at,
                content=json.loads(ref.content),
            )
        )
    elif row.kind == "scope":
        before = set(json.loads(row.before or "[]"))
        after = set(json.loads(row.after or "[]"))
        cw = caller.caseworker_id
        if cw in before and cw not in after:
            page.removed_clients.append(row.client_id)
        elif cw in after and cw not in before:
            return _add_snapshot(conn, row.client_id, int(row.seq), page, up_only)
    return False


def _add_snapshot(
    conn: Connection, client_id: str, seq: int, page: Page, up_only: frozenset[str]
) -> bool:
    found = stored.records(conn, client_ids=[client_id])
    for (entity, entity_id), kept in sorted(found.items()):
        if entity in up_only:
            continue
        fields = {
            name: p.FieldState(value=value, version=kept.versions[name])
            for name, value in kept.values.items()
        }
        page.snapshots.append(
            p.RecordSnapshot(client_id=client_id, entity=entity, entity_id=entity_id, fields=fields)
        )
    open_ids = conn.execute(
        select(db.conflicts.c.conflict_id).where(
            db.conflicts.c.client_id == client_id, db.conflicts.c.state == "open"
        )
    ).scalars()
    for conflict_id in open_ids:
        record = _conflict_record(conn, conflict_id, seq)
        if record is not None:
            page.conflicts.append(record)
    return True


def _op_bodies(conn: Connection, op_ids: Iterable[str]) -> dict[str, p.Op]:
    ids = [i for i in set(op_ids) if i]
    if not ids:
        return {}
    rows = conn.execute(select(db.ops.c.op_id, db.ops.c.body).where(db.ops.c.op_id.in_(ids))).all()
    return {r.op_id: p.Op.model_validate_json(r.body) for r in rows}


def _conflict_record(conn: Connection, conflict_id: str, seq: int) -> p.ConflictRecord | None:
    row = conn.execute(
        select(db.conflicts).where(db.conflicts.c.conflict_id == conflict_id)
    ).first()
    if row is None:
        return None
    bodies = _op_bodies(conn, [row.current_op_id, row.proposed_op_id])
    current = bodies.get(row.current_op_id) if row.current_op_id else None
    proposed = bodies[row.proposed_op_id]
    return p.ConflictRecord(
        conflict_id=row.conflict_id,
        server_seq=seq,
        client_id=row.client_id,
        entity=row.entity,
        entity_id=row.entity_id,
        field=row.field,
        state=row.state,
        current_value=json.loads(row.current_value) if row.current_value else None,
        current_version=row.current_version,
        current_op_id=row.current_op_id,
        current_author=current.author if current else None,
        current_time=current.local_time if current else None,
        proposed_value=json.loads(row.proposed_value) if row.proposed_value else None,
        proposed_op_id=row.proposed_op_id,
        proposed_author=proposed.author,
        proposed_time=proposed.local_time,
        resolved_by_op=row.resolved_by_op,
    )


def _op_json(row: Any) -> str:
    """An op as ServerOp JSON; `body` and `applied` are stored as canonical JSON of what
    was validated when the op was pushed, so they go out as they are, unparsed."""
    return (
        f'{{"server_seq":{int(row.seq)},"received_at":"{row.received_at.isoformat()}",'
        f'"op":{row.body},"applied":{row.applied}}}'
    )


def _draw_seqs(conn: Connection, count: int) -> list[int]:
    """`count` new sequence numbers, in order; the caller is alone (`db.write_tx`: no push
    holds the shared lock), so they become visible in the order drawn."""
    if conn.dialect.name == "postgresql":
        drawn = conn.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('feed', 'seq')) FROM generate_series(1, %s)",
            (count,),
        ).scalars()
        return sorted(int(x) for x in drawn)
    top = int(conn.execute(select(func.coalesce(func.max(db.feed.c.seq), 0))).scalar_one())
    return list(range(top + 1, top + 1 + count))  # what SQLite itself would give the rows
