"""A payment commitment (maksusitoumus) for a provider: only what the provider needs.

Anonymity matters: a gym must not learn that the person is a social-services client. The
document names a neutral payer, the service, quantity, price, validity, where to invoice and
a reference — no decision, plan, diagnosis or welfare wording, and no identity code unless
the caller marks it required.
"""

from __future__ import annotations

from typing import IO
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from hbdesk.formatting import date, money, number
from hbdesk.models.revealing import revealing_words as revealing_words
from hbdesk.pdf.base import build, facts_table, gap, inert, markup, para
from hbdesk.pdf.documents import CommitmentDoc
from hbdesk.pdf.texts import t, unit


def _payer(doc: CommitmentDoc) -> str:
    p = doc.payer
    parts = [p.name] + [x for x in (p.business_id, p.contact) if x]
    return "\n".join(parts)


def story(doc: CommitmentDoc, lang: str) -> list[Flowable]:
    qty = f"{number(doc.quantity, lang, decimals=_decimals(doc.quantity))} × {unit(doc.unit, lang)}"
    rows: list[tuple[str, str | None]] = [
        (t("pc.number", lang), doc.reference),
        (t("pc.date", lang), date(doc.issued_on)),
        (t("pc.payer", lang), _payer(doc)),
        (t("pc.provider", lang), doc.provider),
        (t("pc.user", lang), doc.user_name),
    ]
    if doc.user_identity_code:
        rows.append((t("identity_code", lang), doc.user_identity_code))
    rows += [
        (t("pc.service", lang), doc.service),
        (t("pc.quantity", lang), qty),
        (t("pc.unit_price", lang), money(doc.unit_price, lang)),
        (t("pc.sum", lang), money(doc.total, lang)),
        (t("pc.validity", lang), f"{date(doc.valid_from)} – {date(doc.valid_to)}"),
        (
            t("pc.invoicing", lang),
            "\n".join(x for x in (doc.payer.invoicing_address, doc.payer.e_invoice_address) if x),
        ),
        (t("pc.reference", lang), doc.reference),
    ]
    return [
        markup(f"<b>{inert(doc.payer.name)}</b>", "small"),
        gap(3),
        markup(escape(t("pc.title", lang)), "title"),
        facts_table(rows),
        gap(4),
        para(t("pc.terms", lang)),
        gap(2),
        para(t("pc.confidential", lang), "small"),
    ]


def _decimals(value: object) -> int:
    text = str(value)
    return len(text.split(".")[1]) if "." in text else 0


def write_commitment(doc: CommitmentDoc, out: IO[bytes], lang: str = "fi") -> None:
    """Write the payment commitment PDF to a binary stream."""
    title = f"{t('pc.title', lang)} {doc.reference}"
    build(
        out, lambda: story(doc, lang), title=title, footer=title, lang=lang, author=doc.payer.name
    )
