"""The readable half of the client's data export: everything held, and who used it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from hbdesk import formatting
from hbdesk.formatting import date, money
from hbdesk.models.signature import Signature
from hbdesk.pdf.base import build, facts_table, gap, grid, heading, markup, para
from hbdesk.pdf.documents import ConfirmationDoc, Entry, ExportDoc, Remark
from hbdesk.pdf.plan_pdf import SECTIONS, confirmation_flowables, entry_flowables
from hbdesk.pdf.texts import category, t, word

Row = Mapping[str, Any]
_SKIP = {"id", "client_id", "hash", "prev_hash", "lineage_id", "chain_id", "position"}


def _d(value: Any) -> str:
    if not value:
        return "–"
    text = str(value)
    try:
        return date(dt.date.fromisoformat(text[:10]))
    except ValueError:
        return text


def _m(value: Any, lang: str) -> str:
    return money(Decimal(str(value)), lang) if value not in (None, "") else "–"


class _Export:
    def __init__(self, doc: ExportDoc, lang: str) -> None:
        self.data, self.lang = doc.data, lang
        self.remarks: dict[str, list[Remark]] = {}
        for r in self.rows("disagreements"):
            self.remarks.setdefault(str(r["record_id"]), []).append(
                Remark(str(r["text"]), str(r["author"]), _day(r["recorded_at"]))
            )

    def rows(self, key: str) -> Sequence[Row]:
        value = self.data.get(key) or []
        return value if isinstance(value, list) else []

    def entry(self, row: Row, text: str, day: str, author: str = "author") -> list[Flowable]:
        remarks = tuple(self.remarks.get(str(row.get("id")), ()))
        return entry_flowables(
            Entry(text, str(row.get(author) or ""), _day(row.get(day)), remarks), self.lang
        )

    def section(
        self, key: str, title: str, build_rows: Callable[[], list[Flowable]]
    ) -> list[Flowable]:
        body = build_rows() if self.rows(key) or key == "client" else []
        return [heading(title), *(body or [para(t("none", self.lang), "small")])]


def _day(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return dt.date.min


def _details(x: _Export) -> list[Flowable]:
    c = x.data.get("client") or {}
    lang = x.lang
    rows = [
        (t("name", lang), f"{c.get('first_name', '')} {c.get('last_name', '')}"),
        (t("identity_code", lang), c.get("identity_code")),
        (t("address", lang), c.get("address")),
        (t("phone", lang), c.get("phone")),
        (t("email", lang), c.get("email")),
        (t("language", lang), c.get("language")),
        (t("unit", lang), c.get("unit")),
        (t("key_worker_name", lang), c.get("key_worker_name")),
    ]
    return [facts_table(rows)]


def _people(x: _Export) -> list[Flowable]:
    lang = x.lang
    out: list[Flowable] = []
    for p in x.rows("close_people"):
        role = word("role", p.get("role"), lang) or p.get("role")
        extra = t("plan.trusted", lang) if p.get("trusted") else ""
        out.append(
            para(
                ", ".join(
                    str(v)
                    for v in (
                        p.get("name"),
                        p.get("relation"),
                        role,
                        extra,
                        p.get("phone"),
                        p.get("tasks"),
                    )
                    if v
                )
            )
        )
    for m in x.rows("team_members"):
        seen = ", ".join(m.get("may_see") or []) or t("no", lang)
        out.append(
            para(
                f"{m.get('name')}, {m.get('role')}, {m.get('organisation')} — "
                f"{t('plan.team', lang)}: {seen}"
            )
        )
    for c in x.rows("support_need_considerations"):
        out += x.entry(c, str(c.get("reasoning")), "considered_on")
    return out


def _simple(key: str, text: Callable[[Row], str], day: str) -> Callable[[_Export], list[Flowable]]:
    def render(x: _Export) -> list[Flowable]:
        out: list[Flowable] = []
        for r in x.rows(key):
            out += x.entry(r, text(r), day)
        return out

    return render


def _self(x: _Export) -> list[Flowable]:
    lang = x.lang
    items = x.data.get("questionnaire_items") or {}
    answers: dict[str, list[Row]] = {}
    for a in x.rows("self_assessment_answers"):
        answers.setdefault(str(a["assessment_id"]), []).append(a)
    out: list[Flowable] = []
    for s in x.rows("self_assessments"):
        out.append(
            markup(
                f"<b>{_d(s.get('answered_on'))}</b> · "
                f"{escape(word('author', s.get('author'), lang))}"
            )
        )
        if s.get("comment"):
            out.append(para(str(s["comment"])))
        rows = []
        for a in answers.get(str(s["id"]), []):
            item = items.get(str(a["item_id"]), {})
            text = item.get(f"text_{lang}") or item.get("text_fi") or str(a["item_id"])
            rows.append([text, "–" if a.get("value") is None else str(a["value"])])
        if rows:
            out.append(
                grid([t("col.entry", lang), t("col.score", lang)], rows, [85, 15], right=(1,))
            )
        out.append(gap(2))
    return out


def _plans(x: _Export) -> list[Flowable]:
    lang = x.lang
    entries: dict[str, list[Row]] = {}
    for e in x.rows("plan_entries"):
        entries.setdefault(str(e["plan_id"]), []).append(e)
    out: list[Flowable] = []
    for p in x.rows("plans"):
        status = t(f"plan.status.{p.get('status')}", lang)
        agreed = f", {_d(p.get('agreed_on'))}" if p.get("agreed_on") else ""
        out.append(heading(f"{t('plan.version', lang)} {p.get('version')}: {status}{agreed}", 3))
        for c in x.rows("plan_confirmations"):
            if c.get("plan_id") == p.get("id"):
                out += confirmation_flowables(_confirmation(c), lang)
        own = sorted(entries.get(str(p["id"]), []), key=lambda e: int(e.get("position") or 0))
        for section in SECTIONS:
            mine = [e for e in own if e.get("section") == section]
            if mine:
                out.append(markup(f"<b>{escape(t('section.' + section, lang))}</b>"))
            for e in mine:
                out += x.entry(e, str(e.get("text")), "updated_at")
    return out


def _local(text: str) -> dt.datetime:
    """An exported UTC instant in Finnish time (as the plan PDF shows it)."""
    return formatting.in_finland(dt.datetime.fromisoformat(text))


def _confirmation(c: Row) -> ConfirmationDoc:
    drawn = c.get("signature")
    return ConfirmationDoc(
        str(c.get("method")),
        _local(str(c.get("confirmed_at"))),
        tuple(a for a in str(c.get("present") or "").split(",") if a),
        c.get("typed_name"),
        Signature.from_data(drawn) if drawn else None,
    )


def _budgets(x: _Export) -> list[Flowable]:
    lang = x.lang
    lines: dict[str, list[Row]] = {}
    for line in x.rows("budget_lines"):
        lines.setdefault(str(line["budget_id"]), []).append(line)
    out: list[Flowable] = []
    for b in x.rows("budgets"):
        out.append(
            heading(
                f"{t('plan.version', lang)} {b.get('version')} · "
                f"{_d(b.get('valid_from'))} – {_d(b.get('valid_to'))}",
                3,
            )
        )
        rows = [
            [
                str(r.get("description")),
                str(r.get("provider")),
                _open(_m(r.get("unit_price"), lang), r, "unit_price", lang),
                _open(
                    f"{r.get('quantity')} {word('freq', r.get('frequency'), lang)}",
                    r,
                    "quantity",
                    lang,
                ),
                _open(_m(r.get("total"), lang), r, None, lang),
            ]
            for r in lines.get(str(b["id"]), [])
        ]
        if rows:
            out.append(
                grid(
                    [
                        t("col.description", lang),
                        t("col.provider", lang),
                        t("col.price", lang),
                        t("col.qty", lang),
                        t("col.total", lang),
                    ],
                    rows,
                    [34, 24, 13, 16, 13],
                    right=(2, 4),
                )
            )
    return out


def _open(text: str, line: Row, name: str | None, lang: str) -> str:
    """A value two laptops wrote differently (the total: any of them) is marked, not settled."""
    open_fields = line.get("in_conflict") or []
    if (name is None and open_fields) or name in open_fields:
        return f"{text} ({t('money.in_conflict', lang)})"
    return text


def _decisions(x: _Export) -> list[Flowable]:
    lang = x.lang
    notes: dict[str, list[Row]] = {}
    for n in x.rows("decision_notifications"):
        notes.setdefault(str(n["decision_id"]), []).append(n)
    out: list[Flowable] = []
    for d in x.rows("decisions"):
        rows = [
            (t("decision.number", lang), d.get("number")),
            (t("decision.date", lang), _d(d.get("decided_on"))),
            (t("decision.outcome", lang), word("outcome", d.get("outcome"), lang)),
            (t("decision.sum", lang), _m(d.get("granted_sum"), lang)),
            (t("decision.validity", lang), f"{_d(d.get('valid_from'))} – {_d(d.get('valid_to'))}"),
            (t("decision.grounds", lang), d.get("grounds")),
            (t("decision.restrictions", lang), d.get("restrictions") or None),
            (t("decision.legal_basis", lang), d.get("legal_basis")),
            (t("decision.maker", lang), f"{d.get('decided_by_name')}, {d.get('decided_by_title')}"),
        ]
        for n in notes.get(str(d["id"]), []):
            rows.append(
                (
                    t("decision.notification", lang),
                    f"{word('method', n.get('method'), lang)} {_d(n.get('sent_on'))}",
                )
            )
        out += [facts_table(rows), gap(2)]
    return out


def _spending(x: _Export) -> list[Flowable]:
    lang = x.lang
    confs = {str(c["entry_id"]): c for c in x.rows("invoice_confirmations")}
    receipts: dict[str, list[Row]] = {}
    for r in x.rows("receipt_reports"):
        receipts.setdefault(str(r["entry_id"]), []).append(r)
    rows = []
    for e in x.rows("spending_entries"):
        conf = confs.get(str(e["id"]))
        status = (
            f"{word('verdict', conf.get('verdict'), lang)} "
            f"({word('author', conf.get('confirmed_by'), lang)}, "
            f"{_d(conf.get('confirmed_on'))})"
            if conf
            else ""
        )
        if e.get("method") == "invoice" and not conf:
            status = t("pending", lang)
        if e.get("reverses_id"):
            status = f"{t('reversal', lang)}: {e.get('reason') or ''}"
        for r in receipts.get(str(e["id"]), []):
            status += f" {_d(r.get('reported_on'))} {_m(r.get('amount'), lang)}"
        what = f"{word('pm', e.get('method'), lang)}, {category(str(e.get('category')), lang)}"
        rows.append(
            [
                _d(e.get("spent_on")),
                str(e.get("provider")),
                what,
                _m(e.get("amount"), lang),
                status.strip() or "–",
            ]
        )
    return [
        grid(
            [
                t("date", lang),
                t("col.provider", lang),
                t("col.method", lang),
                t("col.amount", lang),
                t("col.status", lang),
            ],
            rows,
            [15, 26, 23, 14, 22],
            right=(3,),
        )
    ]


def _goals(x: _Export) -> list[Flowable]:
    lang = x.lang
    texts = {str(e.get("lineage_id")): str(e.get("text")) for e in x.rows("plan_entries")}
    rows = [
        [
            _d(g.get("assessed_on")),
            texts.get(str(g.get("goal_lineage_id")), "–"),
            f"{int(g.get('score') or 0):+d}",
            str(g.get("note") or ""),
            word("author", g.get("author"), lang),
        ]
        for g in x.rows("goal_progress")
    ]
    return [
        grid(
            [
                t("date", lang),
                t("section.goal", lang),
                t("col.score", lang),
                t("col.description", lang),
                t("author", lang),
            ],
            rows,
            [14, 35, 12, 25, 14],
        )
    ]


def _log(x: _Export) -> list[Flowable]:
    lang = x.lang
    rows = []
    for r in x.rows("access_log"):
        who = f"{r.get('user_id')} ({word('role', r.get('user_role'), lang)})"
        to = ""
        if r.get("recipient"):
            to = f"{r.get('recipient')}; {r.get('legal_basis') or ''}; {r.get('disclosed') or ''}"
        rows.append(
            [
                _when(r.get("at")),
                who,
                word("action", r.get("action"), lang),
                word("purpose", r.get("purpose"), lang),
                to,
            ]
        )
    return [
        para(t("export.log_intro", lang), "small"),
        grid(
            [
                t("log.when", lang),
                t("log.who", lang),
                t("log.what", lang),
                t("log.why", lang),
                t("log.to", lang),
            ],
            rows,
            [15, 18, 14, 23, 30],
        ),
    ]


def _when(value: Any) -> str:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "–")
    return f"{date(at.date())} {at:%H:%M}"


def _generic(x: _Export, key: str) -> list[Flowable]:
    out: list[Flowable] = []
    for r in x.rows(key):
        out += [facts_table([(k, _text(v)) for k, v in r.items() if k not in _SKIP]), gap(2)]
    return out


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "–" if value is None else str(value)


_SECTIONS: tuple[tuple[str, str, Callable[[_Export], list[Flowable]]], ...] = (
    ("client", "export.details", _details),
    ("close_people", "export.people", _people),
    (
        "contacts",
        "export.contacts",
        _simple(
            "contacts",
            lambda r: "\n\n".join(
                str(v) for v in (r.get("described_needs"), r.get("close_people_role")) if v
            ),
            "contacted_on",
        ),
    ),
    ("notes", "export.notes", _simple("notes", lambda r: str(r.get("text")), "created_at")),
    ("self_assessments", "export.self", _self),
    (
        "need_assessments",
        "export.assessments",
        _simple(
            "need_assessments",
            lambda r: f"{r.get('needs')}\n\n{r.get('entitlement')}",
            "assessed_on",
        ),
    ),
    (
        "client_proposals",
        "export.proposals",
        _simple(
            "client_proposals", lambda r: f"{r.get('goals')}\n\n{r.get('means')}", "proposed_on"
        ),
    ),
    ("plans", "export.plans", _plans),
    ("budgets", "export.budgets", _budgets),
    ("decisions", "export.decisions", _decisions),
    ("spending_entries", "export.spending", _spending),
    (
        "follow_ups",
        "export.follow_ups",
        _simple("follow_ups", lambda r: str(r.get("summary")), "held_on"),
    ),
    ("goal_progress", "export.goals", _goals),
    (
        "closings",
        "export.closing",
        _simple(
            "closings",
            lambda r: "\n\n".join(str(v) for v in (r.get("reason_text"), r.get("effects")) if v),
            "closed_on",
        ),
    ),
)
# Shown inside another section (or reference data), not on their own.
_INSIDE = {
    "team_members",
    "support_need_considerations",
    "self_assessment_answers",
    "plan_entries",
    "plan_confirmations",
    "disagreements",
    "budget_lines",
    "decision_notifications",
    "invoice_confirmations",
    "receipt_reports",
    "questionnaire_items",
    "access_log",
}


def story(doc: ExportDoc, lang: str) -> list[Flowable]:
    x = _Export(doc, lang)
    s: list[Flowable] = [
        para(doc.organisation.name, "small"),
        markup(escape(t("export.title", lang)), "title"),
        para(t("export.intro", lang)),
        para(f"{t('printed', lang)}: {date(doc.exported_on)}", "small"),
    ]
    for key, title, render in _SECTIONS:
        s += x.section(key, t(title, lang), lambda r=render: r(x))  # type: ignore[misc]
    known = {k for k, _, _ in _SECTIONS} | _INSIDE
    for key in sorted(k for k, v in doc.data.items() if isinstance(v, list) and k not in known):
        if x.rows(key):
            s += [heading(t(f"table.{key}", lang)), *_generic(x, key)]
    s += x.section("access_log", t("export.log", lang), lambda: _log(x))
    return s


def write_export_pdf(doc: ExportDoc, out: IO[bytes], lang: str = "fi") -> None:
    """Write the readable export of everything held about the client to a binary stream."""
    title = t("export.title", lang)
    build(out, lambda: story(doc, lang), title=title, footer=title, lang=lang)
