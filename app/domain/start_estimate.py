"""Where would a job start soonest? A transparent, pure-Python start-time estimate.

For one job shape (GPU model, GPUs per node, nodes, hours) and each candidate partition,
the estimate looks at, in this order:

1. whether the site answered (no data → ``NO_DATA``: no guess is made);
2. the partition's limits: state, time limit, nodes per job, GPUs per node, size;
3. idle GPUs now (whole idle nodes for whole-node jobs) and the GPUs queued ahead;
4. when the running jobs end (their time limits: Slurm's own pessimistic view), walking
   that timeline until the idle plus released GPUs cover the queue ahead plus the job;
5. Slurm's own expected start of the partition's pending jobs, where the site reports it
   (a job queued behind them starts no earlier, unless it backfills before it).

Every estimate carries the sentences that explain it, so the ranking can say *why*.
The queue ahead is taken as first-come-first-served (priorities and fair share are not
known to the desk), so a waiting time is an estimate, not a promise.
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum

from app.domain.capacity import Job, PartitionCapacity
from app.domain.hostlist import expand

#: Without running-job end times, assume allocated GPUs turn over in half the partition's
#: time limit, and at most in this many hours.
FALLBACK_TURNOVER_H = 12.0
#: Data older than this is named in the explanation.
STALE_AFTER_S = 15 * 60


class Verdict(IntEnum):
    """How a partition can take the job; the value is its rank group."""

    FREE_NOW = 0
    QUEUED = 1
    NO_DATA = 2
    DOES_NOT_FIT = 3

    @property
    def label(self) -> str:
        return {0: "free now", 1: "queued", 2: "no data", 3: "does not fit"}[self.value]


@dataclass(frozen=True, slots=True)
class JobShape:
    """What the person asks for. ``gpu_model`` is a model family ("H100"), ``""`` = any."""

    gpu_model: str = ""
    gpus_per_node: int = 1
    nodes: int = 1
    hours: float = 1.0
    access_mode: str = ""

    @property
    def gpus(self) -> int:
        return self.gpus_per_node * self.nodes

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.hours * 60))

    @property
    def gpu_hours(self) -> float:
        return self.gpus * self.hours


@dataclass(frozen=True, slots=True)
class Release:
    """GPUs of a partition that a running job gives back at ``when`` (its time limit)."""

    when: datetime
    gpus: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """One partition × GPU type that might run the job, and what is known about it."""

    site_id: str
    partition: str
    gpu_type: str
    model: str
    capacity: PartitionCapacity | None
    #: GPUs per node in this partition, when known.
    node_gpus: int | None = None
    #: When running jobs end; ``None`` when the site's jobs are not known.
    releases: tuple[Release, ...] | None = None
    reachable: bool = True
    problem: str = ""
    data_time: datetime | None = None


@dataclass(frozen=True, slots=True)
class AccessLimits:
    """What an access mode says about where and how much (from the registry's text)."""

    mode_id: str = ""
    name: str = ""
    #: System ids the mode is limited to; ``None`` = no restriction stated.
    systems: frozenset[str] | None = None
    max_gpu_hours: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Estimate:
    """The verdict for one candidate, with its explanation."""

    candidate: Candidate
    verdict: Verdict
    wait_s: float | None
    start: datetime | None
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)

    @property
    def spare_gpus(self) -> int:
        cap = self.candidate.capacity
        return cap.gpus.idle - cap.pending_gpus if cap is not None else 0

    def sort_key(self) -> tuple[int, float, int, str, str]:
        wait = self.wait_s if self.wait_s is not None else math.inf
        return (int(self.verdict), wait, -self.spare_gpus, self.candidate.site_id,
                self.candidate.partition)


# -- words ------------------------------------------------------------------------------
def format_duration(seconds: float) -> str:
    """``"under a minute"``, ``"about 40 min"``, ``"about 2 h"``, ``"about 3 days"``."""
    if seconds < 60:
        return "under a minute"
    minutes = seconds / 60
    if minutes < 90:
        return f"about {round(minutes / 5) * 5 or 1:.0f} min"
    hours = minutes / 60
    if hours < 48:
        return f"about {hours:.0f} h" if hours >= 10 else f"about {hours:.1f} h".replace(
            ".0 h", " h")
    return f"about {hours / 24:.0f} days"


def format_limit(minutes: int) -> str:
    """A time limit as people write it: ``"30 min"``, ``"24 h"``, ``"2 days"``."""
    if minutes < 60:
        return f"{minutes} min"
    if minutes % (24 * 60) == 0 and minutes >= 48 * 60:
        return f"{minutes // (24 * 60)} days"
    hours = minutes / 60
    return f"{hours:.0f} h" if hours.is_integer() else f"{hours:.1f} h"


# -- inputs -----------------------------------------------------------------------------
_GPU_HOURS = re.compile(r"(\d[\d,\s]*)\s*GPU[- ]hours", re.IGNORECASE)


