"""The HTTP API (Starlette): every request is signed by an enrolled device, or gets nothing.

TLS (1.3, client certificates from the municipal CA) is checked by the TLS layer in
front (see serve.py). Here, on every request: a body within limits, a valid RFC 9421
signature by the device's enrolled key, a fresh nonce, a `created` time within the window
of the server's clock, and the device's status (revoked → "wipe", caseworker disabled →
"lock"). Only then is the body parsed (unknown fields refused) and handled.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hbdesk.protocol import feedback as fp
from hbdesk.protocol import messages as p
from hbdesk.protocol import signing
from hbdesk.server import db, feedback, store
from hbdesk.server.scope import now_utc

log = logging.getLogger("hbdesk.server")

# Records that only flow up (the access and disclosure logs): stored, never sent down.
UP_ONLY_ENTITIES = frozenset({"access_log", "disclosure_log"})


@dataclass
class Settings:
    engine: Engine
    window: dt.timedelta = dt.timedelta(minutes=5)
    up_only: frozenset[str] = UP_ONLY_ENTITIES
    exit_after_push: int | None = None  # test fault: die right after the Nth push commit
    stall_after_push: int | None = None  # test fault: answer the Nth push only after a stall
    stall_seconds: float = 3.0
    _pushes: int = 0
    _keys: dict[str, tuple[str, ec.EllipticCurvePublicKey]] = field(default_factory=dict)
    _purged_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)


class Refused(Exception):
    def __init__(self, status: int, error: str, action: str | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.action = action


def _json(model: BaseModel, status: int = 200) -> Response:
    return Response(
        model.model_dump_json(),
        status_code=status,
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


def _refusal(exc: Refused) -> Response:
    body = p.ErrorBody(error=exc.error, action=exc.action, server_time=now_utc())
    return _json(body, exc.status)


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


def _public_key(
    settings: Settings, device_id: str, serial: str, cert_pem: str
) -> ec.EllipticCurvePublicKey:
    cached = settings._keys.get(device_id)
    if cached is not None and cached[0] == serial:
        return cached[1]
    key = x509.load_pem_x509_certificate(cert_pem.encode("ascii")).public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise Refused(401, "unknown_device")
    settings._keys[device_id] = (serial, key)
    return key


def authenticate(
    settings: Settings, method: str, path: str, query: str, headers: dict[str, str], body: bytes
) -> store.Caller:
    """Who is calling, proven by the signature; refuses anything else (runs in a thread)."""
    try:
        device_id = signing.key_id_of(headers)
    except signing.SignatureError as exc:
        raise Refused(401, exc.code) from exc
    engine = settings.engine
    with db.read_tx(engine) as conn:
        row = conn.execute(
            select(db.devices, db.caseworkers.c.status.label("cw_status"))
            .join(db.caseworkers, db.caseworkers.c.caseworker_id == db.devices.c.caseworker_id)
            .where(db.devices.c.device_id == device_id)
        ).first()
    if row is None:
        raise Refused(401, "unknown_device")
    now = now_utc()
    key = _public_key(settings, device_id, row.serial, row.cert_pem)
    try:
        verified = signing.verify(method, path, query, headers, body, key, now, settings.window)
    except signing.SignatureError as exc:
        raise Refused(401, exc.code) from exc
    _purge_nonces(settings, now)
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(db.nonces).values(device_id=device_id, nonce=verified.nonce, seen_at=now)
            )
            conn.execute(
                update(db.devices)
                .where(db.devices.c.device_id == device_id)
                .values(last_seen_at=now)
            )
    except IntegrityError as exc:
        raise Refused(401, "replayed") from exc
    if row.status != "active":
        raise Refused(403, "device_revoked", "wipe")
    if row.cw_status != "active":
        raise Refused(403, "caseworker_disabled", "lock")
    if not row.not_before <= now <= row.not_after:
        raise Refused(403, "certificate_expired")
    return store.Caller(device_id, row.caseworker_id)


def _purge_nonces(settings: Settings, now: dt.datetime) -> None:
    """Forget nonces older than twice the window (a request that old is refused anyway)."""
    with settings._lock:
        if time.monotonic() - settings._purged_at < 60:
            return
        settings._purged_at = time.monotonic()
    with settings.engine.begin() as conn:
        conn.execute(delete(db.nonces).where(db.nonces.c.seen_at < now - 2 * settings.window))


def _status(caller: store.Caller) -> p.DeviceStatus:
    return p.DeviceStatus(
        action="ok",
        device_id=caller.device_id,
        caseworker_id=caller.caseworker_id,
        server_time=now_utc(),
    )


def _handle_push(settings: Settings, caller: store.Caller, body: bytes) -> Response:
    request = p.PushRequest.model_validate_json(body)
    if request.device_id != caller.device_id:
        raise Refused(403, "device_mismatch")
    results = store.push(settings.engine, caller, list(request.ops), settings.up_only)
    _maybe_exit_after_push(settings)
    return _json(p.PushResult(results=results, device=_status(caller)))


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


def _handle_pull(settings: Settings, caller: store.Caller, body: bytes) -> Response:
    request = p.PullRequest.model_validate_json(body)
    page = store.pull(settings.engine, caller, request.cursor, request.limit, settings.up_only)
    return _json(
        p.PullPage(
            ops=page.ops,
            conflicts=page.conflicts,
            snapshots=page.snapshots,
            removed_clients=page.removed_clients,
            reference=page.reference,
            next_cursor=page.next_cursor,
            has_more=page.has_more,
            device=_status(caller),
        )
    )


def _handle_feedback(settings: Settings, caller: store.Caller, body: bytes) -> Response:
    """Anonymous feedback: any enrolled laptop may send it; who sent it is not kept."""
    batch = fp.FeedbackBatch.model_validate_json(body)
    return _json(feedback.store(settings.engine, batch.items))


def _handle_hello(settings: Settings, caller: store.Caller, body: bytes) -> Response:
    return _json(_status(caller))


def _endpoint(handler: Any) -> Any:
    async def endpoint(request: Request) -> Response:
        settings: Settings = request.app.state.settings
        try:
            body = await _read_body(request)
            headers = {k.lower(): v for k, v in request.headers.items()}
            query = request.url.query
            caller = await run_in_threadpool(
                authenticate, settings, request.method, request.url.path, query, headers, body
            )
            return await run_in_threadpool(handler, settings, caller, body)
        except Refused as exc:
            return _refusal(exc)
        except ValidationError as exc:
            where = ".".join(str(x) for x in exc.errors()[0]["loc"]) if exc.errors() else ""
            return _json(p.ErrorBody(error="invalid_payload", detail=where[:200]), 422)

    return endpoint


def create_app(settings: Settings) -> Starlette:
    routes = [
        Route("/v1/push", _endpoint(_handle_push), methods=["POST"]),
        Route("/v1/pull", _endpoint(_handle_pull), methods=["POST"]),
        Route("/v1/hello", _endpoint(_handle_hello), methods=["POST"]),
        Route("/v1/feedback", _endpoint(_handle_feedback), methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.settings = settings
    return app
