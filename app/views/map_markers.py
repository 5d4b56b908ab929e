"""The marker layer of the map: factories, antennas, health glyphs, links, halos.

A live update changes only the scatter items' brushes, sizes and pens; markers that are
filtered out are hidden, not removed, so their order (and the symbol cache) stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPainterPath, QTransform

from app.domain.capacity import Health
from app.models.map_model import LiveValue, MapData, MapPoint
from app.views.map_items import (
    ANTENNA_FILL,
    HEALTH_STYLES,
    LINK,
    SELECTED,
    health_pen,
    marker_size,
    share_brush,
)

ANTENNA_SIZE = 11.0


class MarkerLayer(QObject):
    """Owns the marker items of one view box and keeps them in step with the data."""

    def __init__(self, view: pg.ViewBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.links = pg.PlotCurveItem(pen=pg.mkPen(LINK, width=1.2), connect="pairs")
        self.links_uncertain = pg.PlotCurveItem(
            pen=pg.mkPen(LINK, width=1.1, style=Qt.PenStyle.DashLine), connect="pairs")
        self.halo = pg.ScatterPlotItem(pxMode=True, pen=pg.mkPen(SELECTED, width=2.5),
                                       brush=pg.mkBrush(None))
        self.flash = pg.ScatterPlotItem(pxMode=True, pen=pg.mkPen(None))
        self.factories = pg.ScatterPlotItem(pxMode=True, symbol="o")
        self.antennas = pg.ScatterPlotItem(pxMode=True, symbol="d")
        self.badges = pg.ScatterPlotItem(pxMode=True)
        for z, item in enumerate((self.links, self.links_uncertain, self.flash, self.halo,
                                  self.antennas, self.factories, self.badges)):
            item.setZValue(z)
            view.addItem(item)
        self.points: list[MapPoint] = []
        self._by_key: dict[str, MapPoint] = {}
        self._factory_keys: list[str] = []
        self._antenna_keys: list[str] = []
        self.sizes: dict[str, float] = {}
        self.visible: set[str] = set()
        self.badge_keys: list[str] = []
        self.selected = ""
        self._flashing: set[str] = set()
        self._flash_anim = QVariantAnimation(self)
        self._flash_anim.setStartValue(1.0)
        self._flash_anim.setEndValue(0.0)
        self._flash_anim.setDuration(1600)
        self._flash_anim.valueChanged.connect(lambda v: self.flash.setOpacity(float(v)))
        self._flash_anim.finished.connect(self._flash_faded)

    def point(self, key: str) -> MapPoint | None:
        return self._by_key.get(key)

    def set_data(self, data: MapData) -> None:
        """New markers and links; every marker visible, values follow."""
        self.points = list(data.points)
        self._by_key = {p.key: p for p in self.points}
        factories = [p for p in self.points if p.kind == "factory"]
        antennas = [p for p in self.points if p.kind == "antenna"]
        self._factory_keys = [p.key for p in factories]
        self._antenna_keys = [p.key for p in antennas]
        self.factories.setData(x=[p.x for p in factories], y=[p.y for p in factories],
                               data=self._factory_keys, size=12)
        self.antennas.setData(x=[p.x for p in antennas], y=[p.y for p in antennas],
                              data=self._antenna_keys, size=ANTENNA_SIZE,
                              brush=QBrush(ANTENNA_FILL), pen=pg.mkPen(LINK, width=1.3))
        self.sizes = {k: ANTENNA_SIZE for k in self._antenna_keys}
        sure: list[float] = []
        unsure: list[float] = []
        for link in data.links:
            a, b = self._by_key.get(link.antenna_key), self._by_key.get(link.factory_key)
            if a is not None and b is not None:
                (sure if link.confirmed else unsure).extend([a.x, a.y, b.x, b.y])
        self.links.setData(x=sure[0::2], y=sure[1::2])
        self.links_uncertain.setData(x=unsure[0::2], y=unsure[1::2])
        self.visible = set(self._by_key)
        self.selected = self.selected if self.selected in self._by_key else ""
        self.badges.setData([])
        self.update_halo()

    def set_values(self, values: Mapping[str, LiveValue]) -> None:
        """Live update: brushes, sizes and pens of the factory markers only."""
        brushes, sizes, pens = [], [], []
        bx: list[float] = []
        by: list[float] = []
        bsym: list[QPainterPath] = []
        bbrush: list[QBrush] = []
        bsize: list[float] = []
        self.badge_keys = []
        for key in self._factory_keys:
            p = self._by_key[key]
            v = values.get(key)
            health = v.health if v is not None else Health.PENDING
            brushes.append(share_brush(v.share if v is not None else None,
                                       health is Health.PLANNED))
            size = marker_size(v.capacity if v is not None else p.nominal_gpus)
            sizes.append(size)
            self.sizes[key] = size
            pens.append(health_pen(health))
            glyph = HEALTH_STYLES[health].glyph
            if glyph is not None:
                bx.append(p.x)
                by.append(p.y)
                bsym.append(badge_symbol(glyph, size))
                bsize.append(size)
                bbrush.append(_brush(HEALTH_STYLES[health].glyph_colour))
                self.badge_keys.append(key)
        if self._factory_keys:
            self.factories.setBrush(brushes, update=False)
            self.factories.setPen(pens, update=False)
            self.factories.setSize(sizes)
        self.badges.setData(x=bx, y=by, symbol=bsym, brush=bbrush, size=bsize,
                            pen=_BADGE_PEN)
        self.apply_visibility()
        self.update_halo()

    def set_visible(self, keys: set[str]) -> None:
        self.visible = set(keys)
        self.apply_visibility()

    def apply_visibility(self) -> None:
        for item, keys in ((self.factories, self._factory_keys),
                           (self.antennas, self._antenna_keys),
                           (self.badges, self.badge_keys)):
            if keys:
                item.setPointsVisible([k in self.visible for k in keys])

    def set_selected(self, key: str) -> None:
        self.selected = key
        self.update_halo()

    def update_halo(self) -> None:
        p = self._by_key.get(self.selected)
        if p is None:
            self.halo.setData([])
            return
        self.halo.setData(x=[p.x], y=[p.y], size=[self.sizes.get(p.key, 12) + 10])

    def flash_keys(self, keys: Sequence[str]) -> None:
        """Briefly highlight markers whose free GPUs changed sharply (a fading halo).

        One animation fades the whole flash layer (its opacity only, so no symbol is
        re-rendered per frame); keys arriving mid-fade join and restart it.
        """
        new = [k for k in keys if k in self._by_key]
        if not new:
            return
        self._flashing.update(new)
        pts = [p for p in self.points if p.key in self._flashing]
        self.flash.setData(x=[p.x for p in pts], y=[p.y for p in pts],
                           size=[self.sizes.get(p.key, 12) + 22 for p in pts],
                           brush=_FLASH_BRUSH)
        self.flash.setOpacity(1.0)
        self._flash_anim.stop()
        self._flash_anim.start()

    def _flash_faded(self) -> None:
        self._flashing.clear()
        self.flash.setData([])

    def flashing(self) -> set[str]:
        return set(self._flashing)

    def stop(self) -> None:
        self._flash_anim.stop()


_BADGE_PEN = pg.mkPen("#ffffff", width=0.9)
_FLASH_BRUSH = pg.mkBrush(255, 140, 0, 170)
_badge_brushes: dict[str, QBrush] = {}
_badge_paths: dict[tuple[str, int], QPainterPath] = {}


def _brush(colour: str) -> QBrush:
    brush = _badge_brushes.get(colour)
    if brush is None:
        brush = _badge_brushes[colour] = QBrush(QColor(colour))
    return brush


def badge_symbol(glyph: str, diameter: float) -> QPainterPath:
    """A health glyph at the upper right of a marker of ``diameter`` pixels.

    pyqtgraph scales a symbol path by the spot size, so the glyph is drawn in units of
    the marker's diameter; the result keeps a fixed ~9 px glyph whatever the marker size.
    """
    d = max(1, round(diameter))
    key = (glyph, d)
    path = _badge_paths.get(key)
    if path is not None:
        return path
    r = 4.6 / d  # glyph half-size in units of the diameter
    cx, cy = 0.36, -0.36  # upper right (symbol space has y down)
    path = QPainterPath()
    if glyph == "t1":
        path.moveTo(cx, cy - r)
        path.lineTo(cx + r, cy + r * 0.8)
        path.lineTo(cx - r, cy + r * 0.8)
        path.closeSubpath()
    else:  # a bold cross: two bars at ±45°
        bar = QPainterPath()
        bar.addRect(QRectF(-r * 1.1, -r * 0.3, r * 2.2, r * 0.6))
        for angle in (45.0, -45.0):
            t = QTransform()
            t.translate(cx, cy)
            t.rotate(angle)
            path.addPath(t.map(bar))
        path.setFillRule(Qt.FillRule.WindingFill)
    _badge_paths[key] = path
    return path


