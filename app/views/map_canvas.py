"""The map canvas: basemap, halo labels, legend, navigation and hit testing (pyqtgraph).

The basemap is drawn as the view's cached background, so a live update (the marker
layer, ``map_markers``) repaints markers over it without redrawing a country. Labels
are placed without collisions after every zoom or pan.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QWidget

from app.domain.label_layout import Box, LabelRequest, place_labels
from app.models.map_model import LiveValue, MapData, MapPoint
from app.views.map_basemap import Basemap
from app.views.map_items import HaloLabel, MapLegend
from app.views.map_markers import MarkerLayer
from app.views.theme import colours

#: Pixels around a marker's edge that still count as "on" it for hover and click.
HIT_SLOP = 4.0


class MapCanvas(pg.PlotWidget):  # type: ignore[misc]
    """The interactive map.

    Signals:
        hovered(str): the key of the marker under the mouse ("" when none).
        clicked(str): a marker was clicked (its key).
        double_clicked(str): a marker was double-clicked (its key).
    """

    hovered = Signal(str)
    clicked = Signal(str)
    double_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=colours().sea)
        self.setObjectName("mapCanvas")
        self.setAccessibleName(self.tr("Map of the AI Factories"))
        self.setAccessibleDescription(self.tr(
            "Factories as circles sized by their GPUs and filled by the share free; the "
            "list \u201cFactories on the map\u201d beside it names each marker."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getViewBox().setAspectLocked(True, 1.0)
        plot.getViewBox().setDefaultPadding(0.02)
        self.view = plot.getViewBox()
        self.font_ = QFont(self.font())
        self.font_.setPointSizeF(max(8.0, self.font_.pointSizeF() - 0.5))

        # The basemap is drawn as the view's background, which QGraphicsView caches as a
        # pixmap: a live update repaints markers over it without redrawing a country.
        self._graticule = QPainterPath()
        self._land = QPainterPath()
        self._hosts = QPainterPath()
        self._graticule_pen = self._border_pen = QPen()
        self._land_brush = self._host_brush = QColor()
        self.apply_theme()
        self.basemap_paints = 0  #: how often the basemap was drawn (tests, benchmark)

        self.markers = MarkerLayer(self.view, self)
        self.factories = self.markers.factories
        self.antennas = self.markers.antennas
        self.links = self.markers.links
        self.links_uncertain = self.markers.links_uncertain

        self.legend = MapLegend(self.font_)
        self.legend.setParentItem(self.view)
        self.legend.anchor(itemPos=(1, 1), parentPos=(1, 1), offset=(-8, -8))
        self.legend.setZValue(100)

        self._labels: dict[str, HaloLabel] = {}
        self._hover = ""
        self.basemap: Basemap | None = None

        self._stopped = False
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(40)
        self._relayout.timeout.connect(self.layout_labels)

        self.view.sigRangeChanged.connect(self._view_moved)
        self.view.sigResized.connect(self._view_moved)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)

    def apply_theme(self) -> None:
        """Sea, land, borders and the legend in the theme's colours."""
        theme = colours()
        self.setBackground(theme.sea)
        self._graticule_pen = _cosmetic(QColor(theme.border).lighter(110)
                                        if theme.name == "light" else QColor(theme.border), 0.5)
        self._border_pen = _cosmetic(QColor(theme.border), 0.7)
        self._land_brush, self._host_brush = QColor(theme.land), QColor(theme.land_host)
        if hasattr(self, "legend"):
            self.legend.update()
        self.resetCachedContent()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_theme()

    def _view_moved(self, *_args: object) -> None:
        self.resetCachedContent()  # the background (basemap) follows the view
        if not self._stopped:
            self._relayout.start()

    # -- content --------------------------------------------------------------------------
    def set_basemap(self, basemap: Basemap, host_countries: set[str]) -> None:
        """Draw the countries (once); ``host_countries`` get a darker tint."""
        self.basemap = basemap
        x0, y0, x1, y1 = basemap.frame
        self.view.setLimits(xMin=x0, xMax=x1, yMin=y0, yMax=y1,
                            minXRange=50_000, minYRange=50_000)
        self._graticule = basemap.graticule
        self.tint_hosts(host_countries)
        if not self.points:
            self.fit_all()

    def tint_hosts(self, host_countries: set[str]) -> None:
        if self.basemap is None:
            return
        land, hosts = QPainterPath(), QPainterPath()
        for key, path in self.basemap.countries.items():
            (hosts if key in host_countries else land).addPath(path)
        self._land, self._hosts = land, hosts
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        if self.basemap is None:
            return
        self.basemap_paints += 1
        painter.save()
        painter.setTransform(self.view.childGroup.sceneTransform(), True)
        painter.setPen(self._graticule_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._graticule)
        painter.setPen(self._border_pen)
        painter.setBrush(self._land_brush)
        painter.drawPath(self._land)
        painter.setBrush(self._host_brush)
        painter.drawPath(self._hosts)
        painter.restore()

    @property
    def points(self) -> list[MapPoint]:
        return self.markers.points

    def set_data(self, data: MapData) -> None:
        """New markers, links and labels (registry changed); values follow."""
        self.markers.set_data(data)
        for label in self._labels.values():
            self.view.removeItem(label)
        self._labels = {}
        for p in data.points:
            label = HaloLabel(p.label, self.font_)
            label.setPos(QPointF(p.x, p.y))
            label.setZValue(20 if p.kind == "factory" else 19)
            label.bold = p.key == self.markers.selected
            self.view.addItem(label, ignoreBounds=True)
            self._labels[p.key] = label
        self.fit_all()

    def set_values(self, values: Mapping[str, LiveValue]) -> None:
        """Live update of the markers (the basemap and labels stay as they are)."""
        self.markers.set_values(values)

    def set_visible_keys(self, keys: set[str]) -> None:
        self.markers.set_visible(keys)
        for key, label in self._labels.items():
            if key not in keys:
                label.setVisible(False)
        self._relayout.start()

    def set_selected(self, key: str) -> None:
        """Ring the selected marker and embolden its label."""
        if key == self.markers.selected:
            return
        for k in (self.markers.selected, key):
            label = self._labels.get(k)
            if label is not None:
                label.bold = k == key
                label.update()
        self.markers.set_selected(key)

    @property
    def selected(self) -> str:
        return self.markers.selected

    @property
    def visible(self) -> frozenset[str]:
        """Keys of the markers that pass the filters."""
        return frozenset(self.markers.visible)

    @property
    def badge_keys(self) -> tuple[str, ...]:
        """Keys of the markers that carry a health glyph."""
        return tuple(self.markers.badge_keys)

    def flash_keys(self, keys: Sequence[str]) -> None:
        self.markers.flash_keys(keys)

    def flashing(self) -> set[str]:
        return self.markers.flashing()

    def stop(self) -> None:
        """Stop timers and animations (before the widget goes away)."""
        self._stopped = True
        self._relayout.stop()
        self.markers.stop()

    # -- geometry helpers -----------------------------------------------------------------
    def point(self, key: str) -> MapPoint | None:
        return self.markers.point(key)

    def _px_to_view(self, px: float) -> float:
        w = self.view.width() or 1.0
        (x0, x1), _ = self.view.viewRange()
        return float(px * (x1 - x0) / w)

    def pixel_pos(self, key: str) -> QPointF | None:
        """Where a marker is on the widget (pixels), for tests and tooltips."""
        p = self.point(key)
        if p is None:
            return None
        scene = self.view.mapViewToScene(QPointF(p.x, p.y))
        return QPointF(self.mapFromScene(scene))

    def key_at(self, scene_pos: QPointF) -> str:
        """The visible marker under a scene position ("" when none); nearest wins."""
        best, best_d = "", math.inf
        for p in self.points:
            if p.key not in self.markers.visible:
                continue
            centre = self.view.mapViewToScene(QPointF(p.x, p.y))
            d = math.hypot(centre.x() - scene_pos.x(), centre.y() - scene_pos.y())
            if d <= self.markers.sizes.get(p.key, 12) / 2 + HIT_SLOP and d < best_d:
                best, best_d = p.key, d
        return best

    # -- labels ---------------------------------------------------------------------------
    def layout_labels(self) -> None:
        """Greedy placement in pixels at the current zoom; unplaced labels are hidden."""
        if not self.points:
            return
        vb = self.view.sceneBoundingRect()
        requests = []
        for p in self.points:
            if p.key not in self.markers.visible:
                continue
            label = self._labels[p.key]
            c = self.view.mapViewToScene(QPointF(p.x, p.y))
            prio = (1e6 if p.key == self.markers.selected else 0) + (
                1000 if p.kind == "factory" else 0) + self.markers.sizes.get(p.key, 10)
            radius = self.markers.sizes.get(p.key, 10) / 2
            requests.append(LabelRequest(p.key, c.x(), c.y(), label.size[0], label.size[1],
                                         radius=radius, priority=prio))
        legend = self.legend.sceneBoundingRect()
        out = place_labels(requests, gap=3.0,
                           bounds=Box(vb.x(), vb.y(), vb.width(), vb.height()),
                           obstacles=[Box(legend.x(), legend.y(), legend.width(),
                                          legend.height())])
        for key, label in self._labels.items():
            placement = out.get(key)
            if placement is None:
                label.setVisible(False)
                continue
            c = self.view.mapViewToScene(QPointF(self.point(key).x, self.point(key).y))  # type: ignore[union-attr]
            label.set_offset(placement.box.x - c.x(), placement.box.y - c.y(),
                             placement.leader)
            label.setVisible(True)

    def label_boxes(self) -> dict[str, QRectF]:
        """Scene rectangles of the visible labels (for tests)."""
        return {k: lab.mapRectToScene(lab.box()) for k, lab in self._labels.items()
                if lab.isVisible()}

    # -- navigation -----------------------------------------------------------------------
    def fit_all(self) -> None:
        pts = [p for p in self.points if p.key in self.markers.visible] or self.points
        if pts:
            xs, ys = [p.x for p in pts], [p.y for p in pts]
            pad_x = max(150_000.0, (max(xs) - min(xs)) * 0.06)
            pad_y = max(150_000.0, (max(ys) - min(ys)) * 0.06)
            self.view.setRange(xRange=(min(xs) - pad_x, max(xs) + pad_x * 4.5),
                               yRange=(min(ys) - pad_y, max(ys) + pad_y), padding=0)
        elif self.basemap is not None:
            x0, y0, x1, y1 = self.basemap.frame
            self.view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def zoom(self, factor: float) -> None:
        self.view.scaleBy((factor, factor))

    def pan(self, fx: float, fy: float) -> None:
        (x0, x1), (y0, y1) = self.view.viewRange()
        self.view.translateBy((fx * (x1 - x0), fy * (y1 - y0)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 0.1
        actions = {
            Qt.Key.Key_Plus: lambda: self.zoom(1 / 1.25),
            Qt.Key.Key_Equal: lambda: self.zoom(1 / 1.25),
            Qt.Key.Key_Minus: lambda: self.zoom(1.25),
            Qt.Key.Key_Left: lambda: self.pan(-step, 0),
            Qt.Key.Key_Right: lambda: self.pan(step, 0),
            Qt.Key.Key_Up: lambda: self.pan(0, step),
            Qt.Key.Key_Down: lambda: self.pan(0, -step),
            Qt.Key.Key_0: self.fit_all,
            Qt.Key.Key_Home: self.fit_all,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # -- mouse ----------------------------------------------------------------------------
    def _mouse_moved(self, scene_pos: QPointF) -> None:
        key = self.key_at(scene_pos)
        if key != self._hover:
            self._hover = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if key
                           else Qt.CursorShape.ArrowCursor)
            self.hovered.emit(key)

    def _mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        if event.double():  # type: ignore[attr-defined]
            return  # handled in mouseDoubleClickEvent
        self.clicked.emit(self.key_at(event.scenePos()))  # type: ignore[attr-defined]

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.key_at(self.mapToScene(event.position().toPoint()))
            if key:
                self.double_clicked.emit(key)

    @property
    def hover_key(self) -> str:
        return self._hover


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen
