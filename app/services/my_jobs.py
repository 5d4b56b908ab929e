"""My jobs across every connected site: live state, notifications, cancel.

"My" jobs are those whose user is the user the desk is connected as at that site (the
demo's user is ``demo``), plus every submission in the local ledger — so a job shows as
"submitted" the moment the site gives its id, before any poll lists it. States come from
the poller's site reads (``SnapshotStore``) and from single-job reads right after a submit
or a cancel; whichever was observed last wins. Changes become notifications through the
pure rules of ``app.domain.job_tracking``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.capacity import Job
from app.domain.job_tracking import (
    EventKind,
    JobEvent,
    JobKey,
    Phase,
    TrackedJob,
    from_job,
    is_mine,
    merge,
    near_limit,
    transitions,
)
from app.domain.submission import JobSubmission
from app.services.ledger import JobLedger, LedgerEntry, LedgerState, submission_ids_in
from app.services.poller import new_session
from app.services.snapshot_store import SnapshotStore
from app.services.submitter import SiteAccess, SubmitOutcome, describe_error
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

#: Warn this long before a running job hits its time limit.
NEAR_LIMIT_LEAD = timedelta(minutes=10)


def tracked_from_entry(entry: LedgerEntry) -> TrackedJob:
    """What the ledger alone says about a submission."""
    phase = {
        LedgerState.PREPARED: Phase.NOT_SENT,
        LedgerState.SENT: Phase.SUBMITTING,
        LedgerState.CONFIRMED: Phase.SUBMITTED,
        LedgerState.FAILED: Phase.NOT_SENT,
    }[entry.state]
    request = entry.request
    return TrackedJob(
        site_id=entry.site_id, job_id=entry.job_id, name=request.name, phase=phase,
        state=phase.value, partition=request.partition,
        gpus=request.gpus_per_node * request.nodes,
        gpu_types=(request.gpu_type,) if request.gpu_type else (),
        node_count=request.nodes, submit_time=entry.sent_at or entry.created_at,
        time_limit_min=request.time_limit_min, account=request.account,
        submission_id=entry.submission_id,
        message=entry.message if entry.state is not LedgerState.CONFIRMED else "",
        warnings=tuple(line for line in entry.message.splitlines() if line)
        if entry.state is LedgerState.CONFIRMED else (),
    )


def strip_tags(submission: JobSubmission) -> JobSubmission:
    """The request without the desk's ``aifd:`` tag (a clone gets a new one)."""
    words = [w for w in submission.comment.split() if not submission_ids_in(w)]
    return replace(submission, comment=" ".join(words))


def submission_from_job(job: TrackedJob) -> JobSubmission:
    """What can be read back from a job the desk did not submit (its script is unknown)."""
    gpu_type = job.gpu_types[0] if len(job.gpu_types) == 1 else ""
    nodes = max(job.node_count, 1)
    return JobSubmission(script="", name=job.name, partition=job.partition.split(",")[0],
                         nodes=nodes, gpus_per_node=job.gpus // nodes if job.gpus else 0,
                         gpu_type=gpu_type, time_limit_min=job.time_limit_min or 60,
                         account=job.account, working_directory="")


