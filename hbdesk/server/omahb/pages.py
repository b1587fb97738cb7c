"""The pages a person reads: each read of a client's records writes the client's log row in
the same transaction, before the page is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Connection
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from hbdesk import formatting
from hbdesk.models.ledger import InvoiceConfirmation, ReceiptReport
from hbdesk.server import db
from hbdesk.server.omahb import content, identity, log, records, words
from hbdesk.server.omahb.identity import Access
from hbdesk.server.omahb.web import (
    Ctx,
    access_for,
    context,
    logged_in,
    logged_tx,
    message,
    render,
    to_login,
)

Seen = list[str]
Reader = Callable[[Connection, Ctx, Access], tuple[dict[str, Any], Seen]]


def _refs(objects: Any) -> Seen:
    return [f"{o.__tablename__}:{o.id}" for o in objects]


def _overview(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.MONEY_MODELS + content.PLAN_MODELS)
    plan = content.plan_view(recs)
    states = content.money(recs, ctx.settings.day())
    values = {
        "plan": plan,
        "states": states,
        "invoices": len(content.waiting_invoices(states)),
        "receipts": len(content.waiting_receipts(states)),
    }
    return values, [f"decisions:{s.decision.id}" for s in states]


def _plan(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.PLAN_MODELS)
    plan = content.plan_view(recs)
    seen = [f"plan_entries:{e.id}" for es in (plan.sections.values() if plan else []) for e in es]
    values = {
        "plan": plan,
        "section_titles": words.table(ctx.t, words.SECTIONS),
        "written_by": words.table(ctx.t, words.WRITTEN_BY),
    }
    return values, seen


def _state_words(ctx: Ctx, row: Any, own: bool) -> str:
    return words.spending_state(ctx.t, row, own, lambda d: formatting.date(d, ctx.lang))


def _money(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.MONEY_MODELS + content.LINE_MODELS)
    states = content.money(recs, ctx.settings.day())
    lines = content.budget_lines(conn, recs) if access.own else None

    def money(amount: Any) -> str:
        return formatting.money(amount, ctx.lang)

    def pct(share: Any) -> str:
        return formatting.percent(share, ctx.lang)

    rows = [
        [
            (r, _state_words(ctx, r, access.own))
            for r in sorted(s.rows, key=lambda r: r.entry.spent_on, reverse=True)
            if not r.entry.reverses_id
        ]
        for s in states
    ]
    values = {
        "states": states,
        "rows": rows,
        "sentences": [words.money_sentence(ctx.t, s, money, pct) for s in states],
        "charts": [words.chart_bars(s) for s in states],
        "methods": words.table(ctx.t, words.METHODS),
        "lines": lines,
        "line_totals": {t.line_id: t.total for t in lines.totals.lines} if lines else {},
    }
    seen = [f"spending_entries:{r.entry.id}" for s in states for r in s.rows]
    return values, seen + [f"decisions:{s.decision.id}" for s in states]


def _invoices(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.MONEY_MODELS)
    states = content.money(recs, ctx.settings.day())
    waiting = content.waiting_invoices(states)
    answered = [
        (r, _state_words(ctx, r, access.own))
        for s in states
        for r in s.rows
        if r.entry.method == "invoice" and r.confirmed_by is not None
    ]
    said = {c.entry_id: c.comment for c in recs.of(InvoiceConfirmation) if c.comment}
    values = {"waiting": waiting, "answered": answered, "said": said}
    return values, [f"spending_entries:{r.entry.id}" for r in waiting]


def _receipts(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.MONEY_MODELS)
    states = content.money(recs, ctx.settings.day())
    waiting = content.waiting_receipts(states)
    reported = sorted(recs.of(ReceiptReport), key=lambda r: r.recorded_at, reverse=True)
    values = {
        "waiting": waiting,
        "reported": reported,
        "max_mb": ctx.settings.max_upload // (1024 * 1024),
    }
    return values, _refs(reported)


def _goals(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.PLAN_MODELS)
    goals = content.goals(recs, content.plan_view(recs))
    values = {
        "goals": goals,
        "score_words": words.table(ctx.t, words.SCORES),
        "evaluated_by": words.table(ctx.t, words.EVALUATED_BY),
    }
    return values, [f"plan_entries:{g.lineage_id}" for g in goals]


def _log(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    sentences = [
        (
            f"{formatting.date(formatting.in_finland(line.at).date(), ctx.lang)} "
            f"{formatting.clock(formatting.in_finland(line.at), ctx.lang)}",
            words.log_sentence(ctx.t, line),
        )
        for line in log.lines(conn, access.client_id)
    ]
    return {"sentences": sentences}, [f"access_log:{access.client_id}"]


def _mandates(conn: Connection, ctx: Ctx, access: Access) -> tuple[dict[str, Any], Seen]:
    recs = records.load(conn, access.client_id, content.MANDATE_MODELS)
    found = content.mandates(recs)
    return {"mandates": found}, _refs(found)


PAGES: dict[str, tuple[str, Reader]] = {
    "overview": ("overview.html", _overview),
    "plan": ("plan.html", _plan),
    "money": ("money.html", _money),
    "invoices": ("invoices.html", _invoices),
    "receipts": ("receipts.html", _receipts),
    "goals": ("goals.html", _goals),
    "log": ("log.html", _log),
    "mandates": ("mandates.html", _mandates),
}


def _read(ctx: Ctx, client_id: str, page: str) -> tuple[Access, dict[str, Any]]:
    assert ctx.login is not None
    reader = PAGES[page][1]
    with logged_tx(ctx.settings) as conn:
        access = access_for(conn, ctx, client_id, page)
        values, seen = reader(conn, ctx, access)
        log.record(conn, access, ctx.login, page, records_seen=seen)
    return access, values


def show(
    ctx: Ctx, client_id: str, page: str, *, status: int = 200, error: str | None = None
) -> Response:
    """Read and render one client page (logged), e.g. again with an error after a form."""
    access, values = _read(ctx, client_id, page)
    return render(
        ctx, PAGES[page][0], status=status, access=access, page=page, error=error, **values
    )


def client_page(page: str) -> Callable[[Request], Any]:
    async def endpoint(request: Request) -> Response:
        ctx = context(request)
        if await run_in_threadpool(logged_in, ctx) is None:
            return to_login(ctx)
        client_id = request.path_params["client_id"]
        if page == "overview":
            own = await run_in_threadpool(_is_own, ctx, client_id)
            if own is False:  # an authorised person starts from the budget
                return RedirectResponse(f"/c/{client_id}/money", status_code=303)
        return await run_in_threadpool(show, ctx, client_id, page)

    return endpoint


def _is_own(ctx: Ctx, client_id: str) -> bool | None:
    assert ctx.login is not None
    with db.read_tx(ctx.settings.engine) as conn:
        found = identity.matches(conn, ctx.login.identity_code, ctx.settings.day()).find(client_id)
    return None if found is None else found.own


async def home(request: Request) -> Response:
    """Logged out: what Oma HB is and how to log in. Logged in: whose budget to open."""
    ctx = context(request)
    if await run_in_threadpool(logged_in, ctx) is None:
        return render(ctx, "welcome.html")
    matches = await run_in_threadpool(_matches, ctx)
    accesses = matches.all()
    if not accesses:
        return message(
            ctx,
            ctx.t("We did not find your information"),
            ctx.t(
                "Oma HB shows the plan and budget of a client of personal budgeting, and of "
                "those who have authorised you. If you think this is wrong, contact your "
                "key worker."
            ),
        )
    if len(accesses) == 1:
        only = accesses[0]
        where = "" if only.own else "money"
        return RedirectResponse(f"/c/{only.client_id}/{where}", status_code=303)
    return render(ctx, "choose.html", accesses=accesses)


def _matches(ctx: Ctx) -> identity.Matches:
    assert ctx.login is not None
    with db.read_tx(ctx.settings.engine) as conn:
        return identity.matches(conn, ctx.login.identity_code, ctx.settings.day())
