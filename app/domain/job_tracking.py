"""My jobs across sites, and what changed between two looks at them.

Pure Python. A :class:`TrackedJob` is one of a person's jobs as last seen (from a site's job
list, a single-job read, or the local ledger before the site lists it). :func:`transitions`
compares two looks and says what a person should be told: a job started, ended, failed.
:func:`near_limit` says which running jobs are about to hit their time limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.capacity import Job

#: Key of a tracked job: ``(site_id, "1234")`` once the site gave an id, else
#: ``(site_id, "sub:<submission id>")``.
JobKey = tuple[str, str]


class Phase(StrEnum):
    """Where a job is in its life, in the words the desk shows."""

    SUBMITTING = "submitting"  # recorded in the ledger, answer not known yet
    SUBMITTED = "submitted"  # the site gave a job id; not listed by a poll yet
    NOT_SENT = "not sent"  # the ledger says it was never (successfully) sent
    PENDING = "pending"
    RUNNING = "running"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"
    TIMEOUT = "timeout"
    UNKNOWN = "unknown"

    @property
    def active(self) -> bool:
        """Not finished: it may still change (and be cancelled)."""
        return self in _ACTIVE

    @property
    def finished(self) -> bool:
        return self in _FINISHED


_ACTIVE = frozenset({Phase.SUBMITTING, Phase.SUBMITTED, Phase.PENDING, Phase.RUNNING,
                     Phase.SUSPENDED})
_FINISHED = frozenset({Phase.COMPLETED, Phase.CANCELLED, Phase.FAILED, Phase.TIMEOUT})
_FAILURES = frozenset({Phase.FAILED, Phase.TIMEOUT})

_STATE_PHASES: Mapping[str, Phase] = {
    "PENDING": Phase.PENDING, "REQUEUED": Phase.PENDING, "REQUEUE_HOLD": Phase.PENDING,
    "REQUEUE_FED": Phase.PENDING, "RESV_DEL_HOLD": Phase.PENDING,
    "RUNNING": Phase.RUNNING, "COMPLETING": Phase.RUNNING, "CONFIGURING": Phase.RUNNING,
    "STAGE_OUT": Phase.RUNNING, "SIGNALING": Phase.RUNNING, "RESIZING": Phase.RUNNING,
    "SUSPENDED": Phase.SUSPENDED, "STOPPED": Phase.SUSPENDED,
    "COMPLETED": Phase.COMPLETED, "CANCELLED": Phase.CANCELLED,
    "FAILED": Phase.FAILED, "NODE_FAIL": Phase.FAILED, "OUT_OF_MEMORY": Phase.FAILED,
    "BOOT_FAIL": Phase.FAILED, "PREEMPTED": Phase.FAILED, "REVOKED": Phase.FAILED,
    "SPECIAL_EXIT": Phase.FAILED,
    "TIMEOUT": Phase.TIMEOUT, "DEADLINE": Phase.TIMEOUT,
}


def phase_of(state: str) -> Phase:
    """The phase of a Slurm job state (``RUNNING``, ``NODE_FAIL``…)."""
    return _STATE_PHASES.get(state.upper(), Phase.UNKNOWN)


@dataclass(frozen=True)
class TrackedJob:
    """One of my jobs as last seen. ``state`` is the scheduler's word (or the desk's)."""

    site_id: str
    job_id: int | None
    name: str
    phase: Phase
    state: str = ""
    reason: str = ""
    partition: str = ""
    user: str = ""
    account: str = ""
    gpus: int = 0
    gpu_types: tuple[str, ...] = ()
    node_count: int = 0
    submit_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    time_limit_min: int | None = None
    exit_code: int | None = None
    submission_id: str = ""
    message: str = ""
    warnings: tuple[str, ...] = ()
    listed: bool = True
    observed_at: datetime | None = None

    @property
    def key(self) -> JobKey:
        if self.job_id is not None:
            return (self.site_id, str(self.job_id))
        return (self.site_id, f"sub:{self.submission_id}")

    def elapsed_s(self, now: datetime) -> float | None:
        """Run time so far (or in total, once ended)."""
        if self.start_time is None or self.phase in (Phase.PENDING, Phase.SUBMITTED):
            return None
        end = self.end_time if self.phase.finished and self.end_time else now
        return max(0.0, (end - self.start_time).total_seconds())

    def remaining_s(self, now: datetime) -> float | None:
        """Time left before the time limit, for a running job."""
        if self.phase is not Phase.RUNNING or self.start_time is None \
                or self.time_limit_min is None:
            return None
        ends = self.start_time + timedelta(minutes=self.time_limit_min)
        return (ends - now).total_seconds()


def from_job(site_id: str, job: Job, observed_at: datetime,
             submission_id: str = "") -> TrackedJob:
    """A tracked job from a site's report of it."""
    return TrackedJob(
        site_id=site_id, job_id=job.job_id, name=job.name, phase=phase_of(job.state),
        state=job.state, reason=job.reason if job.reason not in ("None", "") else "",
        partition=job.partition, user=job.user, account=job.account, gpus=job.gpu_count,
        gpu_types=tuple(sorted(t for t in job.gpus if t)), node_count=job.node_count,
        submit_time=job.submit_time, start_time=job.start_time, end_time=job.end_time,
        time_limit_min=job.time_limit_min, exit_code=job.exit_code,
        submission_id=submission_id, observed_at=observed_at,
    )


