"""How a worker's clients are doing against their unit: the outcomes report given back (issue 8).

The municipality's server publishes the latest outcomes report of each unit as reference data
of kind "outcomes" (`hbdesk.server.report.giveback`); sync keeps the pulled content in the
vault. Its figures are already protected there: a figure resting on fewer than five people is
the string "< 5". This module reads them (`published_units`, `unit_figures`) and computes the
same few figures, with the report's definitions, for this worker's own clients — the clients
whose key worker they are — over the unit report's period (`own_figures`):
- goals: per goal, the latest attainment (−2…+2) assessed within the period; reached or
  exceeded: 0 or more;
- budget: decision chains in force in the period (granted or partly granted); used = their
  spending up to the period's end; per client, the share used in bands;
- self-assessment: per client, the first answer set ever against the latest by the period's
  end when that falls within the period (paired); the mean of the answered items, overall and
  per domain.
The same small-number rule applies to the worker's own figures: a figure resting on fewer than
five clients is hidden ("< 5"), and so is a bar from which a hidden one could be worked out.
Reading the clients' records is logged as a view of each client, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select

from hbdesk.models.client import Client
from hbdesk.models.closing import Closing
from hbdesk.models.contact import Contact
from hbdesk.models.decision import Decision
from hbdesk.models.followup import GoalProgress
from hbdesk.models.ledger import SpendingEntry
from hbdesk.models.selfassessment import (
    QuestionnaireDomain,
    QuestionnaireItem,
    SelfAssessment,
    SelfAssessmentAnswer,
)
from hbdesk.models.vocab import DecisionKind, DecisionOutcome
from hbdesk.services import reference
from hbdesk.services.common import ref
from hbdesk.services.context import Actor, transaction
from hbdesk.store import OpenVault

KIND = "outcomes"
PURPOSE = "outcomes_comparison"
MIN_PEOPLE = 5
HIDDEN = "< 5"
SCORES = (-2, -1, 0, 1, 2)
BANDS: tuple[tuple[int, int | None], ...] = ((0, 25), (25, 50), (50, 75), (75, 100), (100, None))
OVERALL = "_overall"
TENTH, ONE = Decimal("0.1"), Decimal("1")
GRANTED = (DecisionOutcome.GRANTED.value, DecisionOutcome.PARTLY_GRANTED.value)


@dataclass(frozen=True)
class Value:
    """One figure: a number, hidden ("< 5": it rests on fewer than five people), or none
    (nothing to show: no data)."""

    number: Decimal | None = None
    hidden: bool = False

    @property
    def known(self) -> bool:
        return self.number is not None and not self.hidden


NONE = Value()
HIDDEN_VALUE = Value(hidden=True)


@dataclass(frozen=True)
class Domain:
    """The self-assessment of one domain: mean of the first and the latest answers (0–10)."""

    code: str
    title: dict[str, str]  # fi, sv, en
    n: Value
    before: Value
    after: Value


@dataclass(frozen=True)
class Figures:
    """The few figures shown side by side: the unit's (from the report) or the worker's own."""

    clients: Value = NONE
    goals: Value = NONE  # goals assessed in the period
    goals_reached: Value = NONE  # % of them reached or exceeded
    goal_shares: tuple[Value, ...] = (NONE,) * 5  # % of goals at −2, −1, 0, +1, +2
    budget_clients: Value = NONE  # clients with a budget in force in the period
    granted: Value = NONE  # euros
    used: Value = NONE  # euros
    used_pct: Value = NONE  # used of granted, %
    use_bands: tuple[Value, ...] = (NONE,) * 5  # % of those clients per band of use
    wellbeing_n: Value = NONE
    wellbeing_before: Value = NONE  # overall, mean 0–10
    wellbeing_after: Value = NONE
    domains: tuple[Domain, ...] = ()
    feedback_n: Value | None = None  # None: not known (feedback names no client)
    felt_heard: Value | None = None  # % who felt heard and encouraged


@dataclass(frozen=True)
class PublishedUnit:
    """A unit whose latest report has come down with sync."""

    key: str  # "unit:Tiimi Itä", "team:t-1", "all:"
    kind: str  # unit | team | all
    name: str | None  # None: the whole municipality
    date_from: dt.date
    date_to: dt.date
    made_at: dt.datetime | None
    report: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)


@dataclass(frozen=True)
class Comparison:
    unit: PublishedUnit
    theirs: Figures  # the unit's
    yours: Figures  # this worker's own clients, same period and definitions
    own_clients: int  # how many of the worker's clients the comparison looked at


# --- the published reports -----------------------------------------------------------------


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _instant(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def published_units(vault: OpenVault) -> list[PublishedUnit]:
    """Every unit with a report pulled from the server, in the server's order (the whole
    municipality, units, teams). Empty when nothing has come down yet. No client data."""
    found = reference.pulled(vault, KIND)
    if found is None or not isinstance(found[1], dict):
        return []
    entries = found[1].get("reports")
    units: list[PublishedUnit] = []
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, dict):
            continue
        unit, period, report = entry.get("unit"), entry.get("period"), entry.get("report")
        if not (isinstance(unit, dict) and isinstance(period, dict) and isinstance(report, dict)):
            continue
        kind = str(unit.get("kind"))
        name = unit.get("name")
        start, end = _day(period.get("from")), _day(period.get("to"))
        if kind not in ("unit", "team", "all") or start is None or end is None:
            continue
        name = str(name) if name is not None and kind != "all" else None
        units.append(
            PublishedUnit(
                f"{kind}:{name or ''}",
                kind,
                name,
                start,
                end,
                _instant(entry.get("made_at")),
                report,
            )
        )
    return units


def _value(raw: Any) -> Value:
    if raw == HIDDEN:
        return HIDDEN_VALUE
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        return NONE
    return Value(Decimal(str(raw)))


def _share(part: Value, whole: Value) -> Value:
    """part / whole in percent, whole numbers; hidden when either is."""
    if part.hidden or whole.hidden:
        return HIDDEN_VALUE
    if part.number is None or not whole.number:
        return NONE
    return Value(_round(part.number * 100 / whole.number, ONE))


def _round(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)


def _cells(tables: dict[str, list[list[Any]]], key: str, row: int, col: int) -> Value:
    rows = tables.get(key) or []
    if row >= len(rows) or col >= len(rows[row]):
        return NONE
    return _value(rows[row][col])


def _title(label: Any, code: str) -> dict[str, str]:
    if isinstance(label, dict):
        fi = str(label.get("fi") or code)
        return {"fi": fi, "sv": str(label.get("sv") or fi), "en": str(label.get("en") or fi)}
    return {"fi": code, "sv": code, "en": code}


def unit_figures(unit: PublishedUnit) -> Figures:
    """The unit's figures as its report carries them (hidden ones stay hidden)."""
    report = unit.report
    tables: dict[str, list[list[Any]]] = {}
    for table in report.get("tables") or ():
        if isinstance(table, dict) and isinstance(table.get("rows"), list):
            tables[str(table.get("key"))] = [
                list(r.get("cells") or []) if isinstance(r, dict) else [] for r in table["rows"]
            ]
    figures: dict[str, dict[str, Any]] = {}
    labels: dict[str, Any] = {}
    for fig in report.get("key_figures") or ():
        if isinstance(fig, dict) and isinstance(fig.get("values"), dict):
            figures[str(fig.get("key"))] = fig["values"]
            labels[str(fig.get("key"))] = fig.get("label")
    # goals: rows −2…+2, then the goals, reached and share rows; the column of all goals
    goal_total = _cells(tables, "goals", 5, 2)
    goal_shares = tuple(_share(_cells(tables, "goals", i, 2), goal_total) for i in range(5))
    reached = figures.get("goals.reached", {})
    # costs: granted and used (euros, n); bands of use with their total
    granted, used = _cells(tables, "costs", 0, 0), _cells(tables, "costs", 1, 0)
    band_total = _cells(tables, "costs_use", 5, 0)
    bands = tuple(_share(_cells(tables, "costs_use", i, 0), band_total) for i in range(5))
    overall = figures.get(f"wellbeing.{OVERALL}", {})
    domains = tuple(
        Domain(
            key.removeprefix("wellbeing."),
            _title(labels[key], key),
            _value(v.get("n")),
            _value(v.get("before")),
            _value(v.get("after")),
        )
        for key, v in figures.items()
        if key.startswith("wellbeing.") and key != f"wellbeing.{OVERALL}"
    )
    heard = figures.get("feedback.heard", {})
    return Figures(
        clients=_cells(tables, "people", 0, 0),
        goals=_value(reached.get("whole")),
        goals_reached=_value(reached.get("share")),
        goal_shares=goal_shares,
        budget_clients=_cells(tables, "costs", 0, 1),
        granted=granted,
        used=used,
        used_pct=_share(used, granted),
        use_bands=bands,
        wellbeing_n=_value(overall.get("n")),
        wellbeing_before=_value(overall.get("before")),
        wellbeing_after=_value(overall.get("after")),
        domains=domains,
        feedback_n=_value(figures.get("feedback.answers", {}).get("n")),
        felt_heard=_value(heard.get("share")),
    )


