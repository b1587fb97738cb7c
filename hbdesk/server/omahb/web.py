"""What every Oma HB page shares: the request's context (language, text size, the person),
finding the client a URL names (or 404), the client's log row, and rendering a template.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy.engine import Connection
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from hbdesk.server import db
from hbdesk.server.omahb import i18n, identity, security, words
from hbdesk.server.omahb.identity import Access
from hbdesk.server.omahb.security import Forms, Login
from hbdesk.server.omahb.settings import Settings

# The pages an authorised person may open (and only with a mandate in force).
AUTHORISED_PAGES = frozenset({"money", "invoices"})


@dataclass
class Ctx:
    request: Request
    settings: Settings
    forms: Forms
    lang: str
    login: Login | None = None
    typed: dict[str, str] = field(default_factory=dict)

    @property
    def session(self) -> dict[str, Any]:
        return self.request.session

    def t(self, message: str, **values: Any) -> str:
        return i18n.gettext(self.lang, message, **values)


def context(request: Request) -> Ctx:
    """The request's language and text size (a ?lang= or ?size= on any page sets them)."""
    settings: Settings = request.app.state.settings
    session = request.session
    asked = request.query_params.get("lang")
    if asked in i18n.LANGUAGES:
        session["lang"] = asked
    size = request.query_params.get("size")
    if size in ("large", "normal"):
        session["large"] = size == "large"
    lang = i18n.pick(session.get("lang"), request.headers.get("accept-language"))
    return Ctx(request, settings, request.app.state.forms, lang)


def logged_in(ctx: Ctx) -> Login | None:
    ctx.login = security.current(ctx.settings, ctx.session)
    return ctx.login


def to_login(ctx: Ctx) -> RedirectResponse:
    if "notice" not in ctx.session:
        ctx.session["notice"] = "please_log_in"
    return RedirectResponse("/", status_code=303)


def not_found() -> HTTPException:
    return HTTPException(404)


@contextlib.contextmanager
def logged_tx(settings: Settings) -> Iterator[Connection]:
    """A transaction that reads a client's records and writes the client's log row.

    SQLite: the write lock is taken at the start (BEGIN IMMEDIATE), so the log row can never
    be refused for a snapshot that moved while the page was read."""
    with db.side_tx(settings.engine) as conn:
        yield conn


def access_for(conn: Connection, ctx: Ctx, client_id: str, page: str) -> Access:
    """The person's access to the client in the URL, for this page — or 404 (the same
    answer for a stranger's id, an ended mandate, a page the mandate does not cover)."""
    assert ctx.login is not None
    found = identity.matches(conn, ctx.login.identity_code, ctx.settings.day()).find(client_id)
    if found is None:
        raise not_found()
    if not found.own and page not in AUTHORISED_PAGES:
        raise not_found()
    if page == "invoices" and not found.may_confirm:
        raise not_found()
    return found


def nav(ctx: Ctx, access: Access, page: str) -> list[dict[str, Any]]:
    items = []
    for name, message in words.NAV:
        if not access.own and name not in AUTHORISED_PAGES:
            continue
        if name == "invoices" and not access.may_confirm:
            continue
        href = f"/c/{access.client_id}/{name}"
        current = name == page or (name == "" and page == "overview")
        items.append({"href": href, "words": ctx.t(message), "current": current})
    return items


def render(
    ctx: Ctx,
    template: str,
    *,
    status: int = 200,
    access: Access | None = None,
    page: str = "",
    error: str | None = None,
    **values: Any,
) -> HTMLResponse:
    """A page in the person's language (a notice left by the last step shown once)."""
    env = i18n.environment(ctx.lang)
    notice_code = ctx.session.pop("notice", None)
    login = ctx.login
    base: dict[str, Any] = {
        "path": ctx.request.url.path,
        "large": bool(ctx.session.get("large")),
        "login": login,
        "access": access,
        "nav": nav(ctx, access, page) if access else [],
        "notice": ctx.t(words.NOTICES[notice_code]) if notice_code in words.NOTICES else None,
        "error": ctx.t(words.REFUSALS[error]) if error in words.REFUSALS else error,
        "token": partial(ctx.forms.issue, login) if login else (lambda _purpose: ""),
        "typed": ctx.typed,
        "today": ctx.settings.day(),
    }
    html = env.get_template(template).render(**base, **values)
    return HTMLResponse(html, status_code=status)


def message(ctx: Ctx, heading: str, *lines: str, status: int = 200) -> HTMLResponse:
    """A page that says one thing and links home."""
    return render(
        ctx,
        "message.html",
        status=status,
        heading=heading,
        lines=list(lines),
        back_href="/",
        back_words=ctx.t("Back to the front page"),
    )
