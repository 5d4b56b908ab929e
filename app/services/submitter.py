"""Submitting a job from the desk: once, through the ledger, off the UI thread.

``SiteAccess`` knows, for each polled site, where it is, as whom to talk to it (the
``SiteTarget`` with its token, held in memory only) and which Slurm REST version it was last
read with; it builds ``SlurmClient``s for worker threads. ``Submitter`` runs the ledger's
``submit_once`` on the task runner: a submission id made when the wizard opened travels
with every retry, so pressing Submit again after a lost answer never makes a second job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.clients.errors import ClientError, SubmitRejected
from app.domain.submission import JobSubmission, SubmitResult
from app.services.ledger import (
    JobLedger,
    LedgerRefused,
    LedgerState,
    ResumeOutcome,
    SubmitUnconfirmed,
    resume,
    submit_once,
    tagged,
)
from app.services.poller import new_session
from app.services.site_fetch import SiteTarget
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    import requests

    from app.clients.slurm import SlurmClient

log = logging.getLogger(__name__)

TargetsProvider = Callable[[], Mapping[str, SiteTarget]]


class SiteAccess:
    """Targets and API versions of the polled sites (UI thread), clients for workers."""

    def __init__(self, targets: TargetsProvider, store: SnapshotStore | None = None) -> None:
        self._targets = targets
        self._store = store

    def targets(self) -> dict[str, SiteTarget]:
        return dict(self._targets())

    def target(self, site_id: str) -> SiteTarget | None:
        return self._targets().get(site_id)

    def user(self, site_id: str) -> str:
        target = self.target(site_id)
        return target.user if target is not None else ""

    def version(self, site_id: str) -> str | None:
        """The API version the site was last read with (``None`` before the first read)."""
        state = self._store.state(site_id) if self._store is not None else None
        if state is not None and state.read is not None:
            return state.read.api_version
        return None

    def client_factory(self, site_id: str) -> Callable[[requests.Session], SlurmClient]:
        """A function that builds a client on a worker thread (raises if not connected)."""
        target = self.target(site_id)
        if target is None:
            raise KeyError(f"site {site_id} is not connected: add its credentials first")
        version = self.version(site_id)
        url, user, token = target.url, target.user, target.token

        def build(session: requests.Session) -> SlurmClient:
            from app.clients.slurm import SlurmAuth, SlurmClient

            return SlurmClient(session, url, SlurmAuth(user, token), version=version)
        return build


def request_body(version: str, submission: JobSubmission) -> dict[str, Any]:
    """The exact JSON body for ``version`` (pure: no request is made)."""
    with new_session() as session:
        from app.clients.slurm import SlurmAuth, SlurmClient

        client = SlurmClient(session, "http://127.0.0.1", SlurmAuth("", ""), version=version)
        return client.submit_body(submission)


def describe_error(error: BaseException) -> str:
    """A sentence for people (client errors never carry a token)."""
    if isinstance(error, SubmitUnconfirmed):
        return f"{error.detail}. Press Submit again to look for it — it is never sent twice."
    if isinstance(error, SubmitRejected):
        return f"The scheduler refused the job: {error.server_message or error.detail}"
    if isinstance(error, LedgerRefused):
        return str(error)
    if isinstance(error, ClientError):
        return error.detail
    if isinstance(error, KeyError):
        return str(error.args[0]) if error.args else "unknown site"
    return f"unexpected error: {error.__class__.__name__}: {error}"


class SubmitFailed(Exception):
    """A submit that did not give a job id, with the ledger's state of it afterwards."""

    def __init__(self, error: ClientError, state: LedgerState | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.state = state

    @property
    def retry_safe(self) -> bool:
        """Pressing Submit again with the same id cannot make a second job."""
        return self.state in (LedgerState.PREPARED, LedgerState.SENT)


@dataclass(frozen=True)
class SubmitOutcome:
    """A submission that reached the site."""

    site_id: str
    submission_id: str
    submission: JobSubmission
    result: SubmitResult

    @property
    def notes(self) -> tuple[str, ...]:
        extra = (self.result.user_message,) if self.result.user_message else ()
        return tuple(dict.fromkeys((*self.result.warnings, *extra)))


class Submitter(QObject):
    """Runs ``submit_once`` on the task runner.

    Signals:
        version_ready(str, str): the API version of a site became known (site id, version).
        submitted(object): a ``SubmitOutcome`` — the site gave a job id.
        failed(str, str, str, bool): site id, submission id, a sentence, and whether
            pressing Submit again with the same id is safe (the ledger holds it as not sent,
            or sent without a known outcome); False when the scheduler refused it.
        resumed(str, object): open ledger entries of a site were settled (site id,
            list of ``ResumeOutcome``).
    """

    version_ready = Signal(str, str)
    submitted = Signal(object)
    failed = Signal(str, str, str, bool)
    resumed = Signal(str, object)

    def __init__(self, runner: TaskRunner, ledger: JobLedger, access: SiteAccess,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.ledger = ledger
        self.access = access
        self._negotiated: dict[str, str] = {}
        self._in_flight: set[str] = set()

    # -- the request body ---------------------------------------------------------------
    def version(self, site_id: str) -> str | None:
        return self.access.version(site_id) or self._negotiated.get(site_id)

    def body(self, site_id: str, submission: JobSubmission,
             submission_id: str = "") -> dict[str, Any] | None:
        """The exact body for the site's version (tagged like the ledger will send it), or
        ``None`` while the version is not known — ``negotiate`` finds it."""
        version = self.version(site_id)
        if version is None:
            return None
        sub = tagged(submission, submission_id) if submission_id else submission
        return request_body(version, sub)

    def negotiate(self, site_id: str) -> None:
        """Ask the site for its API version (off the UI thread); emits ``version_ready``."""
        try:
            build = self.access.client_factory(site_id)
        except KeyError as exc:
            self.failed.emit(site_id, "", describe_error(exc), False)
            return

        def work() -> str:
            with new_session() as session:
                return build(session).negotiate()

        self._runner.submit(work, on_result=lambda v: self._negotiated_version(site_id, v),
                            on_error=lambda e: log.warning("version of %s unknown: %s",
                                                           site_id, describe_error(e)),
                            key=f"negotiate:{site_id}")

    def _negotiated_version(self, site_id: str, version: str) -> None:
        self._negotiated[site_id] = version
        self.version_ready.emit(site_id, version)

    # -- submitting ---------------------------------------------------------------------
    def busy(self, submission_id: str) -> bool:
        return submission_id in self._in_flight

    def submit(self, site_id: str, submission: JobSubmission, submission_id: str) -> bool:
        """Submit once under ``submission_id``; False when that id is already in flight."""
        if submission_id in self._in_flight:
            return False
        try:
            build = self.access.client_factory(site_id)
        except KeyError as exc:
            self.failed.emit(site_id, submission_id, describe_error(exc), False)
            return False
        ledger = self.ledger
        self._in_flight.add(submission_id)

        def work() -> SubmitOutcome:
            with new_session() as session:
                try:
                    result = submit_once(build(session), ledger, site_id, submission,
                                         submission_id=submission_id)
                except ClientError as exc:
                    failed = ledger.get(submission_id)
                    raise SubmitFailed(exc, failed.state if failed else None) from exc
            entry = ledger.get(submission_id)
            request = entry.request if entry is not None else submission
            return SubmitOutcome(site_id, submission_id, request, result)

        self._runner.submit(work, on_result=self._done,
                            on_error=lambda e: self._failed(site_id, submission_id, e))
        return True

    def _done(self, outcome: SubmitOutcome) -> None:
        self._in_flight.discard(outcome.submission_id)
        log.info("job %s submitted to %s (submission %s)", outcome.result.job_id,
                 outcome.site_id, outcome.submission_id)
        self.submitted.emit(outcome)

    def _failed(self, site_id: str, submission_id: str, error: BaseException) -> None:
        self._in_flight.discard(submission_id)
        safe = isinstance(error, SubmitFailed) and error.retry_safe
        cause = error.error if isinstance(error, SubmitFailed) else error
        text = describe_error(cause)
        log.warning("submit to %s failed: %s", site_id, text)
        self.failed.emit(site_id, submission_id, text, safe)

    def resume(self, site_id: str) -> None:
        """Settle the site's entries left open by a crash or a lost answer (never resends
        an entry that may have reached the site; prepared ones wait for the person)."""
        try:
            build = self.access.client_factory(site_id)
        except KeyError:
            return
        ledger = self.ledger

        def work() -> list[ResumeOutcome]:
            with new_session() as session:
                return resume(build(session), ledger, site_id, send_prepared=False)

        self._runner.submit(work, on_result=lambda out: self.resumed.emit(site_id, out),
                            on_error=lambda e: log.warning("could not settle open submits "
                                                           "of %s: %s", site_id,
                                                           describe_error(e)),
                            key=f"resume:{site_id}")