# --- this worker's own clients -------------------------------------------------------------


def _counted(value: Decimal | int | None, people: int) -> Value:
    """A figure resting on `people` clients: hidden when they are one to four."""
    if 0 < people < MIN_PEOPLE:
        return HIDDEN_VALUE
    return NONE if value is None else Value(Decimal(value))


def _protected_shares(
    counts: Sequence[int], people: Sequence[int], whole: int, whole_people: int
) -> tuple[Value, ...]:
    """Shares of `whole` (%) of parts that add up to it: small parts hidden, and more until
    the hidden ones cannot be worked out from the others (together five people or more)."""
    if not whole:
        return tuple(NONE for _ in counts)
    if whole_people < MIN_PEOPLE:
        return tuple(HIDDEN_VALUE for _ in counts)
    hidden = {i for i, p in enumerate(people) if 0 < p < MIN_PEOPLE}
    while hidden and (len(hidden) < 2 or sum(people[i] for i in hidden) < MIN_PEOPLE):
        rest = sorted((p, i) for i, p in enumerate(people) if i not in hidden and p > 0)
        if not rest:
            return tuple(HIDDEN_VALUE for _ in counts)
        hidden.add(rest[0][1])
    return tuple(
        HIDDEN_VALUE if i in hidden else Value(_round(Decimal(c) * 100 / whole, ONE))
        for i, c in enumerate(counts)
    )


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


