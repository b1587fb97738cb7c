"""Stage 4: the client plan, written together; each entry attributed, disagreement kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hbdesk.models.base import utcnow
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import new_id
from hbdesk.models.plan import (
    ConfirmMethod,
    Disagreement,
    Plan,
    PlanConfirmation,
    PlanEntry,
    disagreements_by_entry,
)
from hbdesk.models.registry import metadata
from hbdesk.models.signature import Signature
from hbdesk.models.values import check_text
from hbdesk.models.vocab import Author, PlanSection, Stage, check_choice
from hbdesk.services.common import advance_stage, get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault

# Narrative records a disagreement may be linked to.
DISAGREEABLE = (
    "plan_entries",
    "notes",
    "contacts",
    "need_assessments",
    "follow_ups",
    "goal_progress",
    "decisions",
    "closings",
    "budget_lines",
)


def _latest_plan(session: Session, client_id: str) -> Plan | None:
    return session.scalar(
        select(Plan).where(Plan.client_id == client_id).order_by(Plan.version.desc()).limit(1)
    )


def start_plan(vault: OpenVault, actor: Actor, client_id: str) -> Outcome[Plan]:
    """A new plan version; a revision carries the last version's entries over (same lineage)."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id, open_only=True)
        last = _latest_plan(tx.session, client_id)
        if last is not None and last.status == "draft":
            raise DomainError("plan_draft_exists", "plan_id", plan_id=last.id)
        plan = Plan(
            client_id=client_id,
            version=(last.version + 1) if last else 1,
            status="draft",
            based_on_id=last.id if last else None,
            next_follow_up_on=last.next_follow_up_on if last else None,
        )
        tx.session.add(plan)
        tx.session.flush()
        if last is not None:
            for entry in entries_of(tx.session, last.id):
                tx.session.add(
                    PlanEntry(
                        plan_id=plan.id,
                        client_id=client_id,
                        section=entry.section,
                        position=entry.position,
                        text=entry.text,
                        author=entry.author,
                        lineage_id=entry.lineage_id,
                    )
                )
    return tx.outcome(plan)


def entries_of(session: Session, plan_id: str) -> list[PlanEntry]:
    return list(
        session.scalars(
            select(PlanEntry)
            .where(PlanEntry.plan_id == plan_id)
            .order_by(PlanEntry.section, PlanEntry.position)
        )
    )


def _draft(session: Session, plan_id: str, client_id: str) -> Plan:
    plan = get_for_client(session, Plan, plan_id, client_id, "plan_id")
    if plan.status != "draft":
        raise DomainError("plan_agreed", "plan_id")
    return plan


def add_plan_entry(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    plan_id: str,
    *,
    section: str,
    text: str,
    author: str,
) -> Outcome[PlanEntry]:
    """A need, goal, use of the budget, role or follow-up agreement, with who wrote it."""
    with transaction(vault, actor) as tx:
        _draft(tx.session, plan_id, client_id)
        sec = check_choice(PlanSection, section, "section").value
        position = (
            tx.session.scalar(
                select(func.count())
                .select_from(PlanEntry)
                .where(PlanEntry.plan_id == plan_id, PlanEntry.section == sec)
            )
            or 0
        )
        entry_id = new_id()
        entry = PlanEntry(
            id=entry_id,
            plan_id=plan_id,
            client_id=client_id,
            section=sec,
            position=position,
            text=check_text(text, "text"),
            author=check_choice(Author, author, "author").value,
            lineage_id=entry_id,
        )
        tx.session.add(entry)
    return tx.outcome(entry)


def edit_plan_entry(
    vault: OpenVault, actor: Actor, client_id: str, entry_id: str, *, text: str, author: str
) -> Outcome[PlanEntry]:
    """Rewrite an entry of a draft plan; the author becomes who wrote this wording."""
    with transaction(vault, actor) as tx:
        entry = get_for_client(tx.session, PlanEntry, entry_id, client_id, "entry_id")
        _draft(tx.session, entry.plan_id, client_id)
        entry.text = check_text(text, "text")
        entry.author = check_choice(Author, author, "author").value
        entry.updated_at = utcnow()
    return tx.outcome(entry)


def remove_plan_entry(
    vault: OpenVault, actor: Actor, client_id: str, entry_id: str
) -> Outcome[str]:
    """Take an entry out of a draft plan (agreed versions keep theirs)."""
    with transaction(vault, actor) as tx:
        entry = get_for_client(tx.session, PlanEntry, entry_id, client_id, "entry_id")
        _draft(tx.session, entry.plan_id, client_id)
        tx.session.delete(entry)
    return tx.outcome(entry_id)


