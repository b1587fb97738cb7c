"""The budget decision (HB-päätös) with the request-for-rectification instructions."""

from __future__ import annotations

from decimal import Decimal
from typing import IO
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, ListFlowable, ListItem

from hbdesk.formatting import date, money, number
from hbdesk.pdf.base import (
    STYLES,
    build,
    facts_table,
    gap,
    grid,
    heading,
    inert,
    markup,
    para,
    together,
)
from hbdesk.pdf.documents import DecisionDoc
from hbdesk.pdf.texts import category, laws_in, t, unit, word


def _header(doc: DecisionDoc, lang: str) -> list[Flowable]:
    org = doc.organisation
    lines = [f"<b>{inert(org.named(org.name))}</b>"]
    if org.deciding_body:
        lines.append(inert(org.named(org.deciding_body)))
    lines.append(inert(org.address))
    lines += [inert(x) for x in (org.phone, org.email) if x]
    return [
        markup("<br/>".join(lines), "small"),
        gap(3),
        markup(escape(_title(doc, lang)), "title"),
    ]


def _title(doc: DecisionDoc, lang: str) -> str:
    return t("decision.title_ending" if doc.kind == "ending" else "decision.title", lang)


def _facts(doc: DecisionDoc, lang: str) -> list[Flowable]:
    rows: list[tuple[str, str | None]] = [
        (t("decision.number", lang), doc.number),
        (t("decision.date", lang), date(doc.decided_on)),
        (t("client", lang), doc.client.name),
    ]
    if doc.client.identity_code:
        rows.append((t("identity_code", lang), doc.client.identity_code))
    if doc.client.address:
        rows.append((t("address", lang), doc.client.address))
    rows.append((t("decision.outcome", lang), word("outcome", doc.outcome, lang)))
    if doc.outcome != "refused":
        rows.append((t("decision.sum", lang), money(doc.granted_sum, lang)))
    if doc.outcome in ("partly_granted", "refused"):
        rows.append((t("decision.proposed_sum", lang), money(doc.proposed_sum, lang)))
    rows.append((t("decision.validity", lang), f"{date(doc.valid_from)} – {date(doc.valid_to)}"))
    if doc.supersedes:
        rows.append((t("decision.supersedes", lang), doc.supersedes))
    if doc.superseded_by:
        rows.append((t("decision.superseded_by", lang), doc.superseded_by))
    return [facts_table(rows)]


def _lines(doc: DecisionDoc, lang: str) -> list[Flowable]:
    if not doc.lines or doc.outcome == "refused":
        return []
    header = [
        t("col.description", lang),
        t("col.provider", lang),
        t("col.price", lang),
        t("col.qty", lang),
        t("col.total", lang),
    ]
    rows = []
    for line in doc.lines:
        qty = (
            f"{number(line.quantity, lang, decimals=_decimals(line.quantity))} × "
            f"{unit(line.unit, lang)}, {t('freq.' + line.frequency, lang)}"
            + (f" ({line.occurrences} ×)" if line.frequency != "once" else "")
        )
        rows.append(
            [
                line.description,
                line.provider,
                money(line.unit_price, lang),
                qty,
                money(line.total, lang),
            ]
        )
    rows.append(
        [t("total", lang), "", "", "", money(sum((x.total for x in doc.lines), Decimal(0)), lang)]
    )
    return [
        heading(t("decision.breakdown", lang)),
        grid(header, rows, [34, 24, 12, 18, 13], right=(2, 4)),
        gap(1),
        para(t("decision.breakdown_note", lang), "small"),
    ]


def _decimals(value: object) -> int:
    text = str(value)
    return len(text.split(".")[1]) if "." in text else 0


def _restrictions(doc: DecisionDoc, lang: str) -> list[Flowable]:
    out: list[Flowable] = [heading(t("decision.restrictions", lang))]
    if doc.restrictions.strip():
        out.append(para(doc.restrictions))
    if doc.excluded_categories:
        out.append(
            para(
                f"{t('decision.excluded', lang)}: "
                + ", ".join(category(c, lang) for c in doc.excluded_categories)
            )
        )
    if doc.allowed_categories:
        out.append(
            para(
                f"{t('decision.allowed_only', lang)}: "
                + ", ".join(category(c, lang) for c in doc.allowed_categories)
            )
        )
    out.append(para(t("decision.general_restriction", lang)))
    return out


