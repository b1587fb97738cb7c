"""Documents the client keeps: plan, decision, payment commitment, full data export.

Each service gathers its data through the other services in ONE transaction (a batch),
logs the print, export or disclosure in the access log, and renders the document into a
temporary file in the folder the user chose. The log commits only with a complete file,
and the file appears under its name (atomic rename) only after the log has committed.
On any failure (disk full, folder gone) the partial file is removed and a clear error
raised; nothing decrypted is written anywhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk import formatting
from hbdesk.models.base import CENT
from hbdesk.models.budget import BudgetLine
from hbdesk.models.client import Client
from hbdesk.models.decision import Decision
from hbdesk.models.errors import DomainError
from hbdesk.models.ledger import PaymentCommitment
from hbdesk.models.plan import PlanConfirmation, PlanEntry
from hbdesk.models.registry import metadata
from hbdesk.models.selfassessment import QuestionnaireItem
from hbdesk.models.signature import Signature
from hbdesk.models.values import check_period, parse_quantity
from hbdesk.models.vocab import Action, DecisionOutcome, PersonRole
from hbdesk.pdf import commitment_pdf, decision_pdf, export_json, export_pdf, plan_pdf
from hbdesk.pdf.base import FontMissing
from hbdesk.pdf.documents import (
    Appeal,
    BudgetLineDoc,
    CommitmentDoc,
    ConfirmationDoc,
    DecisionDoc,
    Entry,
    ExportDoc,
    Helper,
    LegalPart,
    Notice,
    Organisation,
    Payer,
    Person,
    PlanDoc,
    Remark,
)
from hbdesk.services import access_log, budget, decision, exports, people, plan
from hbdesk.services.common import get_client, ref
from hbdesk.services.context import Actor, Changes, Outcome, batch, transaction
from hbdesk.store import OpenVault

__all__ = [
    "CommitmentTerms",
    "DocumentWriteError",
    "Organisation",
    "Payer",
    "export_client_data",
    "suggest_file_name",
    "write_decision_pdf",
    "write_payment_commitment",
    "write_plan_pdf",
]

# Records of the sync machinery are not the client's data as such; everything else is.
_NOT_EXPORTED = {"outbox", "exported_files"}
DEFAULT_DISCLOSURE_BASIS = (
    "Asiakkaan kanssa sovittu palvelu: tiedot palvelun toteuttamiseksi ja laskuttamiseksi "
    "(laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023)"
)


class DocumentWriteError(Exception):
    """The document could not be written; `code` says why (the UI words it). No partial file."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


