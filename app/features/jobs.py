"""Job submission wizard, My jobs, token reminders and the "Sites & credentials" dialog."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication

from app import config
from app.domain.job_rules import JobForm, JobShape
from app.domain.submission import JobSubmission
from app.models.my_jobs_model import MyJobsModel, site_label
from app.services.drafts import Draft, DraftSaver, DraftStore
from app.services.ledger import JobLedger, new_submission_id
from app.services.my_jobs import MyJobs
from app.services.submitter import SiteAccess, SubmitOutcome, Submitter
from app.services.token_watch import TokenLevel, TokenWatch
from app.views.lazy_view import LazyView
from app.views.my_jobs_view import DesktopNotifier, MyJobsView
from app.views.wizard import JobWizard, WizardServices, offer_draft, wizard_from_draft

if TYPE_CHECKING:
    from app.application import DeskApplication
    from app.views.credentials_dialog import CredentialsDialog

#: Read the demo's tokens again at most this often when one nears its end.
DEMO_RENEW_PAUSE_S = 300.0


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
        self.notifier = DesktopNotifier(desk.window.statusBar(), QGuiApplication.windowIcon())
        self.services = WizardServices(
            store=desk.store, submitter=self.submitter, runner=desk.runner,
            drafts=self.drafts, registry=lambda: federation.registry,
            templates_dir=config.resources_dir() / "job_templates")
        self.view: MyJobsView | None = None
        self.tab = LazyView("myJobs", self._build_view)
        title = QT_TRANSLATE_NOOP("MainWindow", "My jobs")
        desk.window.add_view(self.tab, str(title), "Ctrl+7")
        #: The wizard opened last (others may still be open: each is its own job).
        self.wizard: JobWizard | None = None
        self._keyring_probe: QTimer | None = None
        self._wizards: list[JobWizard] = []
        self.credentials: CredentialsDialog | None = None
        #: Submission ids of the resubmits started from My jobs (their outcome is told here;
        #: a wizard tells its own).
        self._resubmits: set[str] = set()
        self._demo_renewed_at: float | None = None

        self.submitter.submitted.connect(self.my_jobs.add_submitted)
        self.submitter.submitted.connect(self._resubmitted)
        self.submitter.failed.connect(self._resubmit_failed)
        self.submitter.resumed.connect(lambda *_: self.my_jobs.reload_ledger())
        self.my_jobs.needs_resume.connect(self.submitter.resume)
        self.my_jobs.notify.connect(self.notifier.show)
        self.token_watch.reminder.connect(desk.window.show_problem)
        self.token_watch.changed.connect(self._renew_demo_tokens_when_due)
        federation.registry_changed.connect(self.my_jobs_model.set_registry)
        # the Hub's targets are set right after its registry: check once both are in
        federation.registry_changed.connect(
            lambda _r: QTimer.singleShot(0, self.token_watch, self.token_watch.check))
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
        secrets = self.desk.connector.secrets
        # find the keyring backend off the UI thread (the credentials dialog asks it), and
        # after the first paint: importing the backends holds the interpreter for ~0.1 s
        self._keyring_probe = QTimer(self.desk.window)
        self._keyring_probe.setSingleShot(True)
        self._keyring_probe.timeout.connect(
            lambda: self.desk.runner.submit(lambda: secrets.is_secure))
        self._keyring_probe.start(3000)

    def stop(self) -> None:
        if self._keyring_probe is not None:
            self._keyring_probe.stop()
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

    def resubmit(self, site_id: str, submission: JobSubmission) -> str:
        """Submit a job again as it was, under a new submission id (once); returns the id."""
        submission_id = new_submission_id()
        self._resubmits.add(submission_id)
        window = self.desk.window
        text = QCoreApplication.translate("MainWindow", "Submitting “%1” to %2 again…")
        window.statusBar().showMessage(
            text.replace("%1", submission.name).replace("%2", self.label(site_id)), 10000)
        if not self.submitter.submit(site_id, submission, submission_id):
            self._resubmits.discard(submission_id)
        return submission_id

    def _resubmitted(self, outcome: SubmitOutcome) -> None:
        if outcome.submission_id not in self._resubmits:
            return
        self._resubmits.discard(outcome.submission_id)
        window = self.desk.window
        window.show_view("myJobs")
        text = QCoreApplication.translate("MainWindow", "Job %1 “%2” submitted to %3.")
        window.statusBar().showMessage(text.replace("%1", str(outcome.result.job_id)).replace(
            "%2", outcome.submission.name).replace("%3", self.label(outcome.site_id)), 15000)

    def _resubmit_failed(self, site_id: str, submission_id: str, text: str,
                         _retry_safe: bool) -> None:
        if submission_id not in self._resubmits:
            return
        self._resubmits.discard(submission_id)
        window = self.desk.window
        message = QCoreApplication.translate("MainWindow", "Resubmit to %1 failed: %2")
        window.show_problem(message.replace("%1", self.label(site_id)).replace("%2", text))

    def _show(self, wizard: JobWizard) -> None:
        """Show a new wizard; wizards already open stay open (each is a job of its own)."""
        self.wizard = wizard
        self._wizards.append(wizard)
        wizard.submitted.connect(lambda *_: self.desk.window.show_view("myJobs"))
        wizard.finished.connect(lambda _result: self._closed(wizard))
        wizard.show()
        wizard.activateWindow()

    def _closed(self, wizard: JobWizard) -> None:
        if wizard in self._wizards:
            self._wizards.remove(wizard)
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    @property
    def wizards(self) -> list[JobWizard]:
        """The wizards open now, the oldest first."""
        return list(self._wizards)

    def _offer_draft(self, draft: Draft | None) -> None:
        if draft is None or self.desk.options.screenshot is not None:
            return
        offer_draft(self.desk.window, draft, self._open_draft,
                    lambda d: self.drafts.discard(d.draft_id))  # deleted off the UI thread

    def _open_draft(self, draft: Draft) -> None:
        wizard = wizard_from_draft(self.services, draft, parent=self.desk.window)
        self._show(wizard)

    # -- credentials ----------------------------------------------------------------------
    def open_credentials(self) -> CredentialsDialog:
        from app.views.credentials_dialog import CredentialsDialog

        if self.credentials is None:
            options = self.desk.options
            demo = options.demo and not options.offline and not options.hub_url
            self.credentials = CredentialsDialog(
                self.desk.connector, self.token_watch, label=self.label,
                renew_demo=self.renew_demo_tokens if demo else None, parent=self.desk.window)
            self.desk.federation.registry_changed.connect(
                lambda _r: self.credentials.demo_tokens_read() if self.credentials else None)
        self.token_watch.check()
        if self.credentials.isVisible():
            self.credentials.raise_()  # already open behind the window: bring it up
        self.credentials.show()
        self.credentials.activateWindow()
        return self.credentials

    def renew_demo_tokens(self) -> bool:
        """Read the demo Hub again: it publishes fresh tokens (``GET /v1/demo/credentials``)
        and the polled sites take them; the token watch and the dialog follow. False when
        the demo federation is not running (yet)."""
        federation = self.desk.federation
        if not (federation.demo and federation.hub_url):
            return False
        federation.connect_hub(federation.hub_url, demo=True)
        return True

    def _renew_demo_tokens_when_due(self) -> None:
        """A demo token nears its end (or ended): read the demo's tokens again — it
        publishes fresh ones well before that. At most once every few minutes."""
        due = any(state.simulated and state.level in (TokenLevel.SOON, TokenLevel.EXPIRED)
                  for state in self.token_watch.states())
        now = time.monotonic()
        if not due or (self._demo_renewed_at is not None
                       and now - self._demo_renewed_at < DEMO_RENEW_PAUSE_S):
            return
        if self.renew_demo_tokens():
            self._demo_renewed_at = now
