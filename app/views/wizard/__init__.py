"""The job submission wizard: one module per page, ``JobWizard`` ties them together."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.job_rules import JobForm
from app.services.drafts import Draft
from app.views.wizard.common import WizardServices
from app.views.wizard.job_wizard import JobWizard

__all__ = ["JobWizard", "WizardServices", "offer_draft", "wizard_from_draft"]


def wizard_from_draft(services: WizardServices, draft: Draft,
                      parent: QWidget | None = None) -> JobWizard:
    """A wizard with a saved draft's fields, on the page it was left at."""
    form = JobForm.from_dict(draft.data)
    page = draft.data.get("page")
    return JobWizard(services, form, page=page if isinstance(page, int) else None,
                     parent=parent)


def offer_draft(parent: QWidget | None, draft: Draft, on_open: Callable[[Draft], None],
                on_discard: Callable[[Draft], None]) -> QMessageBox:
    """Offer an unsent job found at start-up, without blocking the window."""
    form = JobForm.from_dict(draft.data)
    name = (f"“{form.name}”" if form.name
            else QCoreApplication.translate("JobWizard", "an unnamed job"))
    where = ""
    if form.site_id:
        where = QCoreApplication.translate("JobWizard", " for %1 · %2")
        where = where.replace("%1", form.site_id).replace("%2", form.partition)
    title = QCoreApplication.translate("JobWizard", "Continue an unsent job?")
    text = QCoreApplication.translate(
        "JobWizard", "A job you were preparing was not submitted: %1%2, last edited %3.\n\n"
        "Open it in the job wizard again?")
    text = text.replace("%1", name).replace("%2", where).replace(
        "%3", JobWizard.draft_age(draft.updated_at))
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard,
                      parent)
    box.setObjectName("draftOffer")
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: int) -> None:
        if button == QMessageBox.StandardButton.Open:
            on_open(draft)
        elif button == QMessageBox.StandardButton.Discard:
            on_discard(draft)

    box.finished.connect(answered)
    box.open()
    return box