def record_disagreement(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    record_table: str,
    record_id: str,
    text: str,
    author: str = Author.CLIENT.value,
) -> Outcome[Disagreement]:
    """The client's disagreement with an entry, verbatim, linked to that entry."""
    if record_table not in DISAGREEABLE:
        raise DomainError("invalid_choice", "record_table")
    who = check_choice(Author, author, "author")
    if who not in (Author.CLIENT, Author.SUPPORT_PERSON):
        raise DomainError("disagreement_is_the_clients", "author")
    with transaction(vault, actor) as tx:
        table = metadata.tables[record_table]
        owner = tx.session.execute(select(table.c.client_id).where(table.c.id == record_id)).first()
        if owner is None or owner[0] != client_id:
            raise DomainError("not_found", "record_id")
        row = Disagreement(
            client_id=client_id,
            record_table=record_table,
            record_id=record_id,
            text=check_text(text, "text"),
            author=who.value,
        )
        tx.session.add(row)
    return tx.outcome(row)


@dataclass(frozen=True)
class Confirmation:
    """How the client confirmed the version read together: a drawn signature or typed name."""

    method: str  # ConfirmMethod
    typed_name: str | None = None
    signature: Signature | None = None
    confirmed_at: dt.datetime | None = None  # default: now (UTC)

    @classmethod
    def typed(cls, name: str, at: dt.datetime | None = None) -> Confirmation:
        return cls(ConfirmMethod.TYPED.value, typed_name=name, confirmed_at=at)

    @classmethod
    def drawn(cls, signature: Signature, at: dt.datetime | None = None) -> Confirmation:
        return cls(ConfirmMethod.DRAWN.value, signature=signature, confirmed_at=at)


def _confirmation_row(
    c: Confirmation, client_id: str, plan_id: str, people: list[str]
) -> PlanConfirmation:
    method = check_choice(ConfirmMethod, c.method, "method")
    name = signature = None
    if method is ConfirmMethod.TYPED:
        name = check_text(c.typed_name or "", "typed_name", required=False, max_chars=200).strip()
        if not name:
            raise DomainError("typed_name_empty", "typed_name")
    else:
        if c.signature is None:
            raise DomainError("signature_empty", "signature")
        signature = c.signature.check().to_json()
    at = c.confirmed_at or utcnow()
    if at.tzinfo is None:
        raise DomainError("not_a_date", "confirmed_at")
    return PlanConfirmation(
        client_id=client_id,
        plan_id=plan_id,
        method=method.value,
        typed_name=name,
        signature=signature,
        present=",".join(people),
        confirmed_at=at.astimezone(dt.UTC),
    )


def agree_plan(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    plan_id: str,
    *,
    agreed_on: dt.date,
    confirmed_by: list[str],
    confirmation: Confirmation,
    next_follow_up_on: dt.date | None = None,
) -> Outcome[Plan]:
    """The plan was read together and the client confirmed it (signature or typed name).

    The version is frozen; later changes need a new version. The confirmation record and the
    agreement commit together: no plan is agreed without the client's confirmation.
    """
    people = sorted({check_choice(Author, a, "confirmed_by").value for a in confirmed_by})
    if Author.CLIENT.value not in people:
        raise DomainError("client_must_confirm", "confirmed_by")
    with transaction(vault, actor) as tx:
        plan = _draft(tx.session, plan_id, client_id)
        sections = {e.section for e in entries_of(tx.session, plan_id)}
        for needed in (PlanSection.NEED, PlanSection.GOAL):
            if needed.value not in sections:
                raise DomainError(f"plan_has_no_{needed.value}", "section")
        if next_follow_up_on is not None and next_follow_up_on < agreed_on:
            raise DomainError("period_ends_before_start", "next_follow_up_on")
        tx.session.add(_confirmation_row(confirmation, client_id, plan_id, people))
        plan.status, plan.agreed_on = "agreed", agreed_on
        plan.confirmed_by = ",".join(people)
        plan.next_follow_up_on = next_follow_up_on or plan.next_follow_up_on
        advance_stage(get_client(tx.session, client_id), Stage.PLAN)
    return tx.outcome(plan)


