"""Small helpers every service shares: fetching a client's record, moving the stage on."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from hbdesk.models.client import Client
from hbdesk.models.errors import DomainError, NotFound
from hbdesk.models.vocab import STAGE_ORDER, Stage

M = TypeVar("M")


def get(session: Session, model: type[M], record_id: str, field: str) -> M:
    """The record, or NotFound naming the field that carried the id."""
    obj = session.get(model, record_id) if isinstance(record_id, str) else None
    if obj is None:
        raise NotFound(getattr(model, "__tablename__", "record"), field)
    return obj


def get_for_client(
    session: Session, model: type[M], record_id: str, client_id: str, field: str
) -> M:
    """The record, only if it belongs to this client (a client view never shows another's)."""
    obj = get(session, model, record_id, field)
    if getattr(obj, "client_id", None) != client_id:
        raise NotFound(getattr(model, "__tablename__", "record"), field)
    return obj


def get_client(session: Session, client_id: str, *, open_only: bool = False) -> Client:
    client = get(session, Client, client_id, "client_id")
    if open_only and client.stage == Stage.CLOSED:
        raise DomainError("client_closed", "client_id")
    return client


def stage_moves(current: str, stage: Stage) -> bool:
    """Whether `advance_stage` would move a client at `current` to `stage`."""
    now = Stage(current)
    if now == Stage.CLOSED:
        return False
    loop = {now, stage} == {Stage.IN_USE, Stage.FOLLOW_UP}
    return loop or STAGE_ORDER.index(stage) > STAGE_ORDER.index(now)


def advance_stage(client: Client, stage: Stage) -> None:
    """Move the client's stage forward (follow-up and use may alternate; closed is final)."""
    if stage_moves(client.stage, stage):
        client.stage = stage.value


def ref(obj: Any) -> str:
    """ "table:id" for the access log's record ids."""
    return f"{obj.__tablename__}:{obj.id}"
