"""The person's preferences, declared once with key, type, default, label and range.

The Preferences dialog is generated from ``SETTINGS``; everything else reads values
through ``Preferences.value()`` and follows ``changed``. Preferences live in the
``preferences/`` group of the settings file, apart from UI state (``ui_state/``).
Labels are marked with ``QT_TRANSLATE_NOOP`` so lupdate picks them up; views translate
them with ``QCoreApplication.translate("Preferences", label)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

#: The translation context of every label and choice below.
CONTEXT = "Preferences"
#: Bumped when a stored preference changes meaning; ``migrate()`` upgrades older files.
SETTINGS_VERSION = 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for translation in ``context`` and returns it untranslated."""
    return text


@dataclass(frozen=True)
class Setting:
    """One declared preference.

    ``kind`` is ``bool``, ``int``, ``choice`` or ``path``; ``choices`` pairs stored values
    with (untranslated) labels; ``restart`` says the change takes effect at next start.
    """

    key: str
    kind: str
    default: Any
    label: str
    group: str
    description: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    restart: bool = False
    #: Kept outside the data directory (the data directory itself is one).
    bootstrap: bool = False


VIEWS = (
    ("last", QT_TRANSLATE_NOOP("Preferences", "The view open when the desk was closed")),
    ("overview", QT_TRANSLATE_NOOP("Preferences", "Overview")),
    ("mapView", QT_TRANSLATE_NOOP("Preferences", "Map")),
    ("directory", QT_TRANSLATE_NOOP("Preferences", "Directory")),
    ("availability", QT_TRANSLATE_NOOP("Preferences", "Availability")),
    ("history", QT_TRANSLATE_NOOP("Preferences", "History")),
    ("findCapacity", QT_TRANSLATE_NOOP("Preferences", "Find capacity")),
    ("myJobs", QT_TRANSLATE_NOOP("Preferences", "My jobs")),
    ("inbox", QT_TRANSLATE_NOOP("Preferences", "Inbox")),
)
APPEARANCE = QT_TRANSLATE_NOOP("Preferences", "Appearance")
START = QT_TRANSLATE_NOOP("Preferences", "Start")
DATA = QT_TRANSLATE_NOOP("Preferences", "Data")
NOTIFICATIONS = QT_TRANSLATE_NOOP("Preferences", "Notifications")
SYSTEM = ("system", QT_TRANSLATE_NOOP("Preferences", "System"))

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "theme", "choice", "system", QT_TRANSLATE_NOOP("Preferences", "Theme"), APPEARANCE,
        QT_TRANSLATE_NOOP("Preferences", "Light, dark or high contrast; “System” follows "
                                         "the operating system's colour scheme."),
        choices=(SYSTEM, ("light", QT_TRANSLATE_NOOP("Preferences", "Light")),
                 ("dark", QT_TRANSLATE_NOOP("Preferences", "Dark")),
                 ("high-contrast", QT_TRANSLATE_NOOP("Preferences", "High contrast")))),
    Setting(
        "language", "choice", "system", QT_TRANSLATE_NOOP("Preferences", "Language"),
        APPEARANCE,
        QT_TRANSLATE_NOOP("Preferences", "The language of the desk; “System” follows the "
                                         "operating system. Takes effect at the next start."),
        choices=(SYSTEM, ("en", "English"), ("de", "Deutsch"), ("fr", "Français")),
        restart=True),
    Setting(
        "memory_unit", "choice", "GB", QT_TRANSLATE_NOOP("Preferences", "GPU memory unit"),
        APPEARANCE,
        QT_TRANSLATE_NOOP("Preferences", "GPU memory in gigabytes (10⁹ bytes, as vendors "
                                         "state it) or gibibytes (2³⁰ bytes)."),
        choices=(("GB", QT_TRANSLATE_NOOP("Preferences", "GB (decimal)")),
                 ("GiB", QT_TRANSLATE_NOOP("Preferences", "GiB (binary)")))),
    Setting(
        "default_view", "choice", "last", QT_TRANSLATE_NOOP("Preferences", "View at start"),
        START, QT_TRANSLATE_NOOP("Preferences", "The view shown when the desk starts."),
        choices=VIEWS),
    Setting(
        "start_demo", "bool", True,
        QT_TRANSLATE_NOOP("Preferences", "Start the demo federation"), START,
        QT_TRANSLATE_NOOP("Preferences", "Without a Hub address, start the embedded demo "
                                         "federation (simulated load); otherwise show the "
                                         "last data seen. Takes effect at the next start."),
        restart=True),
    Setting(
        "poll_interval_s", "int", 30, QT_TRANSLATE_NOOP("Preferences", "Poll interval"), DATA,
        QT_TRANSLATE_NOOP("Preferences", "How often every site is asked for its state."),
        minimum=10, maximum=3600, suffix=QT_TRANSLATE_NOOP("Preferences", " s")),
    Setting(
        "data_dir", "path", "", QT_TRANSLATE_NOOP("Preferences", "Data directory"), DATA,
        QT_TRANSLATE_NOOP("Preferences", "Where the desk keeps history, notes and settings; "
                                         "empty means the system default. Takes effect at "
                                         "the next start."),
        restart=True, bootstrap=True),
    Setting(
        "notify_jobs", "bool", True,
        QT_TRANSLATE_NOOP("Preferences", "Notify when a job changes state"), NOTIFICATIONS,
        QT_TRANSLATE_NOOP("Preferences", "A desktop notification when one of my jobs "
                                         "starts, ends or fails.")),
    Setting(
        "notify_tokens", "bool", True,
        QT_TRANSLATE_NOOP("Preferences", "Remind me before a site token expires"),
        NOTIFICATIONS,
        QT_TRANSLATE_NOOP("Preferences", "A reminder in the status bar before a stored "
                                         "token expires.")),
)


