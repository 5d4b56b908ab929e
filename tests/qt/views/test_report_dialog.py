"""The report builder: kinds (planned ones disabled with the reason), parameters, formats,
export with progress, cancel, and problems shown in place."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.services.history import HistoryDb
from app.services.reports.exporter import ReportExporter
from app.services.reports.formats import ReportFormat
from app.services.reports.inputs import ReportInputs
from app.services.tasks import TaskRunner
from app.views.report_dialog import ReportDialog
from tests.fixtures.reports import sample_inputs as sample


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryDb]:
    db = HistoryDb(tmp_path / "history.sqlite3")
    sample.seed_history(db)
    yield db
    db.close()


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner(max_threads=2)
    yield runner
    runner.shutdown()


def make_dialog(qtbot, runner: TaskRunner, inputs: ReportInputs,
                folder: Path) -> ReportDialog:
    exporter = ReportExporter(runner)
    dialog = ReportDialog(exporter, lambda: inputs, inputs.registry, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def other_dialogs(mine: QDialog) -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog | QMessageBox) and w.isVisible() and w is not mine]


def test_kinds_and_parameters(qtbot, runner, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, runner, sample.inputs(), tmp_path)
    buttons = dialog.kind_buttons
    assert list(buttons) == ["capacity", "factory", "history", "directory", "triage"]
    assert dialog.kind() == "capacity" and buttons["capacity"].isChecked()
    assert all(button.isEnabled() for button in buttons.values())
    assert not dialog.factory.isEnabled() and not dialog.date_from.isEnabled()
    buttons["factory"].click()
    assert dialog.factory.isEnabled() and not dialog.date_to.isEnabled()
    assert dialog.factory.count() == 4 and dialog.factory.itemData(1) == "gaia"
    buttons["history"].click()
    assert dialog.date_from.isEnabled() and not dialog.factory.isEnabled()
    assert dialog.path.text().startswith(str(tmp_path / "ai-factories-history-"))
    assert dialog.path.text().endswith(".pdf")
    dialog.select("history", ReportFormat.XLSX)
    assert dialog.path.text().endswith(".xlsx")
    assert "up to 60 min old" in dialog.data_note.text()


def test_export_from_the_dialog(qtbot, runner, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, runner, sample.inputs(), tmp_path)
    dialog.select("capacity", ReportFormat.CSV)
    target = tmp_path / "capacity.csv"
    dialog.path.setText(str(target))
    percents: list[int] = []
    dialog._exporter.progress.connect(lambda p, _t: percents.append(p))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()
        assert dialog.close_button.text() == "Cancel export"
    assert done.args == [str(target)] and target.exists()
    assert "Jülich" in target.read_text("utf-8-sig")
    assert percents[-1] == 100
    assert "Report written to" in dialog.status.text()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert dialog.close_button.text() == "Close"
    assert other_dialogs(dialog) == []


def test_cancel_an_export(qtbot, runner, tmp_path: Path, history) -> None:
    dialog = make_dialog(qtbot, runner, sample.inputs(history), tmp_path)
    dialog.select("history", ReportFormat.PDF)
    target = tmp_path / "history.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog._exporter.cancelled, timeout=30000):
        assert dialog.export()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in dialog.status.text() and not target.exists()
    assert dialog.isVisible(), "Cancel export stops the export, not the dialog"
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".history*")) == []


def test_problems_are_shown_in_the_dialog(qtbot, runner, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, runner, sample.inputs(), tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    dialog.path.setText(str(blocker / "report.pdf"))
    with qtbot.waitSignal(dialog._exporter.failed, timeout=30000):
        dialog.export()
    assert "is not a folder" in dialog.status.text()
    assert other_dialogs(dialog) == []
    dialog.path.setText("")
    assert not dialog.export()
    assert "file name" in dialog.status.text()


def test_offline_inputs_are_announced(qtbot, runner, tmp_path: Path) -> None:
    inputs = replace(sample.inputs(), offline=True)
    dialog = make_dialog(qtbot, runner, inputs, tmp_path)
    assert dialog.data_note.text() == ("Offline — the report uses the last data seen "
                                       "(up to 60 min old).")
