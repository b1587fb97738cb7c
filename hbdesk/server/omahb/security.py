"""Sessions, one-time form tokens, security headers and the request size limit.

The session is Starlette's signed cookie (itsdangerous): `__Host-` name, Secure, HttpOnly,
SameSite=Lax, signed with the server's secret and refused when older than a session's whole
life. It carries no personal data: a random session id, the person's key (a keyed hash of
their identity code), the generation of their sessions, when they logged in and were last
seen, and their language. A session idle for longer than `idle`, older than `longest`, or of
an older generation (after "log out everywhere") is over.

Every form carries a token signed with the server's secret and bound to the session id and
to the form's purpose; it is used once (the server keeps its nonce), so a token taken from
another session, a logged-out one, another form, or replayed, is refused. The nonce doubles
as the key of the change the form makes (`hbdesk.server.authored`): stored once.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hbdesk.server import db
from hbdesk.server.omahb import tables
from hbdesk.server.omahb.settings import Settings
from hbdesk.server.scope import now_utc

COOKIE = "__Host-omahb"
FORM_FIELD = "form_token"


class Refused(Exception):
    """A request that must not go on: shown as a page in the person's language."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


# --- the session ------------------------------------------------------------------------


@dataclass(frozen=True)
class Login:
    """The person behind a live session."""

    sid: str
    person_key: str
    identity_code: str
    name: str
    identified_with: str


def start(session: dict[str, Any], person_key: str, generation: int, identified: str) -> None:
    """A new session for a person who just logged in (a new id: no fixation)."""
    lang, large = session.get("lang"), session.get("large")
    session.clear()
    now = int(time.time())
    session.update(
        sid=secrets.token_urlsafe(24),
        pk=person_key,
        gen=generation,
        how=identified,
        login=now,
        seen=now,
    )
    if lang:
        session["lang"] = lang
    if large:
        session["large"] = large


def end(session: dict[str, Any], why: str | None = None) -> None:
    """Forget the person (keep only their language and text size)."""
    keep: dict[str, Any] = {k: session[k] for k in ("lang", "large") if k in session}
    session.clear()
    session.update(keep)
    if why:
        session["notice"] = why


def current(settings: Settings, session: dict[str, Any]) -> Login | None:
    """The person of a live session, or None (an ended session is cleared, with why)."""
    if "pk" not in session:
        return None
    now = int(time.time())
    seen, login = int(session.get("seen", 0)), int(session.get("login", 0))
    if now - seen > settings.idle.total_seconds() or now - login > settings.longest.total_seconds():
        end(session, "session_expired")
        return None
    with db.read_tx(settings.engine) as conn:
        row = conn.execute(
            select(tables.people).where(tables.people.c.person_key == session["pk"])
        ).first()
    if row is None or row.generation != session.get("gen"):
        end(session, "logged_out_everywhere")
        return None
    session["seen"] = now
    return Login(session["sid"], row.person_key, row.identity_code, row.name, session["how"])


def remember_person(settings: Settings, person_key: str, code: str, name: str) -> int:
    """Record the person at login; their session generation."""
    people = tables.people
    with db.side_tx(settings.engine) as conn:
        row = conn.execute(select(people).where(people.c.person_key == person_key)).first()
        if row is None:
            conn.execute(
                insert(people).values(
                    person_key=person_key,
                    identity_code=code,
                    name=name,
                    generation=1,
                    updated_at=now_utc(),
                )
            )
            return 1
        conn.execute(
            update(people)
            .where(people.c.person_key == person_key)
            .values(name=name, updated_at=now_utc())
        )
        return int(row.generation)


def end_everywhere(settings: Settings, person_key: str) -> None:
    """Every session of the person ends (theirs on other devices too)."""
    people = tables.people
    with db.side_tx(settings.engine) as conn:
        conn.execute(
            update(people)
            .where(people.c.person_key == person_key)
            .values(generation=people.c.generation + 1, updated_at=now_utc())
        )


# --- one-time form tokens ---------------------------------------------------------------


class Forms:
    """Issue and check one-time form tokens bound to a session and a purpose."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.serializer = URLSafeTimedSerializer(settings.secret_key, salt="omahb-form")
        self.max_age = int(settings.idle.total_seconds())

    def issue(self, login: Login, purpose: str) -> str:
        return self.serializer.dumps([login.sid, purpose, secrets.token_urlsafe(18)])

    def use(self, login: Login, purpose: str, token: object) -> str:
        """The token's nonce, once; Refused(403) for a missing, foreign or used token."""
        if not isinstance(token, str) or not token:
            raise Refused(403, "form_missing")
        try:
            sid, meant_for, nonce = self.serializer.loads(token, max_age=self.max_age)
        except (BadSignature, ValueError, TypeError):
            raise Refused(403, "form_invalid") from None
        if sid != login.sid or meant_for != purpose:
            raise Refused(403, "form_invalid")
        used = tables.used_forms
        try:
            with db.side_tx(self.settings.engine) as conn:
                conn.execute(
                    delete(used).where(used.c.used_at < now_utc() - 2 * self.settings.longest)
                )
                conn.execute(insert(used).values(form_nonce=nonce, used_at=now_utc()))
        except IntegrityError:
            raise Refused(409, "form_used") from None
        return str(nonce)


# --- headers and limits -----------------------------------------------------------------


def headers_for(issuer_origin: str) -> dict[str, str]:
    """What every answer carries: no framing, no sniffing, no caching, HTTPS only."""
    return {
        "Content-Security-Policy": (
            "default-src 'none'; style-src 'self'; img-src 'self'; "
            f"form-action 'self' {issuer_origin}; frame-ancestors 'none'; base-uri 'none'"
        ),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "Strict-Transport-Security": "max-age=31536000",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


class Guard:
    """ASGI: the security headers on every answer, and no body past `max_body` bytes."""

    def __init__(self, app: ASGIApp, max_body: int, headers: dict[str, str]) -> None:
        self.app, self.max_body, self.headers = app, max_body, headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _drain(receive)  # read and drop it, so the browser hears the answer
            scope.setdefault("state", {})["too_large"] = True
            await self.app(scope, _empty_body, send_with_headers)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise Refused(413, "too_large")
            return message

        await self.app(scope, counted, send_with_headers)


DRAIN_AT_MOST = 128 * 1024 * 1024  # past this the connection is simply closed


async def _drain(receive: Receive) -> None:
    dropped = 0
    while dropped <= DRAIN_AT_MOST:
        message = await receive()
        dropped += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _empty_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
