"""The people around the client: close people, the chosen support person, the client's team."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from hbdesk.models.contact_details import check_phone
from hbdesk.models.errors import DomainError
from hbdesk.models.people import ClosePerson, SupportNeedConsideration, TeamMember
from hbdesk.models.values import check_text
from hbdesk.models.vocab import Author, PersonRole, check_choice
from hbdesk.services.common import get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault

# Record kinds a team member may be allowed to see, with the client's consent.
VISIBLE_KINDS = (
    "contact",
    "plan",
    "budget",
    "decision",
    "spending",
    "follow_up",
    "self_assessment",
)


def add_close_person(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    name: str,
    relation: str,
    trusted: bool = False,
    phone: str | None = None,
    tasks: str | None = None,
) -> Outcome[ClosePerson]:
    """A close person and their role in the client's life; `trusted` marks a luottohenkilö."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id, open_only=True)
        person = ClosePerson(
            client_id=client_id,
            name=check_text(name, "name", max_chars=200),
            relation=check_text(relation, "relation", max_chars=100),
            role=PersonRole.CLOSE_PERSON.value,
            trusted=bool(trusted),
            phone=check_phone(phone),
            tasks=tasks,
        )
        tx.session.add(person)
    return tx.outcome(person)


def choose_support_person(
    vault: OpenVault, actor: Actor, client_id: str, person_id: str, tasks: str
) -> Outcome[ClosePerson]:
    """The client chooses this close person as their support person (tukihenkilö)."""
    with transaction(vault, actor) as tx:
        person = get_for_client(tx.session, ClosePerson, person_id, client_id, "person_id")
        person.role = PersonRole.SUPPORT_PERSON.value
        person.chosen_by_client = True
        person.tasks = check_text(tasks, "tasks")
    return tx.outcome(person)


def record_support_need(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    considered_on: dt.date,
    support_needed: bool,
    reasoning: str,
    author: str = Author.KEY_WORKER.value,
) -> Outcome[SupportNeedConsideration]:
    """Record that the need for a support person was considered (no trusted person)."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        row = SupportNeedConsideration(
            client_id=client_id,
            considered_on=considered_on,
            support_needed=support_needed,
            reasoning=check_text(reasoning, "reasoning"),
            author=check_choice(Author, author, "author").value,
        )
        tx.session.add(row)
    return tx.outcome(row)


def add_team_member(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    name: str,
    organisation: str,
    role: str,
    user_id: str | None = None,
) -> Outcome[TeamMember]:
    """A professional in the client's team; they see nothing until the client consents."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id, open_only=True)
        member = TeamMember(
            client_id=client_id,
            name=check_text(name, "name", max_chars=200),
            organisation=check_text(organisation, "organisation", max_chars=200),
            role=check_text(role, "role", max_chars=100),
            user_id=user_id,
            may_see=[],
            consent_given=False,
        )
        tx.session.add(member)
    return tx.outcome(member)


def record_team_consent(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    member_id: str,
    *,
    may_see: list[str],
    consent_on: dt.date,
    note: str = "",
) -> Outcome[TeamMember]:
    """The client's consent: which kinds of record this team member may see (empty = none)."""
    unknown = [kind for kind in may_see if kind not in VISIBLE_KINDS]
    if unknown:
        raise DomainError("invalid_choice", "may_see")
    with transaction(vault, actor) as tx:
        member = get_for_client(tx.session, TeamMember, member_id, client_id, "member_id")
        member.may_see = sorted(set(may_see))
        member.consent_given = bool(may_see)
        member.consent_on = consent_on
        member.consent_note = note or None
    return tx.outcome(member)


@dataclass(frozen=True)
class PeopleView:
    close_people: list[ClosePerson]
    team: list[TeamMember]
    considerations: list[SupportNeedConsideration]
    has_trusted_person: bool
    support_need_considered: bool

    @property
    def needs_attention(self) -> bool:
        """No trusted person and the need for a support person not yet considered."""
        return not self.has_trusted_person and not self.support_need_considered


def people_of(vault: OpenVault, actor: Actor, client_id: str) -> PeopleView:
    """The client's close people, support person, team and the trusted-person check."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        s = tx.session
        people = list(s.scalars(select(ClosePerson).where(ClosePerson.client_id == client_id)))
        team = list(s.scalars(select(TeamMember).where(TeamMember.client_id == client_id)))
        cons = list(
            s.scalars(
                select(SupportNeedConsideration).where(
                    SupportNeedConsideration.client_id == client_id
                )
            )
        )
        tx.viewed(client_id, [ref(r) for r in [*people, *team, *cons]])
    trusted = any(p.active and (p.trusted or p.role == PersonRole.SUPPORT_PERSON) for p in people)
    return PeopleView(people, team, cons, trusted, bool(cons))
