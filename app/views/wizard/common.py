"""What every wizard page shares: the services it may use, and live problem messages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from app.domain.job_rules import JobForm, Problem, blocking
from app.domain.registry import Registry
from app.services.drafts import DraftSaver
from app.services.snapshot_store import SnapshotStore
from app.services.submitter import Submitter
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    from app.views.wizard.job_wizard import JobWizard

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
NOTE_STYLE = "color: palette(placeholder-text);"


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each ``%1``… replaced by its value in one pass (a value holding
    ``%2`` stays as it is)."""
    return re.sub(r"%\d", lambda m: values.get(m.group(0), m.group(0)), text)


@dataclass
class WizardServices:
    """What the wizard needs from the rest of the desk."""

    store: SnapshotStore
    submitter: Submitter
    runner: TaskRunner
    drafts: DraftSaver | None = None
    registry: Callable[[], Registry | None] = field(default=lambda: None)
    templates_dir: Path | None = None


class ProblemLabel(QLabel):
    """A red (or amber) line under a field that says what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def show_problems(self, problems: Iterable[Problem]) -> None:
        items = list(problems)
        if not items:
            self.clear()
            self.setVisible(False)
            return
        self.setText("\n".join(("⚠ " if not p.blocking else "✘ ") + p.message for p in items))
        self.setStyleSheet(ERROR_STYLE if any(p.blocking for p in items) else WARNING_STYLE)
        self.setVisible(True)


class FormPage(QWizardPage):
    """A page that edits part of the wizard's ``JobForm`` and is complete when its fields
    have no blocking problem."""

    #: The form fields whose problems block this page.
    FIELDS: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.labels: dict[str, ProblemLabel] = {}

    def job_wizard(self) -> JobWizard:
        from app.views.wizard.job_wizard import JobWizard

        wizard = self.wizard()
        assert isinstance(wizard, JobWizard)
        return wizard

    @property
    def form(self) -> JobForm:
        return self.job_wizard().form

    def problem_label(self, name: str) -> ProblemLabel:
        label = ProblemLabel(self)
        label.setObjectName(f"problem_{name}")
        self.labels[name] = label
        return label

    def with_problem(self, field: QWidget, name: str, *, width: int = 0) -> QWidget:
        """``field`` with its problem line right under it (hidden while there is none).

        With ``width`` the field keeps that width, left-aligned, while the problem line
        still gets the whole row.
        """
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if width:
            field.setFixedWidth(width)
            layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(field)
        layout.addWidget(self.problem_label(name))
        box.setFocusProxy(field)  # the row label's mnemonic focuses the field
        return box

    def edit(self, **changes: object) -> None:
        """Write edited values into the form (ignored while the page fills its widgets)."""
        if self._loading or self.wizard() is None:
            return
        self.job_wizard().set_fields(**changes)

    def page_problems(self) -> list[Problem]:
        return [p for p in self.job_wizard().problems() if p.field in self.FIELDS]

    def form_changed(self, _form: object) -> None:
        """The wizard's form changed: re-check this page if it is on screen."""
        if self.wizard() is not None and self.job_wizard().currentPage() is self:
            self.show_problems()

    def show_problems(self) -> None:
        problems = self.page_problems()
        for name, label in self.labels.items():
            label.show_problems(p for p in problems if p.field == name)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.wizard() is None:
            return False
        return not blocking(self.page_problems())
