"""Preferences: declared once, a dialog generated from the declaration, and each one
taking effect (at once, or at the next start when it says so)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from app import config
from app.application import DeskApplication, Options
from app.models.overview import short_model
from app.services.preferences import SETTINGS, Preferences, coerce, setting
from app.views.preferences_dialog import PreferencesDialog


def make_prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                       QSettings(str(tmp_path / "location.ini"), QSettings.Format.IniFormat))


def start(qtbot, tmp_path: Path, **options) -> DeskApplication:
    desk = DeskApplication(Options(offline=True, data_dir=str(tmp_path), **options))
    qtbot.addWidget(desk.window)
    desk.start()
    return desk


def stop(desk: DeskApplication) -> None:
    desk.window.close()
    desk.shutdown()


@pytest.fixture(autouse=True)
def _own_location_file(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "_location", tmp_path / "location.ini")


def test_bad_stored_values_fall_back_or_clamp():
    poll = setting("poll_interval_s")
    assert coerce(poll, "5") == poll.minimum and coerce(poll, "99999") == poll.maximum
    assert coerce(poll, "often") == poll.default
    assert coerce(setting("theme"), "purple") == "system"
    assert coerce(setting("start_demo"), "false") is False
    assert coerce(setting("start_demo"), "maybe") is True
    with pytest.raises(KeyError, match="no preference named 'nope'"):
        setting("nope")


def test_preferences_are_kept_apart_from_ui_state(qapp, tmp_path):
    prefs = make_prefs(tmp_path)
    prefs.set_value("poll_interval_s", 120)
    prefs.set_value("data_dir", str(tmp_path / "elsewhere"))
    text = (tmp_path / "settings.ini").read_text()
    assert "[preferences]" in text and "poll_interval_s=120" in text
    assert "data_dir" not in text  # kept outside the data directory
    assert "elsewhere" in (tmp_path / "location.ini").read_text()


def test_dialog_is_generated_from_the_declaration(qtbot, tmp_path):
    prefs = make_prefs(tmp_path)
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in SETTINGS}
    labels = {id(lbl.buddy()): lbl.text() for lbl in dialog.findChildren(QLabel)
              if lbl.buddy() is not None}
    for item in SETTINGS:
        editor = dialog.editors[item.key]
        assert editor.accessibleName() == item.label
        assert editor.accessibleDescription() == item.description
        shown = editor.text() if isinstance(editor, QCheckBox) else labels[id(editor)]
        assert shown.startswith(item.label)
        assert ("after restart" in shown) == item.restart
    dialog.editors["poll_interval_s"].setValue(90)
    dialog.editors["theme"].setCurrentIndex(dialog.editors["theme"].findData("dark"))
    dialog.editors["notify_jobs"].setChecked(False)
    dialog.accept()
    assert prefs.value("poll_interval_s") == 90
    assert prefs.value("theme") == "dark"
    assert prefs.value("notify_jobs") is False
    again = PreferencesDialog(prefs)
    qtbot.addWidget(again)
    again.restore_defaults()
    assert again.edited() == {s.key: s.default for s in SETTINGS}
    prefs.set_value("theme", "light")


def test_preferences_take_effect(qtbot, tmp_path):
    desk = start(qtbot, tmp_path / "one")
    try:
        prefs = desk.preferences
        assert desk.poller.interval_s == 30.0
        prefs.set_value("poll_interval_s", 300)
        assert desk.poller.interval_s == 300.0
        # GPU memory unit: GPU models are labelled in GiB from now on
        assert short_model("a100", 40) == "A100 40 GB"
        with qtbot.waitSignal(desk.overview_model.modelReset, timeout=2000):
            prefs.set_value("memory_unit", "GiB")
        assert short_model("a100", 40) == "A100 37 GiB"  # 40 GB = 37.25 GiB
        prefs.set_value("memory_unit", "GB")
        # notifications: switched off, a job's change does not reach the notifier
        prefs.set_value("notify_jobs", False)
        desk.jobs.my_jobs.notify.emit("Job 1 finished", "on lumi-g")
        assert desk.jobs.notifier.last is None
        prefs.set_value("notify_jobs", True)
        desk.jobs.my_jobs.notify.emit("Job 1 finished", "on lumi-g")
        assert desk.jobs.notifier.last == ("Job 1 finished", "on lumi-g")
        prefs.set_value("notify_tokens", False)
        desk.window.show_problem("")
        desk.jobs.token_watch.reminder.emit("The token of LUMI expires in 2 days")
        assert desk.window.problem_label.text() == ""
        # restart-only preferences say so
        prefs.set_value("start_demo", False)
        assert "next start" in desk.window.statusBar().currentMessage()
        prefs.set_value("default_view", "directory")
    finally:
        stop(desk)
    # the next start: default view, no demo, poll interval from the preferences
    again = DeskApplication(Options(demo=None, data_dir=str(tmp_path / "one")))
    qtbot.addWidget(again.window)
    again.start()
    try:
        assert again.window.tabs.currentWidget().objectName() == "directory"
        assert again.demo is None and again.options.demo is False
        assert again.poller.interval_s == 300.0
    finally:
        stop(again)


def test_data_directory_preference_moves_the_data(qapp, tmp_path, monkeypatch):
    prefs = make_prefs(tmp_path)
    chosen = tmp_path / "chosen-data"
    prefs.set_value("data_dir", str(chosen))
    monkeypatch.delenv(config.DATA_DIR_ENV, raising=False)
    config.set_data_dir(None)
    assert config.data_dir() == chosen.resolve()
    config.set_data_dir(str(tmp_path / "cli"))  # --data-dir still wins
    assert config.data_dir() == (tmp_path / "cli").resolve()
    config.set_data_dir(None)


@pytest.mark.parametrize(("language", "overview", "free", "number"), [
    ("de", "Übersicht", "Freie GPUs", "12.345"),
    ("fr", "Vue d'ensemble", "GPU libres", "12\u202f345"),
])
def test_language_preference_translates_the_desk(qtbot, tmp_path, language, overview, free,
                                                 number):
    from PySide6.QtCore import QLocale, Qt

    from app.models.overview import format_int
    from app.views import translations

    prefs = make_prefs(tmp_path)
    prefs.set_value("language", language)
    desk = start(qtbot, tmp_path)  # the same settings file: the preference applies
    try:
        assert desk.language == language
        assert desk.window.tabs.tabText(0) == overview
        header = desk.overview_model.headerData(
            desk.overview_model.column_index("free"), Qt.Orientation.Horizontal)
        assert header == free
        assert QLocale().language() == QLocale(language).language()
        assert format_int(12345) == number  # numbers in the person's locale
    finally:
        stop(desk)
        translations.install("en")


def test_tab_goes_through_the_editors_in_declared_order(qtbot, tmp_path):
    dialog = PreferencesDialog(make_prefs(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    order = []
    widget = dialog.editors[SETTINGS[0].key]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    editors = {id(e): key for key, e in dialog.editors.items()}
    for _ in range(40):  # Tab through the dialog
        focused = dialog.focusWidget()
        if id(focused) in editors and editors[id(focused)] not in order:
            order.append(editors[id(focused)])
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order == [s.key for s in SETTINGS]
