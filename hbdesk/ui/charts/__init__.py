"""Charts of our own: a small interface the pages use, QtCharts underneath (swappable).

Pages give data as plain values (dates, Decimals) plus the words; nothing of QtCharts leaks
out of this package. Every chart has an accessible name and a text alternative shown under
it (a summary label screen readers read), so nothing is told by the picture alone.
"""

from hbdesk.ui.charts.widgets import BarPairChart, LineChart, Series

__all__ = ["BarPairChart", "LineChart", "Series"]
