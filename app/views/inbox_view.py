"""The single point of contact's inbox: the queue, filters, saved views, keyboard
triage, a detail pane with suggestions, notes and history.

The keys are listed in :func:`keys_help` (also the queue's tooltip and the "Keys" button).
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QShowEvent
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
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.registry import Registry
from app.domain.triage import NEEDS, STATES, TriageRequest, allowed_transitions
from app.domain.triage_routing import Suggestion
from app.models.inbox_model import InboxModel, need_text, state_text
from app.models.table_model import ROW_ROLE, SortFilterProxy
from app.services.federation import Federation
from app.services.preferences import QT_TRANSLATE_NOOP
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
from app.views.inbox_saved import OPEN, SavedViews, builtin_views, clean

if TYPE_CHECKING:
    from app.views.intake_dialog import NewRequestDialog
    from app.views.intake_wizard import ApplyWizard


#: The inbox's keys and what they do (translated by :func:`keys_help`).
_KEYS = (("Up / Down, Alt+Up / Alt+Down",
          QT_TRANSLATE_NOOP("InboxView", "move through the queue")),
         ("A", QT_TRANSLATE_NOOP("InboxView", "assign the request to me")),
         ("Shift+A", QT_TRANSLATE_NOOP("InboxView", "assign the request to someone…")),
         ("S", QT_TRANSLATE_NOOP("InboxView", "change the state (menu of the allowed ones)")),
         ("N", QT_TRANSLATE_NOOP("InboxView", "add a note")),
         ("Enter", QT_TRANSLATE_NOOP("InboxView", "go to the routing suggestions; Enter there "
                                     "accepts one, Escape goes back to the queue")),
         ("Ctrl+F", QT_TRANSLATE_NOOP("InboxView", "search")),
         ("F5", QT_TRANSLATE_NOOP("InboxView", "reload the queue (and poll the sites)")),
         ("Ctrl+N", QT_TRANSLATE_NOOP("InboxView", "new request (staff taking a call)")),
         ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("InboxView", "apply for access (wizard)")),
         ("Ctrl+Shift+E",
          QT_TRANSLATE_NOOP("InboxView", "export the queue as shown (CSV or PDF)")),
         ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("InboxView", "save the filters as a view")),
         ("Alt+W", QT_TRANSLATE_NOOP("InboxView", "choose a saved view")),
         ("Alt+U / Alt+S",
          QT_TRANSLATE_NOOP("InboxView", "go to the suggestions / the history")))


def _native_keys(keys: str) -> str:
    """``Ctrl+F / Alt+W`` with the key names as the platform shows them (``Strg+F``…)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(" / ".join(QKeySequence(part).toString(native) for part in group.split(" / "))
                     for group in keys.split(", "))


def keys_help() -> list[tuple[str, str]]:
    """The inbox's keys, as shown in the queue's tooltip and the "Keys" box."""
    return [(_native_keys(keys), QCoreApplication.translate("InboxView", what))
            for keys, what in _KEYS]


