"""The client plan (asiakassuunnitelma) as the client keeps it: every entry attributed."""

from __future__ import annotations

import datetime as dt
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hbdesk import formatting
from hbdesk.formatting import date
from hbdesk.models.signature import Signature
from hbdesk.pdf.base import build, facts_table, gap, heading, markup, para, together
from hbdesk.pdf.documents import ConfirmationDoc, Entry, PlanDoc
from hbdesk.pdf.texts import t, word

SECTIONS = ("need", "goal", "budget_use", "role", "follow_up")
CHANGE_COLOUR = "#0b5394"


class SignatureDrawing(Flowable):  # type: ignore[misc]  # reportlab has no stubs here
    """A drawn signature as vector lines, scaled into at most `width` × `height`."""

    def __init__(
        self, signature: Signature, width: float = 70 * mm, height: float = 24 * mm
    ) -> None:
        super().__init__()
        self.signature = signature
        self.scale = min(width / signature.width, height / signature.height)
        self.width, self.height = signature.width * self.scale, signature.height * self.scale

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height + 2

    def draw(self) -> None:
        c, k, h = self.canv, self.scale, self.height
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.setLineWidth(0.4)
        c.line(0, 0, self.width, 0)  # the line it was signed on
        c.setStrokeColor(colors.HexColor("#111144"))
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in self.signature.strokes:
            path = c.beginPath()
            x, y = stroke[0]
            path.moveTo(x * k, h - y * k)
            for x, y in stroke[1:] or stroke:  # a single point still leaves a dot
                path.lineTo(x * k, h - y * k)
            c.drawPath(path, stroke=1, fill=0)


def when_text(at: dt.datetime, lang: str) -> str:
    """A local instant as "15.1.2026 klo 11.41" (sv "kl. 11.41", en "at 11:41")."""
    return f"{date(at.date())} {t('at_time', lang)} {formatting.clock(at, lang)}"


def confirmation_flowables(c: ConfirmationDoc, lang: str) -> list[Flowable]:
    """How and when the client confirmed, who was present, and the signature as drawn."""
    how = t(f"plan.confirmed_how.{c.method}", lang)
    if c.method == "typed" and c.typed_name:
        how += f": {c.typed_name}"
    rows: list[tuple[str, str | None]] = [
        (t("plan.confirmation", lang), f"{how}, {when_text(c.at, lang)}"),
        (t("plan.present", lang), ", ".join(word("author", a, lang) for a in c.present)),
    ]
    out: list[Flowable] = [facts_table(rows)]
    if c.method == "drawn" and c.signature is not None and c.signature.strokes:
        out += [gap(1), para(t("plan.signature", lang), "small"), SignatureDrawing(c.signature)]
    return [together(*out)]


def _change_note(entry: Entry, lang: str) -> list[Flowable]:
    if not entry.change:
        return []
    note = f"<font color='{CHANGE_COLOUR}'><b>{escape(t('plan.change.' + entry.change, lang))}"
    note += "</b></font>"
    if entry.was is not None:
        was_text, was_author = entry.was
        note += (
            f" — {escape(t('plan.change.was', lang))} "
            f"({escape(word('author', was_author, lang))}): "
        )
        return [markup(note, "small"), para(was_text, "small")]
    return [markup(note, "small")]


def entry_flowables(entry: Entry, lang: str) -> list[Flowable]:
    """One entry: its text, then who wrote it and when, then any disagreement beside it."""
    who = f"{t('written_by', lang)}: {word('author', entry.author, lang)}, {date(entry.on)}"
    parts: list[Flowable] = [*_change_note(entry, lang), para(entry.text), para(who, "small")]
    for remark in entry.disagreements:
        head = (
            f"<b>{escape(t('disagreement', lang))}</b> "
            f"({escape(word('author', remark.author, lang))}, {date(remark.on)}):"
        )
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
    if doc.confirmed_by and doc.confirmation is None:
        rows.append(
            (
                t("plan.confirmed_by", lang),
                ", ".join(word("author", a, lang) for a in doc.confirmed_by),
            )
        )
    if doc.based_on_version:
        rows.append((t("plan.based_on", lang), str(doc.based_on_version)))
    if doc.next_follow_up_on:
        rows.append((t("plan.next_follow_up", lang), date(doc.next_follow_up_on)))
    rows.append((t("key_worker_name", lang), doc.key_worker or None))
    return rows


def _helpers(doc: PlanDoc, lang: str) -> list[Flowable]:
    out: list[Flowable] = [heading(t("plan.roles_people", lang), 3)]
    rows: list[tuple[str, str | None]] = [(t("key_worker_name", lang), doc.key_worker or None)]
    label = {
        "support_person": t("plan.support_person", lang),
        "trusted": t("plan.trusted", lang),
        "team": t("plan.team", lang),
    }
    for h in doc.helpers:
        text = ", ".join(p for p in (h.name, h.role, h.organisation, h.tasks) if p)
        rows.append((label.get(h.kind, h.kind), text))
    out.append(facts_table(rows))
    return out


def story(doc: PlanDoc, lang: str) -> list[Flowable]:
    s: list[Flowable] = [
        para(doc.organisation.name, "small"),
        markup(escape(t("plan.title", lang)), "title"),
        facts_table(_status_rows(doc, lang)),
    ]
    if doc.confirmation is not None:
        s += confirmation_flowables(doc.confirmation, lang)
    if doc.compared_with is not None:
        s.append(
            markup(
                f"<font color='{CHANGE_COLOUR}'><b>"
                + escape(t("plan.changes_since", lang).replace("%1", str(doc.compared_with)))
                + "</b></font>",
                "small",
            )
        )
    s += [gap(2), para(t("plan.legend", lang), "small")]
    for section in SECTIONS:
        s.append(heading(t(f"section.{section}", lang)))
        entries = doc.sections.get(section, ())
        if section == "role":
            s += _helpers(doc, lang)
        if not entries and section != "role":
            s.append(para(t("none", lang), "small"))
        for entry in entries:
            s += entry_flowables(entry, lang)
    if doc.removed:
        s.append(heading(t("plan.removed", lang)))
        for entry in doc.removed:
            s += entry_flowables(entry, lang)
    s += [gap(4), markup(f"{escape(t('printed', lang))}: {date(doc.printed_on)}", "small")]
    return s


def write_plan(doc: PlanDoc, out: IO[bytes], lang: str = "fi") -> None:
    """Write the client plan PDF to a binary stream."""
    title = f"{t('plan.title', lang)} · {t('plan.version', lang)} {doc.version}"
    build(out, lambda: story(doc, lang), title=title, footer=title, lang=lang)