@dataclass
class _Read:
    refs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def saw(self, client_id: str, rows: Iterable[Any]) -> None:
        self.refs[client_id].extend(ref(r) for r in rows)


def _own_clients(session: Any, actor: Actor, start: dt.date, end: dt.date) -> list[str]:
    """The worker's clients in the period: contacted by its end, not closed before it."""
    rows = session.execute(
        select(Client.id, Client.created_at, Client.closed_on).where(
            Client.key_worker_id == actor.user_id
        )
    ).all()
    ids = [r.id for r in rows]
    first = dict(
        session.execute(
            select(Contact.client_id, func.min(Contact.contacted_on))
            .where(Contact.client_id.in_(ids))
            .group_by(Contact.client_id)
        ).all()
    )
    closed = dict(
        session.execute(
            select(Closing.client_id, func.max(Closing.closed_on))
            .where(Closing.client_id.in_(ids))
            .group_by(Closing.client_id)
        ).all()
    )
    chosen = []
    for r in rows:
        contacted = first.get(r.id) or r.created_at.date()
        ended = closed.get(r.id) or r.closed_on
        if contacted <= end and not (ended and ended < start):
            chosen.append(r.id)
    return chosen


def _goals(
    session: Any, ids: list[str], start: dt.date, end: dt.date, read: _Read
) -> dict[str, Any]:
    rows = list(
        session.scalars(
            select(GoalProgress).where(
                GoalProgress.client_id.in_(ids),
                GoalProgress.assessed_on >= start,
                GoalProgress.assessed_on <= end,
            )
        )
    )
    latest: dict[tuple[str, str], GoalProgress] = {}
    for row in rows:
        read.saw(row.client_id, [row])
        key = (row.client_id, row.goal_lineage_id)
        if key not in latest or (row.assessed_on, row.recorded_at) > (
            latest[key].assessed_on,
            latest[key].recorded_at,
        ):
            latest[key] = row
    counts = Counter(p.score for p in latest.values())
    people = {s: {c for (c, _), p in latest.items() if p.score == s} for s in SCORES}
    everyone = {c for c, _ in latest}
    whole = len(latest)
    reached = sum(counts[s] for s in SCORES if s >= 0)
    return {
        "goals": _counted(whole, len(everyone)),
        "goals_reached": _counted(
            _round(Decimal(reached) * 100 / whole, ONE) if whole else None, len(everyone)
        ),
        "goal_shares": _protected_shares(
            [counts[s] for s in SCORES], [len(people[s]) for s in SCORES], whole, len(everyone)
        ),
    }


