"""Availability history: free GPUs over time, the federation per GPU model, and a heat map.

Imports pyqtgraph at module level: the desk creates this view lazily (a ``LazyView`` tab)
so start-up does not pay for it. Data are read from ``HistoryDb`` on the task runner
(``load_history``); the view only draws. Missing data are gaps (``connect='finite'`` with
``nan``), never interpolated lines.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.registry import Registry
from app.models.availability_model import (
    RANGES,
    HistoryData,
    forget_heat_maps,
    history_csv_rows,
    history_names,
    load_history,
)
from app.models.selection import Selection, SelectionBus
from app.services.history import HistoryDb
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.tasks import TaskRunner
from app.views import theme
from app.views.availability_view import DEMO_STYLE
from app.views.export import export_png, export_rows

#: The keys of ``RANGES`` as lupdate must see them (shown as the range buttons).
RANGE_WORDS = (QT_TRANSLATE_NOOP("HistoryView", "1 h"), QT_TRANSLATE_NOOP("HistoryView", "24 h"),
               QT_TRANSLATE_NOOP("HistoryView", "7 d"), QT_TRANSLATE_NOOP("HistoryView", "30 d"))
#: Colours per GPU model in the stacked plot (stable order), then a fallback cycle.
MODEL_COLOURS = ("#2f6fb5", "#e07b00", "#1a7f37", "#8e24aa", "#c62828", "#00838f",
                 "#6d4c41", "#5c6bc0", "#9e9d24", "#ad1457")
FREE_COLOUR = "#1a7f37"
QUEUE_COLOUR = "#e07b00"
RELOAD_DELAY_MS = 3000


def _fmt(v: float) -> str:
    if v != v:  # nan: a gap
        return QCoreApplication.translate("HistoryView", "no data")
    return QLocale().toString(round(v))


def band_path(x: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> QPainterPath:
    """A filled band between two series; a ``nan`` in either breaks it (a gap)."""
    path = QPainterPath()
    finite = np.isfinite(lower) & np.isfinite(upper)
    i, n = 0, len(x)
    while i < n:
        if not finite[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and finite[j + 1]:
            j += 1
        path.moveTo(QPointF(float(x[i]), float(upper[i])))
        for k in range(i + 1, j + 1):
            path.lineTo(QPointF(float(x[k]), float(upper[k])))
        for k in range(j, i - 1, -1):
            path.lineTo(QPointF(float(x[k]), float(lower[k])))
        path.closeSubpath()
        i = j + 1
    return path


def _weekday(day: int) -> str:
    """The short name of a weekday (0 = Monday) in the person's language."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def _when(moment: datetime) -> str:
    """``Tue 04 Mar 14:00`` in the person's language."""
    date = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd dd MMM")
    return f"{date} {moment:%H:%M}"


class _HourAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{int(v) % 24:02d}" if 0 <= v < 24 else "" for v in values]


class _DayAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [_weekday(int(v)) if 0 <= int(v) < 7 else "" for v in values]