def disagreements_of(session: Session, entries: list[PlanEntry]) -> dict[str, list[Disagreement]]:
    """Disagreements with these entries or their earlier versions (same lineage), by entry id."""
    lineages = list({e.lineage_id for e in entries})
    lineage_of = {
        eid: lin
        for eid, lin in session.execute(
            select(PlanEntry.id, PlanEntry.lineage_id).where(PlanEntry.lineage_id.in_(lineages))
        )
    }
    found = session.scalars(
        select(Disagreement).where(
            Disagreement.record_table == "plan_entries",
            Disagreement.record_id.in_(list(lineage_of)),
        )
    )
    return disagreements_by_entry(entries, lineage_of, found)


@dataclass(frozen=True)
class PlanChanges:
    """The newest draft against the last confirmed version, entry by entry (by lineage)."""

    against: Plan  # the last confirmed version
    confirmation: PlanConfirmation | None  # how it was confirmed (None: before 0003)
    added: frozenset[str] = frozenset()  # ids of draft entries new since then
    changed: dict[str, PlanEntry] = field(default_factory=dict)  # draft id -> confirmed entry
    removed: list[PlanEntry] = field(default_factory=list)  # confirmed entries taken out

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def compare_entries(
    confirmed: list[PlanEntry], draft: list[PlanEntry]
) -> tuple[frozenset[str], dict[str, PlanEntry], list[PlanEntry]]:
    """Added draft ids, changed (draft id → confirmed entry: text or author), removed."""
    before = {e.lineage_id: e for e in confirmed}
    now = {e.lineage_id for e in draft}
    added = frozenset(e.id for e in draft if e.lineage_id not in before)
    changed = {
        e.id: before[e.lineage_id]
        for e in draft
        if e.lineage_id in before
        and (before[e.lineage_id].text, before[e.lineage_id].author) != (e.text, e.author)
    }
    removed = [e for e in confirmed if e.lineage_id not in now]
    return added, changed, removed


def _confirmation(session: Session, plan_id: str) -> PlanConfirmation | None:
    return session.scalar(
        select(PlanConfirmation)
        .where(PlanConfirmation.plan_id == plan_id)
        .order_by(PlanConfirmation.confirmed_at.desc())
        .limit(1)
    )


def _changes(
    session: Session, versions: list[Plan], plan: Plan, entries: list[PlanEntry]
) -> PlanChanges | None:
    if plan.status != "draft":
        return None
    against = next(
        (v for v in reversed(versions) if v.status == "agreed" and v.version < plan.version), None
    )
    if against is None:
        return None
    added, changed, removed = compare_entries(entries_of(session, against.id), entries)
    return PlanChanges(against, _confirmation(session, against.id), added, changed, removed)


@dataclass(frozen=True)
class PlanView:
    plan: Plan
    entries: dict[str, list[PlanEntry]]  # by section, in order
    disagreements: dict[str, list[Disagreement]] = field(default_factory=dict)  # by entry id
    versions: list[Plan] = field(default_factory=list)
    confirmation: PlanConfirmation | None = None  # of this version, when agreed
    changes: PlanChanges | None = None  # a draft against the last confirmed version
    client_name: str = ""


def get_plan(
    vault: OpenVault, actor: Actor, client_id: str, plan_id: str | None = None
) -> PlanView | None:
    """A plan version (default: the newest) with its entries, the client's disagreements, its
    confirmation, and — for a draft — what changed since the last confirmed version."""
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        versions = list(
            tx.session.scalars(
                select(Plan).where(Plan.client_id == client_id).order_by(Plan.version)
            )
        )
        if not versions:
            tx.viewed(client_id)
            return None
        plan = (
            get_for_client(tx.session, Plan, plan_id, client_id, "plan_id")
            if plan_id
            else versions[-1]
        )
        entries = entries_of(tx.session, plan.id)
        by_section: dict[str, list[PlanEntry]] = {s.value: [] for s in PlanSection}
        for e in entries:
            by_section[e.section].append(e)
        disagreements = disagreements_of(tx.session, entries)
        confirmation = _confirmation(tx.session, plan.id)
        changes = _changes(tx.session, versions, plan, entries)
        seen = [ref(plan), *(ref(e) for e in entries)]
        if confirmation is not None:
            seen.append(ref(confirmation))
        if changes is not None:
            seen += [
                ref(changes.against),
                *(ref(e) for e in changes.removed),
                *(ref(e) for e in changes.changed.values()),
            ]
        tx.viewed(client_id, seen)
    return PlanView(
        plan, by_section, disagreements, versions, confirmation, changes, client.full_name
    )
