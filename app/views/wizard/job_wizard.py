"""The "New job" wizard: site and partition → resources → workload → access → review →
submit. It owns the ``JobForm`` the pages edit and saves it as a draft while people type."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.job_rules import JobForm, JobShape, PartitionLimits, Problem, limits_for
from app.domain.job_rules import validate_form as _validate_form
from app.domain.registry import Registry
from app.models.my_jobs_model import site_label
from app.services.ledger import new_submission_id
from app.services.submitter import SubmitOutcome
from app.views.wizard.access_page import AccessPage
from app.views.wizard.common import WizardServices
from app.views.wizard.resources_page import ResourcesPage
from app.views.wizard.review_page import ReviewPage
from app.views.wizard.site_page import SitePage
from app.views.wizard.submit_page import SubmitPage
from app.views.wizard.templates import JobTemplate, load_templates
from app.views.wizard.workload_page import WorkloadPage

log = logging.getLogger(__name__)


class JobWizard(QWizard):
    """Asks for a job step by step, checks it live, submits it once.

    Signals:
        form_changed(object): the ``JobForm`` after an edit.
        templates_loaded(): the script templates are available in ``templates``.
        submitted(object): the ``SubmitOutcome`` of this wizard's job.
    """

    form_changed = Signal(object)
    templates_loaded = Signal()
    submitted = Signal(object)

    SITE, RESOURCES, WORKLOAD, ACCESS, REVIEW, SUBMIT = range(6)

    def __init__(self, services: WizardServices, form: JobForm | None = None, *,
                 start: tuple[str, str, JobShape | None] | None = None,
                 page: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobWizard")
        self.setWindowTitle(self.tr("New job"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.resize(940, 700)
        self.services = services
        form = form or JobForm()
        if not form.submission_id:
            form = replace(form, submission_id=new_submission_id())
        self._form = form
        self.templates: list[JobTemplate] = []
        self._template_values: dict[str, Any] = {}
        self.outcome: SubmitOutcome | None = None
        self.site_page = SitePage(self)
        self.resources_page = ResourcesPage(self)
        self.workload_page = WorkloadPage(self)
        self.access_page = AccessPage(self)
        self.review_page = ReviewPage(self)
        self.submit_page = SubmitPage(self)
        for page_id, widget in ((self.SITE, self.site_page),
                                (self.RESOURCES, self.resources_page),
                                (self.WORKLOAD, self.workload_page),
                                (self.ACCESS, self.access_page),
                                (self.REVIEW, self.review_page),
                                (self.SUBMIT, self.submit_page)):
            self.setPage(page_id, widget)

        self.form_changed.connect(self.site_page.form_changed)
        self.form_changed.connect(self.resources_page.form_changed)
        self.form_changed.connect(self.workload_page.form_changed)
        self.form_changed.connect(self.access_page.form_changed)
        self.templates_loaded.connect(self.workload_page.templates_ready)
        services.store.changed.connect(self.site_page.reload)
        services.submitter.version_ready.connect(self.review_page.version_ready)
        services.submitter.submitted.connect(self.submit_page.submitted)
        services.submitter.failed.connect(self.submit_page.failed)

        if start is not None:
            self.start_from(*start)
        self.setStartId(self.SITE)
        if page in (self.RESOURCES, self.WORKLOAD, self.ACCESS, self.REVIEW):
            self._go_to(page)
        self.currentIdChanged.connect(lambda _id: self._save_draft())
        self._load_templates()

    # -- the form -----------------------------------------------------------------------
    @property
    def form(self) -> JobForm:
        return self._form

    @property
    def submission_id(self) -> str:
        return self._form.submission_id

    def set_fields(self, **changes: Any) -> None:
        """Apply edits to the form; saves the draft (debounced, off the UI thread)."""
        new = replace(self._form, **changes)
        if new == self._form:
            return
        self._form = new
        self.form_changed.emit(new)
        self._save_draft()

    def replace_form(self, form: JobForm) -> None:
        self._form = form
        self.form_changed.emit(form)
        self._save_draft()

    def _save_draft(self) -> None:
        drafts = self.services.drafts
        if drafts is None or self.outcome is not None:
            return
        page = self.currentId()
        data = self._form.to_dict() | {"page": page if page >= 0 else self.startId()}
        drafts.schedule(self._form.submission_id, data)

    def registry(self) -> Registry | None:
        return self.services.registry()

    def site_label(self, site_id: str) -> str:
        return site_label(self.registry(), site_id)

    def limits(self) -> PartitionLimits | None:
        """The chosen partition's limits from the latest read (or cached capacity)."""
        form = self._form
        state = self.services.store.state(form.site_id) if form.site_id else None
        if state is None or not form.partition:
            return None
        partition = None
        if state.read is not None:
            partition = next((p for p in state.read.partitions if p.name == form.partition),
                             None)
        rows = state.capacity.rows if state.capacity is not None else ()
        if partition is None and not any(r.partition == form.partition for r in rows):
            return None
        return limits_for(form.site_id, partition, rows, form.partition)

    def problems(self) -> list[Problem]:
        return _validate_form(self._form, self.limits())

    def connected(self, site_id: str) -> bool:
        return self.services.submitter.access.target(site_id) is not None

    # -- starting points ----------------------------------------------------------------
    def start_from(self, site_id: str, partition: str, shape: JobShape | None = None) -> None:
        """Preselect a site and partition (from "Find capacity"), optionally sized."""
        self._form = replace(self._form, site_id=site_id, partition=partition)
        if shape is not None:
            self._form = self._form.with_shape(shape, self.limits())
        self.form_changed.emit(self._form)

    # -- templates ----------------------------------------------------------------------
    def _load_templates(self) -> None:
        folder = self.services.templates_dir
        if folder is None:
            return
        self.services.runner.submit(lambda: load_templates(folder),
                                    on_result=self._templates_ready,
                                    on_error=lambda e: log.warning("job templates not "
                                                                   "loaded: %s", e))

    def _templates_ready(self, templates: list[JobTemplate]) -> None:
        if not shiboken6.isValid(self):  # closed (and deleted) before they were read
            return
        self.templates = templates
        self.templates_loaded.emit()

    def apply_template(self, template: JobTemplate) -> None:
        """Use a template's script, and its defaults for the fields nobody chose yet.

        A field takes the template's value while it still holds the form's default or the
        value an earlier template put there — never over what the person (or "Find
        capacity") set.
        """
        blank = JobForm()
        changes: dict[str, Any] = {"template": template.id, "script": template.script}
        for key, value in template.defaults.items():
            current = getattr(self._form, key)
            if current == getattr(blank, key) or current == self._template_values.get(key):
                changes[key] = value
        limits = self.limits()
        if limits is not None and "gpus_per_node" in changes and limits.gpu_types:
            most = limits.max_gpus_per_node(self._form.gpu_type)
            changes["gpus_per_node"] = min(int(changes["gpus_per_node"]), most)
        self._template_values = {k: v for k, v in changes.items() if k in template.defaults}
        if not self._form.name.strip() or self._form.name == self._template_values.get("name"):
            changes["name"] = template.id
            self._template_values["name"] = template.id
        self.set_fields(**changes)

    # -- the end ------------------------------------------------------------------------
    def finish_submitted(self, outcome: SubmitOutcome) -> None:
        """The site accepted the job: forget the draft and tell the desk."""
        self.outcome = outcome
        if self.services.drafts is not None:
            self.services.drafts.discard(self._form.submission_id)
        self.submitted.emit(outcome)

    def _go_to(self, page: int, *, while_complete: bool = False) -> None:
        """Start over and go to ``page`` through the pages before it, so that Back leads to
        them and each shows the form (Qt fills a page when it is reached going forward);
        with ``while_complete``, stop at the first page that still has a problem."""
        self.restart()
        while self.currentId() < page:
            current = self.currentPage()
            if while_complete and (current is None or not current.isComplete()):
                break
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def start_over_with_new_id(self) -> None:
        """After a definite refusal: edit the job again under a new submission id."""
        old = self._form.submission_id
        if self.services.drafts is not None:
            self.services.drafts.discard(old)
        self._form = replace(self._form, submission_id=new_submission_id())
        self._go_to(self.REVIEW, while_complete=True)
        self._save_draft()

    def reject(self) -> None:
        """Cancel: the draft goes too (a crash keeps it, a Cancel does not)."""
        if self.services.drafts is not None and self.outcome is None:
            self.services.drafts.discard(self._form.submission_id)
        super().reject()

    @staticmethod
    def draft_age(updated_at: datetime) -> str:
        minutes = (datetime.now(UTC) - updated_at).total_seconds() / 60
        if minutes < 90:
            text = QCoreApplication.translate("JobWizard", "%1 min ago")
            return text.replace("%1", str(max(1, round(minutes))))
        text = QCoreApplication.translate("JobWizard", "on %1")
        moment = QDateTime.fromSecsSinceEpoch(int(updated_at.timestamp()))  # local time
        return text.replace("%1", QLocale().toString(moment, "d MMM HH:mm"))