def _budget(
    session: Any, ids: list[str], start: dt.date, end: dt.date, read: _Read
) -> dict[str, Any]:
    decisions = list(session.scalars(select(Decision).where(Decision.client_id.in_(ids))))
    chains: dict[str, list[Decision]] = defaultdict(list)
    for d in decisions:
        read.saw(d.client_id, [d])
        if d.kind != DecisionKind.ENDING.value:
            chains[d.chain_id].append(d)
    in_force: dict[str, Decision] = {}
    for chain_id, members in chains.items():
        tip = max(members, key=lambda d: (d.decided_on, d.id))
        if tip.outcome in GRANTED and tip.valid_from <= end and tip.valid_to >= start:
            in_force[chain_id] = tip
    used_by_chain: dict[str, Decimal] = defaultdict(Decimal)
    for entry in session.scalars(
        select(SpendingEntry).where(
            SpendingEntry.chain_id.in_(list(in_force)), SpendingEntry.spent_on <= end
        )
    ):
        read.saw(entry.client_id, [entry])
        used_by_chain[entry.chain_id] += entry.amount
    granted: dict[str, Decimal] = defaultdict(Decimal)
    used: dict[str, Decimal] = defaultdict(Decimal)
    for chain_id, d in in_force.items():
        granted[d.client_id] += d.granted_sum
        used[d.client_id] += used_by_chain[chain_id]
    n = len(granted)
    total_granted = sum(granted.values(), Decimal(0))
    total_used = sum(used.values(), Decimal(0))
    band_counts = []
    for low, high in BANDS:
        band_counts.append(
            sum(
                1
                for c in granted
                if granted[c] > 0
                and used[c] * 100 >= granted[c] * low
                and (high is None or used[c] * 100 < granted[c] * high)
            )
        )
    return {
        "budget_clients": _counted(n, n),
        "granted": _counted(total_granted if n else None, n),
        "used": _counted(total_used if n else None, n),
        "used_pct": _counted(
            _round(total_used * 100 / total_granted, ONE) if total_granted else None, n
        ),
        "use_bands": _protected_shares(
            band_counts, band_counts, sum(band_counts), sum(band_counts)
        ),
    }


