"""LineChart (values over days) and BarPairChart (before/after per group) on QtCharts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Series:
    """One line: a name and (day, value) points; `dashed` for reference lines."""

    name: str
    points: Sequence[tuple[dt.date, Decimal]]
    color: str = "#1f5f99"
    dashed: bool = False
    width: int = 3


_EPOCH = dt.date(1970, 1, 1).toordinal()
_DAY_MS, _NOON_MS = 86_400_000, 43_200_000


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _msecs(day: dt.date) -> float:
    """Noon UTC of the day, in ms since the epoch (as QDateTime counts; arithmetic is cheaper
    than a QDateTime per point on a five-year chart)."""
    return float((day.toordinal() - _EPOCH) * _DAY_MS + _NOON_MS)


class _ChartBox(QWidget):
    """A chart view with the text alternative under it."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Tall enough for its axis labels and legend at any font size (200 % included).
        self.view.setMinimumHeight(max(220, self.fontMetrics().lineSpacing() * 16))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(accessible_name)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.setAccessibleName(accessible_name)

    def set_summary(self, text: str) -> None:
        """The text alternative: what the chart shows, in words."""
        self.summary.setText(text)
        self.view.setAccessibleDescription(text)

    def text_alternative(self) -> str:
        return self.summary.text()

    def _clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)


class LineChart(_ChartBox):
    """Values over days: several named lines on a date axis."""

    def set_series(
        self,
        series: Sequence[Series],
        *,
        summary: str,
        value_label: str = "",
        date_format: str = "d.M.yyyy",
    ) -> None:
        self._clear()
        self.series_names = [s.name for s in series]
        x_axis = QDateTimeAxis()
        x_axis.setFormat(date_format)
        x_axis.setTickCount(5)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")  # (QtCharts prints a non-Latin-1 unit such as € as ?)
        self.chart.setTitle(value_label)
        days = [d for s in series for d, _ in s.points]
        values = [float(v) for s in series for _, v in s.points]  # drawing only, never money
        for s in series:
            line = QLineSeries()
            line.setName(s.name)
            pen = QPen(QColor(s.color))
            pen.setWidth(s.width)
            if s.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            # One call for the whole line: a signal and an update per point add up.
            line.append([QPointF(_msecs(day), float(value)) for day, value in s.points])
            self.chart.addSeries(line)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for drawn in self.chart.series():
            drawn.attachAxis(x_axis)
            drawn.attachAxis(y_axis)
        if days:
            first, last = min(days), max(days)
            if first == last:
                last = first + dt.timedelta(days=1)
            x_axis.setRange(
                QDateTime(_qdate(first), QTime(0, 0), QTimeZone.utc()),
                QDateTime(_qdate(last), QTime(23, 59), QTimeZone.utc()),
            )
            y_axis.setRange(0, max([*values, 1.0]) * 1.05)
            y_axis.applyNiceNumbers()
        self.set_summary(summary)


class BarPairChart(_ChartBox):
    """Two bars per group (e.g. before and after per domain) on a value scale."""

    def set_series(
        self,
        groups: Sequence[str],
        first: tuple[str, Sequence[Decimal | None]],
        second: tuple[str, Sequence[Decimal | None]],
        *,
        summary: str,
        value_range: tuple[float, float] = (0, 10),
        ticks: int | None = None,
    ) -> None:
        """`ticks`: how many value labels (default: one every two units of the range)."""
        self._clear()
        self.groups = list(groups)
        bars = QBarSeries()
        for (name, values), color in ((first, "#9aa9b8"), (second, "#1f5f99")):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(color))
            for value in values:
                bar_set.append(float(value) if value is not None else 0.0)
            bars.append(bar_set)
        self.chart.addSeries(bars)
        x_axis = QBarCategoryAxis()
        x_axis.append(self.groups)
        y_axis = QValueAxis()
        y_axis.setRange(*value_range)
        y_axis.setTickCount(ticks or int(value_range[1] - value_range[0]) // 2 + 1)
        y_axis.setLabelFormat("%.0f")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x_axis)
        bars.attachAxis(y_axis)
        self.set_summary(summary)