def _legal_basis(doc: DecisionDoc, lang: str) -> list[Flowable]:
    """The laws applied; a decision over several laws shows each one's part of the budget."""
    out = _section("decision.legal_basis", laws_in(doc.legal_basis, lang), lang)
    if len(doc.parts) > 1:
        header = [t("decision.law", lang), t("decision.part", lang)]
        rows = [[word("law", p.area, lang), money(p.total, lang)] for p in doc.parts]
        out += [para(t("decision.parts_note", lang)), grid(header, rows, [70, 30], right=(1,))]
    return out


def _section(title_key: str, text: str, lang: str) -> list[Flowable]:
    if not text.strip():
        return []
    return [heading(t(title_key, lang)), para(text)]


def _notice_text(doc: DecisionDoc, lang: str) -> str:
    n = doc.notice
    if n is None:
        return t("rect.no_notification", lang)
    method = word("method", n.method, lang)
    return t("rect.your_deadline", lang).format(
        method=method,
        sent=date(n.sent_on),
        received=date(n.deemed_received),
        deadline=date(n.deadline),
    )


def rectification(doc: DecisionDoc, lang: str) -> list[Flowable]:
    """The request-for-rectification instructions, with this decision's deadline if known."""
    a, org = doc.appeal, doc.organisation
    contact = [org.named(a.body), a.address] + [x for x in (a.phone, a.email) if x]
    items = [
        ListItem(para(text), leftIndent=12) for text in t("rect.contents_items", lang).split("|")
    ]
    return [
        heading(t("rect.title", lang)),
        para(t("rect.intro", lang)),
        heading(t("rect.to_whom", lang), 3),
        para("\n".join(contact)),
        heading(t("rect.time", lang), 3),
        para(t("rect.time_text", lang)),
        para(t("rect.deemed", lang)),
        markup(f"<b>{inert(_notice_text(doc, lang))}</b>"),
        heading(t("rect.contents", lang), 3),
        ListFlowable(
            items,
            bulletType="bullet",
            start="•",
            leftIndent=12,
            bulletFontName=STYLES["body"].fontName,
            bulletFontSize=9,
        ),
        para(t("rect.attachments", lang)),
        heading(t("rect.court", lang), 3),
        para(t("rect.court_text", lang).format(court=org.named(a.court))),
    ]


def _signature(doc: DecisionDoc, lang: str) -> list[Flowable]:
    return [
        gap(4),
        together(
            heading(t("decision.signature", lang), 3),
            para(f"{doc.decided_by_name}, {doc.decided_by_title}"),
            para(
                f"{doc.organisation.named(doc.organisation.name)} · {date(doc.decided_on)}", "small"
            ),
        ),
    ]


def story(doc: DecisionDoc, lang: str) -> list[Flowable]:
    s = _header(doc, lang) + _facts(doc, lang)
    s += _section("decision.grounds", doc.grounds, lang)
    s += _section("decision.plan_summary", doc.plan_summary, lang)
    s += _lines(doc, lang)
    s += _restrictions(doc, lang)
    s += _legal_basis(doc, lang)
    s += _section("decision.follow_up", doc.follow_up, lang)
    if doc.outcome != "refused":
        s += [
            heading(t("decision.payment_methods", lang)),
            para(t("decision.payment_methods_text", lang)),
        ]
    s += _signature(doc, lang)
    s += rectification(doc, lang)
    return s


def write_decision(doc: DecisionDoc, out: IO[bytes], lang: str = "fi") -> None:
    """Write the decision PDF (with its rectification instructions) to a binary stream."""
    title = f"{_title(doc, lang)} {doc.number}"
    build(out, lambda: story(doc, lang), title=title, footer=title, lang=lang)
