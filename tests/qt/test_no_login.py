"""No forced login: with no account and no stored token at all, the desk shows capacity,
the map, the directory, availability and reports, and never asks for credentials.

Credentials are asked for only when someone submits a job or triages a request (those
flows have their own tests); browsing never opens a credentials or site dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QWidget

from app.application import DeskApplication, Options
from app.services.reports.formats import ReportFormat


def prompts(window: QWidget) -> list[str]:
    """Visible windows other than the main window and the report dialog we opened."""
    return [type(w).__name__ for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window
            and (isinstance(w, QDialog | QInputDialog) or w.isWindow())
            and w.objectName() != "reportDialog"]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_browsing_needs_no_account(qtbot, tmp_path: Path) -> None:
    desk = DeskApplication(Options(demo=True, data_dir=str(tmp_path), poll_interval_s=3600))
    qtbot.addWidget(desk.window)
    desk.start()
    try:
        assert not desk.connector.sites, "a fresh desk has no account and no site token"
        qtbot.waitUntil(lambda: bool(desk.store.states()) and desk.store.complete(),
                        timeout=120000)
        window = desk.window
        # capacity: the overview has live numbers
        qtbot.waitUntil(lambda: any(r["free"] is not None for r in desk.overview_model.rows()),
                        timeout=10000)
        for name in ("mapView", "directory", "availability", "history", "findCapacity"):
            assert window.show_view(name), name
            tab = window.tabs.currentWidget()
            qtbot.waitUntil(lambda tab=tab: getattr(tab, "view", None) is not None,
                            timeout=10000)
        map_view = desk.map_tab.view
        assert map_view is not None
        qtbot.waitUntil(lambda: map_view.markers.count() > 0, timeout=10000)
        qtbot.waitUntil(lambda: desk.directory_model.proxy.rowCount() > 0, timeout=10000)
        qtbot.waitUntil(lambda: desk.availability.model.rowCount() > 0, timeout=10000)
        # reports: a capacity report is written without any account
        dialog = desk.open_report_dialog()
        dialog.select("capacity", ReportFormat.CSV)
        target = tmp_path / "capacity.csv"
        dialog.path.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30000):
            assert dialog.export()
        assert target.exists() and target.stat().st_size > 0
        dialog.close()
        assert prompts(window) == []
        assert desk.jobs.credentials is None, "the credentials dialog was never opened"
    finally:
        desk.window.close()
        desk.shutdown()