def access_limits(mode_id: str, name: str, allocation: str | None, decision_time: str | None,
                  systems: Iterable[tuple[str, str]]) -> AccessLimits:
    """Read an access mode's limits from its registry text.

    ``systems`` are ``(system_id, name)`` pairs; a mode whose allocation text names some of
    them (e.g. *"… on MareNostrum 5 ACC, Leonardo Booster, LUMI-G or MeluXina GPU"*) is
    limited to those. ``"up to about 50,000 GPU-hours"`` becomes ``max_gpu_hours``.
    Nothing is assumed that the text does not say.
    """
    text = allocation or ""
    named = frozenset(sid for sid, sname in systems if sname and sname.lower() in text.lower())
    cap: int | None = None
    match = _GPU_HOURS.search(text)
    if match and re.search(r"\bup to\b", text, re.IGNORECASE):
        digits = re.sub(r"\D", "", match.group(1))
        cap = int(digits) if digits else None
    note = f"{name}: {decision_time}" if decision_time else name
    return AccessLimits(mode_id, name, named or None, cap, note)


def releases_from_jobs(jobs: Iterable[Job], partition: str, partition_nodes: Sequence[str],
                       gpu_type: str, now: datetime, *,
                       single_type: bool = True) -> tuple[Release, ...]:
    """When running jobs give GPUs of ``gpu_type`` back to ``partition``.

    A job counts when it runs in the partition or on nodes the partition shares (a debug
    partition inside the production one): then only its share on those nodes counts. A job
    past its limit is taken to end within the minute.
    """
    members = frozenset(partition_nodes)
    out: list[Release] = []
    for job in jobs:
        if not job.is_running:
            continue
        gpus = job.gpus.get(gpu_type, 0)
        if single_type and gpu_type != "gpu":
            gpus += job.gpus.get("gpu", 0)
        if gpus <= 0:
            continue
        if partition not in job.partitions:
            if not members or not job.nodes:
                continue
            hosts = expand(job.nodes)
            shared = sum(1 for h in hosts if h in members)
            if not shared:
                continue
            gpus = round(gpus * shared / max(1, len(hosts)))
            if gpus <= 0:
                continue
        end = job.end_time
        if end is None and job.start_time is not None and job.time_limit_min is not None:
            end = job.start_time + timedelta(minutes=job.time_limit_min)
        if end is None:
            continue
        out.append(Release(max(end, now + timedelta(minutes=1)), gpus))
    out.sort(key=lambda r: r.when)
    return tuple(out)


# -- the estimate -----------------------------------------------------------------------
def _no_data(c: Candidate, reason: str) -> Estimate:
    return Estimate(c, Verdict.NO_DATA, None, None, (reason,))


def _no_fit(c: Candidate, reason: str) -> Estimate:
    return Estimate(c, Verdict.DOES_NOT_FIT, None, None, (reason,))