class InboxView(QWidget):
    """The triage queue over a :class:`TriageService`; renders and forwards edits only.

    While it is shown, the queue reloads every :attr:`REFRESH_MS` so requests that arrive
    meanwhile appear (the selection is kept); :meth:`stop` ends that.
    """

    REFRESH_MS = 60_000

    def __init__(self, service: TriageService, parent: QWidget | None = None,
                 saved: SavedViews | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self.service = service
        self.saved = saved if saved is not None else SavedViews(None)
        self.model = InboxModel(self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.conflict_dialog: ConflictDialog | None = None
        self.note_dialog: QInputDialog | None = None
        self.assign_dialog: QInputDialog | None = None
        self.intake: QWidget | None = None
        self._applying_view = False
        self._sized = False
        self._known_ids: set[int] | None = None
        self._auto_pending = False
        self._arrived = 0
        self._refresh = QTimer(self)
        self._refresh.setInterval(self.REFRESH_MS)
        self._refresh.timeout.connect(self._auto_reload)

        self.views = QComboBox(self)
        self.views.setObjectName("inboxSavedViews")
        self.views.setMinimumContentsLength(18)
        views_label = QLabel(self.tr("Vie&w:"), self)
        views_label.setBuddy(self.views)
        self.save_view_button = QPushButton(self.tr("Save view…"), self)
        self.delete_view_button = QPushButton(self.tr("Delete view"), self)
        self.state_filter = QComboBox(self)
        self.state_filter.addItem(self.tr("Open"), OPEN)
        self.state_filter.addItem(self.tr("All states"), "")
        for state in STATES:
            self.state_filter.addItem(state_text(state), state)
        self.need_filter = QComboBox(self)
        self.need_filter.addItem(self.tr("Any need"), "")
        for need in NEEDS:
            self.need_filter.addItem(need_text(need), need)
        self.sla_filter = QComboBox(self)
        for label, value in ((self.tr("Any SLA"), ""), (self.tr("⚠ Due soon or overdue"),
                                                       "warn"),
                             (self.tr("✖ Overdue"), "breach")):
            self.sla_filter.addItem(label, value)
        self.country_filter = QLineEdit(self)
        self.country_filter.setPlaceholderText(self.tr("Country"))
        self.country_filter.setMaxLength(2)
        self.country_filter.setFixedWidth(70)
        self.mine = QCheckBox(self.tr("&Mine"), self)
        self.flagged = QCheckBox(self.tr("⚑ F&lagged"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search organisation, text, contact… "
                                               "(Ctrl+F, Enter)"))
        self.search.setClearButtonEnabled(True)
        self.assign_button = QPushButton(self.tr("Assign to me (A)"), self)
        self.assign_to_button = QPushButton(self.tr("Assign to… (Shift+A)"), self)
        self.state_button = QPushButton(self.tr("State… (S)"), self)
        self.note_button = QPushButton(self.tr("Note… (N)"), self)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.new_button = QPushButton(self.tr("&New request…"), self)
        self.apply_button = QPushButton(self.tr("A&pply for access…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.keys_button = QPushButton(self.tr("&Keys"), self)
        self.count = QLabel(self)
        self.count.setObjectName("inboxCount")
        for widget, name, description in (
                (self.views, self.tr("Saved view"), self.tr("Named sets of filters")),
                (self.save_view_button, self.tr("Save view"),
                 self.tr("Save the current filters under a name (Ctrl+Shift+S)")),
                (self.delete_view_button, self.tr("Delete view"),
                 self.tr("Delete the chosen saved view of your own")),
                (self.state_filter, self.tr("Filter by state"), ""),
                (self.need_filter, self.tr("Filter by need"), ""),
                (self.sla_filter, self.tr("Filter by SLA"),
                 self.tr("Open requests are due soon after 24 h and overdue after 72 h")),
                (self.country_filter, self.tr("Filter by country"),
                 self.tr("ISO country code, e.g. DE; Enter to apply")),
                (self.mine, self.tr("Only requests assigned to me"), ""),
                (self.flagged, self.tr("Only requests with flags"),
                 self.tr("Applications with missing or contradictory answers")),
                (self.search, self.tr("Search the queue"), self.tr("Ctrl+F; Enter to apply")),
                (self.assign_button, self.tr("Assign to me"), ""),
                (self.assign_to_button, self.tr("Assign to someone"), ""),
                (self.state_button, self.tr("Change state"), ""),
                (self.note_button, self.tr("Add a note"), ""),
                (self.reload_button, self.tr("Reload the queue"),
                 self.tr("F5 reloads the queue and polls the sites")),
                (self.new_button, self.tr("New request"),
                 self.tr("File a request for a caller (Ctrl+N)")),
                (self.apply_button, self.tr("Apply for access"),
                 self.tr("The start-up's application wizard (Ctrl+Shift+A)")),
                (self.export_button, self.tr("Export the queue"),
                 self.tr("The queue as shown, as CSV or PDF (Ctrl+Shift+E)")),
                (self.keys_button, self.tr("Keyboard keys of the inbox"), "")):
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)
                widget.setToolTip(description)
        filters = QHBoxLayout()
        filter_widgets: list[QWidget] = [
            views_label, self.views, self.save_view_button, self.delete_view_button,
            self.state_filter, self.need_filter, self.sla_filter, self.country_filter,
            self.mine, self.flagged]
        for item in filter_widgets:
            filters.addWidget(item)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.assign_button, self.assign_to_button, self.state_button,
                       self.note_button, self.search):
            actions.addWidget(widget)
        actions.setStretchFactor(self.search, 1)
        for widget in (self.reload_button, self.new_button, self.apply_button,
                       self.export_button, self.keys_button):
            actions.addWidget(widget)

        self.table = QTableView(self)
        self.table.setObjectName("inboxTable")
        self.table.setAccessibleName(self.tr("Triage queue"))
        help_text = self.keys_text()
        self.table.setToolTip(help_text)
        self.table.setWhatsThis(help_text)
        self.table.setAccessibleDescription(help_text)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("age"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = InboxDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.table)
        self._fill_views()
        self._shortcuts()
        self._wire()
        order = [self.views, self.save_view_button, self.delete_view_button,
                 self.state_filter, self.need_filter, self.sla_filter, self.country_filter,
                 self.mine, self.flagged, self.search, self.table, self.detail.suggestions,
                 self.detail.accept, self.assign_button, self.assign_to_button,
                 self.state_button, self.note_button, self.reload_button, self.new_button,
                 self.apply_button, self.export_button, self.keys_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._refresh.stop()
        super().hideEvent(event)

    def stop(self) -> None:
        """Stop reloading on a timer (the desk is closing)."""
        self._refresh.stop()

    def refresh_if_shown(self) -> None:
        """The desk's "Refresh now": reload the queue if the inbox is in front."""
        if self.isVisible():
            self.reload()

    def _auto_reload(self) -> None:
        if self.isVisible() and self.intake is None and self.conflict_dialog is None:
            self._auto_pending = True
            self.reload()

    def keys_text(self) -> str:
        return self.tr("Keys on the queue:") + "\n" + "\n".join(
            f"{keys}: {what}" for keys, what in keys_help())

    def _shortcuts(self) -> None:
        on_view = Qt.ShortcutContext.WidgetWithChildrenShortcut
        on_table = Qt.ShortcutContext.WidgetShortcut
        for keys, slot, widget, context in (
                ("Alt+Up", lambda: self.move_selection(-1), self, on_view),
                ("Alt+Down", lambda: self.move_selection(1), self, on_view),
                ("Ctrl+F", self.search.setFocus, self, on_view),
                ("Ctrl+N", self.new_request, self, on_view),
                ("Ctrl+Shift+A", self.apply_for_access, self, on_view),
                ("Ctrl+Shift+E", lambda: self.export_queue(), self, on_view),
                ("Ctrl+Shift+S", lambda: self.save_view(), self, on_view),
                ("A", self.assign_to_me, self.table, on_table),
                ("Shift+A", lambda: self.assign_to(), self.table, on_table),
                ("S", self.state_menu, self.table, on_table),
                ("N", lambda: self.add_note(), self.table, on_table),
                ("Return", self.open_detail, self.table, on_table),
                ("Enter", self.open_detail, self.table, on_table),
                ("Escape", self.table.setFocus, self.detail, on_view)):
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _wire(self) -> None:
        self.service.loaded.connect(self._on_loaded)
        self.service.request_updated.connect(self._on_updated)
        self.service.history_loaded.connect(self.detail.show_history)
        self.service.conflict.connect(self._on_conflict)
        self.service.failed.connect(self._on_failed)
        self.service.busy.connect(self._on_busy)
        self.service.exported.connect(self._on_exported)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current))
        self.detail.accept_requested.connect(self.accept_suggestion)
        self.views.activated.connect(lambda _i: self.apply_view(self.views.currentData()))
        self.save_view_button.clicked.connect(lambda: self.save_view())
        self.delete_view_button.clicked.connect(self.delete_view)
        for combo in (self.state_filter, self.need_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.sla_filter.currentIndexChanged.connect(lambda _i: self._local_filter_changed())
        self.flagged.toggled.connect(lambda _on: self._local_filter_changed())
        self.mine.toggled.connect(lambda _on: self._filters_changed())
        self.country_filter.editingFinished.connect(self._filters_changed)
        self.search.returnPressed.connect(self._filters_changed)
        self.reload_button.clicked.connect(self.reload)
        self.assign_button.clicked.connect(self.assign_to_me)
        self.assign_to_button.clicked.connect(lambda: self.assign_to())
        self.state_button.clicked.connect(self.state_menu)
        self.note_button.clicked.connect(lambda: self.add_note())
        self.new_button.clicked.connect(self.new_request)
        self.apply_button.clicked.connect(self.apply_for_access)
        self.export_button.clicked.connect(lambda: self.export_queue())
        self.keys_button.clicked.connect(self.show_keys)

    def show_keys(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Inbox keys"),
                          self.keys_text(), QMessageBox.StandardButton.Close, self)
        box.setObjectName("inboxKeys")
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    # -- saved views ---------------------------------------------------------------------
    def _fill_views(self, select: str | None = None) -> None:
        self.views.clear()
        for name, spec in builtin_views():
            self.views.addItem(name, {"name": name, "builtin": True, **spec})
        for name in self.saved.names():
            self.views.addItem("★ " + name, {"name": name, "builtin": False,
                                             **(self.saved.get(name) or {})})
        index = max(0, next((i for i in range(self.views.count())
                             if self.views.itemData(i)["name"] == select), 0))
        self.views.setCurrentIndex(index)
        self.delete_view_button.setEnabled(not self.views.currentData()["builtin"])

    def current_filters(self) -> dict[str, object]:
        """The filters as a saved-view spec."""
        return clean({"state": self.state_filter.currentData() or "",
                      "need": self.need_filter.currentData() or "",
                      "country": self.country_filter.text().strip().upper(),
                      "sla": self.sla_filter.currentData() or "",
                      "mine": self.mine.isChecked(), "flagged": self.flagged.isChecked(),
                      "q": self.search.text().strip()})

    def apply_view(self, spec: object) -> None:
        """Set every filter from a saved view and reload once."""
        if not isinstance(spec, dict):
            return
        self.delete_view_button.setEnabled(not spec.get("builtin", True))
        values = clean(spec)
        self._applying_view = True
        try:
            for combo, key in ((self.state_filter, "state"), (self.need_filter, "need"),
                               (self.sla_filter, "sla")):
                index = combo.findData(values.get(key, ""))
                combo.setCurrentIndex(index if index >= 0 else 0)
            self.country_filter.setText(str(values.get("country", "")))
            self.search.setText(str(values.get("q", "")))
            self.mine.setChecked(bool(values.get("mine")))
            self.flagged.setChecked(bool(values.get("flagged")))
        finally:
            self._applying_view = False
        self._local_filter_changed()
        self.reload()

    def save_view(self, name: str | None = None) -> None:
        """Save the filters as a view named ``name`` (asks for one when None)."""
        if name is None:
            dialog = QInputDialog(self)
            dialog.setObjectName("inboxSaveView")
            dialog.setWindowTitle(self.tr("Save view"))
            dialog.setLabelText(self.tr("Name of the view:"))
            dialog.textValueSelected.connect(lambda text: self.save_view(text))
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            dialog.open()
            return
        name = name.strip()
        if not name:
            return
        self.saved.save(name, self.current_filters())
        self._fill_views(select=name)
        self.count.setText(self.tr("Saved the view “%1”.").replace("%1", name))

    def delete_view(self) -> None:
        spec = self.views.currentData()
        if isinstance(spec, dict) and not spec.get("builtin", True):
            self.saved.delete(str(spec["name"]))
            self._fill_views()

    def _filters_changed(self) -> None:
        if not self._applying_view:
            self.reload()

    def _local_filter_changed(self) -> None:
        if self._applying_view:
            return
        sla = self.sla_filter.currentData() or ""
        flagged = self.flagged.isChecked()
        levels = {"warn": ("warn", "breach"), "breach": ("breach",)}.get(sla)
        if levels is None and not flagged:
            self.proxy.set_predicate(None)
        else:
            self.proxy.set_predicate(
                lambda row: (levels is None or row.get("sla") in levels)
                and (not flagged or bool(row.get("flag_count"))))
        self._update_count()

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
        self._total = total
        ids = {r.id for r in items}
        self._arrived = (len(ids - self._known_ids)
                         if self._auto_pending and self._known_ids is not None else 0)
        self._known_ids = ids
        self._auto_pending = False
        self._update_count()
        if not self._sized and items:
            self._sized = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for key in ("organisation", "gpu", "centre"):
                column = self.model.column_index(key)
                header.resizeSection(column, min(header.sectionSize(column), 220))
        if selected is not None:
            self.select(selected.id)
        elif self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self) -> None:
        total = getattr(self, "_total", self.model.rowCount())
        shown = self.proxy.rowCount()
        text = self.tr("%1 requests").replace("%1", str(total))
        if shown != self.model.rowCount():
            text = self.tr("%1 of %2 requests shown").replace("%1", str(shown)).replace(
                "%2", str(total))
        overdue = sum(1 for r in self.shown_rows() if r.get("sla") == "breach")
        flagged = sum(1 for r in self.shown_rows() if r.get("flag_count"))
        text += self.tr(" · ✖ %1 overdue · ⚑ %2 flagged").replace("%1", str(overdue)).replace(
            "%2", str(flagged))
        if self._arrived:
            text += self.tr(" · %1 new since the last reload").replace(
                "%1", str(self._arrived))
        text += self.tr(" · updated %1").replace("%1", datetime.now().strftime("%H:%M"))
        self.count.setText(text)

    def _on_exported(self, path: str) -> None:
        self.count.setText(self.tr("Exported to %1").replace("%1", path))

    def _on_busy(self, busy: bool) -> None:
        self.reload_button.setEnabled(not busy)

    def _on_failed(self, text: str) -> None:
        self.count.setText(self.tr("Problem: ") + text)

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
        self.assign_to(self.service.user)

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
                action = QAction(state_text(state), menu)
                action.triggered.connect(
                    lambda _c=False, s=state: self.set_state(request, s))
                menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def set_state(self, request: TriageRequest, state: str) -> None:
        self.service.apply(PendingEdit(request, {"state": state}))

    def _ask(self, name: str, title: str, label: str) -> QInputDialog:
        """A window-modal input dialog that does not block the event loop."""
        dialog = QInputDialog(self)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        return dialog

    def add_note(self, text: str | None = None) -> None:
        """Add ``text`` as a note to the current request (asks for it when None)."""
        request = self.selected()
        if request is None:
            return
        if text is None:
            dialog = self._ask("inboxNote", self.tr("Add a note"),
                               self.tr("Note on #%1 %2:").replace("%1", str(request.id))
                               .replace("%2", request.organisation))
            dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
            dialog.textValueSelected.connect(
                lambda value: self._note(request, value))
            dialog.finished.connect(lambda _r: setattr(self, "note_dialog", None))
            self.note_dialog = dialog
            dialog.open()
            return
        self._note(request, text)

    def _note(self, request: TriageRequest, text: str) -> None:
        if text.strip():
            self.service.add_note(request, text.strip())

    def assign_to(self, who: str | None = None) -> None:
        """Assign the current request to ``who`` (asks, offering known names, when None)."""
        request = self.selected()
        if request is None:
            return
        if who is None:
            names = sorted({str(r.get("assignee")) for r in self.shown_rows()
                            if r.get("assignee")} | {self.service.user} - {""})
            dialog = self._ask("inboxAssign", self.tr("Assign"),
                               self.tr("Assign #%1 to:").replace("%1", str(request.id)))
            dialog.setComboBoxEditable(True)
            dialog.setComboBoxItems(names)
            dialog.setTextValue(request.assignee or self.service.user)
            dialog.textValueSelected.connect(lambda value: self.assign_to(value))
            dialog.finished.connect(lambda _r: setattr(self, "assign_dialog", None))
            self.assign_dialog = dialog
            dialog.open()
            return
        who = who.strip()
        if not who:
            return
        changes: dict[str, object] = {"assignee": who}
        if "assigned" in allowed_transitions(request.state):
            changes["state"] = "assigned"
        self.service.apply(PendingEdit(request, changes))

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
        merged = dialog.merged_changes() if dialog.choice == "merge" else {}
        if dialog.choice == "mine":
            self.service.retry(dialog.edit, dialog.theirs)
        elif merged:
            self.service.apply(PendingEdit(dialog.theirs, merged))
        else:
            self.model.update_request(dialog.theirs)
            self._show(self.table.currentIndex())
        dialog.deleteLater()

    # -- intake and export ---------------------------------------------------------------
    def new_request(self) -> None:
        """The staff form for a caller; it stays open until the Hub has filed it."""
        from app.views.intake_dialog import NewRequestDialog

        self._open_intake(NewRequestDialog(self))

    def apply_for_access(self) -> None:
        """The start-up's wizard; it posts to the Hub and stays open until filed."""
        from app.views.intake_wizard import ApplyWizard

        self._open_intake(ApplyWizard(self, registry=self.service.registry))

    def _open_intake(self, form: NewRequestDialog | ApplyWizard) -> None:
        if self.intake is not None:
            self.intake.raise_()
            self.intake.activateWindow()
            return
        self.intake = form
        alive = [True]

        def done(request: TriageRequest) -> None:
            if alive[0]:
                form.sent()
            self.select(request.id)

        def refused(field: str, message: str) -> None:
            if alive[0]:
                form.show_refusal(field, message)
            else:
                self._on_failed(message)

        def closed() -> None:
            alive[0] = False
            self.intake = None
            form.deleteLater()

        form.submitted.connect(lambda body: self.service.create(body, on_done=done,
                                                                on_refused=refused))
        form.finished.connect(lambda _r: closed())
        form.open()

    def shown_rows(self) -> list[dict[str, object]]:
        return [dict(self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) or {})
                for r in range(self.proxy.rowCount())]

    def export_queue(self, path: str | None = None) -> None:
        """Export the queue as shown (filtered, sorted) to CSV or PDF, by the suffix."""
        if path is None:
            pdf_filter = self.tr("PDF (*.pdf)")
            path, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export the queue"), "triage-queue.csv",
                self.tr("CSV (*.csv)") + ";;" + pdf_filter)
            if not path:
                return
            if Path(path).suffix.lower() not in (".csv", ".pdf"):
                path += ".pdf" if chosen == pdf_filter else ".csv"
        target = Path(path)
        rows = self.shown_rows()
        if target.suffix.lower() == ".pdf":
            filters = ", ".join(f"{k}={v}" for k, v in self.current_filters().items())
            subtitle = self.tr("%1 requests; filters: %2; exported %3").replace(
                "%1", str(len(rows))).replace("%2", filters or self.tr("none")).replace(
                "%3", datetime.now(tz=UTC).strftime("%Y-%m-%d %H:%M UTC"))
            title = self.tr("Triage queue")
            html = queue_html(rows, title=title, subtitle=subtitle)
            self.service.export(lambda: write_queue_pdf(target, html, title), target)
        else:
            self.service.export(lambda: write_queue_csv(target, rows), target)


def build_inbox(runner: TaskRunner, federation: Federation, store: SnapshotStore,
                user: str | None = None, settings: QSettings | None = None) -> InboxView:
    """The Inbox tab wired to the connected Hub, its registry and live capacity; saved
    views are kept in ``settings``."""
    service = TriageService(runner, client_factory(lambda: federation.hub_url,
                                                   user or default_user()))
    service.set_registry(federation.registry)
    service.set_idle_source(lambda: idle_by_factory(store.states(), federation.registry))
    view = InboxView(service, saved=SavedViews(settings))
    service.setParent(view)
    federation.registry_changed.connect(view.on_registry)
    view.reload()
    return view
