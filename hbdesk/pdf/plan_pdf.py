"""The client plan (asiakassuunnitelma) as the client keeps it: every entry attributed."""

from __future__ import annotations

from typing import IO
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from hbdesk.formatting import date
from hbdesk.pdf.base import build, facts_table, gap, heading, markup, para, together
from hbdesk.pdf.documents import Entry, PlanDoc
from hbdesk.pdf.texts import t, word

SECTIONS = ("need", "goal", "budget_use", "role", "follow_up")


def entry_flowables(entry: Entry, lang: str) -> list[Flowable]:
    """One entry: its text, then who wrote it and when, then any disagreement beside it."""
    who = f"{t('written_by', lang)}: {word('author', entry.author, lang)}, {date(entry.on)}"
    parts: list[Flowable] = [para(entry.text), para(who, "small")]
    for remark in entry.disagreements:
        head = (f"<b>{escape(t('disagreement', lang))}</b> "
                f"({escape(word('author', remark.author, lang))}, {date(remark.on)}):")
        parts += [markup(head, "quote"), para(remark.text, "quote")]
    parts.append(gap(2))
    return [together(*parts)]


def _status_rows(doc: PlanDoc, lang: str) -> list[tuple[str, str | None]]:
    rows: list[tuple[str, str | None]] = [
        (t("client", lang), doc.client.name),
        (t("plan.version", lang), str(doc.version)),
        (t("plan.status", lang), t(f"plan.status.{doc.status}", lang)),
    ]
    if doc.agreed_on:
        rows.append((t("plan.agreed_on", lang), date(doc.agreed_on)))
    if doc.confirmed_by:
        rows.append((t("plan.confirmed_by", lang),
                     ", ".join(word("author", a, lang) for a in doc.confirmed_by)))
    if doc.based_on_version:
        rows.append((t("plan.based_on", lang), str(doc.based_on_version)))
    if doc.next_follow_up_on:
        rows.append((t("plan.next_follow_up", lang), date(doc.next_follow_up_on)))
    rows.append((t("key_worker_name", lang), doc.key_worker or None))
    return rows


def _helpers(doc: PlanDoc, lang: str) -> list[Flowable]:
    out: list[Flowable] = [heading(t("plan.roles_people", lang), 3)]
    rows: list[tuple[str, str | None]] = [(t("key_worker_name", lang), doc.key_worker or None)]
    label = {"support_person": t("plan.support_person", lang), "trusted": t("plan.trusted", lang),
             "team": t("plan.team", lang)}
    for h in doc.helpers:
        text = ", ".join(p for p in (h.name, h.role, h.organisation, h.tasks) if p)
        rows.append((label.get(h.kind, h.kind), text))
    out.append(facts_table(rows))
    return out


def story(doc: PlanDoc, lang: str) -> list[Flowable]:
    s: list[Flowable] = [
        para(doc.organisation.name, "small"),
        markup(escape(t("plan.title", lang)), "title"),
        facts_table(_status_rows(doc, lang)), gap(2),
        para(t("plan.legend", lang), "small"),
    ]
    for section in SECTIONS:
        s.append(heading(t(f"section.{section}", lang)))
        entries = doc.sections.get(section, ())
        if section == "role":
            s += _helpers(doc, lang)
        if not entries and section != "role":
            s.append(para(t("none", lang), "small"))
        for entry in entries:
            s += entry_flowables(entry, lang)
    s += [gap(4), markup(f"{escape(t('printed', lang))}: {date(doc.printed_on)}", "small")]
    return s


def write_plan(doc: PlanDoc, out: IO[bytes], lang: str = "fi") -> None:
    """Write the client plan PDF to a binary stream."""
    title = f"{t('plan.title', lang)} · {t('plan.version', lang)} {doc.version}"
    build(out, lambda: story(doc, lang), title=title, footer=title, lang=lang)
