"""Facets of the support-centre directory: checkable values with live counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.directory import fold
from app.domain.directory_search import FACETS
from app.models.directory_labels import facet_text, facet_title
from app.models.directory_model import DirectoryModel

FACET_ROLE = Qt.ItemDataRole.UserRole + 10
VALUE_ROLE = Qt.ItemDataRole.UserRole + 11
#: Facets open at start; the long lists (countries, languages, factories) start folded.
EXPANDED = ("kind", "service", "sector")


class FacetPanel(QWidget):
    """A tree of facets; ticking a value filters the directory (values of one facet are
    alternatives, facets combine). Counts say how many centres each value would show.

    Signals:
        changed(): the person ticked or cleared something.
    """

    changed = Signal()

    def __init__(self, model: DirectoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryFacets")
        self.model = model
        self.items: dict[tuple[str, str], QStandardItem] = {}
        self.count_items: dict[tuple[str, str], QStandardItem] = {}
        self.groups: dict[str, QStandardItem] = {}
        self._updating = False

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("facetTree")
        self.tree.setAccessibleName(self.tr("Filter by kind, country, service, sector, "
                                            "language or linked factory"))
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setMinimumSectionSize(20)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("facetSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #555;")

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self.tree_model.itemChanged.connect(self._ticked)
        self.clear_button.clicked.connect(self._clear)
        model.loaded.connect(self.rebuild)
        model.results_changed.connect(self.update_counts)
        self.rebuild()

    # -- building ----------------------------------------------------------------------
    def rebuild(self) -> None:
        """All values of every facet (new entries or new factory names)."""
        self._updating = True
        try:
            self.tree_model.clear()
            self.tree_model.setColumnCount(2)
            self.items.clear()
            self.count_items.clear()
            self.groups.clear()
            bold = QFont()
            bold.setBold(True)
            for facet in FACETS:
                values = self.model.values.get(facet, [])
                group = QStandardItem(facet_title(facet))
                group.setFont(bold)
                group.setEditable(False)
                group.setSelectable(False)
                group.setData(facet, FACET_ROLE)
                self.groups[facet] = group
                labelled = [(facet_text(facet, v, self.model.factory_names), v) for v in values]
                if facet != "kind":
                    labelled.sort(key=lambda pair: fold(pair[0]))
                for label, value in labelled:
                    item = QStandardItem(label)
                    item.setEditable(False)
                    item.setCheckable(True)
                    item.setData(facet, FACET_ROLE)
                    item.setData(value, VALUE_ROLE)
                    item.setData(label, Qt.ItemDataRole.AccessibleTextRole)
                    item.setCheckState(Qt.CheckState.Checked
                                       if value in self.model.selection[facet]
                                       else Qt.CheckState.Unchecked)
                    count = QStandardItem("")
                    count.setEditable(False)
                    count.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                           | Qt.AlignmentFlag.AlignVCenter)
                    group.appendRow([item, count])
                    self.items[(facet, value)] = item
                    self.count_items[(facet, value)] = count
                blank = QStandardItem("")
                blank.setEditable(False)
                self.tree_model.appendRow([group, blank])
            header = self.tree.header()  # sections exist only now: set their sizes here
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(1, 40)
            for facet in EXPANDED:
                self.tree.setExpanded(self.groups[facet].index(), True)
        finally:
            self._updating = False
        self.update_counts()

    def update_counts(self) -> None:
        """Counts and check marks from the model (after every search or tick)."""
        self._updating = True
        try:
            grey = QBrush(QColor("#8a8a8a"))
            normal = QBrush()
            for (facet, value), item in self.items.items():
                count = self.model.counts.get(facet, {}).get(value, 0)
                count_item = self.count_items[(facet, value)]
                if count_item.text() != str(count):
                    count_item.setText(str(count))
                chosen = value in self.model.selection[facet]
                state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
                brush = normal if count or chosen else grey
                item.setForeground(brush)
                count_item.setForeground(brush)
                label = facet_text(facet, value, self.model.factory_names)
                item.setToolTip(self.tr("%1: %2 centre(s)").replace("%1", label)
                                .replace("%2", str(count)))
            for facet, group in self.groups.items():
                ticked = len(self.model.selection[facet])
                title = facet_title(facet) + (f"  · {ticked}" if ticked else "")
                if group.text() != title:
                    group.setText(title)
        finally:
            self._updating = False
        active = [facet_text(f, v, self.model.factory_names)
                  for f in FACETS for v in sorted(self.model.selection[f])]
        self.clear_button.setEnabled(bool(active))
        self.summary.setText(self.tr("Filtered by: %1").replace("%1", ", ".join(active))
                             if active else "")

    # -- interaction -------------------------------------------------------------------
    def _ticked(self, item: QStandardItem) -> None:
        if self._updating or not item.isCheckable():
            return
        facet, value = item.data(FACET_ROLE), item.data(VALUE_ROLE)
        self.model.set_facet(facet, value, item.checkState() == Qt.CheckState.Checked)
        self.changed.emit()

    def _clear(self) -> None:
        self.model.clear_facets()
        self.changed.emit()

    def toggle(self, facet: str, value: str) -> None:
        """Tick or untick a value as a click would (tests and keyboard helpers)."""
        item = self.items[(facet, value)]
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
