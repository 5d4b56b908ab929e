"""GPU availability now: every partition's GPUs and queue, and totals per GPU model."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.availability_model import AvailabilityModel
from app.models.selection import Selection, SelectionBus
from app.models.table_model import ROW_ROLE, RecordTableModel, SortFilterProxy
from app.services.tasks import TaskRunner
from app.views.delegates import HealthBadgeDelegate, UtilisationBarDelegate
from app.views.export import export_table

DEMO_STYLE = ("QLabel { background: #fff3cd; color: #664d03; border-radius: 3px;"
              " padding: 1px 6px; }")


def make_table(model: RecordTableModel, name: str, accessible: str,
               parent: QWidget) -> tuple[QTableView, SortFilterProxy]:
    """A sortable, read-only, row-selecting table over ``model`` through a proxy."""
    proxy = SortFilterProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table, proxy


def size_columns(table: QTableView, widths: Iterable[tuple[int, int]]) -> None:
    """Give each column its width, but never less than its header needs (titles are
    longer in some languages)."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, width in widths:
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 14))


class AvailabilityView(QWidget):
    """Site → machine → partition → GPU model availability, and federation totals.

    Selecting a row sets the shared selection; the view follows it when others set it.

    Signals:
        exported(str): a CSV file was written (its path).
        export_failed(str): writing failed (a sentence for people).
    """

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, model: AvailabilityModel, selection: SelectionBus,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availability")
        self.model = model
        self.selection = selection
        self._runner = runner
        self._following = False

        self.title = QLabel(self.tr("<b>GPUs per GPU model</b> — a node in several "
                                    "partitions counts once"), self)
        self.demo_badge = QLabel(self.tr("demo — simulated load"), self)
        self.demo_badge.setStyleSheet(DEMO_STYLE)
        self.demo_badge.setVisible(False)
        self.totals_table, self.totals_proxy = make_table(
            model.totals, "federationTotals", self.tr("Federation totals per GPU model"), self)
        self.totals_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter machines, partitions, GPU models… "
                                               "(Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the availability table"))
        self.only_free = QCheckBox(self.tr("Only partitions with free GPUs"), self)
        self.only_free.setAccessibleName(self.tr("Show only partitions with free GPUs"))
        self.count = QLabel(self)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export a table as CSV"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_partitions_action = QAction(self.tr("Partitions as CSV…"), self)
        self.export_totals_action = QAction(self.tr("Totals per GPU model as CSV…"), self)
        menu.addAction(self.export_partitions_action)
        menu.addAction(self.export_totals_action)
        self.export_button.setMenu(menu)

        self.table, self.proxy = make_table(model, "availabilityTable",
                                            self.tr("GPU availability per partition"), self)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(model.column_index("health"),
                                            HealthBadgeDelegate(self.table))
        size_columns(self.table, [
            (model.column_index(key), width) for key, width in (
                ("factory", 80), ("machine", 135), ("partition", 115), ("gpu_model", 105),
                ("total", 60), ("allocated", 70), ("idle", 50), ("unavailable", 82),
                ("drained_nodes", 62), ("down_nodes", 50), ("pending_jobs", 82),
                ("pending_gpus", 90), ("next_start", 112), ("health", 72), ("age_s", 66))])
        self.totals_table.horizontalHeader().setStretchLastSection(False)
        size_columns(self.totals_table,
                     enumerate((140, 55, 80, 85, 75, 90, 90, 95, 220)))
        self.totals_table.setItemDelegateForColumn(
            model.totals.column_index("free_share"), UtilisationBarDelegate(self.totals_table))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.demo_badge)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.only_free)
        bar.addWidget(self.count)
        bar.addWidget(self.export_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.table)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.totals_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("availabilitySplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([230, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        for signal in (self.totals_proxy.modelReset, self.totals_proxy.rowsInserted,
                       self.totals_proxy.rowsRemoved):
            signal.connect(self._fit_totals)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.only_free.toggled.connect(self._only_free)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update)
        self.export_partitions_action.triggered.connect(
            lambda: self.export_csv(self.proxy, "gpu-availability.csv"))
        self.export_totals_action.triggered.connect(
            lambda: self.export_csv(self.totals_proxy, "gpu-totals-per-model.csv"))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        selection.changed.connect(self._follow)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)
        self._update()
        self._fit_totals()

    # -- actions ------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def export_csv(self, model: SortFilterProxy, suggested: str,
                   path: Path | None = None) -> Path | None:
        return export_table(self, model, suggested, runner=self._runner, path=path,
                            done=lambda p: self.exported.emit(str(p)),
                            failed=lambda e: self.export_failed.emit(
                                self.tr("Could not export: %1").replace("%1", str(e))))

    def _only_free(self, on: bool) -> None:
        self.proxy.set_predicate((lambda r: (r.get("idle") or 0) > 0) if on else None)

    def _fit_totals(self, *_args: object) -> None:
        """Show every GPU model and the "All GPUs" row without scrolling (up to ten)."""
        table = self.totals_table
        rows = min(10, max(2, self.totals_proxy.rowCount()))
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                               + rows * table.verticalHeader().defaultSectionSize()
                               + 2 * table.frameWidth())

    def _update(self, *_args: object) -> None:
        self.count.setText(self.tr("%n row(s)", "", self.proxy.rowCount()))
        self.demo_badge.setVisible(self.model.simulated())

    # -- selection ----------------------------------------------------------------------
    def _row_changed(self, current: object, _previous: object) -> None:
        if self._following:
            return
        row = self.proxy.index(self.table.currentIndex().row(), 0).data(ROW_ROLE)
        if not row:
            return
        self.selection.select(Selection(
            factory_id=row["factory_id"], system_id=row["system_id"], site_id=row["site_id"],
            partition=row["partition"], gpu_type=row["gpu_type"]), source=self)

    def _follow(self, selection: Selection) -> None:
        if self.selection.source is self:
            return
        best = -1
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if not row or row["site_id"] != selection.site_id or not selection.site_id:
                continue
            if row["partition"] == selection.partition and (
                    not selection.gpu_type or row["gpu_type"] == selection.gpu_type):
                best = r
                break
            if best < 0:
                best = r
        if best < 0:
            return
        index = self.proxy.index(best, 0)
        self._following = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._following = False
        self.table.scrollTo(index)