def estimate(c: Candidate, shape: JobShape, now: datetime,
             access: AccessLimits | None = None) -> Estimate:
    """The verdict, waiting time and explanation for one candidate."""
    cap = c.capacity
    if not c.reachable or cap is None:
        return _no_data(c, f"no data: {c.problem}" if c.problem else "no data from this site")
    notes: list[str] = []
    if c.data_time is not None:
        age = (now - c.data_time).total_seconds()
        if age > STALE_AFTER_S:
            notes.append(f"data is {format_duration(age).removeprefix('about ')} old")
    # -- limits
    if cap.state and cap.state.upper() not in {"UP", ""}:
        return _no_fit(c, f"partition is {cap.state.lower()}")
    if cap.max_time_min is not None and shape.minutes > cap.max_time_min:
        return _no_fit(c, f"exceeds the {format_limit(cap.max_time_min)} limit")
    if cap.max_nodes_per_job is not None and shape.nodes > cap.max_nodes_per_job:
        return _no_fit(c, f"exceeds the {cap.max_nodes_per_job}-node limit per job")
    if c.node_gpus is not None and shape.gpus_per_node > c.node_gpus:
        return _no_fit(c, f"nodes have {c.node_gpus} GPUs, not {shape.gpus_per_node}")
    if cap.nodes_total and shape.nodes > cap.nodes_total:
        return _no_fit(c, f"the partition has only {cap.nodes_total} nodes")
    in_service = cap.gpus.total - cap.gpus.unavailable
    if shape.gpus > in_service:
        return _no_fit(c, f"needs {shape.gpus} GPUs, {in_service} in service")
    if access is not None and access.max_gpu_hours is not None \
            and shape.gpu_hours > access.max_gpu_hours:
        return _no_fit(c, f"{shape.gpu_hours:,.0f} GPU-hours exceed {access.name}'s "
                          f"{access.max_gpu_hours:,} GPU-hour allocation")
    # -- now
    whole_nodes = c.node_gpus is not None and (
        shape.gpus_per_node >= c.node_gpus or shape.nodes > 1)
    idle_nodes = cap.nodes_by_state.get("idle", 0)
    if whole_nodes and c.node_gpus is not None:
        available = idle_nodes * c.node_gpus
        fits_now = idle_nodes >= shape.nodes
        free_text = f"{idle_nodes} whole node{'s' if idle_nodes != 1 else ''} idle"
    else:
        available = cap.gpus.idle
        fits_now = cap.gpus.idle >= shape.gpus
        free_text = f"{cap.gpus.idle} GPU{'s' if cap.gpus.idle != 1 else ''} idle"
    queued = cap.pending_gpus
    duration = timedelta(minutes=shape.minutes)
    slurm_next = cap.next_expected_start
    if fits_now and (queued == 0 or available - queued >= shape.gpus):
        why = f"free now: {free_text}"
        if queued:
            why += f", {queued} GPUs queued"
        return Estimate(c, Verdict.FREE_NOW, 0.0, now, (why, *notes))
    if fits_now and slurm_next is not None and now + duration <= slurm_next:
        return Estimate(c, Verdict.FREE_NOW, 0.0, now, (
            f"free now if backfilled: {free_text}, and the job ends before the queue's next "
            f"expected start (in {format_duration((slurm_next - now).total_seconds())})",
            *notes))
    # -- later: walk the timeline of running jobs' ends
    demand = queued + shape.gpus
    wait: float | None = None
    rough = False
    if available >= demand:
        wait = 0.0
    elif c.releases is not None:
        have = available
        for release in c.releases:
            have += release.gpus
            if have >= demand:
                wait = max(0.0, (release.when - now).total_seconds())
                break
        if wait is None and c.releases:
            # the queue outlasts every running job: one more turnover of the partition
            last = (c.releases[-1].when - now).total_seconds()
            wait = last * (1 + (demand - have) / max(1, in_service))
            rough = True
    if wait is None:
        # running jobs' ends unknown: the partition's allocated GPUs turn over in about half
        # its time limit (at most FALLBACK_TURNOVER_H); the queue ahead drains at that rate
        limit_h = cap.max_time_min / 60 if cap.max_time_min else 2 * FALLBACK_TURNOVER_H
        turnover_s = 3600 * min(FALLBACK_TURNOVER_H, max(1.0, limit_h / 2))
        rate = max(1, cap.gpus.allocated) / turnover_s
        wait = (demand - available) / rate
        rough = True
    slurm_text = ""
    if slurm_next is not None and queued:
        slurm_wait = (slurm_next - now).total_seconds()
        wait = max(wait, slurm_wait)
        slurm_text = "Slurm: the next queued job starts " + (
            "now" if slurm_wait < 60 else f"in {format_duration(slurm_wait)}")
    if queued:
        reasons = [f"{format_duration(wait)} of queue ahead: {queued} GPUs queued, {free_text}"]
    else:
        reasons = [f"{format_duration(wait)} until enough GPUs free up: {free_text}"]
    if slurm_text:
        reasons.append(slurm_text)
    if rough:
        reasons.append("rough: job end times not reported" if c.releases is None
                       else "rough: the queue outlasts the running jobs")
    return Estimate(c, Verdict.QUEUED, wait, now + timedelta(seconds=wait),
                    (*reasons, *notes))


def matches_model(candidate: Candidate, shape: JobShape) -> bool:
    return not shape.gpu_model or candidate.model == shape.gpu_model


def rank(candidates: Iterable[Candidate], shape: JobShape, now: datetime,
         access: AccessLimits | None = None,
         system_of: dict[str, str] | None = None) -> list[Estimate]:
    """Estimates for the candidates of the wanted model, soonest first.

    Free now, then queued by waiting time, then sites without data, then partitions the
    job does not fit (with the limit that stops it). ``system_of`` maps site → system id
    for access modes limited to some systems.
    """
    out: list[Estimate] = []
    for c in candidates:
        if not matches_model(c, shape):
            continue
        if access is not None and access.systems is not None:
            system = (system_of or {}).get(c.site_id, c.site_id)
            if system not in access.systems:
                out.append(_no_fit(c, f"{access.name} does not offer this machine"))
                continue
        out.append(estimate(c, shape, now, access))
    out.sort(key=Estimate.sort_key)
    return out


# -- sbatch -----------------------------------------------------------------------------
def slurm_time(minutes: int) -> str:
    """Minutes as Slurm's ``D-HH:MM:SS`` (``HH:MM:SS`` under a day)."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    return f"{days}-{hours:02d}:{mins:02d}:00" if days else f"{hours:02d}:{mins:02d}:00"


def sbatch_command(partition: str, gpu_type: str, shape: JobShape,
                   script: str = "job.sh") -> str:
    """The ``sbatch`` line for the shape on a partition (GRES typed when the type is known)."""
    gres = f"gpu:{gpu_type}:{shape.gpus_per_node}" if gpu_type and gpu_type != "gpu" \
        else f"gpu:{shape.gpus_per_node}"
    parts = ["sbatch", f"--partition={partition}", f"--nodes={shape.nodes}",
             f"--gres={gres}", f"--time={slurm_time(shape.minutes)}", script]
    return " ".join(shlex.quote(p) for p in parts)
