"""The figures of the outcomes report, from the server's stored records, anonymised.

Definitions (the seed's pilot evaluation is the model):
- Clients of the report: live client records of the unit (the unit recorded with the client,
  or a server team's caseworkers' clients, or everyone), contacted by the period's end and
  not closed before its start.
- Wellbeing: per client, the first self-assessment ever and the latest one answered by the
  period's end, if that latest one falls within the period (paired). Per domain and overall
  (every answered item): mean before, mean after, change, n; also as a percentage of the
  scale; and how many improved, stayed the same, worsened.
- Goals: per goal, the latest attainment (−2…+2) assessed within the period; "at closing"
  when the client's relationship has closed by the period's end, else "at follow-up".
  Reached or exceeded: 0 or more.
- Feedback: answers whose month falls in the period (and whose unit is the unit).
- Costs: decision chains (a decision and its revisions) in force in the period; used =
  spending of those chains up to the period's end. Spending tables: entries spent within
  the period.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.engine import Connection

from hbdesk.server import db, feedback
from hbdesk.server.report import data
from hbdesk.server.report.data import to_date, to_money
from hbdesk.server.report.suppress import MIN_PEOPLE, Cell, Group, protect

FORMAT = "hbdesk-outcomes-report"
FORMAT_VERSION = 1
TENTH, ONE, CENT = Decimal("0.1"), Decimal("1"), Decimal("0.01")
OUTSIDE_CARE = ("sports", "culture", "leisure", "course")
STAGES = (
    "contact",
    "self_assessment",
    "assessment",
    "plan",
    "budget",
    "decision",
    "in_use",
    "follow_up",
    "closed",
)
METHODS = ("mobile_payment", "payment_commitment", "invoice", "service_voucher", "direct_payment")
BANDS = ((0, 25), (25, 50), (50, 75), (75, 100), (100, None))


@dataclass(frozen=True)
class Selection:
    date_from: dt.date
    date_to: dt.date
    unit: str | None = None  # the unit recorded with clients and feedback; None: everyone
    team: str | None = None  # a server team: the clients of its caseworkers

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise ValueError("the period ends before it starts")


@dataclass
class ReportTable:
    """One table: the CSV file `key`.csv, a section of the PDF, an entry in the JSON."""

    key: str
    section: str
    title: str  # text key
    columns: list[str]  # text keys
    rows: list[list[Cell]]


@dataclass
class KeyFigure:
    """A sentence of the summary: `label` and the cells it shows (before, after, n …)."""

    key: str
    label: Any  # text key or {fi, sv, en}
    form: str  # scale | percent | share | count
    cells: dict[str, Cell]


@dataclass
class Report:
    selection: Selection
    generated_at: dt.datetime
    tables: list[ReportTable] = field(default_factory=list)
    key_figures: list[KeyFigure] = field(default_factory=list)
    feedback_texts: list[str] | None = None  # None: hidden (fewer than five answers)
    notes: list[str] = field(default_factory=list)  # text keys


def label(value: Any) -> Cell:
    return Cell(value, MIN_PEOPLE, "label")


def count(value: int, people: int | None = None) -> Cell:
    return Cell(value, value if people is None else people, "count")


def _r(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _median(values: Sequence[Any]) -> Decimal:
    return Decimal(str(statistics.median(values)))


def _median_of(days: Sequence[int]) -> Decimal | None:
    return _r(_median(days), TENTH) if days else None


# --- clients ------------------------------------------------------------------------------


@dataclass
class Facts:
    clients: set[str]
    contact_on: dict[str, dt.date]
    closed_on: dict[str, dt.date]
    stage: dict[str, str]
    among: data.Among  # the same clients' superset, for reading in SQL


def _team_clients(team: str) -> Select[Any]:
    members = select(db.team_members.c.caseworker_id).where(db.team_members.c.team_id == team)
    return select(db.clients.c.client_id).where(db.clients.c.caseworker_id.in_(members))


def _facts(source: data.Source, sel: Selection) -> Facts:
    among = data.Among(sel.unit, _team_clients(sel.team) if sel.team else None)
    clients = source.load("clients", among=among)
    conn = source.conn
    allowed = (
        set(conn.execute(among.team_clients).scalars()) if among.team_clients is not None else None
    )
    contacts = source.load("contacts", among=among)
    closings = source.load("closings", among=among)
    contact_on: dict[str, dt.date] = {}
    for _, client_id, rec in contacts.rows():
        day = to_date(rec.get("contacted_on"))
        if client_id and day and (client_id not in contact_on or day < contact_on[client_id]):
            contact_on[client_id] = day
    closed_on: dict[str, dt.date] = {}
    for _, client_id, rec in closings.rows():
        day = to_date(rec.get("closed_on"))
        if client_id and day:
            closed_on[client_id] = day
    chosen: set[str] = set()
    stage: dict[str, str] = {}
    for client_id, _, rec in clients.rows():
        if sel.unit is not None and rec.get("unit") != sel.unit:
            continue
        if allowed is not None and client_id not in allowed:
            continue
        if client_id not in contact_on:
            created = to_date(rec.get("created_at"))
            if created:
                contact_on[client_id] = created
        closed = closed_on.get(client_id) or to_date(rec.get("closed_on"))
        if closed:
            closed_on[client_id] = closed
        start = contact_on.get(client_id)
        if start is None or start > sel.date_to or (closed and closed < sel.date_from):
            continue
        chosen.add(client_id)
        stage[client_id] = str(rec.get("stage") or "contact")
    return Facts(chosen, contact_on, closed_on, stage, among)


# --- the report ---------------------------------------------------------------------------


@dataclass
class Computed:
    """A report's figures before protection: its cells, the groups they add up in, and the
    cells no table shows but anyone can compute (a row's rest), by name."""

    report: Report
    cells: list[Cell]
    groups: list[Group]
    derived: dict[str, Cell]


def build(conn: Connection, sel: Selection, now: dt.datetime | None = None) -> Report:
    """Every figure of one report alone, protected (small cells hidden). The published
    report is protected with its family instead (`family.protected`)."""
    computed = compute(conn, sel, now)
    protect(computed.cells, computed.groups)
    return computed.report


def compute(
    conn: Connection,
    sel: Selection,
    now: dt.datetime | None = None,
    source: data.Source | None = None,
) -> Computed:
    """Every figure of the report, not yet protected (`source`: records read once for
    several reports)."""
    report = Report(sel, now or dt.datetime.now(dt.UTC).replace(microsecond=0))
    source = source or data.Source(conn)
    facts = _facts(source, sel)
    cells: list[Cell] = []
    groups: list[Group] = []
    ctx = _Ctx(conn, source, sel, facts, report, cells, groups, {})
    decisions = ctx.load("decisions")
    spending = ctx.load("spending_entries")
    _people(ctx, decisions, spending)
    _wellbeing(ctx)
    _goals(ctx)
    _feedback(ctx)
    _services(ctx)
    _costs(ctx, decisions, spending)
    for table in report.tables:
        for row in table.rows:
            cells.extend(c for c in row if c.kind != "label")
    for fig in report.key_figures:
        cells.extend(fig.cells.values())
    return Computed(report, cells, groups, ctx.derived)


@dataclass
class _Ctx:
    conn: Connection
    source: data.Source
    sel: Selection
    facts: Facts
    report: Report
    cells: list[Cell]
    groups: list[Group]
    derived: dict[str, Cell]

    def in_period(self, day: dt.date | None) -> bool:
        return day is not None and self.sel.date_from <= day <= self.sel.date_to

    def load(self, entity: str) -> data.Table:
        """The report's clients' live records of one table."""
        return self.source.load(entity, self.facts.clients, self.facts.among)

    def derive(self, name: str, cell: Cell) -> Cell:
        """A figure no table shows but anyone can compute from those shown (a row's rest)."""
        self.derived[name] = cell
        self.cells.append(cell)
        return cell

    def table(
        self, key: str, section: str, title: str, columns: list[str], rows: list[list[Cell]]
    ) -> ReportTable:
        table = ReportTable(key, section, title, columns, rows)
        self.report.tables.append(table)
        return table


def _share_cell(part: Cell, whole: Cell) -> Cell:
    """A share of `whole` in percent: hidden whenever the part or the whole is (the part's
    rest is protected by the group [part, rest] → whole)."""
    value = _r(Decimal(part.value) * 100 / whole.value, ONE) if whole.value else None
    return Cell(value, whole.people, "pct", follows=(part, whole), additive=False)


# --- people and process ------------------------------------------------------------------


def _people(ctx: _Ctx, decisions: data.Table, spending: data.Table) -> None:
    f = ctx.facts
    new = [c for c in f.clients if ctx.in_period(f.contact_on.get(c))]
    closed = [c for c in f.clients if ctx.in_period(f.closed_on.get(c))]
    first_decision: dict[str, dt.date] = {}
    for _, client_id, rec in decisions.rows():
        day = to_date(rec.get("decided_on"))
        if (
            client_id
            and day
            and rec.get("kind") != "ending"
            and (client_id not in first_decision or day < first_decision[client_id])
        ):
            first_decision[client_id] = day
    first_spent: dict[str, dt.date] = {}
    for _, client_id, rec in spending.rows():
        day = to_date(rec.get("spent_on"))
        if client_id and day and (client_id not in first_spent or day < first_spent[client_id]):
            first_spent[client_id] = day
    to_decision = [
        (d - f.contact_on[c]).days
        for c, d in first_decision.items()
        if ctx.in_period(d) and c in f.contact_on
    ]
    to_spending = [
        (first_spent[c] - d).days
        for c, d in first_decision.items()
        if c in first_spent and ctx.in_period(first_spent[c])
    ]
    rows = [
        [label("p.clients"), count(len(f.clients))],
        [label("p.new"), count(len(new))],
        [label("p.closed"), count(len(closed))],
    ]
    for key, days in (("p.days_decision", to_decision), ("p.days_spending", to_spending)):
        rows.append(
            [
                label(key),
                Cell(_median_of(days), len(days), "days", additive=False),
                count(len(days)),
            ]
        )
    for row in rows[:3]:
        row.append(row[1])  # the n of a count is the count itself: one figure
    ctx.table("people", "s.people", "s.people", ["c.figure", "c.value", "c.n"], rows)
    stage_counts = Counter(f.stage[c] for c in f.clients)
    stage_rows = [[label(f"stage.{s}"), count(stage_counts.get(s, 0))] for s in STAGES]
    others = sum(v for k, v in stage_counts.items() if k not in STAGES)
    if others:
        stage_rows.append([label("cat.other"), count(others)])
    total = rows[0][1]  # the clients of the period, as in the people table
    stage_rows.append([label("total"), total])
    ctx.groups.append(Group([r[1] for r in stage_rows[:-1]], total))
    ctx.table("stages", "s.people", "stages", ["c.stage", "c.clients"], stage_rows)


# --- wellbeing -----------------------------------------------------------------------------


def _wellbeing(ctx: _Ctx) -> None:
    questionnaires = data.questionnaires(ctx.conn)
    items: dict[str, str] = {}
    for q in questionnaires:
        items.update(q.items)
    assessments = ctx.load("self_assessments")
    answered = ctx.source.answer_sums(items, ctx.facts.clients, ctx.facts.among)
    sums, unmapped = answered.sums, answered.unmapped
    by_client: dict[str, list[tuple[dt.date, str, str]]] = defaultdict(list)
    for assessment_id, client_id, rec in assessments.rows():
        day = to_date(rec.get("answered_on"))
        if client_id and day and day <= ctx.sel.date_to and assessment_id in sums:
            by_client[client_id].append((day, str(rec.get("created_at") or ""), assessment_id))
    pairs: list[tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]] = []
    for sets in by_client.values():
        sets.sort()
        if len(sets) >= 2 and ctx.in_period(sets[-1][0]):
            pairs.append((sums[sets[0][2]], sums[sets[-1][2]]))
    if unmapped:
        ctx.report.notes.append("w.unmapped")
    if not questionnaires:
        ctx.report.notes.append("w.no_questionnaire")
    newest = max(questionnaires, key=lambda q: q.version) if questionnaires else None
    scale_min, scale_max = (newest.scale_min, newest.scale_max) if newest else (0, 10)
    span = Decimal(scale_max - scale_min)
    domains: list[tuple[str, Any]] = []
    seen: set[str] = set()
    for qq in sorted(questionnaires, key=lambda x: -x.version):
        for code, titles in qq.domains:
            if code not in seen:
                seen.add(code)
                domains.append((code, titles))
    rows: list[list[Cell]] = []
    chart: list[tuple[Any, Cell, Cell]] = []
    for code, title in [*domains, ("_overall", "w.overall")]:
        before: list[Decimal] = []
        after: list[Decimal] = []
        for first, last in pairs:
            if code == "_overall":  # every answered item
                a = (sum(t for t, _ in first.values()), sum(k for _, k in first.values()))
                b = (sum(t for t, _ in last.values()), sum(k for _, k in last.values()))
            else:
                a, b = first.get(code, (0, 0)), last.get(code, (0, 0))
            if a[1] and b[1]:
                before.append(Decimal(a[0]) / a[1])
                after.append(Decimal(b[0]) / b[1])
        n = len(before)
        if n:
            mb, ma = _mean(before), _mean(after)
            pb, pa = (mb - scale_min) * 100 / span, (ma - scale_min) * 100 / span
            values: list[Any] = [
                _r(mb, TENTH),
                _r(ma, TENTH),
                _r(ma - mb, TENTH),
                _r(pb, ONE),
                _r(pa, ONE),
                _r(pa - pb, ONE),
            ]
        else:
            values = [None] * 6
        diffs = [y - x for x, y in zip(before, after, strict=True)]
        dist = [
            count(sum(1 for d in diffs if d > 0)),
            count(sum(1 for d in diffs if d == 0)),
            count(sum(1 for d in diffs if d < 0)),
        ]
        n_cell = count(n)
        kinds = ["mean1", "mean1", "mean1", "pct", "pct", "pp"]
        # A mean and its n give the sum: a mean is hidden whenever its n is.
        figures = [
            Cell(v, n, k, follows=(n_cell,), additive=False)
            for v, k in zip(values, kinds, strict=True)
        ]
        ctx.groups.append(Group(dist, n_cell))
        rows.append([label(title), n_cell, *figures, *dist])
        chart.append((title, figures[0], figures[1]))
        form = "percent" if code != "_overall" and code in _PERCENT_DOMAINS else "scale"
        ctx.report.key_figures.append(
            KeyFigure(
                f"wellbeing.{code}",
                title,
                form,
                {
                    "n": n_cell,
                    "before": figures[0],
                    "after": figures[1],
                    "before_pct": figures[3],
                    "after_pct": figures[4],
                },
            )
        )
    ctx.table(
        "wellbeing",
        "s.wellbeing",
        "s.wellbeing",
        [
            "c.domain",
            "c.n",
            "c.before",
            "c.after",
            "c.change",
            "c.before_pct",
            "c.after_pct",
            "c.change_pp",
            "c.improved",
            "c.same",
            "c.worse",
        ],
        rows,
    )


