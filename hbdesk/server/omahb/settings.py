"""Oma HB's settings: the identity provider, the public address, keys and limits."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from hbdesk.server import clock

MiB = 1024 * 1024


@dataclass
class OidcSettings:
    """The county's OpenID Connect provider (Suomi.fi-tunnistus or the county's own)."""

    issuer: str  # e.g. https://tunnistus.example.fi (its /.well-known/openid-configuration)
    client_id: str
    client_secret: str
    identity_claim: str = "hetu"  # the claim that carries the personal identity code
    scope: str = "openid profile"
    ca_file: Path | None = None  # a private CA for the provider's TLS (None: the system's)


@dataclass
class Settings:
    engine: Engine
    oidc: OidcSettings
    public_url: str  # e.g. https://oma.hb.example.fi — the redirect URI is built on it
    secret_key: bytes  # sessions, form tokens, person keys (32 random bytes, kept secret)
    receipt_key: bytes  # AES-256-GCM for receipt files at rest
    idle: dt.timedelta = dt.timedelta(minutes=15)
    longest: dt.timedelta = dt.timedelta(hours=8)  # a session's whole life
    max_upload: int = 10 * MiB  # a receipt file
    max_body: int = 10 * MiB + 64 * 1024  # any request: the file plus the form around it
    today: dt.date | None = None  # fixed "today" for demos and screenshots; None: the clock
    extra: dict[str, str] = field(default_factory=dict)

    def day(self) -> dt.date:
        return self.today or clock.today()

    @property
    def redirect_uri(self) -> str:
        return self.public_url.rstrip("/") + "/auth/callback"


def load_key(path: Path) -> bytes:
    """A 32-byte key kept in a file of its own (0600), made the first time."""
    if not path.exists():
        # Made whole, then linked into place: two processes starting at once (Oma HB's
        # workers) both end up with the one key, never an empty or half-written file.
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        made = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(made, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(secrets.token_bytes(32))
                out.flush()
                os.fsync(out.fileno())
            os.link(made, path)
        except FileExistsError:
            pass  # another process made it first: theirs is the key
        finally:
            made.unlink(missing_ok=True)
    key = path.read_bytes()
    if len(key) != 32:
        raise ValueError(f"{path}: a key file holds 32 bytes")
    return key