class HistoryView(QWidget):
    """Free GPUs of the selection over 1 h … 30 d, the federation stacked per GPU model,
    and utilisation by hour × weekday; crosshair, zoom, reset, PNG/CSV export.

    Signals:
        loaded(): new data are drawn.
        exported(str): a file was written (its path).
        export_failed(str): a file could not be written (a sentence for people).
    """

    loaded = Signal()
    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, history: HistoryDb, runner: TaskRunner, store: Any,
                 selection: SelectionBus, *, registry: Registry | None = None,
                 backfill: Any = None, initial: HistoryData | None = None,
                 tz: tzinfo | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self._history = history
        self._runner = runner
        self._store = store
        self.selection = selection
        self.registry = registry
        self._tz = tz or datetime.now().astimezone().tzinfo or UTC
        self._clock = clock
        self.range_s = RANGES["24 h"]
        self.data: HistoryData | None = None
        self._zoomed = False
        self._loading = False
        self._backfill = backfill

        # -- controls
        self.title = QLabel(self)
        self.title.setObjectName("historyTitle")
        self.demo_badge = QLabel(self.tr("demo — simulated load"), self)
        self.demo_badge.setStyleSheet(DEMO_STYLE)
        self.demo_badge.setVisible(False)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QToolButton] = {}
        for label, seconds in RANGES.items():
            button = QToolButton(self)
            shown = self.tr(label)  # one of RANGE_WORDS
            button.setText(shown)
            button.setCheckable(True)
            button.setChecked(seconds == self.range_s)
            button.setAccessibleName(self.tr("Show the last %1").replace("%1", shown))
            self.range_group.addButton(button, seconds)
            self.range_buttons[label] = button
        self.federation_button = QPushButton(self.tr("Whole &federation"), self)
        self.federation_button.setAccessibleName(self.tr("Show the whole federation"))
        self.reset_button = QPushButton(self.tr("&Reset zoom"), self)
        self.reset_button.setAccessibleName(self.tr("Reset the zoom to the whole range"))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export a plot as PNG or the data as "
                                                     "CSV"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for key, text in (("all", self.tr("All plots as PNG…")),
                          ("free", self.tr("Free GPUs plot as PNG…")),
                          ("stacked", self.tr("Per GPU model plot as PNG…")),
                          ("heat", self.tr("Heat map as PNG…")),
                          ("csv", self.tr("Plotted data as CSV…"))):
            action = QAction(text, self)
            menu.addAction(action)
            self.export_actions[key] = action
        self.export_button.setMenu(menu)
        self.readout = QLabel(self)
        self.readout.setObjectName("historyReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")

        # -- plots
        pg.setConfigOptions(antialias=True)
        self.free_plot = pg.PlotWidget(self, axisItems={"bottom": pg.DateAxisItem()})
        self.free_plot.setObjectName("freePlot")
        self.stacked_plot = pg.PlotWidget(self, axisItems={"bottom": pg.DateAxisItem()})
        self.stacked_plot.setObjectName("stackedPlot")
        self.heat_plot = pg.PlotWidget(
            self, axisItems={"bottom": _HourAxis("bottom"), "left": _DayAxis("left")})
        self.heat_plot.setObjectName("heatPlot")
        for widget, name in (
                (self.free_plot, self.tr("Free GPUs and queued demand over time")),
                (self.stacked_plot, self.tr("Free GPUs per GPU model over time, stacked")),
                (self.heat_plot, self.tr("Utilisation by hour of day and weekday"))):
            widget.setAccessibleName(name)
            widget.setMinimumHeight(160)
        self.free_plot.setAccessibleDescription(self.tr(
            "Solid line: free GPUs; dashed line: free GPUs at the sites that answered; "
            "right axis: queued GPU demand. Gaps are times without data."))
        self.stacked_plot.setAccessibleDescription(self.tr(
            "Free GPUs per GPU model, stacked; the legend names each model's colour."))
        self.heat_plot.setAccessibleDescription(self.tr(
            "Share of GPUs in service that were allocated, by hour of day (across) and "
            "weekday (down); darker is busier. The readout gives the value under the mouse."))
        self._setup_free_plot()
        self._setup_stacked_plot()
        self._setup_heat_plot()
        self._apply_theme()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.demo_badge)
        for button in self.range_buttons.values():
            top.addWidget(button)
        top.addSpacing(8)
        top.addWidget(self.federation_button)
        top.addWidget(self.reset_button)
        top.addWidget(self.export_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.stacked_plot)
        lower.addWidget(self.heat_plot)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.free_plot)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.readout)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        # -- connections
        self.range_group.idClicked.connect(self.set_range)
        self.federation_button.clicked.connect(
            lambda: self.selection.select(Selection(), source=self))
        self.reset_button.clicked.connect(self.reset_zoom)
        self.export_actions["all"].triggered.connect(
            lambda: self.export_plot(self.splitter, "availability-history.png"))
        self.export_actions["free"].triggered.connect(
            lambda: self.export_plot(self.free_plot, "free-gpus.png"))
        self.export_actions["stacked"].triggered.connect(
            lambda: self.export_plot(self.stacked_plot, "free-gpus-per-model.png"))
        self.export_actions["heat"].triggered.connect(
            lambda: self.export_plot(self.heat_plot, "utilisation-heat-map.png"))
        self.export_actions["csv"].triggered.connect(lambda: self.export_csv())
        self.free_plot.getViewBox().sigRangeChangedManually.connect(self._user_zoomed)
        self.stacked_plot.getViewBox().sigRangeChangedManually.connect(self._user_zoomed)
        # the two time plots show the same time span (by value: their widths differ)
        self.free_plot.getViewBox().sigXRangeChanged.connect(
            lambda _vb, r: self._sync_x(self.stacked_plot, r))
        self.stacked_plot.getViewBox().sigXRangeChanged.connect(
            lambda _vb, r: self._sync_x(self.free_plot, r))
        self.free_plot.scene().sigMouseMoved.connect(
            lambda pos: self._mouse_moved(self.free_plot, pos))
        self.stacked_plot.scene().sigMouseMoved.connect(
            lambda pos: self._mouse_moved(self.stacked_plot, pos))
        self.heat_plot.scene().sigMouseMoved.connect(self._heat_moved)
        selection.changed.connect(lambda _s: self.reload())
        store.changed.connect(self.schedule_reload)
        if backfill is not None:
            backfill.finished.connect(self._backfilled)
        if initial is not None:  # read ahead by the desk: drawn at once, then refreshed
            self._show(initial)
        self.reload()

    # -- set-up -------------------------------------------------------------------------
    def _setup_free_plot(self) -> None:
        plot = self.free_plot.getPlotItem()
        plot.setLabel("left", self.tr("free GPUs"), color=FREE_COLOUR)
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMouseEnabled(x=True, y=False)
        self.free_legend = plot.addLegend(offset=(10, 4), colCount=3)
        self.free_curve = plot.plot(
            [], [], name=self.tr("free"), connect="finite", pen=pg.mkPen(FREE_COLOUR, width=2),
            fillLevel=0, brush=pg.mkBrush(26, 127, 55, 50))
        self.partial_curve = plot.plot([], [], connect="finite", pen=pg.mkPen(
            FREE_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        self.partial_name = self.tr("free at the sites that answered (others did not)")
        # queued demand is often ten times the free GPUs: its own axis, on the right
        self.queue_box = pg.ViewBox(enableMouse=False)
        plot.showAxis("right")
        plot.scene().addItem(self.queue_box)
        plot.getAxis("right").linkToView(self.queue_box)
        plot.getAxis("right").setLabel(self.tr("queued GPUs"), color=QUEUE_COLOUR)
        self.queue_box.setXLink(plot)
        self.queue_curve = pg.PlotDataItem([], [], connect="finite",
                                           pen=pg.mkPen(QUEUE_COLOUR, width=1.5))
        self.queue_box.addItem(self.queue_curve)
        self.free_legend.addItem(self.queue_curve, self.tr("queued demand (right axis)"))
        plot.getViewBox().sigResized.connect(
            lambda *_: self.queue_box.setGeometry(plot.getViewBox().sceneBoundingRect()))
        self.free_cursor = pg.InfiniteLine(angle=90, movable=False)
        self.free_cursor.setVisible(False)
        plot.addItem(self.free_cursor, ignoreBounds=True)
        self.empty_text = pg.TextItem(anchor=(0.5, 0.5))
        plot.addItem(self.empty_text, ignoreBounds=True)

    def _setup_stacked_plot(self) -> None:
        plot = self.stacked_plot.getPlotItem()
        plot.setLabel("left", self.tr("free GPUs"))
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMouseEnabled(x=True, y=False)
        self.stacked_legend = plot.addLegend(offset=(10, 4), colCount=6)
        self.stacked_items: list[Any] = []
        self.stacked_cursor = pg.InfiniteLine(angle=90, movable=False)
        self.stacked_cursor.setVisible(False)
        plot.addItem(self.stacked_cursor, ignoreBounds=True)

    def _setup_heat_plot(self) -> None:
        plot = self.heat_plot.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().invertY(True)
        plot.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)]])
        plot.getAxis("left").setTicks([[(d + 0.5, _weekday(d)) for d in range(7)]])
        self.heat_image = pg.ImageItem(axisOrder="row-major")
        self.heat_image.setRect(QRectF(0, 0, 24, 7))
        plot.addItem(self.heat_image)
        plot.disableAutoRange()
        plot.setRange(xRange=(0, 24), yRange=(0, 7), padding=0)
        self.colour_map = pg.colormap.get("viridis")
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=self.colour_map,
                                          label=self.tr("utilisation"), interactive=False,
                                          width=12)
        self.colour_bar.setImageItem(self.heat_image, insert_in=plot)

    # -- loading ------------------------------------------------------------------------
    def set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.reload()

    def set_range(self, seconds: int) -> None:
        self.range_s = int(seconds)
        button = self.range_group.button(self.range_s)
        if button is not None:
            button.setChecked(True)
        self._zoomed = False
        self.reload()

    def _backfilled(self, _result: object) -> None:
        forget_heat_maps()
        self.reload()

    def schedule_reload(self) -> None:
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def reload(self) -> None:
        """Read the history for the current selection and range (off the UI thread)."""
        self._reload_timer.stop()
        history, selection, range_s = self._history, self.selection.current, self.range_s
        now, tz = self._clock(), self._tz
        states = self._store.states()
        names = history_names(self.registry, list(states), selection)
        self._loading = True
        if self.data is None:
            self.status.setText(self.tr("loading history…"))
        self._runner.submit(lambda: load_history(history, selection, range_s, now, tz, names),
                            on_result=self._show, on_error=self._failed, key="history-plots")
        self.demo_badge.setVisible(any(s.simulated for s in states.values()))

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(self.tr("History could not be read: %1").replace("%1", str(error)))

    # -- drawing ------------------------------------------------------------------------
    def _show(self, data: HistoryData) -> None:
        self._loading = False
        self.data = data
        x = np.asarray(data.ticks, dtype=float)
        free = np.asarray(data.free, dtype=float)
        self.title.setText(self.tr("<b>Free GPUs</b> — %1").replace("%1", data.title))
        self.free_curve.setData(x, free, connect="finite")
        self.queue_curve.setData(x, np.asarray(data.queued, dtype=float), connect="finite")
        partial = np.asarray(data.partial_free or [math.nan] * len(x), dtype=float)
        self.partial_curve.setData(x, partial, connect="finite")
        # name the dashed line only while there is one
        self.free_legend.removeItem(self.partial_curve)
        if np.isfinite(partial).any():
            self.free_legend.addItem(self.partial_curve, self.partial_name)
        self.stacked_plot.getPlotItem().setTitle(
            self.tr("Free GPUs per GPU model, stacked — %1").replace("%1", data.scope),
            size="9pt")
        self._draw_stacked(x, data)
        self._draw_heat(data)
        gaps = int(np.count_nonzero(~np.isfinite(free)))
        if data.empty:
            self.empty_text.setText(self.tr(
                "No history yet for %1.\nThe desk records it while it runs; the Hub "
                "back-fills it where it can.").replace("%1", data.title))
            self.empty_text.setPos((data.since + data.until) / 2, 0.5)
            self.empty_text.setVisible(True)
            self.status.setText(self.tr("no data in this range"))
        else:
            self.empty_text.setVisible(False)
            step = (self.tr("%1 min").replace("%1", str(data.step // 60)) if data.step < 3600
                    else self.tr("%1 h").replace("%1", str(data.step // 3600)))
            text = self.tr("%1 averages").replace("%1", step)
            if gaps:
                text += self.tr(" · gaps are times without data (desk closed or a site not "
                                "answering)")
            if np.isfinite(partial).any():
                text += self.tr("; dashed: what the sites that answered add up to")
            self.status.setText(text)
        if self._backfill is not None and getattr(self._backfill, "running", False):
            self.status.setText(self.status.text() + self.tr(
                " · back-filling the last 30 days from the Hub…"))
        if not self._zoomed:
            self.reset_zoom()
        self.loaded.emit()

    def _draw_stacked(self, x: np.ndarray, data: HistoryData) -> None:
        plot = self.stacked_plot.getPlotItem()
        for item in self.stacked_items:
            plot.removeItem(item)
        self.stacked_items = []
        self.stacked_legend.clear()
        lower = np.zeros(len(x))
        if data.stacked:
            gap = np.zeros(len(x), dtype=bool)
            for values in data.stacked.values():
                gap |= ~np.isfinite(np.asarray(values, dtype=float))
            lower[gap] = np.nan
        self._stack_tops: list[tuple[str, np.ndarray, np.ndarray]] = []
        for i, (model, values) in enumerate(data.stacked.items()):
            colour = QColor(MODEL_COLOURS[i % len(MODEL_COLOURS)])
            series = np.asarray(values, dtype=float)
            upper = lower + series
            fill = QColor(colour)
            fill.setAlpha(150)
            band = QGraphicsPathItem(band_path(x, lower, upper))
            band.setBrush(QBrush(fill))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            plot.addItem(band)
            edge = plot.plot(x, upper, connect="finite", pen=pg.mkPen(colour, width=1.2),
                             name=model)
            self.stacked_items += [band, edge]
            self._stack_tops.append((model, series, upper))
            lower = upper
        # bands are plain graphics items: give the view box their extent
        top = float(np.nanmax(lower)) if len(lower) and np.isfinite(lower).any() else 1.0
        plot.getViewBox().setLimits(yMin=0)
        plot.setYRange(0, max(1.0, top) * 1.2, padding=0)  # room for the legend

    def _draw_heat(self, data: HistoryData) -> None:
        grid = np.array([[math.nan if v is None else v for v in row] for row in data.heat],
                        dtype=float)
        self.heat_grid = grid
        # colour the range the data span (busy machines differ by a few per cent)
        low = float(np.nanmin(grid)) if np.isfinite(grid).any() else 0.0
        low = max(0.0, min(0.9, math.floor(low * 20) / 20))
        self.heat_image.setImage(grid, levels=(low, 1.0), autoLevels=False)
        self.heat_image.setRect(QRectF(0, 0, 24, 7))
        self.colour_bar.setLevels((low, 1.0))
        self.heat_plot.getPlotItem().getViewBox().setRange(xRange=(0, 24), yRange=(0, 7),
                                                           padding=0)
        self.heat_plot.getPlotItem().setTitle(data.heat_title, size="9pt")

    # -- interaction --------------------------------------------------------------------
    def reset_zoom(self) -> None:
        if self.data is None:
            return
        self._zoomed = False
        data = self.data
        self.free_plot.getPlotItem().setXRange(data.since, data.until, padding=0.01)
        for values, box in ((data.free + data.partial_free, self.free_plot.getViewBox()),
                            (data.queued, self.queue_box)):
            series = np.asarray(values, dtype=float)
            top = float(np.nanmax(series)) if np.isfinite(series).any() else 1.0
            box.setYRange(0, max(1.0, top) * 1.25, padding=0)  # room for the legend

    def _user_zoomed(self, *_args: object) -> None:
        self._zoomed = True

    def _sync_x(self, other: pg.PlotWidget, x_range: Any) -> None:
        lo, hi = float(x_range[0]), float(x_range[1])
        current = other.getViewBox().viewRange()[0]
        if abs(current[0] - lo) > 1e-6 or abs(current[1] - hi) > 1e-6:
            other.getViewBox().setXRange(lo, hi, padding=0)

    def _index_at(self, t: float) -> int | None:
        if self.data is None or not self.data.ticks:
            return None
        ticks = self.data.ticks
        i = bisect.bisect_left(ticks, t)
        if i >= len(ticks):
            i = len(ticks) - 1
        if i > 0 and abs(ticks[i - 1] - t) < abs(ticks[i] - t):
            i -= 1
        return i

    def _mouse_moved(self, widget: pg.PlotWidget, pos: QPointF) -> None:
        plot = widget.getPlotItem()
        if self.data is None or not plot.sceneBoundingRect().contains(pos):
            return
        t = plot.getViewBox().mapSceneToView(pos).x()
        i = self._index_at(t)
        if i is None:
            return
        data = self.data
        tick = data.ticks[i]
        for cursor in (self.free_cursor, self.stacked_cursor):
            cursor.setPos(tick)
            cursor.setVisible(True)
        when = _when(datetime.fromtimestamp(tick, tz=self._tz))
        parts = [f"<b>{when}</b>"]
        free_text = self.tr("free %1").replace("%1", _fmt(data.free[i]))
        if data.free[i] != data.free[i] and data.partial_free \
                and data.partial_free[i] == data.partial_free[i]:
            free_text = self.tr("free %1 at the %2 of %3 sites that answered").replace(
                "%1", _fmt(data.partial_free[i])).replace("%2", str(data.present[i])).replace(
                "%3", str(data.site_count))
        for colour, text in (
                (FREE_COLOUR, free_text),
                (theme.colours().muted, self.tr("in service %1").replace(
                    "%1", _fmt(data.in_service[i]))),
                (QUEUE_COLOUR, self.tr("queued %1").replace("%1", _fmt(data.queued[i])))):
            parts.append(f"<span style='color:{colour}'>{text}</span>")
        for n, (model, values) in enumerate(data.stacked.items()):
            colour = MODEL_COLOURS[n % len(MODEL_COLOURS)]
            parts.append(f"<span style='color:{colour}'>{model} {_fmt(values[i])}</span>")
        self.readout.setText(" · ".join(parts))

    def _heat_moved(self, pos: QPointF) -> None:
        plot = self.heat_plot.getPlotItem()
        if self.data is None or not plot.sceneBoundingRect().contains(pos):
            return
        p = plot.getViewBox().mapSceneToView(pos)
        hour, day = int(p.x()), int(p.y())
        if not (0 <= hour < 24 and 0 <= day < 7):
            return
        v = self.data.heat[day][hour]
        text = _fmt(math.nan) if v is None else self.tr(
            "%1 % of GPUs in service allocated").replace("%1", f"{v * 100:.0f}")
        self.readout.setText(f"<b>{_weekday(day)} {hour:02d}:00–{hour:02d}:59</b> · {text}")

    # -- export -------------------------------------------------------------------------
    def export_plot(self, widget: QWidget, suggested: str,
                    path: Path | None = None) -> Path | None:
        return export_png(self, widget, suggested, runner=self._runner, path=path,
                          done=lambda p: self.exported.emit(str(p)),
                          failed=self._export_failed)

    def export_csv(self, path: Path | None = None) -> Path | None:
        if self.data is None:
            return None
        header, rows = history_csv_rows(self.data)
        return export_rows(self, header, rows, "availability-history.csv",
                           runner=self._runner, path=path,
                           done=lambda p: self.exported.emit(str(p)),
                           failed=self._export_failed)

    def _export_failed(self, error: BaseException) -> None:
        self.export_failed.emit(self.tr("Could not export: %1").replace("%1", str(error)))

    # -- theme --------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        """Backgrounds, axes, legends, cursors and notes in the theme's colours."""
        muted = theme.colours().muted
        for widget in (self.free_plot, self.stacked_plot, self.heat_plot):
            theme.style_plot(widget)
        for cursor in (self.free_cursor, self.stacked_cursor):
            cursor.setPen(pg.mkPen(muted, width=1))
        self.empty_text.setColor(QColor(muted))
        self.status.setStyleSheet(f"color: {muted};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_theme()

    def stop(self) -> None:
        self._reload_timer.stop()