# Domains the seed reports as percentages (participation, overall situation); others as /10.
_PERCENT_DOMAINS = frozenset({"participation", "overall_situation"})


# --- goals ---------------------------------------------------------------------------------


def _goals(ctx: _Ctx) -> None:
    progress = ctx.load("goal_progress")
    latest: dict[tuple[str, str], tuple[dt.date, str, int]] = {}
    for entity_id, client_id, rec in progress.rows():
        day = to_date(rec.get("assessed_on"))
        if not client_id or not ctx.in_period(day) or rec.get("score") is None:
            continue
        assert day is not None
        key = (client_id, str(rec.get("goal_lineage_id")))
        point = (day, entity_id, int(rec["score"]))
        if key not in latest or point > latest[key]:
            latest[key] = point
    columns: dict[str, dict[int, set[str]]] = {
        "follow": defaultdict(set),
        "closing": defaultdict(set),
    }
    goals: dict[str, Counter[int]] = {"follow": Counter(), "closing": Counter()}
    for (client_id, _), (_, _, score) in latest.items():
        closed = ctx.facts.closed_on.get(client_id)
        col = "closing" if closed is not None and closed <= ctx.sel.date_to else "follow"
        columns[col][score].add(client_id)
        goals[col][score] += 1
    rows: list[list[Cell]] = []
    col_cells: dict[str, list[Cell]] = {"follow": [], "closing": [], "all": []}
    for score in (-2, -1, 0, 1, 2):
        row = [label(f"{score:+d}" if score else "0")]
        for col in ("follow", "closing"):
            cell = count(goals[col][score], len(columns[col][score]))
            col_cells[col].append(cell)
            row.append(cell)
        both = columns["follow"][score] | columns["closing"][score]
        cell = count(goals["follow"][score] + goals["closing"][score], len(both))
        col_cells["all"].append(cell)
        row.append(cell)
        rows.append(row)
        ctx.groups.append(Group(row[1:3], cell))  # at follow-up + at closing = all
    totals, reached_row, share_row = (
        [label("g.goals")],
        [label("g.reached")],
        [label("g.reached_share")],
    )
    for col in ("follow", "closing", "all"):
        keys = ("follow", "closing") if col == "all" else (col,)

        def sum_of(scores: range | tuple[int, ...], keys: tuple[str, ...] = keys) -> Cell:
            people = set().union(*(columns[k][s] for k in keys for s in scores))
            return count(sum(goals[k][s] for k in keys for s in scores), len(people))

        total, reached, short = sum_of(range(-2, 3)), sum_of(range(0, 3)), sum_of((-2, -1))
        ctx.derive(f"goals.short.{col}", short)
        parts = col_cells[col]
        ctx.groups += [
            Group(parts, total),
            Group(parts[2:], reached),  # 0, +1, +2
            Group(parts[:2], short),  # −2, −1
            Group([reached, short], total),
        ]
        totals.append(total)
        reached_row.append(reached)
        share_row.append(
            _share_cell(reached, total) if total.value else Cell(None, 0, "pct", additive=False)
        )
        if col == "all":
            ctx.report.key_figures.append(
                KeyFigure(
                    "goals.reached",
                    "g.reached_share",
                    "share",
                    {"part": reached, "whole": total, "share": share_row[-1]},
                )
            )
    ctx.groups += [Group(r[1:3], r[3]) for r in (totals, reached_row)]
    rows += [totals, reached_row, share_row]
    ctx.table(
        "goals",
        "s.goals",
        "s.goals",
        ["c.score", "c.at_follow_up", "c.at_closing", "c.all_goals"],
        rows,
    )