class MyJobs(QObject):
    """The person's jobs at every connected site.

    Signals:
        changed(): the list of jobs or a state changed.
        notify(str, str): something to tell the person (title, text) — a job started,
            ended, failed, or is near its time limit.
        problem(str): an action failed (a sentence for people).
        cancelled(str, int, str): a cancel was accepted (site id, job id, server notes).
        needs_resume(str): the ledger holds submits to this site whose answer was lost;
            the site answers again, so they can be settled (``Submitter.resume``).
    """

    changed = Signal()
    notify = Signal(str, str)
    problem = Signal(str)
    cancelled = Signal(str, int, str)
    needs_resume = Signal(str)

    def __init__(self, store: SnapshotStore, access: SiteAccess, ledger: JobLedger | None,
                 runner: TaskRunner, *, site_label: Callable[[str], str] = str,
                 near_limit_lead: timedelta = NEAR_LIMIT_LEAD, tick_ms: int = 30000,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._access = access
        self._ledger = ledger
        self._runner = runner
        self.site_label = site_label
        self._lead = near_limit_lead
        self._clock = clock
        self._observed: dict[JobKey, TrackedJob] = {}
        self._entries: list[LedgerEntry] = []
        self._jobs: dict[JobKey, TrackedJob] = {}
        self._seen_reads: dict[str, datetime] = {}
        self._warned: set[JobKey] = set()
        self._resumed: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        store.site_changed.connect(self._site_changed)

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Load the ledger, take the reads already in the store, and start the clock."""
        self.reload_ledger()
        for site_id in self._store.states():
            self._site_changed(site_id)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    # -- reads --------------------------------------------------------------------------
    def jobs(self) -> list[TrackedJob]:
        return list(self._jobs.values())

    def job(self, key: JobKey) -> TrackedJob | None:
        return self._jobs.get(key)

    def entry_for(self, job: TrackedJob) -> LedgerEntry | None:
        if not job.submission_id:
            return None
        return next((e for e in self._entries if e.submission_id == job.submission_id), None)

    def submission_for(self, job: TrackedJob) -> tuple[JobSubmission, bool]:
        """The request to clone or resubmit, and whether it is complete (script known)."""
        entry = self.entry_for(job)
        if entry is not None:
            return strip_tags(entry.request), True
        return submission_from_job(job), False

    # -- inputs -------------------------------------------------------------------------
    def reload_ledger(self) -> None:
        ledger = self._ledger
        if ledger is None:
            return
        self._runner.submit(ledger.entries, on_result=self._ledger_loaded,
                            on_error=lambda e: log.error("the job ledger could not be read: %s",
                                                         e), key="my-jobs-ledger")

    def _ledger_loaded(self, entries: list[LedgerEntry]) -> None:
        self._entries = entries
        self._rebuild(baseline=())
        for site_id in list(self._seen_reads):
            self._maybe_resume(site_id)

    def _maybe_resume(self, site_id: str) -> None:
        if site_id in self._resumed:
            return
        if any(e.site_id == site_id and e.state is LedgerState.SENT for e in self._entries):
            self._resumed.add(site_id)
            self.needs_resume.emit(site_id)

    def _site_changed(self, site_id: str) -> None:
        state = self._store.state(site_id)
        read = state.read if state is not None else None
        if read is None or self._seen_reads.get(site_id) == read.fetched_at:
            return
        first = site_id not in self._seen_reads
        self._seen_reads[site_id] = read.fetched_at
        user = self._access.user(site_id)
        if not user:
            return
        self._apply_site_jobs(site_id, user, read.jobs, read.fetched_at, first=first)
        self._maybe_resume(site_id)

    def _apply_site_jobs(self, site_id: str, user: str, jobs: Iterable[Job],
                         observed_at: datetime, *, first: bool) -> None:
        sids = {e.submission_id for e in self._entries if e.site_id == site_id}
        listed: set[JobKey] = set()
        for job in jobs:
            if not is_mine(job, user, sids):
                continue
            tracked = from_job(site_id, job, observed_at, self._submission_of(job))
            listed.add(tracked.key)
            old = self._observed.get(tracked.key)
            if old is None or old.observed_at is None or old.observed_at <= observed_at:
                self._observed[tracked.key] = tracked
        for key, old in list(self._observed.items()):
            if key[0] == site_id and key not in listed and old.listed and \
                    old.observed_at is not None and old.observed_at < observed_at:
                self._observed[key] = replace(old, listed=False)
        self._rebuild(baseline=(site_id,) if first else ())

    def _submission_of(self, job: Job) -> str:
        found = submission_ids_in(job.comment)
        return next(iter(sorted(found)), "")

    # -- actions ------------------------------------------------------------------------
    def add_submitted(self, outcome: SubmitOutcome) -> None:
        """A job the site just accepted: shown at once, then read back."""
        request = outcome.submission
        placeholder = TrackedJob(
            site_id=outcome.site_id, job_id=outcome.result.job_id, name=request.name,
            phase=Phase.SUBMITTED, state=Phase.SUBMITTED.value, partition=request.partition,
            gpus=request.gpus_per_node * request.nodes,
            gpu_types=(request.gpu_type,) if request.gpu_type else (),
            node_count=request.nodes, submit_time=self._clock(),
            time_limit_min=request.time_limit_min, account=request.account,
            submission_id=outcome.submission_id, warnings=outcome.notes)
        self._observed.setdefault(placeholder.key, placeholder)
        self._rebuild(baseline=())
        self.reload_ledger()
        self.refresh_job(outcome.site_id, outcome.result.job_id)

    def refresh_job(self, site_id: str, job_id: int) -> None:
        """Read one job now (off the UI thread)."""
        try:
            build = self._access.client_factory(site_id)
        except KeyError as exc:
            self.problem.emit(describe_error(exc))
            return
        clock = self._clock

        def work() -> tuple[list[Job], datetime]:
            with new_session() as session:
                return build(session).job(job_id), clock()

        self._runner.submit(work, on_result=lambda r: self._job_read(site_id, r),
                            on_error=lambda e: log.info("job %s at %s not read: %s", job_id,
                                                        site_id, describe_error(e)),
                            key=f"job:{site_id}:{job_id}")

    def refresh_active(self) -> None:
        """Read every job that is not finished yet."""
        for job in self._jobs.values():
            if job.job_id is not None and job.phase.active:
                self.refresh_job(job.site_id, job.job_id)

    def _job_read(self, site_id: str, result: tuple[list[Job], datetime]) -> None:
        jobs, observed_at = result
        sids = {e.submission_id for e in self._entries if e.site_id == site_id}
        user = self._access.user(site_id)
        for job in jobs:
            key: JobKey = (site_id, str(job.job_id))
            if not (is_mine(job, user, sids) or key in self._observed):
                continue
            tracked = from_job(site_id, job, observed_at, self._submission_of(job))
            old = self._observed.get(key)
            if old is None or old.observed_at is None or old.observed_at <= observed_at:
                self._observed[key] = tracked
        self._rebuild(baseline=())

    def cancel(self, site_id: str, job_id: int) -> None:
        """Cancel a job (the view asks for confirmation first)."""
        try:
            build = self._access.client_factory(site_id)
        except KeyError as exc:
            self.problem.emit(describe_error(exc))
            return

        def work() -> list[str]:
            with new_session() as session:
                return build(session).cancel(job_id)

        self._runner.submit(work, on_result=lambda notes: self._cancelled(site_id, job_id,
                                                                          notes),
                            on_error=lambda e: self.problem.emit(
                                f"Job {job_id} could not be cancelled: {describe_error(e)}"))

    def _cancelled(self, site_id: str, job_id: int, notes: list[str]) -> None:
        log.info("cancel of job %s at %s accepted", job_id, site_id)
        self.cancelled.emit(site_id, job_id, "; ".join(notes))
        self.refresh_job(site_id, job_id)

    # -- derived ------------------------------------------------------------------------
    def tick(self) -> None:
        """Once in a while: near-limit warnings, and elapsed times move on."""
        self._announce(near_limit(self._jobs.values(), self._clock(), self._lead,
                                  self._warned))
        self.changed.emit()

    def _rebuild(self, baseline: Iterable[str]) -> None:
        recorded = [tracked_from_entry(e) for e in self._entries]
        new = merge(self._observed, recorded)
        events = transitions(self._jobs, new, baseline_sites=baseline)
        self._jobs = new
        events += near_limit(new.values(), self._clock(), self._lead, self._warned)
        self._announce(events)
        self.changed.emit()

    def _announce(self, events: list[JobEvent]) -> None:
        for event in events:
            if event.kind is EventKind.NEAR_LIMIT:
                self._warned.add(event.job.key)
            title = event.title(self.site_label(event.job.site_id))
            log.info("%s", title)
            self.notify.emit(title, event.text())


def jobs_by_site(jobs: Iterable[TrackedJob]) -> Mapping[str, list[TrackedJob]]:
    out: dict[str, list[TrackedJob]] = {}
    for job in jobs:
        out.setdefault(job.site_id, []).append(job)
    return out
