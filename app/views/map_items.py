"""Drawing pieces of the federation map: colour scale, health styles, halo labels, legend."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.domain.capacity import Health
from app.models.overview import health_word
from app.views.theme import colours

#: The colour-blind-safe sequential scale for "share of GPUs free" (0 → dark, 1 → yellow).
COLOUR_MAP = pg.colormap.get("viridis")
NO_DATA_FILL = QColor("#d9d9d9")
PLANNED_FILL = QColor("#ffffff")
ANTENNA_FILL = QColor("#f7f7f7")
LINK = QColor("#6a51a3")
SELECTED = QColor("#d62728")
_STEPS = 32


@dataclass(frozen=True)
class HealthStyle:
    """How one health state looks: ring (colour, width, dash) and an optional glyph."""

    label: str
    ring: str
    width: float
    dash: Qt.PenStyle
    glyph: str | None  # a pyqtgraph symbol name for the badge, or None
    glyph_colour: str = "#000000"


HEALTH_STYLES: dict[Health, HealthStyle] = {
    Health.OK: HealthStyle("ok", "#2b2b2b", 1.2, Qt.PenStyle.SolidLine, None),
    Health.DEGRADED: HealthStyle("degraded", "#b35900", 2.6, Qt.PenStyle.DashLine, "t1",
                                 "#e08214"),
    Health.UNREACHABLE: HealthStyle("unreachable", "#b2182b", 2.6, Qt.PenStyle.DotLine, "x",
                                    "#b2182b"),
    Health.AUTH_FAILED: HealthStyle("auth failed", "#7b3294", 2.6, Qt.PenStyle.DotLine, "x",
                                    "#7b3294"),
    Health.UNSUPPORTED: HealthStyle("unsupported API", "#6d4c41", 2.6, Qt.PenStyle.DotLine,
                                    "x", "#6d4c41"),
    Health.PLANNED: HealthStyle("planned machine", "#707070", 1.6, Qt.PenStyle.DashLine, None),
    Health.PENDING: HealthStyle("no data yet", "#909090", 1.2, Qt.PenStyle.DotLine, None),
}

_brushes: dict[int, QBrush] = {}
_pens: dict[tuple[Health, bool], QPen] = {}


def scale_position(share: float) -> float:
    """Where a free share sits on the colour scale: a square-root scale, because free
    shares are mostly small (0–25 %) and those differences matter most."""
    return float(max(0.0, min(1.0, share)) ** 0.5)


def share_colour(share: float | None) -> QColor:
    """The fill colour for a free share in [0, 1]; grey when unknown."""
    if share is None:
        return QColor(NO_DATA_FILL)
    step = round(scale_position(share) * (_STEPS - 1))
    colour: QColor = COLOUR_MAP.map(step / (_STEPS - 1), mode="qcolor")
    return colour


def share_brush(share: float | None, planned: bool = False) -> QBrush:
    """A cached brush (pyqtgraph caches symbols per brush object) for a free share."""
    key = -2 if planned else -1 if share is None else round(scale_position(share)
                                                              * (_STEPS - 1))
    brush = _brushes.get(key)
    if brush is None:
        brush = QBrush(PLANNED_FILL if planned else share_colour(share))
        _brushes[key] = brush
    return brush


def health_pen(health: Health, selected: bool = False) -> QPen:
    """A cached ring pen for a health state (cosmetic: same width at every zoom)."""
    key = (health, selected)
    pen = _pens.get(key)
    if pen is None:
        style = HEALTH_STYLES[health]
        pen = QPen(QColor(style.ring), style.width)
        pen.setStyle(style.dash)
        pen.setCosmetic(True)
        _pens[key] = pen
    return pen


def marker_size(gpus: int | None) -> float:
    """Marker diameter in pixels: area grows with GPU capacity (sqrt scale)."""
    if not gpus or gpus <= 0:
        return 11.0
    # quantised to half pixels: pyqtgraph renders one symbol per distinct size
    diameter = min(46.0, 10.0 + 0.26 * math.sqrt(gpus))
    return round(diameter * 2) / 2


class HaloLabel(QGraphicsItem):
    """Text with a white halo, drawn at a fixed pixel size whatever the zoom.

    The item sits at its marker's map position; ``set_offset`` moves the text box
    (pixels, y down) and optionally draws a leader line back to the marker.
    """

    def __init__(self, text: str, font: QFont, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.text = text
        self._font = font
        metrics = QFontMetricsF(font)
        self.size = (metrics.horizontalAdvance(text) + 4.0, metrics.height() + 2.0)
        self._ascent = metrics.ascent()
        self._path = QPainterPath()
        self._path.addText(QPointF(0, 0), font, text)
        stroker = QPainterPathStroker()
        stroker.setWidth(3.2)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._halo = stroker.createStroke(self._path).united(self._path)
        self._offset = QPointF(0, 0)
        self._leader: QPointF | None = None
        self.bold = False

    def set_offset(self, dx: float, dy: float, leader: bool = False) -> None:
        """Put the text box at ``(dx, dy)`` pixels from the marker (y down)."""
        self.prepareGeometryChange()
        self._offset = QPointF(dx, dy)
        self._leader = None
        if leader:  # to the point of the box nearest the marker
            w, h = self.size
            self._leader = QPointF(min(max(0.0, dx), dx + w), min(max(0.0, dy), dy + h))
        self.update()

    def box(self) -> QRectF:
        return QRectF(self._offset.x(), self._offset.y(), self.size[0], self.size[1])

    def boundingRect(self) -> QRectF:
        rect = self.box().adjusted(-3, -3, 3, 3)
        if self._leader is not None:
            rect = rect.united(QRectF(-2, -2, 4, 4))
        return rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._leader is not None:
            painter.setPen(QPen(QColor(90, 90, 90, 200), 0.8))
            painter.drawLine(QPointF(0, 0), self._leader)
        painter.translate(self._offset.x() + 2.0, self._offset.y() + 1.0 + self._ascent)
        painter.setPen(Qt.PenStyle.NoPen)
        halo = QColor(colours().base)
        halo.setAlpha(235)
        painter.setBrush(halo)
        painter.drawPath(self._halo)
        painter.setBrush(SELECTED if self.bold else QColor(colours().text))
        painter.drawPath(self._path)


class MapLegend(pg.GraphicsWidgetAnchor, pg.GraphicsWidget):  # type: ignore[misc]
    """The legend box, anchored to a corner of the view box; exported with the map."""

    WIDTH = 214.0

    def __init__(self, font: QFont) -> None:
        pg.GraphicsWidget.__init__(self)
        pg.GraphicsWidgetAnchor.__init__(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._font = font
        self._small = QFont(font)
        self._small.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        self.note = ""
        self._line = QFontMetricsF(font).height() + 3
        self._height = self._compute_height()
        self.setMinimumSize(self.WIDTH, self._height)
        self.setMaximumSize(self.WIDTH, self._height)
        self.resize(self.WIDTH, self._height)

    def _compute_height(self) -> float:
        health_rows = 5
        return 10 + self._line * (1 + 1.2 + 1 + 1 + 1.1 + 1 + health_rows + 1 + 1) + 12

    def set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.WIDTH, self._height)

    def paint(self, painter: QPainter, *args: Any) -> None:
        p = painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        theme = colours()
        ink = QColor(theme.text)
        background = QColor(theme.base)
        background.setAlpha(230)
        p.setPen(QPen(QColor(theme.border), 1))
        p.setBrush(background)
        p.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        line = self._line
        x, y = 10.0, 8.0
        p.setFont(self._font)
        p.setPen(ink)
        p.drawText(QRectF(x, y, self.WIDTH - 20, line),
                   QCoreApplication.translate("MapLegend", "Share of GPUs free (live)"))
        y += line
        ramp = QRectF(x, y, self.WIDTH - 20, 10)
        grad = QLinearGradient(ramp.topLeft(), ramp.topRight())
        for i in range(11):
            grad.setColorAt(i / 10, share_colour((i / 10) ** 2))
        p.setBrush(QBrush(grad))
        p.setPen(QPen(QColor(120, 120, 120), 0.6))
        p.drawRect(ramp)
        y += 12
        p.setFont(self._small)
        p.setPen(ink)
        width = self.WIDTH - 20
        p.setPen(QPen(QColor(90, 90, 90), 0.8))
        for share, text in ((0.0, "0"), (0.05, "5"), (0.25, "25"), (0.5, "50"), (1.0, "100 %")):
            tx = x + scale_position(share) * width
            p.drawLine(QPointF(tx, y - 2), QPointF(tx, y + 1))
            align = (Qt.AlignmentFlag.AlignLeft if share == 0 else Qt.AlignmentFlag.AlignRight
                     if share == 1 else Qt.AlignmentFlag.AlignHCenter)
            box = QRectF(tx - (0 if share == 0 else 50 if share == 1 else 25), y + 1,
                         50, line)
            p.drawText(box, align, text)
        y += line
        self._swatch(p, x, y, NO_DATA_FILL, HEALTH_STYLES[Health.PENDING],
                     QCoreApplication.translate("MapLegend", "no live data"))
        y += line
        # sizes
        p.setFont(self._small)
        p.setPen(ink)
        p.drawText(QRectF(x, y, self.WIDTH - 20, line), QCoreApplication.translate(
            "MapLegend", "Size: GPUs (100 · 1 000 · 10 000)"))
        y += line * 0.9
        cx = x + 8
        for gpus in (100, 1000, 10000):
            d = marker_size(gpus)
            p.setPen(QPen(QColor("#2b2b2b"), 1))
            p.setBrush(share_colour(0.1))
            p.drawEllipse(QPointF(cx + d / 2, y + 12), d / 2, d / 2)
            cx += d + 14
        y += line * 1.2 + 4
        for health in (Health.OK, Health.DEGRADED, Health.UNREACHABLE, Health.PLANNED):
            fill = PLANNED_FILL if health is Health.PLANNED else share_colour(0.1)
            self._swatch(p, x, y, fill, HEALTH_STYLES[health], health_word(health))
            y += line
        # antenna + link
        p.setPen(QPen(LINK, 1.2))
        p.setBrush(ANTENNA_FILL)
        p.drawPath(_diamond(x + 7, y + line / 2 - 1, 5))
        p.setPen(QPen(LINK, 1.0, Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(x + 12, y + line / 2 - 1), QPointF(x + 30, y + line / 2 - 1))
        p.setFont(self._small)
        p.setPen(ink)
        p.drawText(QRectF(x + 36, y, self.WIDTH - 50, line), QCoreApplication.translate(
            "MapLegend", "antenna — link to its factory"))
        y += line
        p.setPen(QPen(LINK, 1.0, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x + 12, y + line / 2 - 1), QPointF(x + 30, y + line / 2 - 1))
        p.setPen(ink)
        p.drawText(QRectF(x + 36, y, self.WIDTH - 50, line),
                   QCoreApplication.translate("MapLegend", "link not confirmed"))
        y += line
        if self.note:
            p.setPen(QColor(theme.warning))
            p.drawText(QRectF(x, y, self.WIDTH - 20, line), self.note)

    def _swatch(self, p: QPainter, x: float, y: float, fill: QColor, style: HealthStyle,
                label: str) -> None:
        pen = QPen(QColor(style.ring), style.width)
        pen.setStyle(style.dash)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawEllipse(QPointF(x + 7, y + self._line / 2 - 1), 6, 6)
        if style.glyph == "t1":
            p.setPen(QPen(QColor("#2b2b2b"), 0.6))
            p.setBrush(QColor(style.glyph_colour))
            p.drawPath(_triangle(x + 15, y + 2, 4.5))
        elif style.glyph == "x":
            p.setPen(QPen(QColor(style.glyph_colour), 2.0))
            p.drawLine(QPointF(x + 12, y), QPointF(x + 18, y + 6))
            p.drawLine(QPointF(x + 18, y), QPointF(x + 12, y + 6))
        p.setFont(self._small)
        p.setPen(QColor(colours().text))
        p.drawText(QRectF(x + 24, y, self.WIDTH - 40, self._line), label)


def _diamond(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath(QPointF(cx, cy - r))
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy + r)
    path.lineTo(cx - r, cy)
    path.closeSubpath()
    return path


def _triangle(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath(QPointF(cx, cy - r))
    path.lineTo(cx + r, cy + r * 0.8)
    path.lineTo(cx - r, cy + r * 0.8)
    path.closeSubpath()
    return path
