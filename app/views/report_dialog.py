"""The report builder: what to report, in which format, where; export with progress.

Kinds come from the report-kind registry; kinds whose feature is not built yet are shown
disabled with the reason. The export runs through ``ReportExporter`` (off the UI
thread); problems are shown in the dialog, never in another dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.registry import Registry
from app.services.reports import kinds
from app.services.reports.exporter import ExportRequest, ReportExporter
from app.services.reports.formats import ReportFormat
from app.services.reports.inputs import ReportInputs
from app.services.reports.model import ReportParams, format_age


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class ReportDialog(QDialog):
    """Builds and exports one report at a time.

    Signals:
        exported(str): a report was written to this path.
    """

    exported = Signal(str)

    def __init__(self, exporter: ReportExporter, inputs: Callable[[], ReportInputs],
                 registry: Registry | None, *, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self._exporter = exporter
        self._inputs = inputs
        self._folder = folder or default_folder()
        self._catalogue = kinds.catalogue()

        self.kind_group = QButtonGroup(self)
        kind_box = QGroupBox(self.tr("Report"), self)
        kind_layout = QVBoxLayout(kind_box)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for index, info in enumerate(self._catalogue):
            button = QRadioButton(info.title, kind_box)
            button.setObjectName(f"kind_{info.id}")
            button.setEnabled(info.available)
            button.setToolTip(info.description if info.available
                              else self.tr("Not available: %1").replace("%1", info.reason))
            self.kind_group.addButton(button, index)
            self.kind_buttons[info.id] = button
            kind_layout.addWidget(button)
            note = QLabel(info.description if info.available
                          else self.tr("Not available yet — %1").replace("%1", info.reason))
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid); margin-left: 22px;")
            kind_layout.addWidget(note)

        self.factory = QComboBox(self)
        self.factory.setObjectName("factory")
        for factory in sorted(registry.factories if registry else (),
                              key=lambda f: str(f.short_name.value).casefold()):
            self.factory.addItem(f"{factory.short_name.value} — {factory.country}", factory.id)
        today = datetime.now(UTC).date()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=6)), self)
        self.date_to = QDateEdit(_qdate(today), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setAccessibleName(self.tr("First day (UTC)"))
        self.date_to.setAccessibleName(self.tr("Last day (UTC)"))
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        for fmt in ReportFormat:
            self.format.addItem(fmt.label, fmt.value)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.setAccessibleName(self.tr("Save the report as"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose where to save the report"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Factory"), self.factory)
        form.addRow(self.tr("Days (UTC)"), dates)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Save as"), file_row)

        self.data_note = QLabel(self)
        self.data_note.setObjectName("dataNote")
        self.data_note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(kind_box)
        layout.addLayout(form)
        layout.addWidget(self.data_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.kind_group.idToggled.connect(self._kind_toggled)
        self.format.currentIndexChanged.connect(self._format_changed)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self._close_or_cancel)
        exporter.progress.connect(self._progress)
        exporter.finished.connect(self._finished)
        exporter.failed.connect(self._failed)
        exporter.cancelled.connect(self._cancelled)
        exporter.busy_changed.connect(self._busy)

        first = next((k for k in self._catalogue if k.available), None)
        if first is not None:
            self.kind_buttons[first.id].setChecked(True)
        self._show_data_age()
        self._busy(exporter.busy)

    # -- choices -------------------------------------------------------------------------
    def kind(self) -> str:
        index = self.kind_group.checkedId()
        return self._catalogue[index].id if index >= 0 else ""

    def select(self, kind: str, fmt: ReportFormat | None = None) -> None:
        self.kind_buttons[kind].setChecked(True)
        if fmt is not None:
            self.format.setCurrentIndex(self.format.findData(fmt.value))

    def chosen_format(self) -> ReportFormat:
        return ReportFormat(self.format.currentData())

    def params(self) -> ReportParams:
        return ReportParams(factory_id=str(self.factory.currentData() or ""),
                            date_from=_pydate(self.date_from.date()),
                            date_to=_pydate(self.date_to.date()))

    def _kind_toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self._kind_changed()

    def _kind_changed(self) -> None:
        info = next(k for k in self._catalogue if k.id == self.kind())
        self.factory.setEnabled(info.needs_factory)
        self.date_from.setEnabled(info.needs_dates)
        self.date_to.setEnabled(info.needs_dates)
        self._suggest_path()

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self.chosen_format().suffix)))
        else:
            self._suggest_path()

    def _suggest_path(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        name = f"ai-factories-{self.kind() or 'report'}-{stamp}{self.chosen_format().suffix}"
        current = self.path.text().strip()
        folder = Path(current).parent if current else self._folder
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path.text(),
            f"{fmt.label} (*{fmt.suffix})")
        if chosen:
            self.path.setText(chosen if chosen.endswith(fmt.suffix) else chosen + fmt.suffix)

    def _show_data_age(self) -> None:
        inputs = self._inputs()
        ages = [s.age_s(inputs.now) for s in inputs.sites if s.data_time is not None]
        if not ages:
            text = self.tr("No capacity data yet: a capacity report would show the registry "
                           "without numbers.")
        elif inputs.offline:
            text = self.tr("Offline — the report uses the last data seen (up to %1 old).")
            text = text.replace("%1", format_age(max(a for a in ages if a is not None)))
        else:
            text = self.tr("The report uses the data on screen now (up to %1 old).")
            text = text.replace("%1", format_age(max(a for a in ages if a is not None)))
        self.data_note.setText(text)

    # -- export --------------------------------------------------------------------------
    def export(self) -> bool:
        """Start the export with the current choices (False if one is running)."""
        text = self.path.text().strip()
        if not self.kind() or not text:
            self._failed(self.tr("choose a report and a file name"))
            return False
        if self.date_from.date() > self.date_to.date():
            self._failed(self.tr("the first day is after the last one"))
            return False
        request = ExportRequest(self.kind(), self.chosen_format(),
                                Path(text).expanduser(), self.params())
        self.status.setText("")
        return self._exporter.start(request, self._inputs())

    def _close_or_cancel(self) -> None:
        if self._exporter.busy:
            self._exporter.cancel()
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._exporter.busy:
            self._exporter.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._exporter.busy:
            self._exporter.cancel()
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel export") if busy else self.tr("Close"))
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{text} — %p%")

    def _finished(self, path: str) -> None:
        url = QUrl.fromLocalFile(path).toString()
        self.status.setText(self.tr("Report written to %1").replace(
            "%1", f"<a href='{url}'>{_html(path)}</a>"))
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>{_html(message)}</span>")

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled; no file was written."))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _html(text: str) -> str:
    from html import escape

    return escape(text)
