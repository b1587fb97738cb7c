"""Who is calling: one identity per request.

1. The TLS client certificate (verified by the TLS layer against the municipal CA; serve.py
   puts it into the request's scope) must be the certificate enrolled for its device, byte
   for byte — a replaced or unknown certificate gets nothing. A revoked device or a
   disabled caseworker is answered now (403, "wipe" / "lock"), before a byte of the
   request body is read.
2. The request must be signed (signing.py) by that same device: the signature's key id is
   the certificate's device and it verifies with the enrolled key, its `created` time is
   within the window of the server's clock, and its nonce is new.

Every failure of 1 or 2 gets the same answer (401 "unauthenticated", with the server's
time so a laptop with a wrong clock can correct itself): nobody can probe which device ids
exist or learn why a forged request failed. The reason goes to the server's log only.

Nonces: a push's nonce is kept in the database in the push's own transaction (every server
process sees it; store.push). A pull's or hello's nonce is kept in this process's memory
for twice the window (an older one is refused by its time anyway): these change nothing and
must not take the write path. A replay of them to another process would need a TLS
connection with the device's own certificate and key — whoever has those can sign fresh
requests — so the memory refuses every replay an outsider can make.
"""

from __future__ import annotations

import datetime as dt
import logging
import ssl
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Engine, delete, select, update

from hbdesk.protocol import messages as p
from hbdesk.protocol import pki, signing
from hbdesk.server import db
from hbdesk.server.scope import now_utc

log = logging.getLogger("hbdesk.server")

UNAUTHENTICATED = "unauthenticated"


class Refused(Exception):
    def __init__(self, status: int, error: str, action: p.DeviceAction | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.action = action


def _unauthenticated(reason: str, device_id: str | None = None) -> Refused:
    log.info("refused (%s) for device %s", reason, device_id or "-")
    return Refused(401, UNAUTHENTICATED)


@dataclass(frozen=True)
class Device:
    device_id: str
    caseworker_id: str
    key: ec.EllipticCurvePublicKey


def peer_certificate(scope: Mapping[str, Any]) -> bytes | None:
    """The client certificate (DER) of the request's TLS connection (ASGI TLS extension)."""
    tls = (scope.get("extensions") or {}).get("tls") or {}
    chain = tls.get("client_cert_chain") or ()
    return ssl.PEM_cert_to_DER_cert(chain[0]) if chain else None


class Identities:
    """Devices by their certificates, signatures checked, nonces of reads remembered."""

    def __init__(self, engine: Engine, window: dt.timedelta) -> None:
        self.engine = engine
        self.window = window
        self._enrolled: dict[tuple[str, str], tuple[bytes, ec.EllipticCurvePublicKey]] = {}
        self._nonces = NonceMemory(2 * window)

    def device_of(self, cert_der: bytes | None) -> Device:
        """The calling device by its TLS certificate; Refused unless enrolled and active."""
        if cert_der is None:
            raise _unauthenticated("no client certificate")
        try:
            device_id = pki.device_id_of(x509.load_der_x509_certificate(cert_der).subject)
        except (ValueError, pki.PkiError):
            raise _unauthenticated("unreadable certificate") from None
        with db.reads(self.engine) as conn:
            row = conn.execute(
                select(db.devices, db.caseworkers.c.status.label("cw_status"))
                .join(db.caseworkers, db.caseworkers.c.caseworker_id == db.devices.c.caseworker_id)
                .where(db.devices.c.device_id == device_id)
            ).first()
        if row is None:
            raise _unauthenticated("unknown device", device_id)
        enrolled_der, key = self._enrolled_cert(device_id, row.serial, row.cert_pem)
        if enrolled_der != cert_der:
            raise _unauthenticated("not the enrolled certificate", device_id)
        if row.status != "active":
            raise Refused(403, "device_revoked", "wipe")
        if row.cw_status != "active":
            raise Refused(403, "caseworker_disabled", "lock")
        if not row.not_before <= now_utc() <= row.not_after:
            raise Refused(403, "certificate_expired")
        return Device(device_id, row.caseworker_id, key)

    def _enrolled_cert(
        self, device_id: str, serial: str, cert_pem: str
    ) -> tuple[bytes, ec.EllipticCurvePublicKey]:
        cached = self._enrolled.get((device_id, serial))
        if cached is None:
            cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
            key = cert.public_key()
            if not isinstance(key, ec.EllipticCurvePublicKey):
                raise _unauthenticated("enrolled key is not EC", device_id)
            cached = self._enrolled[(device_id, serial)] = (ssl.PEM_cert_to_DER_cert(cert_pem), key)
        return cached

    def verify(
        self,
        device: Device,
        request: tuple[str, str, str],
        headers: dict[str, str],
        body: bytes,
        *,
        remember_nonce: bool,
    ) -> signing.Verified:
        """The request signed by `device` itself, fresh; `remember_nonce`: refuse a nonce
        this process has seen (reads; a push's nonce is kept by store.push)."""
        method, path, query = request
        try:
            if signing.key_id_of(headers) != device.device_id:
                raise _unauthenticated("signed as another device", device.device_id)
            verified = signing.verify(
                method, path, query, headers, body, device.key, now_utc(), self.window
            )
        except signing.SignatureError as exc:
            raise _unauthenticated(exc.code, device.device_id) from None
        if remember_nonce and not self._nonces.first_time(device.device_id, verified.nonce):
            raise _unauthenticated("replayed", device.device_id)
        return verified


class NonceMemory:
    """Nonces this process has seen, forgotten after `keep` (thread-safe)."""

    def __init__(self, keep: dt.timedelta) -> None:
        self._keep = keep.total_seconds()
        self._seen: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()
        self._purged = time.monotonic()

    def first_time(self, device_id: str, nonce: str) -> bool:
        now = time.monotonic()
        with self._lock:
            if now - self._purged > self._keep / 2:
                self._seen = {k: t for k, t in self._seen.items() if now - t < self._keep}
                self._purged = now
            if (device_id, nonce) in self._seen:
                return False
            self._seen[(device_id, nonce)] = now
            return True


class Housekeeping:
    """Writes no request waits for, done in the background: a device's last-seen time (at
    most every few minutes) and forgetting push nonces older than twice the window."""

    EVERY = 300.0

    def __init__(self, engine: Engine, window: dt.timedelta, max_wait: float) -> None:
        self.engine = engine
        self.window = window
        self.max_wait = max_wait
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="hbdesk-housekeeping")
        self._purged = 0.0

    def seen(self, device_id: str) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last.get(device_id, -self.EVERY) < self.EVERY:
                return
            self._last[device_id] = now
            purge = now - self._purged > 60
            if purge:
                self._purged = now
        self._worker.submit(self._write, device_id, purge)

    def _write(self, device_id: str, purge: bool) -> None:
        now = now_utc()
        try:
            with db.push_tx(self.engine, (), self.max_wait) as conn:
                conn.execute(
                    update(db.devices)
                    .where(db.devices.c.device_id == device_id)
                    .values(last_seen_at=now)
                )
                if purge:
                    conn.execute(
                        delete(db.nonces).where(db.nonces.c.seen_at < now - 2 * self.window)
                    )
        except Exception as exc:  # housekeeping only: a later request tries again
            log.warning("housekeeping put off: %s", type(exc).__name__)
            with self._lock:
                self._last.pop(device_id, None)