# ---------------------------------------------------------------- writing files safely

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _stage(target: Path, render: Callable[[IO[bytes]], None]) -> Path:
    """Render into a private temporary file beside `target`, fsync it; its path."""
    folder = target.parent
    if not folder.is_dir():
        raise DocumentWriteError("folder_missing")
    try:
        fd, name = tempfile.mkstemp(prefix=".hbdesk-", suffix=".part", dir=folder)
    except OSError as exc:
        raise _write_error(exc) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            render(out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(exc) from None
    except FontMissing:
        tmp.unlink(missing_ok=True)
        raise DocumentWriteError("font_missing") from None
    except Exception:
        # reportlab's messages quote the text being laid out: never let them reach a log.
        tmp.unlink(missing_ok=True)
        raise DocumentWriteError("render_failed") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _write_error(exc: OSError) -> DocumentWriteError:
    if exc.errno in _FULL:
        return DocumentWriteError("disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DocumentWriteError("not_permitted")
    return DocumentWriteError("write_failed")


def _publish(staged: list[tuple[Path, Path]]) -> None:
    """Move every staged file to its name (atomic per file), then fsync the folders."""
    try:
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:
        raise _write_error(exc) from None
    for folder in {target.parent for _, target in staged}:
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


@contextlib.contextmanager
def _writing(
    vault: OpenVault, client_id: str, kind: str
) -> Iterator[tuple[Session, list[tuple[Path, Path]]]]:
    """One batch transaction; files staged inside it are listed in the vault (for a wipe)
    in that transaction and published only after the commit."""
    staged: list[tuple[Path, Path]] = []
    try:
        with batch(vault) as session:
            yield session, staged
            exports.record(session, client_id, kind, staged)
        _publish(staged)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- file names

_NAMES = {
    "plan": ("asiakassuunnitelma", "klientplan", "client-plan"),
    "decision": ("hb-paatos", "pb-beslut", "pb-decision"),
    "commitment": ("maksusitoumus", "betalningsforbindelse", "payment-commitment"),
    "export": ("omat-tiedot", "mina-uppgifter", "my-data"),
}


def suggest_file_name(
    kind: str,
    lang: str = "fi",
    *,
    number: str | None = None,
    version: int | None = None,
    on: dt.date | None = None,
) -> str:
    """A file name with no personal data: `hb-paatos-HB-2026-1A2B3C4D.pdf`, …"""
    stem = _NAMES[kind][{"fi": 0, "sv": 1, "en": 2}.get(lang, 0)]
    if number:
        stem += "-" + "".join(c for c in number if c.isalnum() or c in "-_")
    if version is not None:
        stem += f"-v{version}"
    if kind == "export":
        return f"{stem}-{(on or dt.date.today()).isoformat()}"
    return f"{stem}.pdf"


# ---------------------------------------------------------------- plan


def _person(client: Client, *, with_code: bool = True) -> Person:
    return Person(
        client.full_name,
        client.identity_code if with_code else None,
        client.address,
        client.phone,
        client.email,
    )


_local = formatting.in_finland


def _day(instant: dt.datetime) -> dt.date:
    """The day an instant fell on in Finland (UTC if the time-zone data is missing)."""
    return _local(instant).date()


def _confirmation_doc(c: PlanConfirmation) -> ConfirmationDoc:
    return ConfirmationDoc(
        c.method,
        _local(c.confirmed_at),
        tuple(x for x in c.present.split(",") if x),
        c.typed_name,
        Signature.from_json(c.signature) if c.signature else None,
    )


def _helpers(view: people.PeopleView) -> tuple[Helper, ...]:
    found = []
    for p in view.close_people:
        if not p.active:
            continue
        if p.role == PersonRole.SUPPORT_PERSON:
            found.append(Helper(p.name, p.relation, "support_person", tasks=p.tasks or ""))
        elif p.trusted:
            found.append(Helper(p.name, p.relation, "trusted", tasks=p.tasks or ""))
    found += [
        Helper(m.name, m.role, "team", organisation=m.organisation) for m in view.team if m.active
    ]
    return tuple(found)


def _plan_doc(
    vault: OpenVault,
    actor: Actor,
    session: Session,
    client_id: str,
    plan_id: str | None,
    organisation: Organisation,
    today: dt.date,
) -> tuple[PlanDoc, list[str]]:
    view = plan.get_plan(vault, actor, client_id, plan_id)
    if view is None:
        raise DomainError("no_plan", "plan_id")
    client = get_client(session, client_id)
    helpers = _helpers(people.people_of(vault, actor, client_id))
    changes = view.changes

    def entry(e: PlanEntry) -> Entry:
        change, was = "", None
        if changes is not None and e.id in changes.added:
            change = "added"
        elif changes is not None and e.id in changes.changed:
            change, before = "changed", changes.changed[e.id]
            was = (before.text, before.author)
        return Entry(
            e.text,
            e.author,
            _day(e.updated_at),
            tuple(
                Remark(d.text, d.author, _day(d.recorded_at))
                for d in view.disagreements.get(e.id, [])
            ),
            change,
            was,
        )

    sections = {
        section: tuple(entry(e) for e in entries) for section, entries in view.entries.items()
    }
    p = view.plan
    based_on = next((v.version for v in view.versions if v.id == p.based_on_id), None)
    doc = PlanDoc(
        organisation,
        _person(client),
        p.version,
        p.status,
        sections,
        key_worker=client.key_worker_name or "",
        helpers=helpers,
        agreed_on=p.agreed_on,
        confirmed_by=tuple(x for x in (p.confirmed_by or "").split(",") if x),
        next_follow_up_on=p.next_follow_up_on,
        based_on_version=based_on,
        printed_on=today,
        confirmation=_confirmation_doc(view.confirmation) if view.confirmation else None,
        compared_with=changes.against.version if changes and changes.any else None,
        removed=tuple(
            Entry(e.text, e.author, _day(e.updated_at))
            for e in (changes.removed if changes else [])
        ),
    )
    records = [ref(p), *(f"plan_entries:{e.id}" for es in view.entries.values() for e in es)]
    if view.confirmation is not None:
        records.append(ref(view.confirmation))
    return doc, records


def write_plan_pdf(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    path: Path,
    *,
    organisation: Organisation,
    lang: str = "fi",
    plan_id: str | None = None,
    today: dt.date | None = None,
) -> Outcome[Path]:
    """Print the client plan (default: the newest version) to `path`; logged as a print."""
    target = Path(path)
    with _writing(vault, client_id, "plan") as (session, staged):
        doc, records = _plan_doc(
            vault, actor, session, client_id, plan_id, organisation, today or dt.date.today()
        )
        access_log.record_output(
            vault, actor, client_id, action=Action.PRINT, records=records, purpose="print_plan"
        )
        staged.append((_stage(target, lambda out: plan_pdf.write_plan(doc, out, lang)), target))
    return Outcome(target, Changes(frozenset({client_id}), frozenset({"access_log"})))


# ---------------------------------------------------------------- decision


def _line_docs(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    budget_id: str | None,
    areas: list[str] | None = None,
) -> tuple[tuple[BudgetLineDoc, ...], list[str]]:
    """The budget's lines as printed; with `areas`, only the lines under those laws."""
    if budget_id is None:
        return (), []
    view = budget.get_budget(vault, actor, client_id, budget_id)
    if view is None:
        return (), []
    _refuse_unsettled(view)
    computed = {c.line_id: c for c in view.totals.lines}
    lines = [line for line in view.lines if areas is None or line.service_area in areas]
    docs = tuple(
        BudgetLineDoc(
            line.description,
            line.provider,
            line.unit,
            line.unit_price,
            line.quantity,
            line.frequency,
            computed[line.id].occurrences,
            computed[line.id].total,
        )
        for line in lines
    )
    return docs, [ref(line) for line in lines]


def _decision_view(
    vault: OpenVault, actor: Actor, client_id: str, decision_id: str
) -> tuple[decision.DecisionView, dict[str, str]]:
    views = decision.list_decisions(vault, actor, client_id)
    numbers = {v.decision.id: v.decision.number for v in views}
    found = next((v for v in views if v.decision.id == decision_id), None)
    if found is None:
        raise DomainError("not_found", "decision_id")
    return found, numbers


def _decision_doc(
    vault: OpenVault,
    actor: Actor,
    session: Session,
    client_id: str,
    decision_id: str,
    organisation: Organisation,
) -> tuple[DecisionDoc, list[str]]:
    view, numbers = _decision_view(vault, actor, client_id, decision_id)
    d = view.decision
    parts = decision.law_parts(session, d)
    lines, line_refs = _line_docs(vault, actor, client_id, d.budget_id, [a for a, _ in parts])
    notice = None
    if view.notifications:
        n = view.notifications[-1]
        notice = Notice(
            n.notification.method,
            n.notification.sent_on,
            n.deemed_received,
            n.rectification_deadline,
            n.notification.acknowledged_by,
        )
    org = Organisation(
        d.organisation_name,
        organisation.address,
        organisation.deciding_body,
        organisation.phone,
        organisation.email,
        organisation.names,
    )
    doc = DecisionDoc(
        org,
        _person(get_client(session, client_id)),
        d.number,
        d.decided_on,
        d.kind,
        d.outcome,
        d.granted_sum,
        d.proposed_sum,
        d.valid_from,
        d.valid_to,
        d.grounds,
        d.legal_basis,
        d.decided_by_name,
        d.decided_by_title,
        Appeal(d.appeal_body, d.appeal_address, d.appeal_court, d.appeal_email, d.appeal_phone),
        plan_summary=d.plan_summary,
        restrictions=d.restrictions,
        excluded_categories=tuple(d.excluded_categories),
        allowed_categories=tuple(d.allowed_categories),
        follow_up=d.follow_up,
        lines=lines,
        supersedes=numbers.get(d.supersedes_id or ""),
        superseded_by=numbers.get(view.superseded_by or ""),
        notice=notice,
        parts=tuple(LegalPart(area, total) for area, total in parts),
    )
    return doc, [ref(d), *line_refs]


def write_decision_pdf(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    decision_id: str,
    path: Path,
    *,
    organisation: Organisation,
    lang: str = "fi",
) -> Outcome[Path]:
    """Print an issued decision with its rectification instructions; logged as a print."""
    target = Path(path)
    with _writing(vault, client_id, "decision") as (session, staged):
        doc, records = _decision_doc(vault, actor, session, client_id, decision_id, organisation)
        access_log.record_output(
            vault, actor, client_id, action=Action.PRINT, records=records, purpose="print_decision"
        )
        staged.append(
            (_stage(target, lambda out: decision_pdf.write_decision(doc, out, lang)), target)
        )
    return Outcome(target, Changes(frozenset({client_id}), frozenset({"access_log"})))


# ---------------------------------------------------------------- payment commitment


@dataclass(frozen=True)
class CommitmentTerms:
    """What the commitment covers: a line of the decision's budget, and optional limits.

    Defaults: the line's provider and wording, its whole quantity over the period, the
    decision's validity. `include_identity_code` only when the provider truly needs it.
    """

    line_id: str
    service: str | None = None
    provider: str | None = None
    quantity: Any = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    reference: str | None = None
    include_identity_code: bool = False
    legal_basis: str = DEFAULT_DISCLOSURE_BASIS


def _check_neutral(text: str, field: str) -> None:
    if commitment_pdf.revealing_words(text):
        raise DomainError("not_neutral", field)


def _commitment_doc(
    vault: OpenVault,
    actor: Actor,
    session: Session,
    client_id: str,
    decision_id: str,
    terms: CommitmentTerms,
    payer: Payer,
    today: dt.date,
) -> tuple[CommitmentDoc, list[str]]:
    view, _ = _decision_view(vault, actor, client_id, decision_id)
    d = view.decision
    if d.outcome in (DecisionOutcome.REFUSED, DecisionOutcome.ENDED) or view.superseded_by:
        raise DomainError("decision_not_in_force", "decision_id")
    bview = budget.get_budget(vault, actor, client_id, d.budget_id) if d.budget_id else None
    line = next((x for x in (bview.lines if bview else []) if x.id == terms.line_id), None)
    if line is None or bview is None:
        raise DomainError("not_found", "line_id")
    _refuse_unsettled(bview, line.id)
    times = next(c.occurrences for c in bview.totals.lines if c.line_id == line.id)
    qty = parse_quantity(terms.quantity) if terms.quantity is not None else line.quantity * times
    total = (line.unit_price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    if total > d.granted_sum:
        raise DomainError("commitment_exceeds_decision", "quantity")
    start = terms.valid_from or max(line.starts_on or d.valid_from, d.valid_from)
    end = terms.valid_to or min(line.ends_on or d.valid_to, d.valid_to)
    check_period(start, end)
    if start < d.valid_from or end > d.valid_to:
        raise DomainError("outside_decision_period", "valid_to")
    service = terms.service or line.description
    provider = terms.provider or line.provider
    # Every field the provider reads but its own name (they know who they are).
    for text, field in (
        (payer.name, "payer"),
        (payer.invoicing_address, "invoicing_address"),
        (payer.e_invoice_address or "", "e_invoice_address"),
        (payer.business_id or "", "business_id"),
        (payer.contact or "", "contact"),
        (service, "service"),
        (terms.reference or "", "reference"),
    ):
        _check_neutral(text, field)
    reference = terms.reference or _reference(d.id, line.id, start)
    client = get_client(session, client_id)
    doc = CommitmentDoc(
        payer,
        provider,
        reference,
        today,
        client.full_name,
        service,
        line.unit,
        qty,
        line.unit_price,
        total,
        start,
        end,
        user_identity_code=client.identity_code if terms.include_identity_code else None,
    )
    return doc, [ref(d), ref(line)]


def _refuse_unsettled(view: budget.BudgetView, line_id: str | None = None) -> None:
    """A price or quantity two laptops wrote differently is not put on paper as settled."""
    if any(line_id in (None, lid) for lid in view.unsettled):
        raise DomainError("money_in_conflict", "budget_lines")


def _reference(decision_id: str, line_id: str, start: dt.date) -> str:
    digest = hashlib.sha256(f"{decision_id}:{line_id}:{start}".encode()).hexdigest()
    return f"MS-{start.year}-{digest[:8].upper()}"


def _keep_commitment(
    session: Session,
    actor: Actor,
    client_id: str,
    decision_id: str,
    line_id: str,
    doc: CommitmentDoc,
) -> None:
    """The commitment as a synced record: the provider's invoices quote its reference, and
    the county's server finds the client and decision by it. Printed again: kept once."""
    same = select(PaymentCommitment.id).where(
        PaymentCommitment.client_id == client_id,
        PaymentCommitment.reference == doc.reference,
        PaymentCommitment.decision_id == decision_id,
        PaymentCommitment.line_id == line_id,
        PaymentCommitment.provider == doc.provider,
        PaymentCommitment.total == doc.total,
        PaymentCommitment.valid_from == doc.valid_from,
        PaymentCommitment.valid_to == doc.valid_to,
    )
    if session.scalar(same) is not None:
        return
    decision = session.get_one(Decision, decision_id)
    session.add(
        PaymentCommitment(
            client_id=client_id,
            decision_id=decision_id,
            chain_id=decision.chain_id,
            line_id=line_id,
            reference=doc.reference,
            provider=doc.provider,
            category=session.get_one(BudgetLine, line_id).category,
            total=doc.total,
            valid_from=doc.valid_from,
            valid_to=doc.valid_to,
            issued_on=doc.issued_on,
            recorded_by=actor.user_id,
        )
    )


def _disclosed(doc: CommitmentDoc) -> str:
    fields = ["nimi", "palvelu", "määrä", "yksikköhinta", "summa", "voimassaolo"]
    if doc.user_identity_code:
        fields.append("henkilötunnus")
    return f"Maksusitoumus {doc.reference}: " + ", ".join(fields)


def write_payment_commitment(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    decision_id: str,
    path: Path,
    *,
    terms: CommitmentTerms,
    payer: Payer,
    lang: str = "fi",
    today: dt.date | None = None,
) -> Outcome[CommitmentDoc]:
    """A payment commitment for the provider; logged as a disclosure to that provider."""
    target = Path(path)
    with _writing(vault, client_id, "commitment") as (session, staged):
        doc, records = _commitment_doc(
            vault, actor, session, client_id, decision_id, terms, payer, today or dt.date.today()
        )
        access_log.record_disclosure(
            vault,
            actor,
            client_id,
            recipient=doc.provider,
            legal_basis=terms.legal_basis,
            disclosed=_disclosed(doc),
            records=records,
        )
        with transaction(vault, actor) as tx:  # a change: logged and sent like any other
            _keep_commitment(tx.session, actor, client_id, decision_id, terms.line_id, doc)
        staged.append(
            (_stage(target, lambda out: commitment_pdf.write_commitment(doc, out, lang)), target)
        )
    kinds = frozenset({"access_log", "payment_commitments"})
    return Outcome(doc, Changes(frozenset({client_id}), kinds))


# ---------------------------------------------------------------- full data export


def _rows(session: Session, table_name: str, client_id: str) -> list[dict[str, Any]]:
    table = metadata.tables[table_name]
    column = table.c.id if table_name == "clients" else table.c.client_id
    order = [
        c
        for c in (
            table.c.get("created_at"),
            table.c.get("recorded_at"),
            table.c.get("at"),
            table.c.get("seq"),
        )
        if c is not None
    ]
    rows = session.execute(select(table).where(column == client_id).order_by(*order))
    return [dict(r) for r in rows.mappings()]


def _client_tables() -> list[str]:
    return sorted(
        name
        for name, table in metadata.tables.items()
        if "client_id" in table.c and name not in _NOT_EXPORTED
    )


def _export_data(
    vault: OpenVault, actor: Actor, session: Session, client_id: str, today: dt.date
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": export_json.FORMAT,
        "format_version": export_json.FORMAT_VERSION,
        "exported_on": today,
        "client": _rows(session, "clients", client_id)[0],
    }
    for name in _client_tables():
        data[name] = _rows(session, name, client_id)
    totals: dict[str, tuple[int, Decimal]] = {}
    unsettled: dict[str, frozenset[str]] = {}
    for b in data["budgets"]:
        view = budget.get_budget(vault, actor, client_id, b["id"])
        if view is not None:
            b["total"] = view.total
            totals.update({c.line_id: (c.occurrences, c.total) for c in view.totals.lines})
            unsettled.update(view.unsettled)
    for line in data["budget_lines"]:
        line["occurrences"], line["total"] = totals.get(line["id"], (None, None))
        if line["id"] in unsettled:  # marked, never passed off as settled
            line["in_conflict"] = sorted(unsettled[line["id"]])
    for row in data["plan_confirmations"]:  # the drawn strokes as JSON, not a string in it
        if row["signature"]:
            row["signature"] = json.loads(row["signature"])
    item_ids = {a["item_id"] for a in data.get("self_assessment_answers", [])}
    data["questionnaire_items"] = (
        {
            i.id: {"code": i.code, "text_fi": i.text_fi, "text_sv": i.text_sv, "text_en": i.text_en}
            for i in session.scalars(
                select(QuestionnaireItem).where(QuestionnaireItem.id.in_(item_ids))
            )
        }
        if item_ids
        else {}
    )
    return data


def _log_rows(vault: OpenVault, actor: Actor, client_id: str) -> list[dict[str, Any]]:
    return [
        {
            "at": x.at,
            "seq": x.seq,
            "device_id": x.device_id,
            "user_id": x.user_id,
            "user_role": x.user_role,
            "action": x.action,
            "purpose": x.purpose,
            "record_ids": list(x.record_ids),
            "recipient": x.recipient,
            "legal_basis": x.legal_basis,
            "disclosed": x.disclosed,
        }
        for x in access_log.client_access_log(vault, actor, client_id)
    ]


def export_client_data(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    base: Path,
    *,
    organisation: Organisation,
    lang: str = "fi",
    today: dt.date | None = None,
) -> Outcome[tuple[Path, Path]]:
    """Everything held about the client: `<base>.pdf` to read and `<base>.json` for machines.

    The export is logged first, so the log inside the export shows the export itself.
    """
    base = Path(base)
    if base.suffix.lower() in (".pdf", ".json"):
        base = base.with_suffix("")
    pdf_path, json_path = base.with_name(base.name + ".pdf"), base.with_name(base.name + ".json")
    day = today or dt.date.today()
    with _writing(vault, client_id, "export") as (session, staged):
        get_client(session, client_id)
        records = [ref(get_client(session, client_id))] + [
            f"{name}:{row_id}"
            for name in _client_tables()
            if name != "access_log"
            for row_id in session.scalars(
                select(metadata.tables[name].c.id).where(
                    metadata.tables[name].c.client_id == client_id
                )
            )
        ]
        access_log.record_output(
            vault,
            actor,
            client_id,
            action=Action.EXPORT,
            records=records,
            purpose="client_data_export",
        )
        data = _export_data(vault, actor, session, client_id, day)
        data["access_log"] = _log_rows(vault, actor, client_id)
        plain = export_json.plain(data)
        doc = ExportDoc(organisation, plain, day)
        staged.append(
            (_stage(json_path, lambda out: export_json.write_json(plain, out)), json_path)
        )
        staged.append(
            (_stage(pdf_path, lambda out: export_pdf.write_export_pdf(doc, out, lang)), pdf_path)
        )
    return Outcome(
        (pdf_path, json_path), Changes(frozenset({client_id}), frozenset({"access_log"}))
    )