def _wellbeing(
    session: Any,
    ids: list[str],
    start: dt.date,
    end: dt.date,
    read: _Read,
    titles: dict[str, dict[str, str]],
) -> dict[str, Any]:
    assessments = list(
        session.scalars(
            select(SelfAssessment)
            .where(SelfAssessment.client_id.in_(ids), SelfAssessment.answered_on <= end)
            .order_by(SelfAssessment.answered_on, SelfAssessment.created_at)
        )
    )
    sums: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    domain_titles: dict[str, dict[str, str]] = {}
    answers = session.execute(
        select(
            SelfAssessmentAnswer.assessment_id,
            SelfAssessmentAnswer.value,
            QuestionnaireDomain.code,
            QuestionnaireDomain.position,
            QuestionnaireDomain.title_fi,
            QuestionnaireDomain.title_sv,
            QuestionnaireDomain.title_en,
        )
        .join(QuestionnaireItem, QuestionnaireItem.id == SelfAssessmentAnswer.item_id)
        .join(QuestionnaireDomain, QuestionnaireDomain.id == QuestionnaireItem.domain_id)
        .where(SelfAssessmentAnswer.client_id.in_(ids), SelfAssessmentAnswer.value.is_not(None))
    ).all()
    order: dict[str, int] = {}
    for assessment_id, value, code, position, fi, sv, en in answers:
        total, count = sums[assessment_id].get(code, (0, 0))
        sums[assessment_id][code] = (total + value, count + 1)
        domain_titles.setdefault(code, {"fi": fi, "sv": sv, "en": en})
        order.setdefault(code, position)
    by_client: dict[str, list[SelfAssessment]] = defaultdict(list)
    for a in assessments:
        if a.id in sums:
            by_client[a.client_id].append(a)
    pairs = []
    for client_id, sets in by_client.items():
        if len(sets) >= 2 and start <= sets[-1].answered_on <= end:
            read.saw(client_id, [sets[0], sets[-1]])
            pairs.append((sums[sets[0].id], sums[sets[-1].id]))
    codes = [
        *titles,
        *sorted((c for c in domain_titles if c not in titles), key=lambda c: order[c]),
    ]
    result: dict[str, Any] = {}
    domains = []
    for code in [*codes, OVERALL]:
        before: list[Decimal] = []
        after: list[Decimal] = []
        for first, last in pairs:
            if code == OVERALL:
                a = (sum(t for t, _ in first.values()), sum(k for _, k in first.values()))
                b = (sum(t for t, _ in last.values()), sum(k for _, k in last.values()))
            else:
                a, b = first.get(code, (0, 0)), last.get(code, (0, 0))
            if a[1] and b[1]:
                before.append(Decimal(a[0]) / a[1])
                after.append(Decimal(b[0]) / b[1])
        n = len(before)
        values = (
            _counted(n, n),
            _counted(_round(_mean(before), TENTH) if n else None, n),
            _counted(_round(_mean(after), TENTH) if n else None, n),
        )
        if code == OVERALL:
            result.update(
                wellbeing_n=values[0], wellbeing_before=values[1], wellbeing_after=values[2]
            )
        else:
            domains.append(
                Domain(
                    code,
                    titles.get(code)
                    or domain_titles.get(code)
                    or {"fi": code, "sv": code, "en": code},
                    *values,
                )
            )
    result["domains"] = tuple(domains)
    return result


def own_figures(
    vault: OpenVault,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    titles: dict[str, dict[str, str]] | None = None,
) -> tuple[Figures, int]:
    """The figures of the worker's own clients over the period, and how many clients they
    were. `titles`: domain code → words, to follow the unit's domains and order. Reading the
    clients' records is logged as a view of each client (one transaction)."""
    read = _Read()
    with transaction(vault, actor, purpose=PURPOSE) as tx:
        ids = _own_clients(tx.session, actor, date_from, date_to)
        parts: dict[str, Any] = {}
        parts.update(_goals(tx.session, ids, date_from, date_to, read))
        parts.update(_budget(tx.session, ids, date_from, date_to, read))
        parts.update(_wellbeing(tx.session, ids, date_from, date_to, read, titles or {}))
        for client_id in ids:
            tx.viewed(client_id, [f"clients:{client_id}", *read.refs.get(client_id, ())])
    n = len(ids)
    return Figures(clients=_counted(n, n), **parts), n


def compare(
    vault: OpenVault,
    actor: Actor,
    key: str | None = None,
    units: Sequence[PublishedUnit] | None = None,
) -> Comparison | None:
    """The unit's figures (the unit `key`, else the worker's own unit, else the first) beside
    the worker's own clients' over the same period; None when no report has come down.
    `units`: the published units when the caller has just read them."""
    units = list(units) if units is not None else published_units(vault)
    if not units:
        return None
    wanted = key or suggested_unit(vault, actor, units)
    unit = next((u for u in units if u.key == wanted), units[0])
    theirs = unit_figures(unit)
    titles = {d.code: d.title for d in theirs.domains}
    yours, n = own_figures(vault, actor, unit.date_from, unit.date_to, titles)
    return Comparison(unit, theirs, yours, n)


def suggested_unit(vault: OpenVault, actor: Actor, units: Sequence[PublishedUnit]) -> str:
    """Of `units` (not empty), the one most of the worker's clients belong to (else the
    whole municipality, else the first). Reads only the unit of the worker's clients, as
    the caseload list does (not a view of any client's record)."""
    with vault.session() as session:
        counts = Counter(
            session.scalars(
                select(Client.unit).where(
                    Client.key_worker_id == actor.user_id, Client.unit.is_not(None)
                )
            )
        )
    for name, _ in counts.most_common():
        for unit in units:
            if unit.kind == "unit" and unit.name == name:
                return unit.key
    return next((u.key for u in units if u.kind == "all"), units[0].key)
