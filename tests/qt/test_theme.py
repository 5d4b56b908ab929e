"""Themes: light, dark and high contrast; "system" follows the OS; the toolbar toggle is
remembered; icons, the overview's bars and the map follow the theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.application import DeskApplication, Options
from app.services.preferences import Preferences
from app.views import theme
from app.views.theme import DARK, HIGH_CONTRAST, LIGHT, ThemeManager, themed_icon


def window_colour() -> str:
    return str(QApplication.palette().color(QPalette.ColorRole.Window).name())


@pytest.fixture
def prefs(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def manager(qapp, prefs) -> Iterator[ThemeManager]:
    manager = ThemeManager(prefs)
    yield manager
    manager.set_choice("light")  # the palette is application-wide: leave it light
    manager.stop()


def test_each_theme_sets_palette_and_is_remembered(manager, prefs, tmp_path):
    for name, colours in (("dark", DARK), ("high-contrast", HIGH_CONTRAST), ("light", LIGHT)):
        manager.set_choice(name)
        assert window_colour() == colours.window
        assert theme.colours() is colours
        again = Preferences(QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat))
        assert again.value("theme") == name


def test_system_follows_the_os(manager, monkeypatch):
    monkeypatch.setattr(theme, "system_theme", lambda: "dark")
    manager.set_choice("system")
    assert manager.current == "dark" and window_colour() == DARK.window
    monkeypatch.setattr(theme, "system_theme", lambda: "light")
    manager._os_changed(None)  # what QStyleHints.colorSchemeChanged calls
    assert manager.current == "light" and window_colour() == LIGHT.window
    monkeypatch.setattr(theme, "system_theme", lambda: "high-contrast")  # OS asks for contrast
    manager._os_changed(None)
    assert manager.current == "high-contrast"
    manager.set_choice("dark")  # an explicit choice wins over the OS
    manager._os_changed(None)
    assert manager.current == "dark"


def test_toggle_switches_light_and_dark(manager):
    manager.set_choice("light")
    manager.toggle()
    assert manager.current == "dark" and manager.choice == "dark"
    manager.toggle()
    assert manager.current == "light"


def test_monochrome_icons_are_recoloured(manager):
    for name, colours in (("light", LIGHT), ("dark", DARK)):
        manager.set_choice(name)
        image = themed_icon("refresh").pixmap(32, 32).toImage()
        inked = {image.pixelColor(x, y).name() for x in range(32) for y in range(32)
                 if image.pixelColor(x, y).alpha() == 255}
        assert inked == {QColor(colours.text).name()}, (name, inked)


def test_toolbar_toggle_and_map_follow_the_theme(qtbot, tmp_path):
    desk = DeskApplication(Options(demo=False, offline=True, data_dir=str(tmp_path)))
    qtbot.addWidget(desk.window)
    desk.start()
    try:
        window = desk.window
        assert window.theme_action in window.toolbar.actions()
        button = window.toolbar.widgetForAction(window.theme_action)
        assert button is not None and button.accessibleName()
        desk.theme.set_choice("light")
        window.theme_action.trigger()
        assert desk.theme.current == "dark" and window_colour() == DARK.window
        assert desk.preferences.value("theme") == "dark"
        window.show_view("mapView")
        qtbot.waitUntil(lambda: desk.map_tab.view is not None, timeout=10000)
        canvas = desk.map_tab.view.canvas
        assert canvas.backgroundBrush().color().name() == DARK.sea
        dark_choice = next(a for a in window.theme_choices.actions() if a.data() == "dark")
        assert dark_choice.isChecked()
        high = next(a for a in window.theme_choices.actions() if a.data() == "high-contrast")
        high.trigger()
        assert canvas.backgroundBrush().color().name() == HIGH_CONTRAST.sea
    finally:
        desk.theme.set_choice("light")
        desk.window.close()
        desk.shutdown()


def test_utilisation_bar_uses_theme_colours(manager, qtbot):
    from PySide6.QtCore import QModelIndex, QRect
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.models.table_model import SORT_ROLE
    from app.views.delegates import UtilisationBarDelegate

    model = QStandardItemModel(1, 1)
    item = QStandardItem("50 %")
    item.setData(0.5, SORT_ROLE)
    model.setItem(0, 0, item)
    for name, colours in (("light", LIGHT), ("dark", DARK)):
        manager.set_choice(name)
        image = QImage(120, 26, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 120, 26)
        option.palette = QApplication.palette()
        UtilisationBarDelegate().paint(painter, option, model.index(0, 0, QModelIndex()))
        painter.end()
        assert image.pixelColor(10, 13).name() == QColor(colours.accent).name()


def test_command_line_sets_theme_and_language_for_one_run(qtbot, tmp_path):
    from app.__main__ import parse_args

    args = parse_args(["--theme", "dark", "--lang", "de"])
    assert (args.theme, args.lang, args.demo, args.poll_interval) == ("dark", "de", False, None)
    desk = DeskApplication(Options(demo=False, offline=True, data_dir=str(tmp_path),
                                   theme=args.theme))
    qtbot.addWidget(desk.window)
    try:
        assert desk.theme.current == "dark"
        assert desk.preferences.value("theme") == "system"  # not saved: this run only
    finally:
        desk.theme.set_choice("light")
        desk.window.close()
        desk.shutdown()


def test_plots_can_follow_the_theme(manager, qtbot):
    import pyqtgraph as pg

    from app.views.theme import style_plot

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    plot.addLegend()
    plot.plot([0, 1], [1, 2], name="free")
    for name, colours in (("dark", DARK), ("light", LIGHT)):
        manager.set_choice(name)
        style_plot(widget)
        assert widget.backgroundBrush().color().name() == colours.base
        assert plot.getAxis("left").textPen().color().name() == QColor(colours.text).name()
        assert pg.mkColor(plot.legend.opts["labelTextColor"]).name() == QColor(colours.text).name()
