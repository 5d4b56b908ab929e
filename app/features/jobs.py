"""Job submission wizard, My jobs, token reminders and the "Sites & credentials" dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import config
from app.domain.job_rules import JobForm, JobShape
from app.domain.submission import JobSubmission
from app.models.my_jobs_model import MyJobsModel, site_label
from app.services.drafts import Draft, DraftSaver, DraftStore
from app.services.ledger import JobLedger, new_submission_id
from app.services.my_jobs import MyJobs
from app.services.submitter import SiteAccess, Submitter
from app.services.token_watch import TokenWatch
from app.views.lazy_view import LazyView
from app.views.my_jobs_view import DesktopNotifier, MyJobsView
from app.views.wizard import JobWizard, WizardServices, offer_draft, wizard_from_draft

if TYPE_CHECKING:
    from app.application import DeskApplication
    from app.views.credentials_dialog import CredentialsDialog


class JobsFeature:
    """Owns the job services; opens the wizard and the credentials dialog on request."""

    def __init__(self, desk: DeskApplication) -> None:
        self.desk = desk
        federation = desk.federation
        self.access = SiteAccess(federation.targets, desk.store)
        self.ledger = JobLedger(desk.paths.database)
        self.submitter = Submitter(desk.runner, self.ledger, self.access)
        self.draft_store = DraftStore(desk.paths.database)
        self.drafts = DraftSaver(self.draft_store, desk.writer)
        self.my_jobs = MyJobs(desk.store, self.access, self.ledger, desk.runner,
                              site_label=self.label)
        self.token_watch = TokenWatch(federation.targets, label=self.label)
        self.my_jobs_model = MyJobsModel(self.my_jobs)
        self.notifier = DesktopNotifier(desk.window.statusBar())
        self.services = WizardServices(
            store=desk.store, submitter=self.submitter, runner=desk.runner,
            drafts=self.drafts, registry=lambda: federation.registry,
            templates_dir=config.resources_dir() / "job_templates")
        self.view: MyJobsView | None = None
        self.tab = LazyView("myJobs", self._build_view)
        desk.window.add_view(self.tab, desk.window.tr("My jobs"), "Ctrl+7")
        self.wizard: JobWizard | None = None
        self.credentials: CredentialsDialog | None = None

        self.submitter.submitted.connect(self.my_jobs.add_submitted)
        self.submitter.resumed.connect(lambda *_: self.my_jobs.reload_ledger())
        self.my_jobs.needs_resume.connect(self.submitter.resume)
        self.my_jobs.notify.connect(self.notifier.show)
        self.token_watch.reminder.connect(desk.window.show_problem)
        federation.registry_changed.connect(self.my_jobs_model.set_registry)
        federation.registry_changed.connect(lambda _r: self.token_watch.check())
        desk.connector.sites_changed.connect(self.token_watch.check)
        desk.window.new_job_requested.connect(lambda: self.open_wizard())
        desk.window.credentials_requested.connect(self.open_credentials)

    def label(self, site_id: str) -> str:
        return site_label(self.desk.federation.registry, site_id)

    def start(self) -> None:
        self.my_jobs.start()
        self.my_jobs_model.start()
        self.token_watch.start()
        self.desk.runner.submit(self.draft_store.latest, on_result=self._offer_draft)

    def stop(self) -> None:
        self.token_watch.stop()
        self.my_jobs.stop()
        self.my_jobs_model.stop()
        self.drafts.stop()

    def _build_view(self) -> MyJobsView:
        view = MyJobsView(self.my_jobs_model, self.my_jobs)
        view.clone_requested.connect(self.clone)
        view.resubmit_requested.connect(self.resubmit)
        self.view = view
        return view

    # -- the wizard ---------------------------------------------------------------------
    def open_wizard(self, start: tuple[str, str, JobShape | None] | None = None) -> JobWizard:
        """The wizard, optionally preselected with a site, partition and job shape."""
        wizard = JobWizard(self.services, start=start,
                           parent=self.desk.window)
        self._show(wizard)
        return wizard

    def clone(self, site_id: str, submission: JobSubmission) -> JobWizard:
        form = JobForm.from_submission(site_id, submission)
        wizard = JobWizard(self.services, form, parent=self.desk.window)
        self._show(wizard)
        return wizard

    def resubmit(self, site_id: str, submission: JobSubmission) -> None:
        """Submit a job again as it was, under a new submission id (once)."""
        self.submitter.submit(site_id, submission, new_submission_id())

    def _show(self, wizard: JobWizard) -> None:
        if self.wizard is not None:
            self.wizard.close()
        self.wizard = wizard
        wizard.submitted.connect(lambda *_: self.desk.window.show_view("myJobs"))
        wizard.show()

    def _offer_draft(self, draft: Draft | None) -> None:
        if draft is None or self.desk.options.screenshot is not None:
            return
        offer_draft(self.desk.window, draft, self._open_draft,
                    lambda d: self.draft_store.delete(d.draft_id))

    def _open_draft(self, draft: Draft) -> None:
        wizard = wizard_from_draft(self.services, draft, parent=self.desk.window)
        self._show(wizard)

    # -- credentials ----------------------------------------------------------------------
    def open_credentials(self) -> CredentialsDialog:
        from app.views.credentials_dialog import CredentialsDialog

        if self.credentials is None:
            self.credentials = CredentialsDialog(self.desk.connector, self.token_watch,
                                                 label=self.label, parent=self.desk.window)
        self.credentials.show()
        self.credentials.raise_()
        return self.credentials
