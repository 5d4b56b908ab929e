"""The single point of contact's inbox: the queue, filters, keyboard triage, a detail pane.

Keys (on the queue): Alt+Up / Alt+Down move, A assigns to me, S opens the state menu,
N adds a note, Enter opens the detail pane, F5 reloads, Ctrl+N files a new request.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.registry import Registry
from app.domain.triage import NEEDS, STATE_LABELS, STATES, TriageRequest, allowed_transitions
from app.domain.triage_routing import Suggestion
from app.models.inbox_model import InboxModel
from app.models.table_model import ROW_ROLE, SortFilterProxy
from app.services.federation import Federation
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner
from app.services.triage import (
    PendingEdit,
    TriageService,
    client_factory,
    default_user,
    idle_by_factory,
)
from app.views.inbox_conflict import ConflictDialog
from app.views.inbox_detail import InboxDetail
from app.views.inbox_export import queue_html, write_queue_csv, write_queue_pdf


class InboxView(QWidget):
    """The triage queue over a :class:`TriageService`; renders and forwards edits only."""

    def __init__(self, service: TriageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self.service = service
        self.model = InboxModel(self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.conflict_dialog: ConflictDialog | None = None

        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("Filter by state"))
        self.state_filter.addItem(self.tr("Open"), "new,triaged,assigned,in_progress")
        self.state_filter.addItem(self.tr("All states"), "")
        for state in STATES:
            self.state_filter.addItem(STATE_LABELS[state], state)
        self.need_filter = QComboBox(self)
        self.need_filter.setAccessibleName(self.tr("Filter by need"))
        self.need_filter.addItem(self.tr("Any need"), "")
        for need in NEEDS:
            self.need_filter.addItem(need, need)
        self.country_filter = QLineEdit(self)
        self.country_filter.setPlaceholderText(self.tr("Country"))
        self.country_filter.setMaxLength(2)
        self.country_filter.setFixedWidth(70)
        self.mine = QCheckBox(self.tr("&Mine"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search organisation, text, contact… (Enter)"))
        self.search.setClearButtonEnabled(True)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.new_button = QPushButton(self.tr("&New request…"), self)
        self.apply_button = QPushButton(self.tr("A&pply for access…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        for widget in (self.state_filter, self.need_filter, self.country_filter, self.mine,
                       self.search, self.reload_button, self.new_button, self.apply_button,
                       self.export_button):
            bar.addWidget(widget)
        bar.setStretchFactor(self.search, 1)

        self.table = QTableView(self)
        self.table.setObjectName("inboxTable")
        self.table.setAccessibleName(self.tr("Triage queue"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("age"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = InboxDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self._shortcuts()
        self._wire()

    def _shortcuts(self) -> None:
        on_view = Qt.ShortcutContext.WidgetWithChildrenShortcut
        on_table = Qt.ShortcutContext.WidgetShortcut
        for keys, slot, widget, context in (
                ("Alt+Up", lambda: self.move_selection(-1), self, on_view),
                ("Alt+Down", lambda: self.move_selection(1), self, on_view),
                ("F5", self.reload, self, on_view),
                ("Ctrl+N", self.new_request, self, on_view),
                ("A", self.assign_to_me, self.table, on_table),
                ("S", self.state_menu, self.table, on_table),
                ("N", self.add_note, self.table, on_table),
                ("Return", self.open_detail, self.table, on_table),
                ("Enter", self.open_detail, self.table, on_table)):
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _wire(self) -> None:
        self.service.loaded.connect(self._on_loaded)
        self.service.request_updated.connect(self._on_updated)
        self.service.history_loaded.connect(self.detail.show_history)
        self.service.conflict.connect(self._on_conflict)
        self.service.failed.connect(lambda text: self.count.setText(self.tr("Problem: ") + text))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current))
        self.detail.accept_requested.connect(self.accept_suggestion)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.need_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine.toggled.connect(lambda _on: self.reload())
        self.country_filter.editingFinished.connect(self.reload)
        self.search.returnPressed.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.new_button.clicked.connect(self.new_request)
        self.apply_button.clicked.connect(self.apply_for_access)
        self.export_button.clicked.connect(lambda: self.export_queue())

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        filters = {"state": self.state_filter.currentData() or "",
                   "need": self.need_filter.currentData() or "",
                   "country": self.country_filter.text().strip().upper()}
        if self.mine.isChecked():
            filters["assignee"] = self.service.user
        self.service.filters = {k: v for k, v in filters.items() if v}
        self.service.query = self.search.text().strip()
        self.service.reload()

    def on_registry(self, registry: object) -> None:
        """A (new) registry is in force: re-rank with it and reload the queue."""
        self.service.set_registry(registry if isinstance(registry, Registry) else None)
        self.reload()

    def _on_loaded(self, items: list[TriageRequest], total: int) -> None:
        selected = self.selected()
        self.model.set_requests(items)
        self.count.setText(self.tr("%1 requests").replace("%1", str(total)))
        if selected is not None:
            self.select(selected.id)
        elif self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _on_updated(self, request: TriageRequest) -> None:
        self.model.update_request(request)
        current = self.selected()
        if current is not None and current.id == request.id:
            self._show(self.table.currentIndex())

    # -- selection -----------------------------------------------------------------------
    def selected(self) -> TriageRequest | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.data(index, ROW_ROLE)
        # by id from the model: a row's cached answers can lag a change it does not show
        return self.model.request(int(row["id"])) if row else None

    def select(self, request_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)
            if row and row.get("id") == request_id:
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def _show(self, index: QModelIndex) -> None:
        request = self.selected() if index.isValid() else None
        suggestions = self.service.suggestions(request) if request is not None else []
        self.detail.show_request(request, suggestions)
        if request is not None:
            self.service.load_history(request.id)

    def move_selection(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        target = min(rows - 1, max(0, current + step)) if current >= 0 else 0
        self.table.setCurrentIndex(self.proxy.index(target, 0))
        self.table.setFocus()

    def open_detail(self) -> None:
        self.detail.suggestions.setFocus()

    # -- triage actions ------------------------------------------------------------------
    def assign_to_me(self) -> None:
        request = self.selected()
        if request is None:
            return
        changes: dict[str, object] = {"assignee": self.service.user}
        if "assigned" in allowed_transitions(request.state):
            changes["state"] = "assigned"
        self.service.apply(PendingEdit(request, changes))

    def state_menu(self) -> QMenu | None:
        """Pop up the allowed state changes of the current request under its row."""
        menu = self.build_state_menu()
        if menu is not None:
            rect = self.table.visualRect(self.table.currentIndex())
            menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        return menu

    def build_state_menu(self) -> QMenu | None:
        request = self.selected()
        if request is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("inboxStateMenu")
        for state in STATES:
            if state in allowed_transitions(request.state):
                action = QAction(STATE_LABELS[state], menu)
                action.triggered.connect(
                    lambda _c=False, s=state: self.set_state(request, s))
                menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def set_state(self, request: TriageRequest, state: str) -> None:
        self.service.apply(PendingEdit(request, {"state": state}))

    def add_note(self, text: str | None = None) -> None:
        request = self.selected()
        if request is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Add a note"),
                self.tr("Note on #%1:").replace("%1", str(request.id)))
            if not ok:
                return
        if text.strip():
            self.service.add_note(request, text.strip())

    def accept_suggestion(self, suggestion: Suggestion) -> None:
        request = self.selected()
        if request is None:
            return
        changes: dict[str, object] = {"target_factory": suggestion.factory_id,
                                      "support_centre": suggestion.centre_id}
        if "assigned" in allowed_transitions(request.state):
            changes["state"] = "assigned"
        if not request.assignee:
            changes["assignee"] = self.service.user
        self.service.apply(PendingEdit(request, changes))

    def _on_conflict(self, edit: PendingEdit, theirs: TriageRequest) -> None:
        dialog = ConflictDialog(edit, theirs, self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _r: self._resolved(dialog))
        dialog.open()

    def _resolved(self, dialog: ConflictDialog) -> None:
        self.conflict_dialog = None
        if dialog.choice == "mine":
            self.service.retry(dialog.edit, dialog.theirs)
        else:
            self.model.update_request(dialog.theirs)
            self._show(self.table.currentIndex())
        dialog.deleteLater()

    # -- intake and export ---------------------------------------------------------------
    def new_request(self) -> None:
        from app.views.intake_dialog import NewRequestDialog

        dialog = NewRequestDialog(self)
        dialog.accepted.connect(lambda: self.service.create(dialog.fields(),
                                                            on_done=self._select_new))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def apply_for_access(self) -> None:
        from app.views.intake_wizard import ApplyWizard

        wizard = ApplyWizard(self)
        wizard.accepted.connect(lambda: self.service.create(wizard.fields(),
                                                            on_done=self._select_new))
        wizard.finished.connect(lambda _r: wizard.deleteLater())
        wizard.open()

    def _select_new(self, request: TriageRequest) -> None:
        self.select(request.id)

    def shown_rows(self) -> list[dict[str, object]]:
        return [dict(self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) or {})
                for r in range(self.proxy.rowCount())]

    def export_queue(self, path: str | None = None) -> None:
        """Export the queue as shown to CSV or PDF (by the file's suffix)."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the queue"), "triage-queue.csv",
                "CSV (*.csv);;PDF (*.pdf)")
            if not path:
                return
        target = Path(path)
        rows = self.shown_rows()
        if target.suffix.lower() == ".pdf":
            filters = ", ".join(f"{k}={v}" for k, v in self.service.filters.items())
            subtitle = f"{len(rows)} requests; filters: {filters or 'none'}"
            if self.service.query:
                subtitle += f"; search: {self.service.query}"
            html = queue_html(rows, title=self.tr("Triage queue"), subtitle=subtitle)
            self.service.export(lambda: write_queue_pdf(target, html, "Triage queue"),
                                target)
        else:
            self.service.export(lambda: write_queue_csv(target, rows), target)


def build_inbox(runner: TaskRunner, federation: Federation, store: SnapshotStore,
                user: str | None = None) -> InboxView:
    """The Inbox tab wired to the connected Hub, its registry and live capacity."""
    service = TriageService(runner, client_factory(lambda: federation.hub_url,
                                                   user or default_user()))
    service.set_registry(federation.registry)
    service.set_idle_source(lambda: idle_by_factory(store.states(), federation.registry))
    view = InboxView(service)
    service.setParent(view)
    federation.registry_changed.connect(view.on_registry)
    view.reload()
    return view
