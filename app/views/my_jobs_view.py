"""My Jobs: my jobs at every connected site — live state, cancel, clone, resubmit — and the
desktop notifier that tells me when one starts, ends, fails or nears its time limit."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.job_tracking import TrackedJob
from app.models.my_jobs_model import MyJobsModel
from app.models.table_model import ROW_ROLE, SortFilterProxy
from app.services.my_jobs import MyJobs


class DesktopNotifier(QObject):
    """Shows a notification: the system tray's balloon when there is a tray, else the
    status bar."""

    def __init__(self, status_bar: QStatusBar | None, icon: QIcon | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self._tray = QSystemTrayIcon(icon or QIcon(), self)
            self._tray.show()
        #: The last notification (title, text), for tests and the status bar.
        self.last: tuple[str, str] | None = None

    @property
    def uses_tray(self) -> bool:
        return self._tray is not None

    def show(self, title: str, text: str) -> None:
        self.last = (title, text)
        if self._tray is not None:
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
        elif self._status_bar is not None:
            self._status_bar.showMessage(f"{title}. {text}", 15000)


class MyJobsView(QWidget):
    """The table of my jobs and what can be done with one.

    Signals:
        clone_requested(str, object): open the wizard with this site id and
            ``JobSubmission`` (the person edits it, a new submission id is made).
        resubmit_requested(str, object): submit this ``JobSubmission`` again as it was
            (a new submission id), after the person confirmed.
    """

    clone_requested = Signal(str, object)
    resubmit_requested = Signal(str, object)

    def __init__(self, model: MyJobsModel, jobs: MyJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myJobs")
        self.model = model
        self.jobs = jobs
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("myJobsFilter")
        self.filter.setPlaceholderText(self.tr("Filter by site, name, state…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter my jobs"))
        self.count = QLabel(self)
        self.cancel_button = QPushButton(self.tr("&Cancel job…"), self)
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.clone_button = QPushButton(self.tr("C&lone into wizard…"), self)
        self.clone_button.setObjectName("cloneJob")
        self.resubmit_button = QPushButton(self.tr("&Resubmit…"), self)
        self.resubmit_button.setObjectName("resubmitJob")
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("refreshJobs")
        for button, name, description in (
                (self.cancel_button, self.tr("Cancel job"),
                 self.tr("Cancel the selected job at its site, after a confirmation (Delete)")),
                (self.clone_button, self.tr("Clone into wizard"),
                 self.tr("Open the job wizard with the selected job's request, to change it")),
                (self.resubmit_button, self.tr("Resubmit"),
                 self.tr("Submit the selected finished job again as it was, as a new job")),
                (self.refresh_button, self.tr("Refresh"),
                 self.tr("Read the state of every unfinished job now"))):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        self.table = QTableView(self)
        self.table.setObjectName("myJobsTable")
        self.table.setAccessibleName(self.tr("My jobs"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(model.column_index("state"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("site", 260), ("job_id", 80), ("name", 170), ("state", 90),
                           ("reason", 130), ("partition", 110), ("gpus", 55),
                           ("elapsed_text", 160), ("start_text", 130)):
            header.resizeSection(model.column_index(key), width)
        self.detail = QLabel(self)
        self.detail.setObjectName("myJobsDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self.tr("No jobs of yours at the connected sites yet. "
                                    "File › New job… (Ctrl+J) submits one."), self)
        self.empty.setObjectName("myJobsEmpty")

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.clone_button)
        actions.addWidget(self.resubmit_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)

        self.filter.textChanged.connect(self.proxy.set_text)
        self.proxy.modelReset.connect(self._update)
        self.proxy.dataChanged.connect(self._update)
        self.proxy.layoutChanged.connect(self._update)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.clone_button.clicked.connect(self.clone_selected)
        self.resubmit_button.clicked.connect(self.resubmit_selected)
        self.refresh_button.clicked.connect(jobs.refresh_active)
        jobs.problem.connect(self._problem)
        jobs.cancelled.connect(self._cancelled)
        self._update()

    # -- selection ----------------------------------------------------------------------
    def selected(self) -> TrackedJob | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return self.jobs.job(row["key"]) if row else None

    def select_job(self, site_id: str, job_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            data = self.proxy.index(row, 0).data(ROW_ROLE)
            if data["site_id"] == site_id and data["job_id"] == job_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _update(self, *_args: object) -> None:
        total = self.model.rowCount()
        self.count.setText(self.tr("%1 job(s)").replace("%1", str(total)))
        self.empty.setVisible(total == 0)
        job = self.selected()
        self.cancel_button.setEnabled(job is not None and job.job_id is not None
                                      and job.phase.active)
        self.clone_button.setEnabled(job is not None)
        self.resubmit_button.setEnabled(job is not None and self.jobs.entry_for(job) is not None
                                        and not job.phase.active)
        self.detail.setText(self._describe(job) if job is not None else "")

    def _describe(self, job: TrackedJob) -> str:
        job_id = str(job.job_id) if job.job_id is not None else "—"
        lines = [self.tr("job %1 · %2").replace("%1", job_id).replace(
            "%2", str(job.state or job.phase))]
        if job.reason:
            lines.append(self.tr("Reason: %1").replace("%1", job.reason))
        if job.message:
            lines.append(job.message)
        lines += [self.tr("Site said: %1").replace("%1", note) for note in job.warnings]
        if job.submission_id:
            lines.append(self.tr("Submission aifd:%1").replace("%1", job.submission_id))
        if not job.listed:
            lines.append(self.tr("No longer listed by the site: this is the last state seen."))
        head = f"<b>{escape(self.model.label(job.site_id))}</b> · "
        return head + "<br>".join(escape(line) for line in lines)

    # -- actions ------------------------------------------------------------------------
    def cancel_selected(self) -> None:
        job = self.selected()
        if job is None or job.job_id is None or not job.phase.active:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel the job?"),
            self.tr("Cancel job %1 “%2” on %3? Slurm stops it at once; this cannot be undone.")
            .replace("%1", str(job.job_id)).replace("%2", job.name)
            .replace("%3", self.model.label(job.site_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.jobs.cancel(job.site_id, job.job_id)

    def clone_selected(self) -> None:
        job = self.selected()
        if job is None:
            return
        submission, complete = self.jobs.submission_for(job)
        if not complete:
            QMessageBox.information(
                self, self.tr("Clone a job"),
                self.tr("This job was not submitted from this desk, so its script is not "
                        "known; the wizard opens with its resources and an empty script."))
        self.clone_requested.emit(job.site_id, submission)

    def resubmit_selected(self) -> None:
        job = self.selected()
        if job is None or self.jobs.entry_for(job) is None:
            return
        submission, _ = self.jobs.submission_for(job)
        answer = QMessageBox.question(
            self, self.tr("Resubmit the job?"),
            self.tr("Submit “%1” to %2 again, exactly as before, as a new job?")
            .replace("%1", submission.name).replace("%2", self.model.label(job.site_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.resubmit_requested.emit(job.site_id, submission)

    def _problem(self, text: str) -> None:
        self.detail.setText(f"<span style='color:#b00020'>✘ {escape(text)}</span>")

    def _cancelled(self, site_id: str, job_id: int, notes: str) -> None:
        self.detail.setText(self.tr("Cancel of job %1 accepted by %2.").replace(
            "%1", str(job_id)).replace("%2", self.model.label(site_id))
            + (f" {notes}" if notes else ""))