# --- feedback ------------------------------------------------------------------------------

_HETU = re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_PHONE = re.compile(r"\+?\d[\d \-]{6,}\d")


def redact(text: str) -> str:
    """Identity codes, e-mail addresses and phone numbers out of free text."""
    return _PHONE.sub("[…]", _EMAIL.sub("[…]", _HETU.sub("[…]", text)))


def _feedback(ctx: _Ctx) -> None:
    sel = ctx.sel
    first = f"{sel.date_from.year:04d}-{sel.date_from.month:02d}"
    last = f"{sel.date_to.year:04d}-{sel.date_to.month:02d}"
    rows_in: list[dict[str, Any]] = []
    if sel.team is None:  # feedback names a unit, never a team or a client
        rows_in = [
            r
            for r in feedback.rows(ctx.conn, (first, last))
            if sel.unit is None or r["unit"] == sel.unit
        ]
    n = len(rows_in)
    n_cell = count(n)  # one figure: every row's total and the number of answers
    rows: list[list[Cell]] = []
    answers: dict[str, list[Cell]] = {}
    for question in ("felt_heard", "budget_follow_ease", "goals_reached"):
        values = Counter(r.get(question) for r in rows_in)
        parts = [count(values.get(v, 0)) for v in (1, 2, 3, 4, 5)]
        # "No answer" says nothing of a person: shown even when small (the pilot evaluation
        # prints n = 25 beside 7 / 24), hidden only to protect another figure.
        parts.append(Cell(values.get(None, 0), values.get(None, 0), sensitive=False))
        answers[question] = parts
        ctx.groups.append(Group(parts, n_cell))
        rows.append([label(f"f.q.{question}"), *parts, n_cell])
    heard, heard_n, heard_share = _sub_sum(ctx, "heard", answers["felt_heard"], (3, 4), n_cell)
    hard, hard_n, hard_share = _sub_sum(ctx, "hard", answers["budget_follow_ease"], (0, 1), n_cell)
    key_rows = [
        [label("f.answers"), n_cell, n_cell, Cell(None, n, "pct", additive=False)],
        [label("f.heard"), heard, heard_n, heard_share],
        [label("f.hard"), hard, hard_n, hard_share],
    ]
    ctx.table(
        "feedback", "s.feedback", "s.feedback", ["c.figure", "c.count", "c.n", "c.share"], key_rows
    )
    ctx.table(
        "feedback_answers",
        "s.feedback",
        "f.counts",
        ["c.question", "1", "2", "3", "4", "5", "c.no_answer", "c.total"],
        rows,
    )
    ctx.report.key_figures += [
        KeyFigure("feedback.answers", "f.answers", "count", {"n": n_cell}),
        KeyFigure(
            "feedback.heard",
            "f.heard",
            "share",
            {"part": heard, "whole": heard_n, "share": heard_share},
        ),
        KeyFigure(
            "feedback.hard", "f.hard", "of", {"part": hard, "whole": hard_n, "share": hard_share}
        ),
    ]
    if n >= MIN_PEOPLE:
        ctx.report.feedback_texts = sorted(
            redact(str(r.get("text") or "")).strip()
            for r in rows_in
            if str(r.get("text") or "").strip()
        )


