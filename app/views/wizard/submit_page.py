"""Wizard page 6: submit — sends the job once and shows what the site answered."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard

from app.services.submitter import SubmitOutcome
from app.views.wizard.common import ERROR_STYLE, NOTE_STYLE, WARNING_STYLE, FormPage


class SubmitPage(FormPage):
    """Submitting… → the job id and the site's warnings, or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submitPage")
        self.setTitle(self.tr("Submit"))
        self.setSubTitle(self.tr("The job goes to the site once; My Jobs follows it."))
        self.status = QLabel(self)
        self.status.setObjectName("submitStatus")
        self.status.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("submitWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.retry = QPushButton(self.tr("Submit &again"), self)
        self.retry.setObjectName("retrySubmit")
        self.change = QPushButton(self.tr("&Change the job"), self)
        self.change.setObjectName("changeJob")
        self.retry.setAccessibleName(self.tr("Submit again"))
        self.retry.setAccessibleDescription(self.tr(
            "Send the job again under the same submission id; a job that reached the site "
            "is found, never made twice"))
        self.change.setAccessibleName(self.tr("Change the job"))
        self.change.setAccessibleDescription(self.tr(
            "Go back to the job's pages and submit it under a new submission id"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addWidget(self.change)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._done = False
        self.retry.clicked.connect(self.send)
        self.change.clicked.connect(lambda: self.job_wizard().start_over_with_new_id())

    def initializePage(self) -> None:
        self._done = False
        self.send()

    def send(self) -> None:
        wizard = self.job_wizard()
        form = wizard.form
        submission, _ = form.to_submission()
        self.retry.setVisible(False)
        self.change.setVisible(False)
        self.warnings.setVisible(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Submitting “%1” to %2 · %3…").replace(
            "%1", submission.name).replace("%2", wizard.site_label(form.site_id)).replace(
            "%3", form.partition))
        self.note.setText(self.tr("Submission aifd:%1 — recorded in the local ledger before "
                                  "it is sent.").replace("%1", form.submission_id))
        wizard.services.submitter.submit(form.site_id, submission, form.submission_id)
        self.completeChanged.emit()

    def submitted(self, outcome: SubmitOutcome) -> None:
        wizard = self.job_wizard()
        if outcome.submission_id != wizard.submission_id:
            return
        self._done = True
        self.status.setText(self.tr("✔ Job <b>%1</b> submitted to %2 · %3. It is in My Jobs "
                                    "now, as “submitted” until the site lists it.")
                            .replace("%1", str(outcome.result.job_id))
                            .replace("%2", wizard.site_label(outcome.site_id))
                            .replace("%3", outcome.submission.partition))
        notes = outcome.notes
        self.warnings.setText(self.tr("The site said:") + "\n" + "\n".join(
            f"• {n}" for n in notes))
        self.warnings.setVisible(bool(notes))
        self.note.setText(self.tr(
            "Submission aifd:%1 is confirmed in the local ledger. My Jobs shows the job's "
            "state, reason, start estimate and time left, and the desk notifies you when it "
            "starts, ends, fails or nears its time limit.").replace("%1",
                                                                    outcome.submission_id))
        wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # sent: Finish
        wizard.finish_submitted(outcome)
        self.completeChanged.emit()

    def failed(self, _site_id: str, submission_id: str, text: str, retry_safe: bool) -> None:
        if submission_id != self.job_wizard().submission_id:
            return
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText("✘ " + text)
        self.retry.setVisible(retry_safe)
        self.change.setVisible(not retry_safe)
        self.note.setText(
            self.tr("Submitting again uses the same submission id: a job that did reach the "
                    "site is found by its comment, never made twice.") if retry_safe else
            self.tr("The scheduler refused this request. Change it and submit again (under a "
                    "new submission id)."))
        self.completeChanged.emit()

    def form_changed(self, _form: object) -> None:
        pass

    def isComplete(self) -> bool:
        return self._done
