"""Composition root: builds settings, services, models and the main window, and wires them.

Nothing else creates services; everything is passed down from here.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import config
from app.features.availability import AvailabilityFeature
from app.features.jobs import JobsFeature
from app.features.triage import TriageFeature
from app.models.directory_model import DirectoryModel
from app.models.overview import OverviewModel, set_memory_unit
from app.models.selection import SelectionBus
from app.services.federation import Federation
from app.services.fetch_workers import ProcessFetch
from app.services.history import HistoryDb
from app.services.notes_store import NotesStore
from app.services.poller import Poller
from app.services.preferences import Preferences, setting
from app.services.secrets import SecretStore
from app.services.site_book import SiteBook
from app.services.site_connect import SiteConnector
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner
from app.views import translations
from app.views.lazy_view import LazyView
from app.views.main_window import MainWindow
from app.views.overview_view import OverviewView
from app.views.theme import ThemeManager

if TYPE_CHECKING:  # built on demand, after the first paint
    from app.services.demo_process import DemoProcess
    from app.services.reports.exporter import ReportExporter
    from app.services.reports.inputs import ReportInputs
    from app.views.preferences_dialog import PreferencesDialog
    from app.views.report_dialog import ReportDialog
    from app.views.site_dialog import SiteDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


@dataclass
class Options:
    """What the command line asked for."""

    demo: bool | None = True  #: None: as Preferences › Start the demo federation says
    hub_url: str | None = None
    seed: int = 42
    faults: tuple[str, ...] = ()
    data_dir: str | None = None
    screenshot: Path | None = None
    screenshot_view: str | None = None
    screenshot_timeout_s: float = 120.0
    poll_interval_s: float | None = None  #: None: as Preferences › Poll interval says
    offline: bool = False
    exit_after_paint: bool = False
    theme: str | None = None  #: this run only (screenshots); else the preference
    language: str | None = None  #: this run only (screenshots); else the preference


def setup_logging(log_dir: Path) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if any(getattr(h, "_aifd", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(log_dir / "desk.log", maxBytes=2_000_000,
                                                   backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._aifd = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def settle_heap() -> None:
    """After start-up: what start-up built lives as long as the desk, so the garbage
    collector's full passes leave it alone (walking it all stalled the UI thread for
    20–45 ms in the middle of a refresh). Called by the desk's entry point, not by
    tests, whose leak checks must see every object."""
    gc.freeze()


class DeskApplication:
    """The running desk: owns every service and the main window."""

    def __init__(self, options: Options) -> None:
        self.options = options
        config.set_data_dir(options.data_dir)
        self.paths = config.paths()
        setup_logging(self.paths.logs)
        QCoreApplication.setOrganizationName(config.APP_ORG)
        QCoreApplication.setOrganizationDomain(config.APP_ORG_DOMAIN)
        QCoreApplication.setApplicationName(config.APP_ID)
        QCoreApplication.setApplicationVersion(config.APP_VERSION)
        QGuiApplication.setDesktopFileName(config.APP_ID)
        QGuiApplication.setWindowIcon(
            QIcon(str(config.resources_dir() / "icons" / f"{config.APP_ID}.svg")))
        self.settings = QSettings(str(self.paths.settings), QSettings.Format.IniFormat)
        self.preferences = Preferences(self.settings, QSettings(
            str(config.location_file()), QSettings.Format.IniFormat))
        self._apply_start_preferences(options)
        self.runner = TaskRunner(max_threads=6)
        self.writer = TaskRunner(max_threads=1)
        self.history = HistoryDb(self.paths.database)
        self.store = SnapshotStore(self.history, self.writer)
        self.fetch = ProcessFetch(workers=2)
        self.poller = Poller(self.runner, interval_s=options.poll_interval_s or 30.0,
                             fetch=self.fetch)
        self.federation = Federation(
            self.runner, self.poller, self.store, resources=config.resources_dir(),
            cache_file=self.paths.registry_cache, history=self.history, plan=self.fetch.plan)
        self.secrets = SecretStore()
        self.connector = SiteConnector(self.runner, self.secrets,
                                       SiteBook(self.paths.connected_sites), self.federation)
        self.selection = SelectionBus()
        self.overview_model = OverviewModel(self.store)
        self.theme = ThemeManager(self.preferences, override=options.theme)
        self.theme.apply()
        self.window = MainWindow(self.store, self.settings, theme=self.theme)
        self.overview = OverviewView(self.overview_model, self.selection)
        self.window.add_view(self.overview, translate("MainWindow", "Overview"), "Ctrl+1")
        self.map_tab = LazyView("mapView", self._build_map)
        self.window.add_view(self.map_tab, translate("MainWindow", "Map"), "Ctrl+2")
        self.notes = NotesStore(self.paths.root / "notes.sqlite3")
        self.directory_model = DirectoryModel(self.runner, self.writer, self.notes)
        self.directory_tab = LazyView("directory", self._build_directory)
        self.window.add_view(self.directory_tab, translate("MainWindow", "Directory"), "Ctrl+3")
        self.availability = AvailabilityFeature(self)
        self.jobs = JobsFeature(self)
        self.triage = TriageFeature(self)
        self.exporter: ReportExporter | None = None  # built on first use (imports pandas…)
        self.demo: DemoProcess | None = None
        self._screenshot_timer: QTimer | None = None
        self.exit_code = 0
        self._notices = {"notify_jobs", "notify_tokens"}  # the features connect both
        self._wire()

    def _apply_start_preferences(self, options: Options) -> None:
        """Language, demo and poll interval as the preferences say, unless the command
        line said otherwise."""
        prefs = self.preferences
        self.language = translations.install(options.language or prefs.value("language"))
        if options.demo is None:
            options.demo = bool(prefs.value("start_demo"))
        if options.poll_interval_s is None:
            options.poll_interval_s = float(prefs.value("poll_interval_s"))
        set_memory_unit(prefs.value("memory_unit"))

    def _preference_changed(self, key: str, value: object) -> None:
        """Preferences that take effect at once (theme: ``ThemeManager``)."""
        if key == "poll_interval_s":
            self.poller.interval_s = float(str(value))
        elif key == "memory_unit":
            set_memory_unit(str(value))
            self.overview_model.rebuild()
        elif key in ("notify_jobs", "notify_tokens"):
            self._gate_notifications()
        if setting(key).restart:
            self.window.statusBar().showMessage(
                translate("MainWindow", "This preference takes effect at the next start."), 8000)

    def _gate_notifications(self) -> None:
        """Job notifications and token reminders reach the person only when wanted."""
        wanted = ((self.jobs.my_jobs.notify, self.jobs.notifier.show, "notify_jobs"),
                  (self.jobs.token_watch.reminder, self.window.show_problem, "notify_tokens"))
        for signal, slot, key in wanted:
            want = bool(self.preferences.value(key))
            if want == (key in self._notices):
                continue
            if want:
                signal.connect(slot)
                self._notices.add(key)
            else:
                signal.disconnect(slot)
                self._notices.discard(key)

    def open_preferences(self) -> PreferencesDialog:
        from app.views.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    def _build_map(self) -> QWidget:
        from app.views.map_view import MapView

        view = MapView(self.store, self.selection, self.runner, history=self.history,
                       resources=config.resources_dir(), registry=self.federation.registry)
        self.federation.registry_changed.connect(view.set_registry)
        return view

    def _build_directory(self) -> QWidget:
        from app.views.directory_view import DirectoryView

        view = DirectoryView(self.directory_model, self.selection, self.writer)
        view.status.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        return view

    def _wire(self) -> None:
        self.window.refresh_requested.connect(self.federation.refresh_now)
        self.window.connect_site_requested.connect(self.open_site_dialog)
        self.window.export_requested.connect(self.open_report_dialog)
        self.window.preferences_requested.connect(self.open_preferences)
        self.preferences.changed.connect(self._preference_changed)
        self._gate_notifications()
        self.federation.registry_changed.connect(self.overview_model.set_registry)
        self.federation.registry_changed.connect(self.directory_model.set_registry)
        self.federation.registry_changed.connect(self._load_hub_centres)
        self.federation.problem.connect(self.window.show_problem)
        self.federation.status.connect(lambda text: self.window.statusBar().showMessage(text,
                                                                                       4000))
        QApplication.instance().aboutToQuit.connect(self.shutdown)  # type: ignore[union-attr]

    def _load_hub_centres(self, _registry: object) -> None:
        if self.federation.hub_url:
            self.directory_model.load_hub(self.federation.hub_url)

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        self.window.restore_state()
        if self.preferences.value("default_view") != "last":
            self.window.show_view(str(self.preferences.value("default_view")))
        header = self.settings.value("ui_state/overview_header")
        if isinstance(header, QByteArray):
            self.overview.table.horizontalHeader().restoreState(header)
        self.window.show()
        self.federation.start_offline()
        self.directory_model.load_bundled(
            config.resources_dir() / "federation" / "support_centres.json")
        self.directory_model.load_notes()
        if self.options.screenshot is not None:
            self._arm_screenshot(self.options.screenshot)
        if self.options.exit_after_paint:
            self._paint_probe = _FirstDataPaint(self.overview_model)
            self.overview.table.viewport().installEventFilter(self._paint_probe)
        self.jobs.start()
        if self.options.offline:
            return
        self.connector.restore()
        if self.options.hub_url:
            self.federation.connect_hub(self.options.hub_url, demo=False)
        elif self.options.demo:
            from app.services.demo_process import DemoProcess

            self.demo = DemoProcess(seed=self.options.seed, faults=self.options.faults)
            self.demo.ready.connect(lambda url: self.federation.connect_hub(url, demo=True))
            self.demo.failed.connect(self.window.show_problem)
            self.window.statusBar().showMessage(
                translate("MainWindow", "Starting the demo federation…"))
            self.demo.start()

    def report_inputs(self) -> ReportInputs:
        """What a report is made of now (UI thread; copies references only)."""
        from app.services.reports.inputs import desk_inputs

        return desk_inputs(self.federation.registry, self.store.states(), self.history,
                           offline=self.options.offline, demo=self.federation.demo,
                           hub_url=self.federation.hub_url,
                           live=self.store.last_refresh is not None)

    def open_report_dialog(self) -> ReportDialog:
        from app.services.reports.exporter import ReportExporter
        from app.views.report_dialog import ReportDialog

        if self.exporter is None:
            self.exporter = ReportExporter(self.runner)
        dialog = ReportDialog(self.exporter, self.report_inputs, self.federation.registry,
                              parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    def open_site_dialog(self) -> SiteDialog:
        from app.views.site_dialog import SiteDialog

        dialog = SiteDialog(self.connector, self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def shutdown(self) -> None:
        if getattr(self, "_shut", False):
            return
        self._shut = True
        if self.exporter is not None:
            self.exporter.cancel()
        self.federation.stop()
        self.settings.setValue("ui_state/overview_header",
                               self.overview.table.horizontalHeader().saveState())
        self.window.save_state()
        self.settings.sync()
        self.poller.stop()
        self.overview_model.stop()
        if self.map_tab.view is not None:
            self.map_tab.view.stop()  # type: ignore[attr-defined]
        self.availability.stop()
        self.jobs.stop()
        self.triage.stop()
        if self._screenshot_timer is not None:
            self._screenshot_timer.stop()
        self.theme.stop()
        self.fetch.shutdown()
        self.directory_model.shutdown()
        self.runner.shutdown()
        self.writer.shutdown()
        self.notes.close()
        if self.demo is not None:
            self.demo.stop()
        self.history.close()

    # -- headless screenshot ------------------------------------------------------------
    def _arm_screenshot(self, target: Path) -> None:
        deadline = QTimer(self.window)
        deadline.setSingleShot(True)
        deadline.setInterval(int(self.options.screenshot_timeout_s * 1000))
        deadline.timeout.connect(lambda: self._fail_screenshot(
            "no complete refresh within the time limit"))
        deadline.start()
        self._screenshot_timer = deadline
        self.poller.round_finished.connect(lambda: self._maybe_screenshot(target))
        if self.demo is not None:
            self.demo.failed.connect(self._fail_screenshot)

    def _maybe_screenshot(self, target: Path) -> None:
        if not self.store.complete() or not self.store.states():
            return
        if self.availability.backfill.running:  # the history plots would be half-empty
            QTimer.singleShot(500, lambda: self._maybe_screenshot(target))
            return
        # Let the coalesced model update and a paint happen first.
        QTimer.singleShot(300, lambda: self._take_screenshot(target))

    def _take_screenshot(self, target: Path) -> None:
        if self._screenshot_timer is None:
            return
        self._screenshot_timer.stop()
        self._screenshot_timer = None
        self.overview_model.rebuild()
        if self.options.screenshot_view and not self.window.show_view(
                self.options.screenshot_view):
            self._fail_screenshot(f"no view named {self.options.screenshot_view!r}; views: "
                                  + ", ".join(self.window.view_names()))
            return
        # Give a view just brought to the front time to lay itself out and paint; a view
        # that loads its data in the background (``loaded``) is saved once it has drawn it.
        shown = self.window.tabs.currentWidget()
        view = getattr(shown, "view", None) or shown
        if getattr(view, "data", True) is None and hasattr(view, "loaded"):
            view.loaded.connect(lambda: QTimer.singleShot(
                400, lambda: self._save_screenshot(target)))
            return
        QTimer.singleShot(400, lambda: self._save_screenshot(target))

    def _save_screenshot(self, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not self.window.grab().save(str(target)):
            self._fail_screenshot(f"could not write {target}")
            return
        print(f"screenshot saved to {target}", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]

    def _fail_screenshot(self, reason: str) -> None:
        if self._screenshot_timer is not None:
            self._screenshot_timer.stop()
            self._screenshot_timer = None
        print(f"screenshot failed: {reason}", file=sys.stderr, flush=True)
        self.exit_code = 2
        QApplication.instance().quit()  # type: ignore[union-attr]


class _FirstDataPaint(QObject):
    """Quits at the first paint of the overview that shows data (start-up benchmark)."""

    def __init__(self, model: OverviewModel) -> None:
        super().__init__()
        self._model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._model.rowCount() > 0:
            print("first-paint-with-data", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)  # type: ignore[union-attr]
        return False
