"""What every document shares: embedded DejaVu fonts, inert text, styles, page frame."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from hbdesk.inert_text import visible_controls
from hbdesk.pdf.texts import t

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# Where DejaVu may be: an override, fonts shipped with the app, Debian's fonts-dejavu-core.
_FONT_DIRS = (
    os.environ.get("HBDESK_FONT_DIR", ""),
    str(Path(__file__).parent / "fonts"),
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
)
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN


class FontMissing(RuntimeError):
    """DejaVu Sans was not found; documents are never written without embedded fonts."""

    code = "pdf_font_missing"


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once; the fonts are embedded in every PDF."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        path = next((Path(d) / file for d in _FONT_DIRS if d and (Path(d) / file).is_file()), None)
        if path is None:
            raise FontMissing(f"font file {file} not found")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


_LONG_WORD = 40  # characters after which a word gets break opportunities


def _breakable(word: str) -> str:
    """A very long word gets zero-width spaces so it wraps instead of overflowing."""
    if len(word) <= _LONG_WORD:
        return word
    return "\u200b".join(word[i : i + 30] for i in range(0, len(word), 30))


def inert(text: str | None) -> str:
    """User text as paragraph markup that shows exactly what was typed (no tags, no bidi)."""
    if not text:
        return ""
    text = visible_controls(text.replace("\t", " "))
    text = re.sub(r"\S{41,}", lambda m: _breakable(m.group()), text)
    return escape(text).replace("\n", "<br/>")


def _style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    space_before: float = 0,
    space_after: float = 2,
    leading: float | None = None,
    **kw: Any,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else FONT,
        fontSize=size,
        leading=leading or size * 1.3,
        spaceBefore=space_before,
        spaceAfter=space_after,
        splitLongWords=True,
        **kw,
    )


STYLES = {
    "title": _style("title", 16, bold=True, space_after=6),
    "h2": _style("h2", 12, bold=True, space_before=8, space_after=3, keepWithNext=1),
    "h3": _style("h3", 10, bold=True, space_before=4, space_after=2, keepWithNext=1),
    "body": _style("body", 9.5),
    "small": _style("small", 8, textColor=colors.HexColor("#333333")),
    "cell": _style("cell", 8.5, space_after=0),
    "cellb": _style("cellb", 8.5, bold=True, space_after=0),
    "cell_narrow": _style("cell_narrow", 6.5, space_after=0),  # headers of many-column tables
    "right": _style("right", 8.5, space_after=0, alignment=TA_RIGHT),
    "quote": _style("quote", 9.5, leftIndent=10, textColor=colors.HexColor("#7a2e00")),
}


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of user or data text, inert."""
    return Paragraph(inert(text), STYLES[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup (labels in bold); values must be passed through inert()."""
    return Paragraph(text, STYLES[style])


def label_value(label: str, value: str | None) -> str:
    return f"<b>{escape(label)}:</b> {inert(value) or '–'}"


def heading(text: str, level: int = 2) -> Paragraph:
    return Paragraph(escape(text), STYLES[f"h{level}"])


def facts_table(rows: Sequence[tuple[str, str | None]], *, label_width: float = 55 * mm) -> Table:
    """Two columns: label, value (values inert, wrapped)."""
    data = [[markup(f"<b>{escape(k)}</b>", "cell"), para(v or "–", "cell")] for k, v in rows]
    table = Table(data, colWidths=[label_width, WIDTH - label_width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def grid(
    header: Sequence[str],
    rows: Iterable[Sequence[str | Flowable]],
    widths: Sequence[float],
    *,
    right: Iterable[int] = (),
    header_style: str = "cell",
) -> Table:
    """A table with a bold header row that repeats on each page; cells wrap."""
    right_cols = set(right)

    def cell(value: str | Flowable, col: int) -> Flowable:
        if isinstance(value, Flowable):
            return value
        return para(value, "right" if col in right_cols else "cell")

    data: list[list[Flowable]] = [[markup(f"<b>{escape(h)}</b>", header_style) for h in header]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    scale = WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def gap(height: float = 4) -> Spacer:
    return Spacer(1, height * mm)


def together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def build(
    out: IO[bytes],
    story: Callable[[], list[Flowable]],
    *,
    title: str,
    footer: str,
    lang: str,
    author: str = "hbdesk",
) -> None:
    """Lay out the story on A4 with a footer "title · page n / m" and write it to `out`."""
    register_fonts()  # before any paragraph is made: styles name the fonts
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=author,
        subject=title,
        creator=author,
        invariant=False,
    )
    page_word = t("page", lang)

    class _Numbered(_NumberedCanvas):
        footer_text = footer
        page_label = page_word

    doc.build(story(), canvasmaker=_Numbered)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """Draws "footer · page n / m" once the page count is known."""

    footer_text = ""
    page_label = "page"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            text = f"{self.footer_text} · {self.page_label} {self._pageNumber} / {total}"
            self.drawString(MARGIN, MARGIN * 0.6, text)
            super().showPage()
        super().save()