def is_mine(job: Job, user: str, submission_ids: Iterable[str] = ()) -> bool:
    """The site's user is the connected user, or the comment carries one of my submissions."""
    if user and job.user == user:
        return True
    return any(f"aifd:{sid}" in job.comment for sid in submission_ids if sid)


def merge(observed: Mapping[JobKey, TrackedJob],
          recorded: Iterable[TrackedJob]) -> dict[JobKey, TrackedJob]:
    """Observed jobs, plus what the ledger knows that no site has listed yet.

    A recorded job the site lists keeps the site's state and gains the ledger's
    submission id, message and warnings.
    """
    out = dict(observed)
    by_submission = {j.submission_id: k for k, j in observed.items() if j.submission_id}
    for rec in recorded:
        key = rec.key if rec.job_id is not None else by_submission.get(rec.submission_id,
                                                                       rec.key)
        seen = out.get(key)
        if seen is None:
            out[rec.key] = rec
        else:
            out[key] = replace(seen, submission_id=seen.submission_id or rec.submission_id,
                               message=seen.message or rec.message,
                               warnings=seen.warnings or rec.warnings)
    return out


class EventKind(StrEnum):
    STARTED = "started"
    ENDED = "ended"
    FAILED = "failed"
    NEAR_LIMIT = "near time limit"


@dataclass(frozen=True)
class JobEvent:
    """Something to tell a person about one of their jobs."""

    kind: EventKind
    job: TrackedJob
    remaining_s: float | None = field(default=None, compare=False)

    def title(self, site_label: str) -> str:
        what = f"Job {self.job.job_id}" if self.job.job_id is not None else "Job"
        name = f" “{self.job.name}”" if self.job.name else ""
        verb = {
            EventKind.STARTED: "started",
            EventKind.ENDED: "was cancelled" if self.job.phase is Phase.CANCELLED
            else "finished",
            EventKind.FAILED: "failed" if self.job.phase is Phase.FAILED
            else "hit its time limit",
            EventKind.NEAR_LIMIT: "is near its time limit",
        }[self.kind]
        return f"{what}{name} {verb} on {site_label}"

    def text(self) -> str:
        job = self.job
        if self.kind is EventKind.NEAR_LIMIT and self.remaining_s is not None:
            minutes = max(1, round(self.remaining_s / 60))
            return (f"About {minutes} min left of its {job.time_limit_min} min limit; "
                    "Slurm stops it then. Save a checkpoint now.")
        parts = [f"State {job.state or job.phase.value}"]
        if job.reason:
            parts.append(f"reason {job.reason}")
        if job.exit_code is not None and self.kind is not EventKind.STARTED:
            parts.append(f"exit code {job.exit_code}")
        if job.partition:
            parts.append(f"partition {job.partition}")
        return ", ".join(parts) + "."


def transitions(before: Mapping[JobKey, TrackedJob], after: Mapping[JobKey, TrackedJob],
                *, baseline_sites: Iterable[str] = ()) -> list[JobEvent]:
    """Events between two looks at my jobs.

    A job not seen before counts as new (and can start or end at once). Sites in
    ``baseline_sites`` are at their first look in this run: their jobs are taken as they are,
    without events (no burst of notifications at start-up for what the ledger remembers).
    A job that is not listed any more is not an event: its end was either seen, or is not
    known.
    """
    baseline = set(baseline_sites)
    events: list[JobEvent] = []
    for key, job in after.items():
        if key[0] in baseline:
            continue
        prev = before.get(key)
        if prev is None and job.submission_id:
            # first listed under its job id: the ledger knew it as "submitted"
            prev = next((p for p in before.values() if p.submission_id == job.submission_id
                         and p.job_id is None), None)
        old = prev.phase if prev is not None else None
        new = job.phase
        if old is not None and old.finished:
            continue
        if new is Phase.RUNNING and old is not Phase.RUNNING:
            events.append(JobEvent(EventKind.STARTED, job))
        elif new in _FAILURES and old != new:
            events.append(JobEvent(EventKind.FAILED, job))
        elif new.finished and old != new:
            events.append(JobEvent(EventKind.ENDED, job))
    return events


def near_limit(jobs: Iterable[TrackedJob], now: datetime, lead: timedelta,
               already: Iterable[JobKey] = ()) -> list[JobEvent]:
    """Running jobs with less than ``lead`` left, not warned about yet.

    Jobs whose whole limit is shorter than ``lead`` are never warned about: the warning
    would come the moment they start.
    """
    warned = set(already)
    events = []
    lead_s = lead.total_seconds()
    for job in jobs:
        remaining = job.remaining_s(now)
        if remaining is None or job.key in warned or job.time_limit_min is None:
            continue
        if job.time_limit_min * 60 <= lead_s:
            continue
        if 0 < remaining <= lead_s:
            events.append(JobEvent(EventKind.NEAR_LIMIT, job, remaining))
    return events
