"""The report's files: a PDF with charts (DejaVu embedded), one CSV per table, one JSON.

The JSON is made to be sent down later as reference data (a unit's latest report for the
app): every label carries its Finnish, Swedish and English words, every hidden figure is
the string "< 5", numbers are JSON numbers (euros and means as decimal strings are avoided:
they are numbers with at most two decimals).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from hbdesk.pdf import base
from hbdesk.server.report.compute import (
    FORMAT,
    FORMAT_VERSION,
    KeyFigure,
    Report,
    ReportTable,
)
from hbdesk.server.report.suppress import HIDDEN, MIN_PEOPLE, Cell
from hbdesk.server.report.texts import LANGS, t

BEFORE, AFTER = colors.HexColor("#9bb7d4"), colors.HexColor("#1f4e79")


def words(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("fi") or "")
    return t(str(value), lang)


def all_words(value: Any) -> dict[str, str]:
    return {lang: words(value, lang) for lang in LANGS}


def _number(value: Any, kind: str, lang: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, (Decimal, int)):
        value = abs(value) if value == 0 else value  # a change rounded to zero: no "-0,0"
        sep = "." if lang == "en" else ","
        if kind == "eur":
            whole, _, cents = f"{Decimal(value):.2f}".partition(".")
            grouped = f"{int(whole):,}".replace(",", " " if lang != "en" else ",")
            return f"{grouped}{sep}{cents} €"
        text = str(value).replace(".", sep)
        if kind in ("pct",):
            return f"{text} %"
        if kind == "pp":
            return f"{'+' if value > 0 else ''}{text}"
        return text
    return str(value)


def show(cell: Cell, lang: str) -> str:
    """A cell as the PDF shows it."""
    if cell.kind == "label":
        return words(cell.value, lang)
    if cell.hidden:
        return HIDDEN
    return _number(cell.value, cell.kind, lang)


def raw(cell: Cell) -> Any:
    """A cell as the CSV and JSON carry it (numbers as numbers, hidden as "< 5")."""
    if cell.hidden:
        return HIDDEN
    value = cell.value
    if isinstance(value, Decimal):
        value = abs(value) if value == 0 else value
        return (
            int(value)
            if value == value.to_integral_value() and cell.kind in ("count", "pct", "pp")
            else float(value)
        )
    return value


# --- JSON and CSV --------------------------------------------------------------------------


def _unit(report: Report) -> dict[str, Any]:
    sel = report.selection
    if sel.team:
        return {"kind": "team", "id": sel.team}
    if sel.unit:
        return {"kind": "unit", "name": sel.unit}
    return {"kind": "all", "name": all_words("unit.all")}


def to_json(report: Report) -> dict[str, Any]:
    sel = report.selection
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": report.generated_at.isoformat(),
        "period": {"from": sel.date_from.isoformat(), "to": sel.date_to.isoformat()},
        "unit": _unit(report),
        "min_people": MIN_PEOPLE,
        "hidden": HIDDEN,
        "title": all_words("title"),
        "key_figures": [
            {
                "key": f.key,
                "label": all_words(f.label),
                "form": f.form,
                "values": {k: raw(c) for k, c in f.cells.items()},
            }
            for f in report.key_figures
        ],
        "tables": [
            {
                "key": tb.key,
                "section": tb.section,
                "title": all_words(tb.title),
                "columns": [{"key": c, "label": all_words(c)} for c in tb.columns],
                "rows": [
                    {"label": all_words(row[0].value), "cells": [raw(c) for c in row[1:]]}
                    for row in tb.rows
                ],
            }
            for tb in report.tables
        ],
        "feedback_texts": report.feedback_texts,
        "notes": [all_words(n) for n in report.notes],
    }


def csv_text(table: ReportTable, lang: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([t(c, lang) for c in table.columns])
    for row in table.rows:
        writer.writerow(
            [words(row[0].value, lang), *(raw(c) if raw(c) is not None else "" for c in row[1:])]
        )
    return out.getvalue()


# --- PDF -----------------------------------------------------------------------------------


def _sentence(fig: KeyFigure, lang: str) -> str | None:
    c = fig.cells
    name = words(fig.label, lang)
    if fig.key.startswith("wellbeing."):
        n = show(c["n"], lang)
        if c["n"].value == 0:
            return None
        scale = f"{show(c['before'], lang)} → {show(c['after'], lang)} / 10"
        pct = f"{show(c['before_pct'], lang)} → {show(c['after_pct'], lang)}"
        first, second = (pct, scale) if fig.form == "percent" else (scale, pct)
        return f"{name}: {first} ({second}), n = {n}"
    if fig.form == "count":
        return f"{name}: {show(c['n'], lang)}"
    if c.get("whole") is not None and c["whole"].value == 0 and not c["whole"].hidden:
        return f"{name}: {t('no_data', lang)}"
    if fig.form == "share":
        return f"{name}: {show(c['share'], lang)} (n = {show(c['whole'], lang)})"
    return f"{name}: {show(c['part'], lang)} / {show(c['whole'], lang)} ({show(c['share'], lang)})"


def _widths(table: ReportTable) -> list[float]:
    cols = len(table.columns) - 1
    return [3.2 if cols < 6 else 1.9] + [1.0] * cols


def _grid(table: ReportTable, lang: str) -> Flowable:
    header = [t(c, lang) for c in table.columns]
    rows = [[show(c, lang) for c in row] for row in table.rows]
    narrow = "cell_narrow" if len(header) > 8 else "cell"
    return base.grid(header, rows, _widths(table), right=range(1, len(header)), header_style=narrow)


def _bars(
    title: str,
    names: list[str],
    series: list[list[float]],
    legend: list[str],
    vmax: float | None = None,
    horizontal: bool = False,
) -> Drawing:
    height = 62 * mm if not horizontal else max(40, 14 * len(names)) + 30
    drawing = Drawing(base.WIDTH, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (110, 15) if horizontal else (30, 35)
    chart.width = base.WIDTH - 130
    chart.height = height - (35 if horizontal else 55)
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = base.FONT
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal:
        chart.categoryAxis.labels.angle = 20
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = base.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if vmax is not None:
        chart.valueAxis.valueMax = vmax
        chart.valueAxis.valueStep = vmax / 5
    for i, colour in enumerate((BEFORE, AFTER)[: len(series)]):
        chart.bars[i].fillColor = colour
    chart.barLabels.fontName = base.FONT
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName=base.BOLD, fontSize=8))
    if len(legend) > 1:
        key = Legend()
        key.x, key.y = base.WIDTH - 95, height - 6
        key.fontName, key.fontSize = base.FONT, 7
        key.colorNamePairs = list(zip((BEFORE, AFTER), legend, strict=False))
        drawing.add(key)
    return drawing


def _value(cell: Cell) -> float:
    return 0.0 if cell.hidden or cell.value is None else float(cell.value)


def _chart_for(table: ReportTable, lang: str) -> Drawing | None:
    if table.key == "wellbeing":
        rows = [r for r in table.rows if r[1].value]
        if not any(_value(r[2]) for r in rows):
            return None
        names = [show(r[0], lang) + (" (< 5)" if r[2].hidden else "") for r in rows]
        return _bars(
            t("w.chart", lang),
            names,
            [[_value(r[2]) for r in rows], [_value(r[3]) for r in rows]],
            [t("c.before", lang), t("c.after", lang)],
            vmax=10,
        )
    if table.key == "goals":
        rows = table.rows[:5]
        if not any(_value(r[3]) for r in rows):
            return None
        names = [show(r[0], lang) + (" (< 5)" if r[3].hidden else "") for r in rows]
        return _bars(
            t("s.goals", lang), names, [[_value(r[3]) for r in rows]], [t("g.goals", lang)]
        )
    if table.key == "costs_category":
        rows = table.rows[:-1]
        if not any(_value(r[1]) for r in rows):
            return None
        names = [show(r[0], lang) + (" (< 5)" if r[1].hidden else "") for r in rows]
        return _bars(
            t("k.by_category", lang) + " (€)",
            names,
            [[_value(r[1]) for r in rows]],
            [t("c.eur", lang)],
            horizontal=True,
        )
    return None


def _story(report: Report, lang: str) -> list[Flowable]:
    sel = report.selection
    unit = f"{t('team', lang)} {sel.team}" if sel.team else sel.unit or t("unit.all", lang)
    story: list[Flowable] = [Paragraph(escape(t("title", lang)), base.STYLES["title"])]
    story.append(
        base.facts_table(
            [
                (t("unit", lang), unit),
                (
                    t("period", lang),
                    f"{sel.date_from.strftime('%d.%m.%Y')} – {sel.date_to.strftime('%d.%m.%Y')}",
                ),
                (t("generated", lang), report.generated_at.strftime("%d.%m.%Y %H:%M UTC")),
            ]
        )
    )
    story += [
        base.gap(2),
        base.para(t("anon_note", lang), "small"),
        base.gap(2),
        base.heading(t("key", lang)),
    ]
    for fig in report.key_figures:
        sentence = _sentence(fig, lang)
        if sentence:
            story.append(base.para("• " + sentence))
    section = None
    for table in report.tables:
        if table.section != section:
            section = table.section
            story.append(base.heading(t(section, lang)))
        if table.title != table.section:
            story.append(base.heading(t(table.title, lang), 3))
        story.append(_grid(table, lang))
        chart = _chart_for(table, lang)
        if chart is not None:
            story += [base.gap(2), chart]
        story.append(base.gap(2))
        if table.key == "feedback_answers":
            story.append(base.heading(t("f.texts", lang), 3))
            if report.feedback_texts is None:
                story.append(base.para(t("f.texts_hidden", lang), "small"))
            elif not report.feedback_texts:
                story.append(base.para(t("f.texts_none", lang), "small"))
            else:
                story += [base.para("“" + text + "”", "quote") for text in report.feedback_texts]
    for note in report.notes:
        story.append(base.para(t(note, lang), "small"))
    return story


def write_pdf(report: Report, path: Path, lang: str = "fi") -> None:
    with path.open("wb") as out:
        base.build(
            out,
            lambda: _story(report, lang),
            title=t("title", lang),
            footer=t("title", lang),
            lang=lang,
            author="hbdesk-server",
        )


def write_all(report: Report, out_dir: Path, lang: str = "fi") -> list[Path]:
    """Write report.pdf, report.json and one CSV per table into `out_dir`; the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    pdf = out_dir / "report.pdf"
    write_pdf(report, pdf, lang)
    written.append(pdf)
    js = out_dir / "report.json"
    js.write_text(json.dumps(to_json(report), ensure_ascii=False, indent=1), encoding="utf-8")
    written.append(js)
    for table in report.tables:
        path = out_dir / f"{table.key}.csv"
        path.write_text(csv_text(table, lang), encoding="utf-8")
        written.append(path)
    return written