def setting(key: str) -> Setting:
    """The declaration of ``key`` (KeyError names unknown keys)."""
    for item in SETTINGS:
        if item.key == key:
            return item
    raise KeyError(f"no preference named {key!r}")


def coerce(item: Setting, raw: Any) -> Any:
    """``raw`` (as QSettings returns it: often a string) as the setting's type, or the
    default when it does not fit (a hand-edited file never breaks the desk)."""
    if raw is None:
        return item.default
    if item.kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().casefold()
        return text in ("true", "1", "yes") if text in (
            "true", "1", "yes", "false", "0", "no") else item.default
    if item.kind == "int":
        try:
            number = int(float(str(raw)))
        except ValueError:
            return item.default
        return min(item.maximum, max(item.minimum, number))
    if item.kind == "choice":
        text = str(raw)
        return text if text in {value for value, _ in item.choices} else item.default
    return str(raw)


class Preferences(QObject):
    """Typed access to the declared preferences over QSettings.

    Signals:
        changed(str, object): a preference (key) got a new value.
    """

    changed = Signal(str, object)

    def __init__(self, settings: QSettings, bootstrap: QSettings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._bootstrap = bootstrap
        self.migrate()

    def _store(self, item: Setting) -> QSettings:
        return self._bootstrap if item.bootstrap and self._bootstrap is not None \
            else self._settings

    def value(self, key: str) -> Any:
        item = setting(key)
        return coerce(item, self._store(item).value(f"preferences/{key}"))

    def set_value(self, key: str, value: Any) -> None:
        item = setting(key)
        new = coerce(item, value)
        if new == self.value(key):
            return
        store = self._store(item)
        store.setValue(f"preferences/{key}", new)
        store.sync()
        self.changed.emit(key, new)

    def migrate(self) -> None:
        """Upgrade the stored preferences to ``SETTINGS_VERSION`` (version 1: none yet)."""
        if self._settings.value("preferences/version") is None:
            self._settings.setValue("preferences/version", SETTINGS_VERSION)
