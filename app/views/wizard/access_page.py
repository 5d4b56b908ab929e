"""Wizard page 4: access — the AI Factory access mode the work runs under, and the project
(Slurm account) the site charges."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.job_rules import PAGE_FIELDS
from app.domain.registry import AccessMode
from app.views.wizard.common import NOTE_STYLE, FormPage


def _fact(value: Any) -> str:
    if value is None:
        return ""
    inner = getattr(value, "value", value)
    if isinstance(inner, tuple | list):
        return ", ".join(str(v) for v in inner)
    return str(inner)


def describe_mode(mode: AccessMode) -> str:
    """The access mode's facts, as the registry gives them (unknown ones are left out)."""
    rows = [(QCoreApplication.translate("AccessPage", "Audience"), mode.audience),
            (QCoreApplication.translate("AccessPage", "Allocation"), mode.allocation),
            (QCoreApplication.translate("AccessPage", "Duration"), mode.duration),
            (QCoreApplication.translate("AccessPage", "Decision"), mode.decision_time),
            (QCoreApplication.translate("AccessPage", "Cost"), mode.cost),
            (QCoreApplication.translate("AccessPage", "Apply via"), mode.apply_via)]
    lines = [f"<b>{escape(label)}:</b> {escape(_fact(value))}" for label, value in rows
             if _fact(value)]
    uncertain = [label for label, value in rows
                 if value is not None and getattr(value, "uncertain", False)]
    if uncertain:
        lines.append("<i>" + escape(QCoreApplication.translate(
            "AccessPage", "Single source (not confirmed elsewhere): %1.").replace(
            "%1", ", ".join(uncertain))) + "</i>")
    return "<br>".join(lines)


class AccessPage(FormPage):
    """Under which access the job runs, and which project pays for it."""

    FIELDS = PAGE_FIELDS["access"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessPage")
        self.setTitle(self.tr("Access"))
        self.setSubTitle(self.tr("The access mode your allocation was granted under, and the "
                                 "project account the site charges for the job."))
        self.mode = QComboBox(self)
        self.mode.setObjectName("accessMode")
        self.mode.setAccessibleName(self.tr("Access mode"))
        self.mode_text = QLabel(self)
        self.mode_text.setObjectName("accessModeText")
        self.mode_text.setWordWrap(True)
        self.account = QLineEdit(self)
        self.account.setObjectName("account")
        self.account.setAccessibleName(self.tr("Project account"))
        self.account.setPlaceholderText(self.tr("the project (Slurm account) of your allocation"))
        self.account_note = QLabel(self)
        self.account_note.setWordWrap(True)
        self.account_note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Access &mode:"), self.mode)
        form.addRow("", self.mode_text)
        form.addRow(self.tr("&Project account:"), self.with_problem(self.account, "account"))
        form.addRow("", self.account_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.account.textChanged.connect(lambda t: self.edit(account=t))

    def initializePage(self) -> None:
        self._loading = True
        try:
            form = self.form
            registry = self.job_wizard().registry()
            modes = registry.access_modes if registry is not None else ()
            self.mode.clear()
            self.mode.addItem(self.tr("not stated"), "")
            for mode in modes:
                self.mode.addItem(_fact(mode.name) or mode.id, mode.id)
            index = self.mode.findData(form.access_mode)
            self.mode.setCurrentIndex(index if index >= 0 else 0)
            self.account.setText(form.account)
            state = self.job_wizard().services.store.state(form.site_id)
            demo = state is not None and state.simulated
            self.account_note.setText(
                self.tr("The site's welcome message or project portal names the account. ")
                + (self.tr("The demo accepts any account name.") if demo else ""))
        finally:
            self._loading = False
        self._describe()
        self.show_problems()

    def _mode_chosen(self, _index: int) -> None:
        self.edit(access_mode=str(self.mode.currentData() or ""))
        self._describe()

    def _describe(self) -> None:
        registry = self.job_wizard().registry() if self.wizard() is not None else None
        mode_id = str(self.mode.currentData() or "")
        mode = next((m for m in (registry.access_modes if registry else ()) if m.id == mode_id),
                    None)
        if mode is None:
            self.mode_text.setText(self.tr("The access mode is only noted in the job comment "
                                           "for your own records; Slurm does not need it."))
        else:
            self.mode_text.setText(describe_mode(mode) + "<br>" + self.tr(
                "Noted in the job comment for your records."))
