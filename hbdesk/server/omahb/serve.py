"""Run Oma HB on uvicorn behind TLS 1.3, server certificate only (browsers bring none)."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import uvicorn

from hbdesk.server import db
from hbdesk.server.omahb.app import create_app
from hbdesk.server.omahb.settings import Settings


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """TLS 1.3 only; no client certificate asked for."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(str(cert), str(key))
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(["http/1.1"])
    return ctx


def serve(settings: Settings, cert: Path, key: Path, host: str, port: int) -> None:
    db.create_schema(settings.engine)
    context = tls_context(cert, key)

    def factory(_config: Any, _default: Any) -> ssl.SSLContext:
        return context

    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        ssl_context_factory=factory,
        http="h11",
        lifespan="off",
        access_log=False,  # a URL names a client: no access log of our own in the server log
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=200,
        log_level="warning",
    )
    uvicorn.Server(config).run()
