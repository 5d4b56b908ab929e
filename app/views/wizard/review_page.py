"""Wizard page 5: review — the exact slurmrestd request and the equivalent sbatch script,
both copyable, before anything is sent."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.domain.job_rules import blocking
from app.domain.sbatch import sbatch_script
from app.services.ledger import tagged
from app.views.wizard.common import NOTE_STYLE, FormPage, ProblemLabel, fill


def _pane(parent: QWidget, title: str, name: str) -> tuple[QWidget, QLabel, QPlainTextEdit,
                                                            QPushButton]:
    box = QWidget(parent)
    label = QLabel(title, box)
    text = QPlainTextEdit(box)
    text.setObjectName(name)
    text.setReadOnly(True)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    text.setAccessibleName(title)
    copy = QPushButton(QCoreApplication.translate("ReviewPage", "Copy"), box)
    copy.setObjectName(f"{name}Copy")
    copy.setAccessibleName(
        QCoreApplication.translate("ReviewPage", "Copy the %1").replace("%1", title))
    copy.setToolTip(QCoreApplication.translate(
        "ReviewPage", "Copy the %1 to the clipboard").replace("%1", title))
    head = QHBoxLayout()
    head.addWidget(label, 1)
    head.addWidget(copy)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(head)
    layout.addWidget(text)
    return box, label, text, copy


class ReviewPage(FormPage):
    """Shows exactly what will be sent; "Submit" sends it (once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("This is exactly what the desk will send. Copy the sbatch "
                                 "script to run the same job from a login node."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Submit"))
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.problems = ProblemLabel(self)
        self.problems.setObjectName("reviewProblems")
        split = QSplitter(self)
        json_box, self.json_title, self.json_text, self.copy_json = _pane(
            split, self.tr("slurmrestd request"), "requestJson")
        sbatch_box, _title, self.sbatch_text, self.copy_sbatch = _pane(
            split, self.tr("Equivalent sbatch script"), "sbatchScript")
        split.addWidget(json_box)
        split.addWidget(sbatch_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self._body_ready = False

        self.copy_json.clicked.connect(lambda: self._copy(self.json_text))
        self.copy_sbatch.clicked.connect(lambda: self._copy(self.sbatch_text))

    def initializePage(self) -> None:
        self.show_request()

    def show_request(self) -> None:
        wizard = self.job_wizard()
        form = wizard.form
        submission, _ = form.to_submission()
        problems = wizard.problems()
        label = wizard.site_label(form.site_id)
        gpus = (f"{form.nodes} × {form.gpus_per_node} {form.gpu_type or 'GPU'}"
                if form.gpus_per_node else self.tr("no GPUs"))
        values = {"%1": f"<b>{escape(submission.name or '—')}</b>",
                  "%2": f"<b>{escape(label)} · {escape(form.partition)}</b>",
                  "%3": str(form.nodes), "%4": escape(gpus), "%5": str(submission.tasks),
                  "%6": escape(form.time_limit),
                  "%7": escape(submission.account or self.tr("(default)")),
                  "%8": f"<code>aifd:{escape(form.submission_id)}</code>"}
        text = escape(self.tr("%1 on %2: %3 node(s), %4, %5 task(s), wall time %6; account %7; "
                              "submission %8."))
        self.summary.setText(fill(text, values))
        self.problems.show_problems(problems)
        body = wizard.services.submitter.body(form.site_id, submission, form.submission_id)
        version = wizard.services.submitter.version(form.site_id)
        if body is None:
            self._body_ready = False
            self.json_title.setText(self.tr("slurmrestd request"))
            self.json_text.setPlainText(self.tr("Asking the site which API version it "
                                                "serves…"))
            wizard.services.submitter.negotiate(form.site_id)
        else:
            self._body_ready = True
            self.json_title.setText(self.tr("slurmrestd request — POST /slurm/%1/job/submit")
                                    .replace("%1", version or ""))
            self.json_text.setPlainText(json.dumps(body, indent=2, ensure_ascii=False))
        self.sbatch_text.setPlainText(sbatch_script(tagged(submission, form.submission_id)))
        state = wizard.services.store.state(form.site_id)
        demo = state is not None and state.simulated
        self.note.setText(
            self.tr("The comment carries the submission id: pressing Submit again after a "
                    "lost answer finds the job instead of sending it twice.")
            + (self.tr(" Demo site — simulated scheduler.") if demo else ""))
        self.completeChanged.emit()

    def version_ready(self, site_id: str, _version: str) -> None:
        if self.wizard() is not None and self.job_wizard().currentPage() is self \
                and site_id == self.form.site_id:
            self.show_request()

    def form_changed(self, _form: object) -> None:
        pass  # nothing on this page edits the form

    def isComplete(self) -> bool:
        if self.wizard() is None:
            return False
        return self._body_ready and not blocking(self.job_wizard().problems())

    def _copy(self, text: QPlainTextEdit) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text.toPlainText())
