"""The main window: menus, toolbar, status bar and the views as tabs."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app import config
from app.models.overview import format_age, format_int
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.snapshot_store import SnapshotStore
from app.views.command_palette import CommandPalette, plain_text
from app.views.shortcuts_dialog import ShortcutsDialog
from app.views.theme import ThemeManager, themed_icon

#: Titles of the tabs that features add (translated by ``add_view`` in this context).
VIEW_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "Availability"),
               QT_TRANSLATE_NOOP("MainWindow", "History"),
               QT_TRANSLATE_NOOP("MainWindow", "Find capacity"),
               QT_TRANSLATE_NOOP("MainWindow", "My jobs"),
               QT_TRANSLATE_NOOP("MainWindow", "Inbox"))


class MainWindow(QMainWindow):
    """Hosts the views; shows federation health and freshness in the status bar.

    Signals:
        refresh_requested(): the person asked for a refresh now (F5).
        connect_site_requested(): the person wants to connect a site by hand.
        export_requested(): the person wants to export a report.
        new_job_requested(): the person wants to prepare a job (the job wizard).
        credentials_requested(): the person wants the "Sites & credentials" dialog.
        preferences_requested(): the person wants the Preferences dialog (Ctrl+,).
    """

    refresh_requested = Signal()
    connect_site_requested = Signal()
    export_requested = Signal()
    new_job_requested = Signal()
    credentials_requested = Signal()
    preferences_requested = Signal()

    def __init__(self, store: SnapshotStore, settings: QSettings,
                 parent: QWidget | None = None, theme: ThemeManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(config.APP_NAME)
        self._store = store
        self._settings = settings
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Views"))
        self._theme = theme
        self.view_actions: list[QAction] = []
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
            "A PDF, CSV, XLSX or HTML report: capacity, one factory, history, the "
            "support-centre directory or the triage queue"))
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.palette_action = QAction(self.tr("&Command palette…"), self)
        self.palette_action.setShortcut(QKeySequence("Ctrl+K"))
        self.palette_action.setStatusTip(self.tr("Find any action or view by typing (Ctrl+K)"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.theme_action = QAction(self.tr("Switch &theme"), self)
        self.theme_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.theme_action.setStatusTip(self.tr("Switch between the light and the dark theme"))
        self.theme_menu = QMenu(self.tr("T&heme"), self)
        self.theme_choices = QActionGroup(self)
        for choice, label in (("system", self.tr("Follow the &system")),
                              ("light", self.tr("&Light")), ("dark", self.tr("&Dark")),
                              ("high-contrast", self.tr("&High contrast"))):
            action = self.theme_menu.addAction(label)
            action.setCheckable(True)
            action.setData(choice)
            self.theme_choices.addAction(action)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_job_action)
        file_menu.addAction(self.connect_site_action)
        file_menu.addAction(self.credentials_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.palette_action)
        self.view_menu.addAction(self.theme_action)
        self.view_menu.addMenu(self.theme_menu)
        self.view_menu.addSeparator()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.new_job_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addAction(self.palette_action)
        toolbar.addAction(self.theme_action)
        self.theme_button = toolbar.widgetForAction(self.theme_action)
        if isinstance(self.theme_button, QToolButton):
            self.theme_button.setMenu(self.theme_menu)
            self.theme_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        self._icons = {self.refresh_action: "refresh", self.new_job_action: "new-job",
                       self.export_action: "export", self.palette_action: "palette",
                       self.theme_action: "theme"}
        self._name_toolbar_buttons()

        self.sites_label = QLabel(self)
        self.gpus_label = QLabel(self)
        self.refresh_label = QLabel(self)
        self.demo_label = QLabel(self.tr("demo — simulated load"), self)
        self.demo_label.setObjectName("demoBadge")  # styled by the theme
        self.demo_label.setVisible(False)
        self.problem_label = QLabel(self)
        self.problem_label.setProperty("role", "problem")  # coloured by the theme
        self.problem_sign = QLabel("⚠", self)
        self.problem_sign.setProperty("role", "problem")
        self.problem_sign.setAccessibleName(self.tr("Problem"))
        self.problem_sign.setVisible(False)
        bar = self.statusBar()
        bar.addWidget(self.problem_sign)
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
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.palette_action.triggered.connect(self.open_command_palette)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        if theme is not None:
            self.theme_action.triggered.connect(theme.toggle)
            self.theme_choices.triggered.connect(
                lambda action: theme.set_choice(str(action.data())))
            theme.theme_changed.connect(self._theme_changed)
        else:
            self.theme_action.setEnabled(False)
            self.theme_menu.setEnabled(False)
        self._theme_changed()
        store.changed.connect(self.update_status)
        store.confirmed.connect(self.update_status)
        self._clock = QTimer(self)
        self._clock.setInterval(5000)
        self._clock.timeout.connect(self.update_status)
        self._clock.start()
        self.update_status()

    def add_view(self, widget: QWidget, title: str, shortcut: str) -> None:
        """A tab; ``title`` may come untranslated (it is looked up in this context)."""
        title = self.tr(title)
        index = self.tabs.addTab(widget, title)
        action = QAction(title, self)
        action.setObjectName(f"show_{widget.objectName()}")
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(self.tr("Show the %1 view").replace("%1", title))
        action.triggered.connect(lambda: self.tabs.setCurrentIndex(index))
        self.view_menu.addAction(action)
        self.view_actions.append(action)

    def all_actions(self) -> list[QAction]:
        """Every action of the menus (and sub-menus) and the toolbar, once each."""
        found: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                elif action.text() and not action.isSeparator() and action not in found:
                    found.append(action)

        walk(self.menuBar().actions())
        walk(self.toolbar.actions())
        return found

    def open_command_palette(self) -> CommandPalette:
        palette = CommandPalette(self.all_actions(), self)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        palette.show()
        palette.query.setFocus()
        return palette

    def open_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.all_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    def _name_toolbar_buttons(self) -> None:
        """Toolbar buttons carry their action's text as accessible name."""
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None and action.text():
                button.setAccessibleName(plain_text(action))
                button.setAccessibleDescription(action.statusTip())

    def _theme_changed(self, *_args: object) -> None:
        """Recolour the monochrome icons and tick the chosen theme."""
        for action, name in self._icons.items():
            action.setIcon(themed_icon(name))
        choice = self._theme.choice if self._theme is not None else "system"
        for action in self.theme_choices.actions():
            action.setChecked(action.data() == choice)

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
        """A problem in words with a warning sign (never colour alone)."""
        self.problem_label.setText(text)
        self.problem_label.setToolTip(text)
        self.problem_sign.setVisible(bool(text))

    def update_status(self) -> None:
        summary = self._store.summary()
        self.sites_label.setText(self.tr("Sites ok: %1 / %2").replace(
            "%1", format_int(summary.sites_ok)).replace("%2", format_int(summary.sites_total)))
        gpus = summary.gpus
        self.gpus_label.setText(self.tr("GPUs free: %1 / %2").replace(
            "%1", format_int(gpus.idle)).replace("%2", format_int(gpus.total)))
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

