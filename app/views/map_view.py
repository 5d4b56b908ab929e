"""The live federation map: factories and antennas on an offline map of Europe.

Built from the map model (registry + live states); the basemap and the history for
replay load on the task runner, never on the UI thread. Click a marker to select its
factory everywhere; double-click for its detail panel.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QShowEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.registry import Registry
from app.models.map_model import LiveValue, MapData, MapFilter, MapModel, MapPoint, visible_keys
from app.models.overview import format_utc
from app.models.selection import Selection, SelectionBus
from app.services.history import HistoryDb
from app.services.tasks import TaskRunner
from app.views.factory_detail import FactoryDetail
from app.views.map_basemap import Basemap, load_basemap
from app.views.map_canvas import MapCanvas
from app.views.map_controls import MapControls, ReplayBar
from app.views.map_tooltip import marker_text, tooltip_html

log = logging.getLogger(__name__)

REPLAY_HOURS = 24
REPLAY_STEP_MIN = 5


class MapView(QWidget):
    """The map tab: filter bar, map canvas, replay bar and the "not on the map" list.

    Signals:
        basemap_ready(): the basemap was drawn (tests and the benchmark wait on it).
        series_ready(): replay history was loaded.
    """

    basemap_ready = Signal()
    series_ready = Signal()

    def __init__(self, store: Any, selection: SelectionBus, runner: TaskRunner, *,
                 history: HistoryDb | None = None, resources: Path | None = None,
                 registry: Registry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.selection = selection
        self.runner = runner
        self.history = history
        self.model = MapModel(store, self)
        self.filter = MapFilter()
        self.registry: Registry | None = None
        self.basemap: Basemap | None = None
        self.detail: FactoryDetail | None = None

        self.controls = MapControls(self)
        self.canvas = MapCanvas(self)
        self.replay = ReplayBar(REPLAY_HOURS * 60 // REPLAY_STEP_MIN, self)
        self.off_map = QListWidget(self)
        self.off_map.setObjectName("offMapList")
        self.off_map.setAccessibleName(self.tr("Not on the map"))
        self.off_map.setWordWrap(True)
        # The markers in words: a text alternative to the drawing and a keyboard route to
        # every factory (Enter opens its details).
        self.markers = QListWidget(self)
        self.markers.setObjectName("markerList")
        self.markers.setWordWrap(True)
        self.markers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.markers.setAccessibleName(self.tr("Factories on the map"))
        self.markers.setAccessibleDescription(self.tr(
            "Each marker of the map with its status and GPUs free; choosing one selects "
            "it, Enter opens its details."))
        self.markers_title = QLabel(self.tr("Factories on the map"), self)
        self.markers_title.setBuddy(self.markers)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.markers_title)
        side_layout.addWidget(self.markers, 2)
        side_layout.addWidget(self.controls.off_map_title)
        side_layout.addWidget(self.off_map)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.canvas)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.controls)
        layout.addWidget(split, 1)
        layout.addWidget(self.replay)

        self.model.data_changed.connect(self._data_changed)
        self.model.values_changed.connect(self._values_changed)
        self.model.sharp_change.connect(self.canvas.flash_keys)
        self.canvas.hovered.connect(self._hovered)
        self.canvas.clicked.connect(self._clicked)
        self.canvas.double_clicked.connect(self.open_detail)
        self.selection.changed.connect(self._follow_selection)
        self.markers.currentItemChanged.connect(self._marker_chosen)
        self.markers.itemActivated.connect(
            lambda item: self.open_detail(str(item.data(Qt.ItemDataRole.UserRole))))
        self.controls.filter_changed.connect(self.set_filter)
        self.controls.fit_requested.connect(self.canvas.fit_all)
        self.controls.zoom_requested.connect(self.canvas.zoom)
        self.controls.export_requested.connect(self._ask_export)
        self.replay.replay_requested.connect(self._replay_requested)
        self.replay.live_requested.connect(self.go_live)

        self._framed = False
        if resources is not None:
            self.runner.submit(lambda: load_basemap(resources), on_result=self._basemap_loaded,
                               on_error=self._basemap_failed, key="map-basemap")
        if registry is not None:
            self.set_registry(registry)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the map is shown at its real size, frame every marker."""
        super().showEvent(event)
        if not self._framed:
            self._framed = True
            QTimer.singleShot(0, self.canvas.fit_all)

    # -- inputs ---------------------------------------------------------------------------
    def set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.model.set_registry(registry)

    def _basemap_loaded(self, basemap: Basemap) -> None:
        self.basemap = basemap
        self.canvas.set_basemap(basemap, set(self.model.data.host_countries))
        self.basemap_ready.emit()

    def _basemap_failed(self, error: BaseException) -> None:
        log.error("basemap could not be loaded: %s", error)
        self.controls.set_note(self.tr("The basemap could not be loaded; markers only."))

    def _data_changed(self, data: MapData) -> None:
        self.canvas.set_data(data)
        self.canvas.tint_hosts(set(data.host_countries))
        self.controls.set_choices(data.gpu_types, data.waves)
        self.off_map.clear()
        for item in data.off_map:
            entry = QListWidgetItem(f"{item.name}\n{item.reason}")
            entry.setToolTip(f"{item.kind}: {item.name} — {item.reason}")
            self.off_map.addItem(entry)
        self.controls.set_off_map_count(len(data.off_map))
        self._follow_selection(self.selection.current)
        self._list_markers()

    def _values_changed(self, values: dict[str, LiveValue]) -> None:
        self.canvas.set_values(values)
        keys = visible_keys(self.model.data, values, self.filter)
        if keys != self.canvas.visible:
            self.canvas.set_visible_keys(keys)
        self._list_markers()
        simulated = any(v.simulated for v in values.values())
        self.canvas.legend.set_note(
            (self.tr("replay — %1").replace(
                "%1", format_utc(self.model.replay_time))
             if self.model.replay_time else "")
            or (self.tr("demo — simulated load") if simulated else ""))
        if self.canvas.hover_key:
            self._hovered(self.canvas.hover_key, refresh=True)

    def set_filter(self, flt: MapFilter) -> None:
        self.filter = flt
        self.canvas.set_visible_keys(visible_keys(self.model.data, self.model.values, flt))
        self._list_markers()

    def _list_markers(self) -> None:
        """The visible markers in words, in the order of their names (updated in place)."""
        visible = self.canvas.visible
        points = sorted((p for p in self.model.data.points if p.key in visible),
                        key=lambda p: p.label)
        texts = [(p.key, marker_text(p, self.model.values.get(p.key))) for p in points]
        current = [(str(self.markers.item(i).data(Qt.ItemDataRole.UserRole)),
                    self.markers.item(i).text()) for i in range(self.markers.count())]
        if texts == current:
            return
        if [k for k, _ in texts] == [k for k, _ in current]:
            for i, (_key, text) in enumerate(texts):
                self.markers.item(i).setText(text)
            return
        self.markers.blockSignals(True)
        self.markers.clear()
        for key, text in texts:
            item = QListWidgetItem(text, self.markers)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.markers.blockSignals(False)

    def _marker_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self._clicked(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- hover / select -------------------------------------------------------------------
    def tooltip_for(self, key: str) -> str:
        point = self.model.data.point(key)
        if point is None:
            return ""
        return tooltip_html(point, self.model.values.get(key), self.model.data)

    def _hovered(self, key: str, refresh: bool = False) -> None:
        if not key:
            QToolTip.hideText()
            return
        pos = self.canvas.pixel_pos(key)
        if pos is None:
            return
        if refresh and not QToolTip.isVisible():
            return
        QToolTip.showText(self.canvas.mapToGlobal(pos.toPoint()), self.tooltip_for(key),
                          self.canvas)

    def _clicked(self, key: str) -> None:
        point = self.model.data.point(key)
        if point is None:
            return
        self.selection.select(self._selection_for(point), source=self)
        self.canvas.set_selected(key)

    def _selection_for(self, point: MapPoint) -> Selection:
        if point.kind == "antenna":
            fkey = point.factory_keys[0] if point.factory_keys else ""
            factory = self.model.data.point(fkey)
            return Selection(factory_id=factory.entity_id if factory else "")
        machine = next((m for m in point.machines if m.site_ids), None) or (
            point.machines[0] if point.machines else None)
        return Selection(factory_id=point.entity_id,
                         system_id=machine.system_id if machine else "",
                         site_id=machine.site_ids[0] if machine and machine.site_ids else "")

    def _follow_selection(self, selection: Selection) -> None:
        if self.selection.source is self:
            return
        key = ""
        for p in self.model.data.points:
            if p.kind != "factory":
                continue
            if (selection.site_id and selection.site_id in p.site_ids) or (
                    selection.factory_id and p.entity_id == selection.factory_id) or (
                    selection.system_id and any(m.system_id == selection.system_id
                                                for m in p.machines)):
                key = p.key
                break
        self.canvas.set_selected(key)

    def open_detail(self, key: str) -> FactoryDetail | None:
        point = self.model.data.point(key)
        if point is None or self.registry is None:
            return None
        if point.kind == "antenna":
            if not point.factory_keys:
                return None
            point = self.model.data.point(point.factory_keys[0]) or point
        if self.detail is None:
            self.detail = FactoryDetail(self)
        self.detail.show_factory(self.registry, point.entity_id,
                                 self.model.values.get(point.key))
        self.detail.show()
        self.detail.raise_()
        return self.detail

    # -- replay ---------------------------------------------------------------------------
    def _replay_requested(self, step: int) -> None:
        steps = REPLAY_HOURS * 60 // REPLAY_STEP_MIN
        at = datetime.now(UTC) - timedelta(minutes=(steps - step) * REPLAY_STEP_MIN)
        first = not self.model.replaying
        self.model.replay_at(at)
        self.replay.show_time(at)
        if first:
            self.load_series()

    def load_series(self) -> None:
        """Read the last 24 h of samples on the task runner, then replay them."""
        if self.history is None:
            self.replay.set_status(self.tr("no history recorded"))
            return
        history = self.history
        since = datetime.now(UTC) - timedelta(hours=REPLAY_HOURS)
        self.replay.set_status(self.tr("loading history…"))
        self.runner.submit(lambda: history.site_free_series(since),
                           on_result=self._series_loaded,
                           on_error=lambda e: self.replay.set_status(str(e)),
                           key="map-series")

    def _series_loaded(self, series: dict[str, list[tuple[datetime, int, int]]]) -> None:
        self.model.set_series(series)
        count = sum(len(v) for v in series.values())
        self.replay.set_status(self.tr("%n sample(s)", "", count))
        self.series_ready.emit()

    def go_live(self) -> None:
        self.model.go_live()
        self.replay.show_live()

    # -- export ---------------------------------------------------------------------------
    def _ask_export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the map"), f"ai-factories-map.{kind}",
            "PNG image (*.png)" if kind == "png" else "SVG drawing (*.svg)")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        """Write the map as PNG (2× pixels) or SVG (vectors), by the file's suffix."""
        view = self.canvas
        size = view.viewport().size()
        if path.suffix.lower() == ".svg":
            gen = QSvgGenerator()
            gen.setFileName(str(path))
            gen.setSize(size)
            gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
            gen.setTitle("AI Factories — live federation map")
            gen.setDescription("EPSG:3035 basemap from Natural Earth (public domain)")
            painter = QPainter(gen)
            view.render(painter)
            painter.end()
            return path.exists()
        image = QImage(QSize(size.width() * 2, size.height() * 2), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        return bool(image.save(str(path)))

    def stop(self) -> None:
        """Stop timers and animations (at quit and in tests)."""
        self.model.stop()
        self.canvas.stop()
        self.replay.stop()