def _sub_sum(
    ctx: _Ctx, name: str, parts: list[Cell], chosen: tuple[int, ...], n_cell: Cell
) -> tuple[Cell, Cell, Cell]:
    """Answers in `chosen` (of the scale's five), of those who answered, and the share; with
    every sum anyone can make of them declared: chosen + rest = answered, answered + no
    answer = all answers."""
    scale, none = parts[:5], parts[5]
    inside = [scale[i] for i in chosen]
    outside = [c for i, c in enumerate(scale) if i not in chosen]
    part = count(sum(c.value for c in inside))
    rest = ctx.derive(f"feedback.{name}_rest", count(sum(c.value for c in outside)))
    answered = count(part.value + rest.value)
    ctx.groups += [
        Group(inside, part),
        Group(outside, rest),
        Group([part, rest], answered),
        Group([answered, none], n_cell),
    ]
    return part, answered, _share_cell(part, answered)


# --- services chosen -----------------------------------------------------------------------


def _services(ctx: _Ctx) -> None:
    budgets = ctx.load("budgets")
    decided = {bid for bid, _, rec in budgets.rows() if rec.get("status") == "decided"}
    lines = ctx.load("budget_lines")
    by_cat: dict[str, set[str]] = defaultdict(set)
    line_count: Counter[str] = Counter()
    own: Counter[str] = Counter()
    own_people: dict[str, set[str]] = defaultdict(set)
    served_goals: set[tuple[str, str]] = set()
    chose: set[str] = set()
    for _, client_id, rec in lines.rows():
        if rec.get("budget_id") not in decided or not client_id:
            continue
        cat = str(rec.get("category") or "other")
        by_cat[cat].add(client_id)
        line_count[cat] += 1
        chose.add(client_id)
        if rec.get("source") == "own_option":
            own[cat] += 1
            own_people[cat].add(client_id)
        if rec.get("goal_lineage_id"):
            served_goals.add((client_id, str(rec["goal_lineage_id"])))
    rows: list[list[Cell]] = []
    for cat in sorted(by_cat, key=lambda c: (-len(by_cat[c]), c)):
        rows.append(
            [
                label(f"cat.{cat}"),
                count(len(by_cat[cat])),
                count(line_count[cat], len(by_cat[cat])),
                count(own[cat], len(own_people[cat])),
            ]
        )
    line_parts = [r[2] for r in rows]
    own_parts = [r[3] for r in rows]
    total_lines = count(sum(line_count.values()), len(chose))
    total_own = count(
        sum(own.values()), len(set().union(*own_people.values())) if own_people else 0
    )
    ctx.groups += [Group(line_parts, total_lines), Group(own_parts, total_own)]
    chose_cell = count(len(chose))
    rows.append([label("total"), chose_cell, total_lines, total_own])
    outside_people = {c for cat in OUTSIDE_CARE for c in by_cat.get(cat, set())}
    outside = count(len(outside_people))
    outside_rest = ctx.derive("services.outside_rest", count(len(chose) - len(outside_people)))
    ctx.groups.append(Group([outside, outside_rest], chose_cell))
    plan = ctx.load("plan_entries")
    goals = {
        (c, str(rec.get("lineage_id")))
        for _, c, rec in plan.rows()
        if c in chose and rec.get("section") == "goal"
    }
    unmet = goals - served_goals
    unmet_cell = count(len(unmet), len({c for c, _ in unmet}))
    rows.append(
        [
            label("sv.outside"),
            outside,
            chose_cell,
            _share_cell(outside, chose_cell) if chose else Cell(None, 0, "pct", additive=False),
        ]
    )
    rows.append(
        [
            label("g.unmet"),
            unmet_cell,
            count(len(goals), len({c for c, _ in goals})),
            Cell(None, MIN_PEOPLE, "pct", additive=False),
        ]
    )
    ctx.table(
        "services",
        "s.services",
        "s.services",
        ["c.category", "c.clients", "c.lines", "c.own"],
        rows,
    )
    ctx.report.key_figures.append(
        KeyFigure(
            "services.outside",
            "sv.outside",
            "of",
            {"part": outside, "whole": chose_cell, "share": rows[-2][3]},
        )
    )


