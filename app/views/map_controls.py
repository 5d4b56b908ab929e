"""The map's filter/navigation bar and its replay bar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.domain.capacity import Health
from app.models.map_model import MapFilter
from app.models.overview import format_utc

STATUS_CHOICES = (Health.OK, Health.DEGRADED, Health.UNREACHABLE, Health.PLANNED,
                  Health.PENDING)


class MapControls(QWidget):
    """Filters (GPU model, status, wave, minimum free GPUs), zoom, fit and export.

    Signals:
        filter_changed(object): the new ``MapFilter``.
        fit_requested(): show every marker.
        zoom_requested(float): scale factor (< 1 zooms in).
        export_requested(str): "png" or "svg".
    """

    filter_changed = Signal(object)
    fit_requested = Signal()
    zoom_requested = Signal(float)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QComboBox(self)
        self.model.setAccessibleName(self.tr("GPU model"))
        self.model.addItem(self.tr("All GPU types"), "")
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), "")
        for health in STATUS_CHOICES:
            self.status.addItem(health.value, health.value)
        self.wave = QComboBox(self)
        self.wave.setAccessibleName(self.tr("Wave"))
        self.wave.addItem(self.tr("All waves"), None)
        self.min_free = QSpinBox(self)
        self.min_free.setAccessibleName(self.tr("At least this many GPUs free"))
        self.min_free.setRange(0, 100_000)
        self.min_free.setSingleStep(8)
        self.min_free.setPrefix(self.tr("≥ "))
        self.min_free.setSuffix(self.tr(" GPUs free"))
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #b00020;")
        self.zoom_in = _button("+", self.tr("Zoom in (+)"), self)
        self.zoom_out = _button("−", self.tr("Zoom out (−)"), self)
        self.fit = _button(self.tr("Fit all"), self.tr("Show every marker (0 or Home)"), self)
        self.png = _button(self.tr("PNG…"), self.tr("Export the map as a PNG image"), self)
        self.svg = _button(self.tr("SVG…"), self.tr("Export the map as an SVG drawing"), self)
        self.off_map_title = QLabel(self.tr("Not on the map"), self)
        self.off_map_title.setStyleSheet("font-weight: 600;")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        widgets: list[QWidget] = [self.model, self.status, self.wave, self.min_free]
        for widget in widgets:
            row.addWidget(widget)
        row.addWidget(self.note, 1)
        for button in (self.zoom_in, self.zoom_out, self.fit, self.png, self.svg):
            row.addWidget(button)

        self.model.currentIndexChanged.connect(self._emit_filter)
        self.status.currentIndexChanged.connect(self._emit_filter)
        self.wave.currentIndexChanged.connect(self._emit_filter)
        self.min_free.valueChanged.connect(self._emit_filter)
        self.zoom_in.clicked.connect(lambda: self.zoom_requested.emit(1 / 1.25))
        self.zoom_out.clicked.connect(lambda: self.zoom_requested.emit(1.25))
        self.fit.clicked.connect(self.fit_requested)
        self.png.clicked.connect(lambda: self.export_requested.emit("png"))
        self.svg.clicked.connect(lambda: self.export_requested.emit("svg"))

    def set_choices(self, models: Sequence[str], waves: Sequence[int]) -> None:
        for combo, items in ((self.model, [(m, m) for m in models]),
                             (self.wave, [(self.tr("Wave %1").replace("%1", str(w)), w)
                                          for w in waves])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def current_filter(self) -> MapFilter:
        return MapFilter(gpu_type=self.model.currentData() or "",
                         status=self.status.currentData() or "",
                         wave=self.wave.currentData(), min_free=self.min_free.value())

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def set_off_map_count(self, n: int) -> None:
        self.off_map_title.setText(self.tr("Not on the map (%1)").replace("%1", str(n)))


class ReplayBar(QWidget):
    """A slider over the last 24 hours and a "Live" button.

    Signals:
        replay_requested(int): the slider step to show (0 = 24 h ago, max = now).
        live_requested(): back to live data.
    """

    replay_requested = Signal(int)
    live_requested = Signal()

    def __init__(self, steps: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = QPushButton(self.tr("● Live"), self)
        self.live.setCheckable(True)
        self.live.setChecked(True)
        self.live.setToolTip(self.tr("Show live data"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Replay the last 24 hours"))
        self.slider.setRange(0, steps)
        self.slider.setValue(steps)
        self.slider.setPageStep(12)
        self.time = QLabel(self.tr("live"), self)
        self.time.setMinimumWidth(150)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #555;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Replay 24 h:"), self))
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        row.addWidget(self.status)
        row.addWidget(self.live)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(lambda: self.replay_requested.emit(self.slider.value()))
        self.slider.valueChanged.connect(self._moved)
        self.live.clicked.connect(self._live_clicked)

    def _moved(self, value: int) -> None:
        if self.slider.signalsBlocked():
            return
        self.live.setChecked(False)
        self._debounce.start()

    def request(self, step: int) -> None:
        """Jump to a step now (no debounce); used by keyboard users and tests."""
        self.slider.blockSignals(True)
        self.slider.setValue(step)
        self.slider.blockSignals(False)
        self.live.setChecked(False)
        self.replay_requested.emit(step)

    def _live_clicked(self) -> None:
        self.live.setChecked(True)
        self.live_requested.emit()

    def show_time(self, at: datetime) -> None:
        self.time.setText(self.tr("replay: %1").replace("%1", format_utc(at)))

    def show_live(self) -> None:
        self._debounce.stop()
        self.slider.blockSignals(True)
        self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self.live.setChecked(True)
        self.time.setText(self.tr("live"))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def stop(self) -> None:
        self._debounce.stop()


def _button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(False)
    return button
