"""Run the API on uvicorn behind TLS 1.3 with mandatory client certificates.

uvicorn does not show the client certificate to the app; `PeerCertificateProtocol` reads
it from the TLS connection once the handshake is done and puts it into every request's
scope as the ASGI TLS extension (`scope["extensions"]["tls"]["client_cert_chain"]`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import ssl
from pathlib import Path
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from hbdesk.server import db
from hbdesk.server.app import Settings, create_app

log = logging.getLogger("hbdesk.server")

# Test faults are read from these variables only when `serve --enable-test-faults` is given.
FAULTS_ENV = "HBDESK_SERVER_TEST_FAULTS"
HOLD_DIR_ENV = "HBDESK_SERVER_TEST_HOLD_DIR"
FAULTS = ("exit_after_push", "stall_after_push", "hold_push")


class PeerCertificateProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with the TLS client certificate in the ASGI scope."""

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        ssl_object = transport.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        tls: dict[str, Any] = {
            "client_cert_chain": [ssl.DER_cert_to_PEM_cert(der)] if der else [],
            "client_cert_error": None,
        }
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})["tls"] = tls
            await inner(scope, receive, send)

        self.app = app


def server_tls_context(cert: Path, key: Path, ca: Path) -> ssl.SSLContext:
    """TLS 1.3 only; a client certificate signed by the municipal CA is required."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(str(cert), str(key))
    ctx.load_verify_locations(cafile=str(ca))
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    ctx.set_alpn_protocols(["http/1.1"])
    return ctx


def parse_faults(raw: str) -> dict[str, int]:
    faults: dict[str, int] = {}
    for part in filter(None, (x.strip() for x in raw.split(","))):
        name, _, value = part.partition("=")
        if name not in FAULTS:
            raise ValueError(f"unknown test fault {name!r}")
        faults[name] = int(value or "1")
    return faults


def serve(
    db_url: str,
    cert: Path,
    key: Path,
    ca: Path,
    host: str,
    port: int,
    window_seconds: int = 300,
    enable_test_faults: bool = False,
    db_slots: int = 8,
    max_wait: float = 10.0,
) -> None:
    engine = db.make_engine(db_url, lock_wait=max_wait, connections=db_slots + 2)
    db.create_schema(engine)
    settings = Settings(
        engine=engine,
        window=dt.timedelta(seconds=window_seconds),
        db_slots=db_slots,
        max_wait=max_wait,
    )
    raw_faults = os.environ.get(FAULTS_ENV, "")
    if raw_faults and enable_test_faults:
        faults = parse_faults(raw_faults)
        settings.exit_after_push = faults.get("exit_after_push")
        settings.stall_after_push = faults.get("stall_after_push")
        settings.hold_push = faults.get("hold_push")
        hold_dir = os.environ.get(HOLD_DIR_ENV)
        settings.hold_dir = Path(hold_dir) if hold_dir else None
        log.warning("TEST FAULTS ENABLED: %s — never in production", sorted(faults))
    elif raw_faults:
        log.warning("%s ignored: the server was not started with --enable-test-faults", FAULTS_ENV)
    context = server_tls_context(cert, key, ca)

    def factory(_config: Any, _default: Any) -> ssl.SSLContext:
        return context

    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        ssl_context_factory=factory,
        http=PeerCertificateProtocol,
        lifespan="off",
        access_log=False,
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=2000,  # connections; the database's share is the gate's (app.py)
        log_level="warning",
    )
    uvicorn.Server(config).run()
