"""Run the API on uvicorn behind TLS 1.3 with mandatory client certificates."""

from __future__ import annotations

import datetime as dt
import logging
import os
import ssl
from pathlib import Path
from typing import Any

import uvicorn

from hbdesk.server import db
from hbdesk.server.app import Settings, create_app

log = logging.getLogger("hbdesk.server")

# Test faults are read from this variable only when `serve --enable-test-faults` is given.
FAULTS_ENV = "HBDESK_SERVER_TEST_FAULTS"


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
        if name not in ("exit_after_push", "stall_after_push"):
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
) -> None:
    engine = db.make_engine(db_url)
    db.create_schema(engine)
    settings = Settings(engine=engine, window=dt.timedelta(seconds=window_seconds))
    raw_faults = os.environ.get(FAULTS_ENV, "")
    if raw_faults and enable_test_faults:
        faults = parse_faults(raw_faults)
        settings.exit_after_push = faults.get("exit_after_push")
        settings.stall_after_push = faults.get("stall_after_push")
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
        http="h11",
        lifespan="off",
        access_log=False,
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=500,
        log_level="warning",
    )
    uvicorn.Server(config).run()
