"""Wizard page 3: the workload — job name, script (from a template), environment, working
directory and output paths."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.job_rules import PAGE_FIELDS
from app.views.wizard.common import NOTE_STYLE, FormPage
from app.views.wizard.templates import JobTemplate


class WorkloadPage(FormPage):
    """What the job runs."""

    FIELDS = PAGE_FIELDS["workload"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workloadPage")
        self.setTitle(self.tr("Workload"))
        self.setSubTitle(self.tr("The batch script and where it runs. Start from a template; "
                                 "the #SBATCH options come from the other pages."))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.name = QLineEdit(self)
        self.name.setObjectName("jobName")
        self.name.setPlaceholderText("train-llm")
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.use_template = QPushButton(self.tr("&Use template"), self)
        self.template_note = QLabel(self)
        self.template_note.setStyleSheet(NOTE_STYLE)
        self.template_note.setWordWrap(True)
        self.script = QPlainTextEdit(self)
        self.script.setObjectName("script")
        self.script.setFont(mono)
        self.script.setPlaceholderText("#!/bin/bash\nsrun python train.py")
        self.script.setTabChangesFocus(True)
        self.script.setMinimumHeight(190)
        self.environment = QPlainTextEdit(self)
        self.environment.setObjectName("environment")
        self.environment.setFont(mono)
        self.environment.setTabChangesFocus(True)
        self.environment.setFixedHeight(56)
        self.environment.setPlaceholderText("PATH=/usr/bin:/bin")
        self.workdir = QLineEdit(self)
        self.workdir.setObjectName("workingDirectory")
        self.workdir.setPlaceholderText("/scratch/<project>/<user>/run")
        self.stdout = QLineEdit(self)
        self.stdout.setObjectName("standardOutput")
        self.stdout.setPlaceholderText(self.tr("slurm-%j.out (in the working directory)"))
        self.stderr = QLineEdit(self)
        self.stderr.setObjectName("standardError")
        self.stderr.setPlaceholderText(self.tr("same as output"))
        self.array = QLineEdit(self)
        self.array.setObjectName("array")
        self.array.setPlaceholderText(self.tr("none — e.g. 0-9%4"))
        for widget, name in ((self.name, self.tr("Job name")),
                             (self.template, self.tr("Template")),
                             (self.script, self.tr("Job script")),
                             (self.environment, self.tr("Environment")),
                             (self.workdir, self.tr("Working directory")),
                             (self.stdout, self.tr("Output file")),
                             (self.stderr, self.tr("Error file")),
                             (self.array, self.tr("Array"))):
            widget.setAccessibleName(name)

        pick = QHBoxLayout()
        pick.addWidget(self.template, 1)
        pick.addWidget(self.use_template)
        self.script.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.with_problem(self.name, "name"))
        form.addRow(template_label, pick)
        form.addRow("", self.template_note)
        form.addRow(self.tr("&Script:"), self.with_problem(self.script, "script"))
        form.addRow(self.tr("&Environment:"), self.with_problem(self.environment,
                                                                "environment"))
        form.addRow(self.tr("&Working dir:"), self.with_problem(self.workdir,
                                                                "working_directory"))
        form.addRow(self.tr("&Output:"), self.with_problem(self.stdout, "standard_output"))
        form.addRow(self.tr("E&rror:"), self.with_problem(self.stderr, "standard_error"))
        form.addRow(self.tr("&Array:"), self.with_problem(self.array, "array"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        self.name.textChanged.connect(lambda t: self.edit(name=t))
        self.script.textChanged.connect(lambda: self.edit(script=self.script.toPlainText()))
        self.environment.textChanged.connect(
            lambda: self.edit(environment=self.environment.toPlainText()))
        self.workdir.textChanged.connect(lambda t: self.edit(working_directory=t))
        self.stdout.textChanged.connect(lambda t: self.edit(standard_output=t))
        self.stderr.textChanged.connect(lambda t: self.edit(standard_error=t))
        self.array.textChanged.connect(lambda t: self.edit(array=t))
        self.template.currentIndexChanged.connect(self._describe_template)
        self.use_template.clicked.connect(lambda: self.apply_template(confirm=True))

    def initializePage(self) -> None:
        self.fill_templates()
        self.load_fields()
        if not self.form.script.strip() and self.job_wizard().templates:
            self.apply_template(confirm=False)

    def load_fields(self) -> None:
        self._loading = True
        try:
            form = self.form
            for line, value in ((self.name, form.name), (self.workdir, form.working_directory),
                                (self.stdout, form.standard_output),
                                (self.stderr, form.standard_error), (self.array, form.array)):
                if line.text() != value:
                    line.setText(value)
            for edit, value in ((self.script, form.script),
                                (self.environment, form.environment)):
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
        finally:
            self._loading = False
        self.show_problems()

    def fill_templates(self) -> None:
        templates = self.job_wizard().templates
        current = self.form.template
        self.template.blockSignals(True)
        self.template.clear()
        for template in templates:
            self.template.addItem(template.title, template.id)
        index = self.template.findData(current)
        self.template.setCurrentIndex(index if index >= 0 else 0)
        self.template.blockSignals(False)
        self.use_template.setEnabled(bool(templates))
        self._describe_template()

    def _describe_template(self, _index: int = 0) -> None:
        template = self._chosen()
        self.template_note.setText(template.description if template is not None else "")

    def templates_ready(self) -> None:
        """The templates arrived (they load off the UI thread)."""
        if self.wizard() is None or self.job_wizard().currentPage() is not self:
            return
        self.fill_templates()
        if not self.form.script.strip():
            self.apply_template(confirm=False)

    def _chosen(self) -> JobTemplate | None:
        templates = {t.id: t for t in self.job_wizard().templates}
        return templates.get(str(self.template.currentData() or ""))

    def apply_template(self, confirm: bool = True) -> None:
        template = self._chosen()
        if template is None:
            return
        script = self.form.script.strip()
        if confirm and script and not any(script == t.script.strip()
                                          for t in self.job_wizard().templates):
            answer = QMessageBox.question(
                self, self.tr("Replace the script?"),
                self.tr("Replace your script with the template “%1”?").replace(
                    "%1", template.title))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.job_wizard().apply_template(template)
        self.load_fields()
