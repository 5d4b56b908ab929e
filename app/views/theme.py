"""Light, dark and high-contrast themes: a palette, a small style sheet and recoloured icons.

The "theme" preference is ``system`` (follow the operating system's colour scheme and its
contrast preference), ``light``, ``dark`` or ``high-contrast``. ``ThemeManager`` applies
it to the application and follows the OS while the choice is ``system``. Views that paint
by hand read ``colours()`` and repaint on ``QEvent.Type.ApplicationPaletteChange`` (or
connect to ``ThemeManager.theme_changed``); plots call ``plot_colours()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app import config
from app.services.preferences import Preferences

THEMES = ("light", "dark", "high-contrast")


@dataclass(frozen=True)
class Colours:
    """The colours of one theme; every hand-painted view takes its colours from here."""

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    accent: str  #: bars and plot lines
    warning: str  #: text and bars that need attention
    error: str
    ok: str
    badge_bg: str  #: the "demo — simulated load" badge
    badge_fg: str
    sea: str
    land: str
    land_host: str
    border: str


LIGHT = Colours("light", window="#efefef", base="#ffffff", alternate="#f5f5f5",
                text="#1f1f1f", muted="#5f5f5f", button="#e8e8e8", highlight="#2f6fb5",
                highlighted_text="#ffffff", link="#1f5fa8", accent="#2f6fb5",
                warning="#b35900", error="#b00020", ok="#1a7f37", badge_bg="#fff3cd",
                badge_fg="#664d03", sea="#dfe9f2", land="#f4f1ea", land_host="#e9e2d2",
                border="#a9a49a")
DARK = Colours("dark", window="#202124", base="#17181a", alternate="#232427",
               text="#e8e8e8", muted="#a8a8a8", button="#2d2e31", highlight="#4d8fd6",
               highlighted_text="#ffffff", link="#8ab4f8", accent="#6ea8ea",
               warning="#f0a04b", error="#ff8a80", ok="#6cc47e", badge_bg="#4a3d12",
               badge_fg="#ffe08a", sea="#1b2a38", land="#34383d", land_host="#45494f",
               border="#6b6f75")
HIGH_CONTRAST = Colours("high-contrast", window="#000000", base="#000000", alternate="#101010",
                        text="#ffffff", muted="#ffffff", button="#000000", highlight="#ffff00",
                        highlighted_text="#000000", link="#00ffff", accent="#00ffff",
                        warning="#ffff00", error="#ff6e6e", ok="#00ff66", badge_bg="#ffff00",
                        badge_fg="#000000", sea="#000000", land="#1c1c1c",
                        land_host="#333333", border="#ffffff")
_BY_NAME = {c.name: c for c in (LIGHT, DARK, HIGH_CONTRAST)}
_active: Colours = LIGHT


def colours() -> Colours:
    """The colours of the theme in use now."""
    return _active


def colours_for(name: str) -> Colours:
    return _BY_NAME[name]


def contrasting(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = 0.299 * background.redF() + 0.587 * background.greenF() \
        + 0.114 * background.blueF()
    return QColor("#000000" if luminance > 0.55 else "#ffffff")


def plot_colours() -> dict[str, str]:
    """Colours for pyqtgraph plots: background, foreground (axes, text) and series."""
    c = _active
    return {"background": c.base, "foreground": c.text, "accent": c.accent,
            "warning": c.warning, "error": c.error, "ok": c.ok, "muted": c.muted}


def style_plot(widget: object) -> None:
    """Give a pyqtgraph ``PlotWidget`` the theme's background, axes, grid text and legend.

    Call it after building the plot and again on ``QEvent.ApplicationPaletteChange``;
    series colours stay the view's own (they carry meaning, and have labels).
    """
    c = _active
    widget.setBackground(c.base)  # type: ignore[attr-defined]
    plot = widget.getPlotItem()  # type: ignore[attr-defined]
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(QColor(c.muted))
        axis.setTextPen(QColor(c.text))
    legend = plot.legend
    if legend is not None:
        background = QColor(c.base)
        background.setAlpha(215)
        legend.setBrush(background)
        legend.setLabelTextColor(QColor(c.text))


def palette(c: Colours) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
                     (role.AlternateBase, c.alternate), (role.Text, c.text),
                     (role.Button, c.button), (role.ButtonText, c.text),
                     (role.ToolTipBase, c.base), (role.ToolTipText, c.text),
                     (role.PlaceholderText, c.muted), (role.Highlight, c.highlight),
                     (role.HighlightedText, c.highlighted_text), (role.Link, c.link),
                     (role.LinkVisited, c.link), (role.BrightText, c.error),
                     (role.Mid, c.border), (role.Midlight, c.alternate), (role.Dark, c.border),
                     (role.Light, c.button), (role.Shadow, "#000000")):
        pal.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.muted))
    return pal


def style_sheet(c: Colours) -> str:
    """The little that a palette cannot say: the demo badge, problem text and, in high
    contrast, a thick focus frame around the control that has the keyboard."""
    sheet = (f"QLabel#demoBadge {{ background: {c.badge_bg}; color: {c.badge_fg};"
             " border-radius: 3px; padding: 1px 6px; }\n"
             f"QLabel[role=\"problem\"] {{ color: {c.error}; }}\n")
    if c.name == "high-contrast":
        sheet += (f"QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,"
                  f" QAbstractItemView:focus, QAbstractButton:focus"
                  f" {{ border: 2px solid {c.highlight}; }}\n")
    return sheet


def system_theme() -> str:
    """``high-contrast`` when the OS asks for more contrast, else ``dark`` or ``light`` as
    its colour scheme says."""
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def resolve(choice: str) -> str:
    return system_theme() if choice not in THEMES else choice


def themed_icon(name: str, colour: str | None = None, size: int = 32) -> QIcon:
    """The monochrome SVG ``icons/action-<name>.svg``, drawn in ``colour`` (the theme's
    text colour by default)."""
    path = config.resources_dir() / "icons" / f"action-{name}.svg"
    svg = Path(path).read_text(encoding="utf-8").replace("currentColor",
                                                         colour or _active.text)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(QSize(size * scale, size * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ThemeManager(QObject):
    """Applies the chosen theme and follows the OS while the choice is ``system``.

    Signals:
        theme_changed(str): the theme in use changed (``light``, ``dark``, ``high-contrast``).
    """

    theme_changed = Signal(str)

    def __init__(self, preferences: Preferences, override: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._override = override if override in (*THEMES, "system") else None
        self.current = ""
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._os_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._os_changed)
        preferences.changed.connect(self._preference_changed)

    @property
    def choice(self) -> str:
        """``system`` or a theme: this run's override (``--theme``) or the preference."""
        return self._override or str(self._preferences.value("theme"))

    def set_choice(self, choice: str) -> None:
        """Remember ``choice`` (``system`` or a theme) and apply it."""
        self._override = None
        self._preferences.set_value("theme", choice)
        self.apply()

    def toggle(self) -> None:
        """The toolbar's quick toggle: dark after light (or high contrast), else light."""
        self.set_choice("light" if self.current == "dark" else "dark")

    def apply(self) -> None:
        global _active
        name = resolve(self.choice)
        if name == self.current:
            return
        _active = _BY_NAME[name]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyle("Fusion")  # the one style that draws every palette faithfully
            app.setPalette(palette(_active))
            app.setStyleSheet(style_sheet(_active))
        self.current = name
        self.theme_changed.emit(name)

    def _os_changed(self, _change: object) -> None:
        if self.choice == "system":
            self.apply()

    def _preference_changed(self, key: str, _value: object) -> None:
        if key == "theme":
            self.apply()

    def stop(self) -> None:
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.disconnect(self._os_changed)
        hints.accessibility().contrastPreferenceChanged.disconnect(self._os_changed)
