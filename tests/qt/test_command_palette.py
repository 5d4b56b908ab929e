"""Keyboard: Ctrl+K finds any action or view; Help lists every shortcut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.application import DeskApplication, Options
from app.views.command_palette import CommandPalette, fuzzy_score, plain_text


def test_fuzzy_score_prefers_word_starts_and_runs():
    assert fuzzy_score("exp rep", "Export report") is not None
    assert fuzzy_score("xyz", "Export report") is None
    assert fuzzy_score("", "anything") == 0
    assert fuzzy_score("map", "Map") > fuzzy_score("map", "Export the map as a PNG")  # type: ignore[operator]
    assert fuzzy_score("ns", "New job") is None
    assert fuzzy_score("cs", "Connect a site") > fuzzy_score("cs", "Access")  # type: ignore[operator]


@pytest.fixture
def desk(qtbot, tmp_path) -> Iterator[DeskApplication]:
    desk = DeskApplication(Options(demo=False, offline=True, data_dir=str(tmp_path)))
    qtbot.addWidget(desk.window)
    desk.start()
    qtbot.waitExposed(desk.window)
    yield desk
    for widget in QApplication.topLevelWidgets():
        if widget is not desk.window and widget.isVisible():
            widget.close()
    desk.window.close()
    desk.shutdown()


def current_palette() -> CommandPalette | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, CommandPalette) and w.isVisible()), None)


def test_ctrl_k_lists_every_action_and_runs_the_chosen_one(desk, qtbot):
    window = desk.window
    assert window.palette_action.shortcut() == QKeySequence("Ctrl+K")
    window.palette_action.trigger()
    palette = current_palette()
    assert palette is not None
    listed = set(palette.matches())
    wanted = {plain_text(a) for a in window.all_actions() if a.isEnabled()}
    assert wanted <= listed
    assert {"Overview", "Map", "Directory", "My jobs", "Inbox", "Preferences",
            "Export report", "Refresh now", "Keyboard shortcuts"} <= listed
    # type, then Enter: the best match runs
    qtbot.keyClicks(palette.query, "direc")
    assert palette.matches()[0] == "Directory"
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.tabs.currentWidget().objectName() == "directory"
    assert not palette.isVisible()


def test_arrow_keys_choose_in_the_list(desk, qtbot):
    palette = desk.window.open_command_palette()
    qtbot.keyClicks(palette.query, "o")
    first, second = palette.matches()[:2]
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert palette.list.currentItem().text().split("\t")[0] == second != first


def test_shortcuts_dialog_is_generated_from_the_actions(desk):
    window = desk.window
    help_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == "Help")
    assert window.shortcuts_action in help_menu.actions()
    dialog = window.open_shortcuts()
    rows = dict(dialog.rows())
    for action in window.all_actions():
        if not action.shortcut().isEmpty():
            assert rows[plain_text(action)] == action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)
    assert rows["Command palette"] and rows["Preferences"]
    assert "Ctrl+F" in rows.values()


def test_every_view_and_main_action_has_a_shortcut(desk):
    window = desk.window
    for action in (*window.view_actions, window.palette_action, window.preferences_action,
                   window.refresh_action, window.export_action, window.new_job_action,
                   window.theme_action, window.shortcuts_action):
        assert not action.shortcut().isEmpty(), plain_text(action)
    shortcuts = [a.shortcut().toString() for a in window.all_actions()
                 if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
