"""The HTTP API (Starlette): every request comes from an enrolled device, or gets nothing.

TLS (1.3, client certificates from the municipal CA) is checked by the TLS layer in
front (serve.py), which hands the client certificate to the app. On every request, in this
order: a turn in the admission gate (a 503 with Retry-After at once when the wait would be
too long: admission.py); the device by its certificate, revoked → 403 "wipe", caseworker
disabled → 403 "lock", answered before the body is read (auth.py); a body within limits;
a valid signature by that same device with a fresh nonce and a `created` time within the
window of the server's clock — every authentication failure gets the one answer 401
"unauthenticated". Only then is the body parsed (unknown fields refused) and handled.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hbdesk.protocol import feedback as fp
from hbdesk.protocol import messages as p
from hbdesk.server import admission, db, feedback, store
from hbdesk.server.auth import (
    UNAUTHENTICATED,
    Device,
    Housekeeping,
    Identities,
    Refused,
    peer_certificate,
)
from hbdesk.server.scope import now_utc

log = logging.getLogger("hbdesk.server")

# Records that only flow up (the access and disclosure logs): stored, never sent down.
UP_ONLY_ENTITIES = frozenset({"access_log", "disclosure_log"})


@dataclass
class Settings:
    engine: Engine
    window: dt.timedelta = dt.timedelta(minutes=5)
    up_only: frozenset[str] = UP_ONLY_ENTITIES
    db_slots: int = 8  # requests of this process working on the database at once
    max_wait: float = 10.0  # the longest a request waits for its turn or a lock: then 503
    exit_after_push: int | None = None  # test fault: die right after the Nth push commit
    stall_after_push: int | None = None  # test fault: answer the Nth push only after a stall
    stall_seconds: float = 3.0
    hold_push: int | None = None  # test fault: the Nth push waits before commit (hold_dir)
    hold_dir: Path | None = None
    _pushes: int = 0
    _held: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    gate: admission.Gate = field(init=False)
    identities: Identities = field(init=False)
    housekeeping: Housekeeping = field(init=False)

    def __post_init__(self) -> None:
        self.gate = admission.Gate(self.db_slots, self.max_wait)
        self.identities = Identities(self.engine, self.window)
        self.housekeeping = Housekeeping(self.engine, self.window, self.max_wait)


def _json(model: BaseModel, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        model.model_dump_json(),
        status_code=status,
        media_type="application/json",
        headers={"Cache-Control": "no-store", **(headers or {})},
    )


def _refusal(exc: Refused) -> Response:
    body = p.ErrorBody(error=exc.error, action=exc.action, server_time=now_utc())
    return _json(body, exc.status)


def _busy(retry_after: int) -> Response:
    body = p.ErrorBody(error="server_busy", server_time=now_utc())
    return _json(body, 503, {"Retry-After": str(retry_after)})


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > p.MAX_BODY_BYTES):
        raise Refused(413, "body_too_large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > p.MAX_BODY_BYTES:
            raise Refused(413, "body_too_large")
        chunks.append(chunk)
    return b"".join(chunks)


def _status(caller: store.Caller) -> p.DeviceStatus:
    return p.DeviceStatus(
        action="ok",
        device_id=caller.device_id,
        caseworker_id=caller.caseworker_id,
        server_time=now_utc(),
    )


def _handle_push(settings: Settings, caller: store.Caller, body: bytes, nonce: str) -> Response:
    request = p.PushRequest.model_validate_json(body)
    if request.device_id != caller.device_id:
        raise Refused(403, "device_mismatch")
    try:
        results = store.push(
            settings.engine,
            caller,
            list(request.ops),
            settings.up_only,
            nonce=nonce,
            max_wait=settings.max_wait,
            before_commit=(lambda: _maybe_hold(settings)) if settings.hold_push else None,
        )
    except store.Replayed:
        raise Refused(401, UNAUTHENTICATED) from None
    _maybe_exit_after_push(settings)
    return _json(p.PushResult(results=results, device=_status(caller)))


def _maybe_hold(settings: Settings) -> None:
    """Test fault: the Nth push, its work done, waits for `release` before it commits."""
    with settings._lock:
        settings._held += 1
        count = settings._held
    if count != settings.hold_push or settings.hold_dir is None:
        return
    log.warning("test fault: holding a push before its commit")
    (settings.hold_dir / "held").touch()
    deadline = time.monotonic() + 120
    while not (settings.hold_dir / "release").exists() and time.monotonic() < deadline:
        time.sleep(0.02)


def _maybe_exit_after_push(settings: Settings) -> None:
    """Test faults (off unless `serve --enable-test-faults`): a lost answer after a commit."""
    if settings.exit_after_push is None and settings.stall_after_push is None:
        return
    with settings._lock:
        settings._pushes += 1
        count = settings._pushes
    if count == settings.exit_after_push:
        log.warning("test fault: exiting after a committed push")
        os._exit(17)
    if count == settings.stall_after_push:
        log.warning("test fault: stalling after a committed push")
        time.sleep(settings.stall_seconds)


def _handle_pull(settings: Settings, caller: store.Caller, body: bytes, _nonce: str) -> Response:
    request = p.PullRequest.model_validate_json(body)
    page = store.pull(settings.engine, caller, request.cursor, request.limit, settings.up_only)
    rest = p.PullPage(
        ops=[],
        conflicts=page.conflicts,
        snapshots=page.snapshots,
        removed_clients=page.removed_clients,
        reference=page.reference,
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        device=_status(caller),
    ).model_dump_json()
    if not rest.startswith(_NO_OPS):  # pragma: no cover - PullPage's first field is ops
        raise RuntimeError("PullPage no longer starts with its ops")
    answer = '{"ops":[' + ",".join(page.ops) + "]" + rest[len(_NO_OPS) :]
    return Response(answer, media_type="application/json", headers={"Cache-Control": "no-store"})


def _handle_feedback(
    settings: Settings, caller: store.Caller, body: bytes, _nonce: str
) -> Response:
    """Anonymous feedback: any enrolled laptop may send it; who sent it is not kept."""
    batch = fp.FeedbackBatch.model_validate_json(body)
    return _json(feedback.store(settings.engine, batch.items))


_NO_OPS = '{"ops":[]'


def _handle_hello(settings: Settings, caller: store.Caller, body: bytes, _nonce: str) -> Response:
    return _json(_status(caller))


# A device call's handler: (settings, caller, body, the request's nonce) -> the answer.
Handler: TypeAlias = "Callable[[Settings, store.Caller, bytes, str], Response]"


def _endpoint(handler: Handler, kind: str) -> Any:
    async def endpoint(request: Request) -> Response:
        settings: Settings = request.app.state.settings
        try:
            cert = peer_certificate(request.scope)
            async with settings.gate.slot():
                device = await run_in_threadpool(settings.identities.device_of, cert)
                body = await _read_body(request)
                headers = {k.lower(): v for k, v in request.headers.items()}
                call = (request.method, request.url.path, request.url.query)
                return await run_in_threadpool(
                    _serve, settings, handler, kind, device, call, headers, body
                )
        except admission.Busy as exc:
            return _busy(exc.retry_after)
        except (db.Busy, PoolTimeout):
            return _busy(settings.gate.retry_after())
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            log.warning("a database connection was lost; the pool is renewed")
            return _busy(1)
        except Refused as exc:
            return _refusal(exc)
        except ValidationError as exc:
            where = ".".join(str(x) for x in exc.errors()[0]["loc"]) if exc.errors() else ""
            return _json(p.ErrorBody(error="invalid_payload", detail=where[:200]), 422)

    return endpoint


def _serve(
    settings: Settings,
    handler: Handler,
    kind: str,
    device: Device,
    call: tuple[str, str, str],
    headers: dict[str, str],
    body: bytes,
) -> Response:
    """Check the signature, then handle (in a worker thread, inside the gate's slot)."""
    verified = settings.identities.verify(
        device, call, headers, body, remember_nonce=kind != "push"
    )
    settings.housekeeping.seen(device.device_id)
    return handler(
        settings, store.Caller(device.device_id, device.caseworker_id), body, verified.nonce
    )


def create_app(settings: Settings) -> Starlette:
    routes = [
        Route("/v1/push", _endpoint(_handle_push, "push"), methods=["POST"]),
        Route("/v1/pull", _endpoint(_handle_pull, "pull"), methods=["POST"]),
        Route("/v1/hello", _endpoint(_handle_hello, "hello"), methods=["POST"]),
        Route("/v1/feedback", _endpoint(_handle_feedback, "feedback"), methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.settings = settings
    return app