# --- costs ---------------------------------------------------------------------------------


def _money_group(
    ctx: _Ctx,
    key: str,
    title: str,
    first_col: str,
    prefix: str,
    entries: Iterable[tuple[str, str, Decimal]],
    order: Sequence[str] = (),
) -> None:
    """Spending summed by a code: euros and clients per code, with the total."""
    euros: dict[str, Decimal] = defaultdict(Decimal)
    people: dict[str, set[str]] = defaultdict(set)
    for code, client_id, amount in entries:
        euros[code] += amount
        people[code].add(client_id)
    codes = [c for c in order if c in euros] + sorted(c for c in euros if c not in order)
    rows = [
        [
            label(f"{prefix}{c}"),
            Cell(_r(euros[c], CENT), len(people[c]), "eur"),
            count(len(people[c])),
        ]
        for c in codes
    ]
    everyone = set().union(*people.values()) if people else set()
    total_eur = Cell(_r(sum(euros.values(), Decimal(0)), CENT), len(everyone), "eur")
    total_people = count(len(everyone))
    ctx.groups.append(Group([r[1] for r in rows], total_eur))
    rows.append([label("total"), total_eur, total_people])
    ctx.table(key, "s.costs", title, [first_col, "c.eur", "c.clients"], rows)


def _costs(ctx: _Ctx, decisions: data.Table, spending: data.Table) -> None:
    sel = ctx.sel
    chains: dict[str, tuple[dt.date, str, dict[str, Any]]] = {}
    chain_client: dict[str, str] = {}
    for decision_id, client_id, rec in decisions.rows():
        if not client_id or rec.get("kind") == "ending":
            continue
        chain = str(rec.get("chain_id") or decision_id)
        decided = to_date(rec.get("decided_on")) or dt.date.min
        if chain not in chains or (decided, decision_id) > chains[chain][:2]:
            chains[chain] = (decided, decision_id, rec)
            chain_client[chain] = client_id
    in_force: dict[str, dict[str, Any]] = {}
    for chain, (_, _, rec) in chains.items():
        start, end = to_date(rec.get("valid_from")), to_date(rec.get("valid_to"))
        if (
            rec.get("outcome") in ("granted", "partly_granted")
            and start
            and end
            and start <= sel.date_to
            and end >= sel.date_from
        ):
            in_force[chain] = rec
    used: dict[str, Decimal] = defaultdict(Decimal)
    timeline: dict[str, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    cat_entries, method_entries, law_entries = [], [], []
    invoices: dict[str, dt.date] = {}
    for entry_id, client_id, rec in spending.rows():
        day = to_date(rec.get("spent_on"))
        if not client_id or day is None:
            continue
        amount = to_money(rec.get("amount"))
        chain = str(rec.get("chain_id"))
        if day <= sel.date_to:
            used[chain] += amount
            timeline[chain].append((day, amount))
        if ctx.in_period(day):
            cat_entries.append((str(rec.get("category") or "other"), client_id, amount))
            method_entries.append((str(rec.get("method") or "other"), client_id, amount))
            law = chains[chain][2].get("service_area") if chain in chains else None
            law_entries.append((str(law or "other"), client_id, amount))
            if rec.get("method") == "invoice" and not rec.get("reverses_id"):
                arrived = to_date(rec.get("recorded_at")) or day
                invoices[entry_id] = arrived
    granted_by_client: dict[str, Decimal] = defaultdict(Decimal)
    used_by_client: dict[str, Decimal] = defaultdict(Decimal)
    early, unused = set(), set()
    for chain, rec in in_force.items():
        client_id = chain_client[chain]
        granted = to_money(rec.get("granted_sum"))
        granted_by_client[client_id] += granted
        used_by_client[client_id] += used[chain]
        start, end = to_date(rec.get("valid_from")), to_date(rec.get("valid_to"))
        assert start and end
        if granted > 0:
            running = Decimal(0)
            for day, amount in sorted(timeline[chain]):
                running += amount
                if running >= granted * Decimal("0.95"):
                    if (day - start).days < (end - start).days * 0.75:
                        early.add(client_id)
                    break
            if end <= sel.date_to and used[chain] < granted / 2:
                unused.add(client_id)
    clients = sorted(granted_by_client)
    n = len(clients)
    granted_total = Cell(_r(sum(granted_by_client.values(), Decimal(0)), CENT), n, "eur")
    used_total = Cell(_r(sum(used_by_client.values(), Decimal(0)), CENT), n, "eur")
    n_cell = count(n)  # one figure, in every row

    def median_eur(by_client: dict[str, Decimal]) -> Cell:
        value = _r(_median([by_client[c] for c in clients]), CENT) if n else None
        return Cell(value, n, "eur", additive=False)

    rows = [
        [label("k.granted"), granted_total, n_cell],
        [label("k.used"), used_total, n_cell],
        [label("k.median_granted"), median_eur(granted_by_client), n_cell],
        [label("k.median_used"), median_eur(used_by_client), n_cell],
        [label("k.early"), count(len(early)), n_cell],
        [label("k.unused"), count(len(unused)), n_cell],
    ]
    confirmations = ctx.load("invoice_confirmations")
    days, people, slow_people = [], set(), set()
    for _, client_id, rec in confirmations.rows():
        came = invoices.get(str(rec.get("entry_id")))
        confirmed = to_date(rec.get("confirmed_on"))
        if came and confirmed and client_id:
            days.append(max((confirmed - came).days, 0))
            people.add(client_id)
            if days[-1] > 14:
                slow_people.add(client_id)
    invoices_n = count(len(days), len(people))
    rows.append(
        [
            label("k.invoice_days"),
            Cell(_median_of(days), len(people), "days", additive=False),
            invoices_n,
        ]
    )
    slow = sum(1 for d in days if d > 14)
    rows.append([label("k.invoice_slow"), count(slow, len(slow_people)), invoices_n])
    ctx.table("costs", "s.costs", "s.costs", ["c.figure", "c.value", "c.n"], rows)
    bands: list[Cell] = []
    band_rows = []
    for low, high in BANDS:
        members = [
            c
            for c in clients
            if granted_by_client[c] > 0
            and used_by_client[c] * 100 >= granted_by_client[c] * low
            and (high is None or used_by_client[c] * 100 < granted_by_client[c] * high)
        ]
        cell = count(len(members))
        bands.append(cell)
        band_rows.append([label(f"{low}–{high} %" if high else f"≥ {low} %"), cell])
    band_total = count(sum(c.value for c in bands))
    ctx.groups.append(Group(bands, band_total))
    band_rows.append([label("total"), band_total])
    ctx.table("costs_use", "s.costs", "k.use_bands", ["c.band", "c.clients"], band_rows)
    _money_group(ctx, "costs_category", "k.by_category", "c.category", "cat.", cat_entries)
    _money_group(ctx, "costs_method", "k.by_method", "c.method", "method.", method_entries, METHODS)
    _money_group(ctx, "costs_law", "k.by_law", "c.law", "law.", law_entries)
    ctx.report.notes.append("k.standard_missing")
