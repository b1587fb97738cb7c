"""Oma HB's Starlette application: routes, the session, security headers, error pages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from hbdesk.server.omahb import auth, pages, posts, security
from hbdesk.server.omahb.security import Forms, Refused
from hbdesk.server.omahb.settings import Settings
from hbdesk.server.omahb.web import context, logged_in, message

log = logging.getLogger("hbdesk.server.omahb")
STATIC = Path(__file__).parent / "static"


async def login(request: Request) -> Response:
    ctx = context(request)
    if await run_in_threadpool(security.current, ctx.settings, ctx.session) is not None:
        return RedirectResponse("/", status_code=303)
    try:
        return await auth.redirect(ctx.settings, request.app.state.oidc, request, ctx.lang)  # type: ignore[no-any-return]
    except Exception as exc:  # the provider cannot be reached: say so, in words
        log.warning("identity provider unreachable: %s", type(exc).__name__)
        return message(
            ctx,
            ctx.t("Logging in is not possible right now"),
            ctx.t("The identification service does not answer. Please try again later."),
            status=503,
        )


async def callback(request: Request) -> Response:
    ctx = context(request)
    try:
        await auth.callback(ctx.settings, request.app.state.oidc, request)
    except auth.LoginFailed as failed:
        lines = [ctx.t("Your identification could not be checked, so you were not logged in.")]
        if failed.code == "no_identity_code":
            lines = [ctx.t("The identification did not tell your personal identity code.")]
        return message(ctx, ctx.t("Logging in did not succeed"), *lines, status=400)
    return RedirectResponse("/", status_code=303)


def _client_routes() -> list[Route]:
    routes = [
        Route("/c/{client_id}/", pages.client_page("overview")),
        Route("/c/{client_id}/plan", pages.client_page("plan")),
        Route("/c/{client_id}/money", pages.client_page("money")),
        Route("/c/{client_id}/invoices", pages.client_page("invoices")),
        Route("/c/{client_id}/receipts", pages.client_page("receipts")),
        Route("/c/{client_id}/goals", pages.client_page("goals")),
        Route("/c/{client_id}/log", pages.client_page("log")),
        Route("/c/{client_id}/mandates", pages.client_page("mandates")),
    ]
    forms: list[tuple[str, str, str, Any]] = [
        ("/c/{client_id}/invoices/{entry_id}", "invoices", "invoice", posts.invoice),
        ("/c/{client_id}/receipts", "receipts", "receipt", posts.receipt),
        ("/c/{client_id}/goals/{lineage_id}", "goals", "goal", posts.goal),
        ("/c/{client_id}/mandates", "mandates", "mandate", posts.mandate),
        ("/c/{client_id}/mandates/{mandate_id}/withdraw", "mandates", "withdraw", posts.withdraw),
    ]
    routes += [
        Route(path, posts.client_form(page, purpose, act), methods=["POST"])
        for path, page, purpose, act in forms
    ]
    return routes


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refused)
    ctx = context(request)
    await run_in_threadpool(logged_in, ctx)
    heading, line = {
        413: (
            ctx.t("The file is too large"),
            ctx.t("The largest allowed is 10 MB. Nothing was saved."),
        ),
        409: (ctx.t("This form was already sent"), ctx.t("Nothing was recorded twice.")),
    }.get(
        exc.status,
        (
            ctx.t("This form can no longer be sent"),
            ctx.t("Open the page again and try once more. Nothing was saved."),
        ),
    )
    return message(ctx, heading, line, status=exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    ctx = context(request)
    await run_in_threadpool(logged_in, ctx)  # the page still offers "Log out"
    if exc.status_code == 404:
        return message(
            ctx, ctx.t("Page not found"), ctx.t("There is no such page here."), status=404
        )
    return message(ctx, ctx.t("Something went wrong"), status=exc.status_code)


def create_app(settings: Settings) -> Starlette:
    # An uploaded receipt stays in memory until it is encrypted: never a plain temporary file.
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, settings.max_body)
    routes = [
        Route("/", pages.home),
        Route("/login", login),
        Route("/auth/callback", callback),
        Route("/logout", posts.logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
        *_client_routes(),
    ]
    middleware = [
        Middleware(
            security.Guard,
            max_body=settings.max_body,
            headers=security.headers_for(auth.issuer_origin(settings)),
        ),
        Middleware(
            SessionMiddleware,
            secret_key=settings.secret_key.hex(),
            session_cookie=security.COOKIE,
            max_age=int(settings.longest.total_seconds()),
            same_site="lax",
            https_only=True,
        ),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={Refused: _refused, HTTPException: _http_error},
    )
    app.state.settings = settings
    app.state.forms = Forms(settings)
    app.state.oidc = auth.client(settings)
    return app
