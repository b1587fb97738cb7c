"""The forms a person sends: each one checked for a live session, the client in the URL
(404 for anyone else's), a one-time form token bound to the session and the form, then
done as the person's own change; a refusal re-shows the page with the words typed kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from hbdesk.server import db
from hbdesk.server.omahb import actions, log, receipts, security
from hbdesk.server.omahb.actions import Refusal
from hbdesk.server.omahb.identity import Access
from hbdesk.server.omahb.pages import show
from hbdesk.server.omahb.security import Refused
from hbdesk.server.omahb.web import Ctx, access_for, context, logged_in, logged_tx, to_login

Action = Callable[[Ctx, Access, Mapping[str, Any], str], tuple[str, str]]

FORM_LIMITS = {"max_files": 1, "max_fields": 20, "max_part_size": 64 * 1024}
TEXT_FIELDS: tuple[str, ...] = ("verdict", "reason", "score", "note", "entry_id", "amount")
TEXT_FIELDS += ("purchased_on", "what", "person_name", "person_identity_code", "valid_to")
TEXT_FIELDS += ("may_confirm",)


def _typed(form: FormData) -> dict[str, str]:
    return {k: v for k in TEXT_FIELDS if isinstance(v := form.get(k), str)}


async def _form(request: Request) -> FormData:
    if getattr(request.state, "too_large", False):
        raise Refused(413, "too_large")
    return await request.form(**FORM_LIMITS)


def _checked(
    ctx: Ctx, client_id: str, page: str, purpose: str, token: object
) -> tuple[Access, str]:
    """The person's access to the client (else 404), then the form's one-time nonce."""
    assert ctx.login is not None
    with db.read_tx(ctx.settings.engine) as conn:
        access = access_for(conn, ctx, client_id, page)
    nonce = ctx.forms.use(ctx.login, f"{purpose}:{client_id}", token)
    return access, nonce


def _done(ctx: Ctx, access: Access, what: str, record: str, notice: str, page: str) -> Response:
    assert ctx.login is not None
    with logged_tx(ctx.settings) as conn:
        log.record(conn, access, ctx.login, what, action="create", records_seen=[record])
    ctx.session["notice"] = notice
    return RedirectResponse(f"/c/{access.client_id}/{page}", status_code=303)


def client_form(page: str, purpose: str, act: Action) -> Callable[[Request], Any]:
    """One form of a client page: checks, the action, then back to the page (or its error)."""

    async def endpoint(request: Request) -> Response:
        ctx = context(request)
        if await run_in_threadpool(logged_in, ctx) is None:
            return to_login(ctx)
        client_id = request.path_params["client_id"]
        form = await _form(request)
        ctx.typed = _typed(form)
        ctx.typed["entry"] = request.path_params.get("entry_id", "")
        ctx.typed["goal"] = request.path_params.get("lineage_id", "")
        access, nonce = await run_in_threadpool(
            _checked, ctx, client_id, page, purpose, form.get(security.FORM_FIELD)
        )
        try:
            fields: dict[str, Any] = {**form, **request.path_params}
            if "file" in form:
                fields["file"] = await _upload(form.get("file"), ctx.settings.max_upload)
            what, record_table_id = await run_in_threadpool(act, ctx, access, fields, nonce)
        except Refusal as refusal:
            status = 404 if refusal.code == "not_found" else 400
            return await run_in_threadpool(_again, ctx, client_id, page, status, refusal.code)
        return await run_in_threadpool(
            _done, ctx, access, what, record_table_id, what_notice(what), page
        )

    return endpoint


def _again(ctx: Ctx, client_id: str, page: str, status: int, error: str) -> Response:
    return show(ctx, client_id, page, status=status, error=error)


def what_notice(what: str) -> str:
    return {
        "confirm_invoice": "invoice_confirmed",
        "dispute_invoice": "invoice_disputed",
        "report_receipt": "receipt_reported",
        "evaluate_goal": "goal_evaluated",
        "grant_mandate": "mandate_granted",
        "withdraw_mandate": "mandate_withdrawn",
    }[what]


async def _upload(value: object, limit: int) -> bytes:
    if not isinstance(value, UploadFile):
        raise Refusal("file_empty")
    data = await value.read(limit + 1)
    if len(data) > limit:
        raise Refusal("file_too_large")
    return data


# --- the actions ------------------------------------------------------------------------


def invoice(ctx: Ctx, access: Access, form: Mapping[str, Any], nonce: str) -> tuple[str, str]:
    assert ctx.login is not None
    verdict = str(form.get("verdict") or "")
    done = actions.confirm_invoice(
        ctx.settings, access, ctx.login, str(form["entry_id"]), verdict, form.get("reason")
    )
    what = "confirm_invoice" if verdict == "correct" else "dispute_invoice"
    return what, f"invoice_confirmations:{done.record_id}"


def receipt(ctx: Ctx, access: Access, form: Mapping[str, Any], nonce: str) -> tuple[str, str]:
    assert ctx.login is not None
    settings = ctx.settings
    try:
        day = dt.date.fromisoformat(str(form.get("purchased_on") or ""))
    except ValueError:
        raise Refusal("bad_date") from None
    if day > settings.day():
        raise Refusal("bad_date")
    entry_id = str(form.get("entry_id") or "")
    amount = actions.receipt_fits(settings, access, entry_id, form.get("amount"))
    try:
        cleaned = receipts.clean(form.get("file") or b"", settings.max_upload)
    except receipts.BadFile as bad:
        raise Refusal(f"file_{bad.code}") from None
    record_id = actions.receipt_id(nonce)
    with db.side_tx(settings.engine) as conn:  # the file first: a report never points at nothing
        receipts.store(
            conn, settings.receipt_key, record_id, access.client_id, entry_id, day, cleaned
        )
    actions.report_receipt(settings, access, ctx.login, entry_id, amount, form.get("what"), nonce)
    return "report_receipt", f"receipt_reports:{record_id}"


def goal(ctx: Ctx, access: Access, form: Mapping[str, Any], nonce: str) -> tuple[str, str]:
    assert ctx.login is not None
    done = actions.evaluate_goal(
        ctx.settings,
        access,
        ctx.login,
        str(form["lineage_id"]),
        form.get("score"),
        form.get("note"),
        nonce,
    )
    return "evaluate_goal", f"goal_progress:{done.record_id}"


def mandate(ctx: Ctx, access: Access, form: Mapping[str, Any], nonce: str) -> tuple[str, str]:
    assert ctx.login is not None
    done = actions.grant_mandate(ctx.settings, access, ctx.login, form, nonce)
    return "grant_mandate", f"mandates:{done.record_id}"


def withdraw(ctx: Ctx, access: Access, form: Mapping[str, Any], nonce: str) -> tuple[str, str]:
    assert ctx.login is not None
    done = actions.withdraw_mandate(ctx.settings, access, ctx.login, str(form["mandate_id"]))
    return "withdraw_mandate", f"mandates:{done.record_id}"


# --- logging out ------------------------------------------------------------------------


async def logout(request: Request) -> Response:
    """Log out here; with `everywhere`, every session of the person ends."""
    ctx = context(request)
    login = await run_in_threadpool(logged_in, ctx)
    if login is None:
        return to_login(ctx)
    form = await _form(request)
    await run_in_threadpool(ctx.forms.use, login, "logout", form.get(security.FORM_FIELD))
    if form.get("everywhere") == "yes":
        await run_in_threadpool(security.end_everywhere, ctx.settings, login.person_key)
    security.end(ctx.session, "logged_out")
    return RedirectResponse("/", status_code=303)
