"""The one way past the vault's append-only triggers: removing a client that left scope.

Migration 0005's triggers refuse every UPDATE of an issued decision, a confirmation, a
ledger entry, the access log (and a decided budget's lines), and every DELETE unless
`hb_removing(client_id)` says the client is being removed. That SQL function exists only
on connections this module prepared (`register`); it answers yes only inside
`removing_client()`, for that one connection and that one client, and only when none of
the client's changes waits to be sent (the server holds them all). Leaving the block
without the client's own row deleted rolls everything back: a decision cannot be taken
out alone, only with the whole client. Outside the app (an SQLCipher shell) the function
does not exist, so a DELETE fails there too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FUNCTION = "hb_removing"
_removing: set[tuple[int, str]] = set()  # (id of the DB-API connection, client id)


class RemovalRefused(RuntimeError):
    """A client's records were to be removed in a way the vault does not allow."""


def register(dbapi_conn: Any) -> None:
    """Give one SQLCipher connection the function the append-only triggers ask."""
    key = id(dbapi_conn)

    def removing(client_id: object) -> int:
        return int((key, str(client_id)) in _removing)

    dbapi_conn.create_function(FUNCTION, 1, removing)


@contextmanager
def removing_client(session: Session, client_id: str) -> Iterator[None]:
    """Inside: this session may delete every record of `client_id`, its own row included."""
    # Here, not at the top: every connection registers the function (unlock loads no ORM).
    from sqlalchemy import select, text

    from hbdesk.models.outbox import OutboxOp

    unsent = select(OutboxOp.op_id).where(OutboxOp.client_id == client_id, OutboxOp.state != "sent")
    if session.scalar(unsent.limit(1)) is not None:
        raise RemovalRefused("the client has changes not yet sent")
    marker = (id(session.connection().connection.dbapi_connection), client_id)
    _removing.add(marker)
    try:
        yield
        still = text("SELECT 1 FROM clients WHERE id = :c")
        if session.execute(still, {"c": client_id}).first() is not None:
            raise RemovalRefused("records may leave only together with their client")
    finally:
        _removing.discard(marker)
