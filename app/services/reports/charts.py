"""Charts of a report drawn with pyqtgraph and recorded as vectors (``QPicture``).

:func:`draw_chart` must run on the UI thread (pyqtgraph draws through a widget); it
takes a few milliseconds per chart. The recorded picture is then replayed anywhere — on
the ``QPdfWriter`` (at 96 dpi, where pyqtgraph's text and geometry agree) or into an SVG
for HTML — from the export's worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPicture

from app.services.reports.model import NBSP, Chart, ChartKind

#: Width of a chart in device pixels at 96 dpi: the text width of an A4 page with
#: 15 mm margins (180 mm).
CHART_WIDTH = 680
FONT_FAMILY = "DejaVu Sans"
TEXT = "#222222"
AXIS = "#555555"


@dataclass(frozen=True)
class RenderedChart:
    """A chart recorded as vector drawing commands, and its size in pixels (96 dpi)."""

    chart: Chart
    picture: QPicture
    width: int
    height: int


LEGEND_COLUMNS = 4
LEGEND_ROW_H = 20


def _legend_rows(chart: Chart) -> int:
    return (len(chart.series) + LEGEND_COLUMNS - 1) // LEGEND_COLUMNS


def _legend_left(chart: Chart) -> int:
    """Line the legend up with the plot area (right of the left axis)."""
    return _label_width(chart.categories) if chart.kind is ChartKind.BARS else 56


def chart_height(chart: Chart, width: int = CHART_WIDTH) -> int:
    legend = _legend_rows(chart) * LEGEND_ROW_H
    if chart.kind is ChartKind.BARS:
        return max(150, min(900, 64 + 24 * len(chart.categories) + legend))
    return int(width * 0.40) + legend


def font(point_size: float) -> QFont:
    """DejaVu Sans at ``point_size``, without ligatures: "offline" must stay six letters
    for search and copy in a PDF viewer (and for ``pdftotext``), not "o" + "ﬄ" + "ine"."""
    f = QFont(FONT_FAMILY)
    f.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f


def draw_chart(chart: Chart, width: int = CHART_WIDTH) -> RenderedChart:
    """Draw ``chart`` with pyqtgraph and record it (UI thread only)."""
    import pyqtgraph as pg

    height = chart_height(chart, width)
    date_axis = ({"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)}
                 if chart.kind is ChartKind.LINES else {})
    widget = pg.PlotWidget(background="w", axisItems=date_axis)
    try:
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.resize(width, height)
        plot = widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        # The legend sits above the plot area, in a top margin of its own, so it never
        # covers a bar or a line.
        legend = pg.LegendItem(offset=None, labelTextColor=TEXT, labelTextSize="8pt",
                               horSpacing=14)
        legend.setParentItem(plot)
        legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(_legend_left(chart), 0))
        legend.setColumnCount(min(LEGEND_COLUMNS, max(1, len(chart.series))))
        plot.legend = legend  # plot.plot(name=…) and addItem add their entries
        plot.layout.setContentsMargins(2, _legend_rows(chart) * LEGEND_ROW_H + 4, 8, 2)
        if chart.kind is ChartKind.BARS:
            _bars(pg, plot, chart, width)
        else:
            _lines(pg, plot, chart, legend)
        _style_axes(pg, plot, chart)
        for _sample, label in legend.items:
            label.item.setFont(font(8))
        widget.show()
        QCoreApplication.sendPostedEvents()
        picture = QPicture()
        painter = QPainter(picture)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            widget.scene().render(painter, QRectF(0, 0, width, height),
                                  QRectF(widget.viewport().rect()))
        finally:
            painter.end()
    finally:
        widget.hide()
        widget.deleteLater()
    return RenderedChart(chart, picture, width, height)


def _label_room(chart: Chart, width: int) -> float:
    """How far the x axis must reach beyond the longest bar (a share of it) for the
    labels after the bars to fit."""
    if not chart.labels:
        return 0.02
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font(7.5))
    label = max(metrics.horizontalAdvance(text) for text in chart.labels) + 16
    plot_width = max(120, width - _label_width(chart.categories) - 24)
    return label / max(60, plot_width - label)


def _bars(pg: Any, plot: Any, chart: Chart, width: int) -> None:
    """Stacked horizontal bars, first category on top, legend above the bars."""
    count = len(chart.categories)
    totals = [sum(s.y[i] for s in chart.series) for i in range(count)]
    left = [0.0] * count
    for series in chart.series:
        widths = [v / t * 100 if chart.percent and t else v
                  for v, t in zip(series.y, totals, strict=True)]
        item = pg.BarGraphItem(x0=list(left), y=list(series.x), width=widths, height=0.62,
                               brush=pg.mkBrush(series.colour or "#4e79a7"),
                               pen=pg.mkPen("#ffffff", width=0.6), name=series.name)
        plot.addItem(item)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    peak = 100.0 if chart.percent else (max(left) if left else 1.0) or 1.0
    room = _label_room(chart, width)  # space right of the bars for their labels
    for index, label in enumerate(chart.labels):
        text = pg.TextItem(label, color=TEXT, anchor=(0, 0.5))
        text.setFont(font(7.5))
        text.setPos(left[index] + peak * 0.015, float(index))
        plot.addItem(text)
    plot.invertY(True)
    plot.setXRange(0, peak * (1 + room), padding=0)
    plot.setYRange(-0.6, count - 0.4, padding=0)
    axis = plot.getAxis("left")
    axis.setTicks([[(float(i), label) for i, label in enumerate(chart.categories)], []])
    bottom = plot.getAxis("bottom")
    if chart.percent:
        bottom.setTicks([[(float(v), f"{v}{NBSP}%") for v in range(0, 101, 25)], []])
    plot.showGrid(x=True, y=False, alpha=0.25)


def _lines(pg: Any, plot: Any, chart: Chart, legend: Any) -> None:
    top = 0.0
    for series in chart.series:
        pen = pg.mkPen(series.colour or "#4e79a7", width=1.8)
        if len(series.x) == 1:
            plot.plot(list(series.x), list(series.y), pen=None, symbol="o", symbolSize=6,
                      symbolBrush=pg.mkBrush(series.colour), symbolPen=pen, name=series.name)
        else:
            plot.plot(list(series.x), list(series.y), pen=pen, name=series.name)
        top = max([top, *series.y])
    plot.setYRange(0, (top or 1.0) * 1.08, padding=0)
    plot.showGrid(x=True, y=True, alpha=0.2)


def _style_axes(pg: Any, plot: Any, chart: Chart) -> None:
    ticks = font(8)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS))
        axis.setTextPen(pg.mkPen(TEXT))
        axis.setStyle(tickFont=ticks, tickTextOffset=4, autoExpandTextSpace=True)
    label_style = {"color": TEXT, "font-size": "8pt", "font-family": FONT_FAMILY}
    if chart.kind is ChartKind.BARS:
        plot.setLabel("bottom", chart.x_label, **label_style)
        plot.getAxis("left").setWidth(_label_width(chart.categories))
    else:
        plot.setLabel("bottom", chart.x_label, **label_style)
        plot.setLabel("left", chart.y_label, **label_style)
    for name in ("left", "bottom"):
        plot.getAxis(name).label.setFont(font(8))


def _label_width(labels: tuple[str, ...]) -> int:
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font(8))
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=40)
    return min(260, widest + 14)


def picture_to_svg(rendered: RenderedChart, title: str = "") -> str:
    """Replay a recorded chart into an SVG document (any thread)."""
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(rendered.width, rendered.height))
    generator.setViewBox(QRect(0, 0, rendered.width, rendered.height))
    generator.setResolution(96)
    generator.setTitle(title or rendered.chart.title)
    painter = QPainter(generator)
    try:
        painter.fillRect(QRect(0, 0, rendered.width, rendered.height), QColor("white"))
        painter.drawPicture(0, 0, rendered.picture)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8")
