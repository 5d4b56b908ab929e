"""The main window: menus, toolbar, status bar and the views as tabs."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from app import config
from app.models.overview import format_age
from app.services.snapshot_store import SnapshotStore


class MainWindow(QMainWindow):
    """Hosts the views; shows federation health and freshness in the status bar.

    Signals:
        refresh_requested(): the person asked for a refresh now (F5).
        connect_site_requested(): the person wants to connect a site by hand.
        export_requested(): the person wants to export a report.
        new_job_requested(): the person wants to prepare a job (the job wizard).
        credentials_requested(): the person wants the "Sites & credentials" dialog.
    """

    refresh_requested = Signal()
    connect_site_requested = Signal()
    export_requested = Signal()
    new_job_requested = Signal()
    credentials_requested = Signal()

    def __init__(self, store: SnapshotStore, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(config.APP_NAME)
        self._store = store
        self._settings = settings
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.refresh_action = QAction(self.tr("&Refresh now"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setStatusTip(self.tr("Poll every site now (F5)"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self.tr("&About"), self)
        self.connect_site_action = QAction(self.tr("&Connect a site…"), self)
        self.connect_site_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.credentials_action = QAction(self.tr("Sites && c&redentials…"), self)
        self.credentials_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.new_job_action = QAction(self.tr("&New job…"), self)
        self.new_job_action.setShortcut(QKeySequence("Ctrl+J"))
        self.new_job_action.setStatusTip(self.tr("Prepare and submit a job to a site"))
        self.export_action = QAction(self.tr("&Export report…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr(
            "A PDF, CSV, XLSX or HTML report of capacity, one factory or history"))

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_job_action)
        file_menu.addAction(self.connect_site_action)
        file_menu.addAction(self.credentials_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.new_job_action)
        self.addToolBar(toolbar)

        self.sites_label = QLabel(self)
        self.gpus_label = QLabel(self)
        self.refresh_label = QLabel(self)
        self.demo_label = QLabel(self.tr("demo — simulated load"), self)
        self.demo_label.setObjectName("demoBadge")
        self.demo_label.setStyleSheet(
            "QLabel#demoBadge { background: #fff3cd; color: #664d03; border-radius: 3px;"
            " padding: 1px 6px; }")
        self.demo_label.setVisible(False)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b00020;")
        bar = self.statusBar()
        bar.addWidget(self.problem_label, 1)
        for widget in (self.demo_label, self.sites_label, self.gpus_label, self.refresh_label):
            bar.addPermanentWidget(widget)

        self.refresh_action.triggered.connect(self.refresh_requested)
        self.quit_action.triggered.connect(self.close)
        self.connect_site_action.triggered.connect(self.connect_site_requested)
        self.export_action.triggered.connect(self.export_requested)
        self.new_job_action.triggered.connect(self.new_job_requested)
        self.credentials_action.triggered.connect(self.credentials_requested)
        self.about_action.triggered.connect(self._about)
        store.changed.connect(self.update_status)
        store.confirmed.connect(self.update_status)
        self._clock = QTimer(self)
        self._clock.setInterval(5000)
        self._clock.timeout.connect(self.update_status)
        self._clock.start()
        self.update_status()

    def add_view(self, widget: QWidget, title: str, shortcut: str) -> None:
        index = self.tabs.addTab(widget, title)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.tabs.setCurrentIndex(index))
        self.view_menu.addAction(action)

    def show_view(self, name: str) -> bool:
        """Bring the view whose object name is ``name`` to the front."""
        wanted = name.casefold()
        for index, view_name in enumerate(self.view_names()):
            if view_name.casefold() in (wanted, wanted + "view"):
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def view_names(self) -> list[str]:
        widgets = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [w.objectName() if w is not None else "" for w in widgets]

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setToolTip(text)

    def update_status(self) -> None:
        summary = self._store.summary()
        self.sites_label.setText(self.tr("Sites ok: %1 / %2").replace(
            "%1", str(summary.sites_ok)).replace("%2", str(summary.sites_total)))
        gpus = summary.gpus
        self.gpus_label.setText(self.tr("GPUs free: %1 / %2").replace(
            "%1", f"{gpus.idle:,}".replace(",", " ")).replace(
            "%2", f"{gpus.total:,}".replace(",", " ")))
        if summary.last_refresh is not None:
            age = (datetime.now(UTC) - summary.last_refresh).total_seconds()
            self.refresh_label.setText(self.tr("Last refresh: %1 ago").replace(
                "%1", format_age(age)))
        elif summary.oldest_data is not None:
            age = (datetime.now(UTC) - summary.oldest_data).total_seconds()
            self.refresh_label.setText(self.tr("Offline — data from %1 ago").replace(
                "%1", format_age(age)))
        else:
            self.refresh_label.setText(self.tr("No data yet"))
        self.demo_label.setVisible(summary.simulated)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", config.APP_NAME),
                          f"<b>{config.APP_NAME}</b> {config.APP_VERSION}<br>"
                          + self.tr("The desktop client for Europe's federated AI Factories."))

    # -- state --------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self._settings.value("ui_state/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = self._settings.value("ui_state/window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        tab = self._settings.value("ui_state/tab", 0)
        self.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else 0)

    def save_state(self) -> None:
        self._settings.setValue("ui_state/geometry", self.saveGeometry())
        self._settings.setValue("ui_state/window_state", self.saveState())
        self._settings.setValue("ui_state/tab", self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self._clock.stop()
        super().closeEvent(event)

