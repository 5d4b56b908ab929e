"""The federation overview: a sortable, filterable table of every partition."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.overview import OverviewModel
from app.models.selection import Selection, SelectionBus
from app.models.table_model import ROW_ROLE, SortFilterProxy
from app.views.delegates import HealthBadgeDelegate, UtilisationBarDelegate


class OverviewView(QWidget):
    """Factory → machine → partition rows; selecting one sets the shared selection."""

    def __init__(self, model: OverviewModel, selection: SelectionBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.model = model
        self.selection = selection
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter factories, machines, GPU models… (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the overview"))
        self.count = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("overviewTable")
        self.table.setAccessibleName(self.tr("Federation overview"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("factory", 100), ("machine", 170), ("partition", 115),
                           ("gpu_model", 115), ("free", 80), ("total", 85),
                           ("utilisation", 120), ("pending_jobs", 90), ("pending_gpus", 95),
                           ("health", 145)):
            column = model.column_index(key)
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            # translated titles can be longer: never clip a header (room for the sort arrow)
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(
                title) + 16))
        self.table.setItemDelegateForColumn(model.column_index("utilisation"),
                                            UtilisationBarDelegate(self.table))
        self.table.setItemDelegateForColumn(model.column_index("health"),
                                            HealthBadgeDelegate(self.table))

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self.filter.textChanged.connect(self.proxy.set_text)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        selection.changed.connect(self._follow)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n row(s)", "", self.proxy.rowCount()))

    def _row_changed(self, current: object, _previous: object) -> None:
        row = self.proxy.index(self.table.currentIndex().row(), 0).data(ROW_ROLE)
        if not row:
            return
        self.selection.select(Selection(
            factory_id=row["factory_id"], system_id=row["system_id"], site_id=row["site_id"],
            partition=row["partition"], gpu_type=row["gpu_type"]), source=self)

    def _follow(self, selection: Selection) -> None:
        if self.selection.source is self:
            return
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row and (row["site_id"] == selection.site_id or (
                    not selection.site_id and row["factory_id"] == selection.factory_id)):
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.proxy.index(r, 0))
                return
