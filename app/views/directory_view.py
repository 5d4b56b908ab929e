"""The support-centre directory: search, facets, a sortable list and the centre's detail.

Selecting a centre sets the shared selection to its first linked AI Factory, so the map and
the overview highlight it. Exports (CSV and PDF of the list as filtered, vCard of a centre)
are written on the writer task runner.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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

from app.domain.directory import DirectoryEntry
from app.domain.directory_search import FACETS
from app.models.directory_labels import facet_text
from app.models.directory_model import DirectoryModel
from app.models.selection import Selection, SelectionBus
from app.models.table_model import ROW_ROLE
from app.services.tasks import TaskRunner
from app.views.directory_detail import DetailPane
from app.views.directory_export import (
    ExportMeta,
    pdf_html,
    write_csv,
    write_pdf,
    write_vcard,
)
from app.views.directory_facets import FacetPanel

OPEN_REFRESH_MS = 60_000


class DirectoryView(QWidget):
    """Find the right support centre by name, service, sector, language or place.

    Signals:
        status(str): a short message for the status bar (export written, contact copied…).
    """

    status = Signal(str)

    def __init__(self, model: DirectoryModel, selection: SelectionBus, writer: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory")
        self.model = model
        self.selection = selection
        self.writer = writer

        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(self.tr(
            "Search names, services, sectors, languages, cities… — typos are fine (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the support centres"))
        self.count = QLabel(self)
        self.count.setObjectName("directoryCount")
        self.origin = QLabel(self)
        self.origin.setObjectName("directoryOrigin")
        self.origin.setStyleSheet("color: #555;")
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.csv_action = menu.addAction(self.tr("List as CSV…"))
        self.pdf_action = menu.addAction(self.tr("List as PDF…"))
        self.export_button.setMenu(menu)
        self.message = QLabel(self)
        self.message.setObjectName("directoryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)

        self.facets = FacetPanel(model, self)
        self.table = QTableView(self)
        self.table.setObjectName("directoryTable")
        self.table.setAccessibleName(self.tr("Support centres"))
        self.table.setModel(model.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(model.column_index("name"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("name", 240), ("kind", 115), ("country", 100), ("city", 95),
                           ("open", 105), ("languages", 75), ("match", 55), ("warnings", 30),
                           ("services", 200)):
            header.resizeSection(model.column_index(key), width)
        self.detail = DetailPane(model, self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("directorySplitter")
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([260, 680, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.origin)

        self._sort_before: tuple[int, Qt.SortOrder] | None = None
        self._clock = QTimer(self)
        self._clock.setInterval(OPEN_REFRESH_MS)

        self.search.textChanged.connect(model.set_query)
        model.results_changed.connect(self._results_changed)
        model.loaded.connect(self._loaded)
        model.failed.connect(self._failed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail.vcard_requested.connect(self.export_vcard)
        self.detail.status.connect(self._say)
        self.csv_action.triggered.connect(self.export_csv)
        self.pdf_action.triggered.connect(self.export_pdf)
        self._clock.timeout.connect(self._tick)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self._results_changed()
        self._loaded(model.origin)

    # -- state -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._clock.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        self.model.refresh_open_state()
        self.detail.refresh()

    def _results_changed(self) -> None:
        shown, total = self.model.proxy.rowCount(), len(self.model.entries)
        self.count.setText(self.tr("%1 of %2 centres").replace("%1", str(shown))
                           .replace("%2", str(total)))
        match = self.model.column_index("match")
        searching = bool(self.model.query.strip())
        self.table.setColumnHidden(match, not searching)
        if searching and self._sort_before is None:  # best matches first while searching
            header = self.table.horizontalHeader()
            self._sort_before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.table.sortByColumn(match, Qt.SortOrder.DescendingOrder)
        elif not searching and self._sort_before is not None:
            section, order = self._sort_before
            self._sort_before = None
            self.table.sortByColumn(section, order)
        self.csv_action.setEnabled(shown > 0)
        self.pdf_action.setEnabled(shown > 0)
        current = self.detail.entry
        if current is not None and current.id not in self.model.hits:
            self.table.clearSelection()

    def _loaded(self, origin: str) -> None:
        if not origin:
            self.origin.setText(self.tr("Loading the directory…"))
            return
        as_of = self.model.as_of or self.tr("unknown")
        warned = sum(1 for e in self.model.entries if e.warnings)
        text = self.tr("Source: %1 · data as of %2").replace("%1", origin).replace("%2", as_of)
        if warned:
            text += " · " + self.tr("%n entry(ies) with problems, shown with ⚠", "", warned)
        self.origin.setText(text)
        self.message.setVisible(False)
        self.detail.refresh()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _say(self, text: str) -> None:
        self.status.emit(text)

    # -- selection ---------------------------------------------------------------------
    def current_entry(self) -> DirectoryEntry | None:
        row = self.model.proxy.index(self.table.currentIndex().row(), 0).data(ROW_ROLE)
        return row["entry"] if row else None

    def select_centre(self, centre_id: str) -> bool:
        """Make a centre the current row (when the filters show it)."""
        for r in range(self.model.proxy.rowCount()):
            index = self.model.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if row and row["id"] == centre_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _row_changed(self, _current: object, _previous: object) -> None:
        entry = self.current_entry()
        self.detail.show_entry(entry)
        if entry is None:
            return
        factory = entry.linked_factories[0] if entry.linked_factories else ""
        self.selection.select(Selection(factory_id=factory), source=self)

    # -- exports -----------------------------------------------------------------------
    def ask_save_path(self, title: str, name: str, pattern: str) -> Path | None:
        """The file to write (a dialog; tests replace this method)."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name),
                                                      pattern)
        return Path(chosen) if chosen else None

    def _meta(self) -> ExportMeta:
        chosen = [facet_text(f, v, self.model.factory_names)
                  for f in FACETS for v in sorted(self.model.selection[f])]
        return ExportMeta(origin=self.model.origin or self.tr("unknown"), as_of=self.model.as_of,
                          exported_at=datetime.now(tz=UTC).strftime("%Y-%m-%d %H:%M UTC"),
                          query=self.model.query.strip(), filters=", ".join(chosen))

    def _write(self, job: object, what: str) -> None:
        def done(path: Path) -> None:
            self._say(self.tr("%1 written to %2").replace("%1", what).replace("%2", str(path)))

        def failed(error: BaseException) -> None:
            self._failed(self.tr("%1 could not be written: %2").replace("%1", what)
                         .replace("%2", str(error)))

        self.writer.submit(job, on_result=done, on_error=failed)  # type: ignore[arg-type]

    def export_csv(self) -> None:
        path = self.ask_save_path(self.tr("Export the list as CSV"), "support-centres.csv",
                                  self.tr("CSV files (*.csv)"))
        if path is None:
            return
        entries, names = self.model.visible_entries(), dict(self.model.factory_names)
        self._write(lambda: write_csv(path, entries, names), self.tr("CSV"))

    def export_pdf(self) -> None:
        path = self.ask_save_path(self.tr("Export the list as PDF"), "support-centres.pdf",
                                  self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        names = dict(self.model.factory_names)
        html = pdf_html(self.model.visible_entries(), self._meta(), names)
        title = self.tr("Support-centre directory")
        self._write(lambda: write_pdf(path, html, title), self.tr("PDF"))

    def export_vcard(self, entry: DirectoryEntry | None = None) -> None:
        entry = entry or self.current_entry()
        if entry is None:
            return
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in entry.id)
        path = self.ask_save_path(self.tr("Export the contact as vCard"), f"{safe}.vcf",
                                  self.tr("vCard files (*.vcf)"))
        if path is None:
            return
        names = dict(self.model.factory_names)
        self._write(lambda: write_vcard(path, [entry], names), self.tr("vCard"))
