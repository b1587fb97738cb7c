"""Who acts, and the one transaction every service call runs in.

`transaction()` opens the vault's single transaction and, when the block ends without an
error, writes the access-log rows for what was changed and the outbox ops for every
changed record before the commit: change, audit entry and sync op commit together or not
at all. Changes are collected by session events (hbdesk.services.oplog), so a service
cannot forget the op.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models.vocab import Action
from hbdesk.services import auditlog, oplog
from hbdesk.services.changes import Actor as Actor
from hbdesk.services.changes import Changes as Changes
from hbdesk.services.changes import Outcome as Outcome
from hbdesk.store import OpenVault

T = TypeVar("T")

# Inside `batch()`: the vault and the one session every service call of the batch shares.
_BATCH: ContextVar[tuple[OpenVault, Session] | None] = ContextVar("hbdesk_batch", default=None)
# Inside `screen()`: what its calls read, per (actor, client, purpose), logged at its end.
_Views = dict[tuple["Actor", str, str], list[str]]
_SCREEN: ContextVar[_Views | None] = ContextVar("hbdesk_screen", default=None)


@dataclass
class Tx:
    """One open transaction of one actor, with the purpose logged for client-data access."""

    session: Session
    actor: Actor
    purpose: str
    today: dt.date
    _changes: Changes = field(default_factory=Changes)
    _viewed: dict[str, list[str]] = field(default_factory=dict)

    def viewed(self, client_id: str, records: Iterable[str] = ()) -> None:
        """Log that the actor read this client's records (before anything is returned).

        Inside `screen()` the records join the screen's one entry for the client, written
        when the screen ends, before any of its results are returned."""
        if _SCREEN.get() is not None:
            self._viewed.setdefault(client_id, []).extend(records)
            return
        self.log(client_id, Action.VIEW, records)

    def log(
        self,
        client_id: str,
        action: str,
        records: Iterable[str] = (),
        *,
        recipient: str | None = None,
        legal_basis: str | None = None,
        disclosed: str | None = None,
    ) -> None:
        _read_counters(self.session, self.actor)
        row = auditlog.append(
            self.session,
            self.actor,
            client_id=client_id,
            action=action,
            records=sorted(set(records)),
            purpose=self.purpose,
            recipient=recipient,
            legal_basis=legal_basis,
            disclosed=disclosed,
        )
        oplog.track_new(self.session, row)

    @property
    def changes(self) -> Changes:
        return self._changes

    def outcome(self, value: T) -> Outcome[T]:
        return Outcome(value, self._changes)

    def finish(self) -> None:
        """Flush, log the changes per client, add the outbox ops (flushed by the commit)."""
        self.session.flush()
        collected = oplog.collected(self.session)
        if collected:
            _read_counters(self.session, self.actor)
        for client_id, (action, refs) in oplog.changes_by_client(collected).items():
            row = auditlog.append(
                self.session,
                self.actor,
                client_id=client_id,
                action=action,
                records=sorted(set(refs)),
                purpose=self.purpose,
            )
            oplog.track_new(self.session, row)
        collected = oplog.collected(self.session)
        oplog.write_ops(self.session, self.actor, collected)
        views = _SCREEN.get()
        if views is not None:  # only a call that succeeded has read anything
            for client_id, refs in self._viewed.items():
                views.setdefault((self.actor, client_id, self.purpose), []).extend(refs)
        self._changes = Changes(
            clients=frozenset(
                c.client_id for c in collected.values() if c.client_id and c.entity != "access_log"
            ),
            kinds=frozenset(c.entity for c in collected.values() if c.entity != "access_log"),
        )


# What `_read_counters` reads (the device's newest log row, its op counter), as columns a
# service's own first SELECT may carry (`counter_params`, `remember_counters`): one read fewer.
COUNTER_COLUMNS = (*auditlog.LAST_COLUMNS, *oplog.SEQ_COLUMNS)
_COUNTERS = select(*COUNTER_COLUMNS)


def counter_params(actor: Actor) -> dict[str, Any]:
    """The parameters COUNTER_COLUMNS need."""
    return auditlog.last_params(actor.device_id)


def remember_counters(session: Session, actor: Actor, values: Sequence[Any]) -> None:
    """What COUNTER_COLUMNS read in this transaction before it wrote either, remembered for
    it (unless already known: then what is remembered is newer)."""
    device = actor.device_id
    if auditlog.known(session, device) or oplog.seq_known(session):
        return
    seq, hash_, counter, newest_op = values
    auditlog.remember(session, device, seq, hash_)
    oplog.remember_seq(session, counter, newest_op)


def _read_counters(session: Session, actor: Actor) -> None:
    """The device's newest log row and its op counter, read with one SELECT before a call
    writes either (each is remembered for the transaction; on its own each is a read)."""
    device = actor.device_id
    if auditlog.known(session, device) or oplog.seq_known(session):
        return
    row = session.connection().execute(_COUNTERS, counter_params(actor)).one()
    remember_counters(session, actor, tuple(row))


@contextlib.contextmanager
def transaction(
    vault: OpenVault, actor: Actor, purpose: str = "client_work", today: dt.date | None = None
) -> Iterator[Tx]:
    """One service call: one BEGIN IMMEDIATE transaction that writes change, log and ops.

    Inside `batch()` the call is a savepoint of the batch's transaction instead: it still
    writes its own log rows and ops, and a failing call undoes only itself.
    """
    active = _BATCH.get()
    if active is not None and active[0] is vault:
        with _savepoint(active[1], actor, purpose, today) as tx:
            yield tx
        return
    with vault.session() as session:
        oplog.start(session)
        tx = Tx(session, actor, purpose, today or dt.date.today())
        yield tx
        tx.finish()


@contextlib.contextmanager
def _savepoint(session: Session, actor: Actor, purpose: str, today: dt.date | None) -> Iterator[Tx]:
    outer = oplog.suspend(session)
    try:
        with session.begin_nested():
            oplog.start(session)
            tx = Tx(session, actor, purpose, today or dt.date.today())
            yield tx
            tx.finish()
    except BaseException:
        auditlog.forget(session)  # rows of the undone savepoint are gone
        raise
    finally:
        oplog.resume(session, outer)


@contextlib.contextmanager
def batch(vault: OpenVault) -> Iterator[Session]:
    """Run many service calls in one commit (demo data, imports): all are kept or none.

    The session it yields is the batch's own; records added to it directly are not logged
    and make no outbox ops — only for records that came from elsewhere (as sync applies
    records pulled from the county's server). Inside `screen()` a batch is a savepoint of
    the screen's transaction.
    """
    active = _BATCH.get()
    if active is not None and _SCREEN.get() is not None and active[0] is vault:
        with active[1].begin_nested():
            yield active[1]
        return
    if active is not None:
        raise RuntimeError("batches do not nest")
    with vault.session() as session:
        token = _BATCH.set((vault, session))
        try:
            yield session
        finally:
            _BATCH.reset(token)


@contextlib.contextmanager
def screen(vault: OpenVault) -> Iterator[None]:
    """What one screen shows, read together: every service call in the block (and every
    session opened in it) is a savepoint of one transaction — a failing call undoes only
    itself — and what the calls read of a client is one access-log entry, not one per
    call. The entries are written in that transaction, before the block ends and anything
    of it is shown.
    """
    if _BATCH.get() is not None or _SCREEN.get() is not None:
        raise RuntimeError("screens do not nest")
    with vault.shared() as session:
        views: _Views = {}
        batch_token, screen_token = _BATCH.set((vault, session)), _SCREEN.set(views)
        try:
            yield
        finally:
            _BATCH.reset(batch_token)
            _SCREEN.reset(screen_token)
        _log_views(session, views)


def _log_views(session: Session, views: _Views) -> None:
    """One view entry per actor, client and purpose, with its outbox op."""
    outer = oplog.suspend(session)
    try:
        for actor in dict.fromkeys(actor for actor, _, _ in views):
            oplog.start(session)
            _read_counters(session, actor)
            for (who, client_id, purpose), refs in views.items():
                if who != actor:
                    continue
                row = auditlog.append(
                    session,
                    actor,
                    client_id=client_id,
                    action=Action.VIEW,
                    records=sorted(set(refs)),
                    purpose=purpose,
                )
                oplog.track_new(session, row)
            oplog.write_ops(session, actor, oplog.collected(session))
    finally:
        oplog.resume(session, outer)
