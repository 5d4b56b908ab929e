"""Scheduler objects (nodes, partitions, jobs) and the GPU capacity derived from them.

Every Slurm REST parser produces these same objects, whatever the API version, and
``aggregate`` turns them into per-partition, per-GPU-type capacity rows. A node that sits
in several partitions counts once in site totals and once in each partition's row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

#: Node states (base or flag) that take a node's free GPUs out of service.
UNAVAILABLE_STATES = frozenset(
    {"DOWN", "DRAIN", "DRAINED", "DRAINING", "FAIL", "FAILING", "NOT_RESPONDING",
     "INVALID", "INVALID_REG", "MAINTENANCE", "POWERED_DOWN", "POWER_DOWN", "FUTURE",
     "UNKNOWN", "REBOOT_ISSUED", "REBOOT_REQUESTED", "PLANNED"}
)
_DOWN_STATES = frozenset({"DOWN", "FAIL", "NOT_RESPONDING", "INVALID", "INVALID_REG",
                          "POWERED_DOWN", "POWER_DOWN", "FUTURE", "UNKNOWN"})
_DRAIN_STATES = frozenset({"DRAIN", "DRAINED", "DRAINING", "MAINTENANCE", "FAILING",
                           "REBOOT_ISSUED", "REBOOT_REQUESTED", "PLANNED"})

NODE_BUCKETS = ("idle", "mixed", "allocated", "drained", "down")


class Health(StrEnum):
    """How a site answered its last polls."""

    OK = "ok"
    DEGRADED = "degraded"
    UNREACHABLE = "unreachable"
    AUTH_FAILED = "auth failed"
    UNSUPPORTED = "unsupported API version"
    PLANNED = "planned machine"
    PENDING = "not polled yet"


@dataclass(frozen=True, slots=True)
class Node:
    """One compute node as the scheduler reports it."""

    name: str
    states: frozenset[str]
    partitions: tuple[str, ...]
    gpus: Mapping[str, int]
    gpus_used: Mapping[str, int]
    cpus: int = 0
    alloc_cpus: int = 0
    reason: str = ""
    #: Slurm's ``real_memory`` (RealMemory): what jobs may be given on this node, in MB;
    #: 0 when not reported.
    real_memory_mb: int = 0

    @property
    def bucket(self) -> str:
        """One of ``NODE_BUCKETS``: the state a person would name for this node."""
        if self.states & _DOWN_STATES:
            return "down"
        if self.states & _DRAIN_STATES:
            return "drained"
        if "ALLOCATED" in self.states:
            return "allocated"
        if "MIXED" in self.states:
            return "mixed"
        if "IDLE" in self.states:
            return "idle"
        return "down"

    @property
    def available(self) -> bool:
        return not (self.states & UNAVAILABLE_STATES)

    def gpu_split(self, gpu_type: str) -> tuple[int, int, int]:
        """``(allocated, idle, unavailable)`` GPUs of one type on this node."""
        total = self.gpus.get(gpu_type, 0)
        used = min(self.gpus_used.get(gpu_type, 0), total)
        bucket = self.bucket
        if bucket == "down":
            return 0, 0, total
        if bucket == "drained":
            return used, 0, total - used
        return used, total - used, 0


@dataclass(frozen=True, slots=True)
class Partition:
    """A scheduler partition and its limits (``None`` = no limit / not reported)."""

    name: str
    nodes: tuple[str, ...]
    state: str = "UP"
    total_nodes: int = 0
    total_cpus: int = 0
    max_time_min: int | None = None
    default_time_min: int | None = None
    max_nodes_per_job: int | None = None
    is_default: bool = False
    #: Slurm's ``MaxMemPerNode`` in MB (``None``: unlimited, or limited per CPU instead).
    max_memory_per_node_mb: int | None = None


def memory_per_node(node_memory_mb: int | None, max_memory_per_node_mb: int | None) -> int | None:
    """What a job can ask per node: the smallest node's memory, capped by MaxMemPerNode.

    ``node_memory_mb`` is the smallest ``real_memory`` among a partition's nodes. ``None``
    when neither is known.
    """
    if node_memory_mb is None:
        return max_memory_per_node_mb
    if max_memory_per_node_mb is None:
        return node_memory_mb
    return min(node_memory_mb, max_memory_per_node_mb)


@dataclass(frozen=True, slots=True)
class Job:
    """A job as the scheduler reports it; ``gpus`` is the total over all its nodes."""

    job_id: int
    name: str
    user: str
    partition: str
    state: str
    reason: str = ""
    account: str = ""
    nodes: str = ""
    node_count: int = 0
    cpus: int = 0
    gpus: Mapping[str, int] = field(default_factory=dict)
    submit_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    time_limit_min: int | None = None
    comment: str = ""
    exit_code: int | None = None
    standard_output: str = ""
    state_flags: tuple[str, ...] = ()

    @property
    def gpu_count(self) -> int:
        return sum(self.gpus.values())

    @property
    def partitions(self) -> tuple[str, ...]:
        return tuple(p for p in self.partition.split(",") if p)

    @property
    def is_pending(self) -> bool:
        return self.state == "PENDING"

    @property
    def is_running(self) -> bool:
        return self.state in {"RUNNING", "COMPLETING", "CONFIGURING"}

    @property
    def is_finished(self) -> bool:
        return not (self.is_pending or self.is_running or self.state in {"SUSPENDED"})


@dataclass(frozen=True, slots=True)
class GpuTotals:
    """GPU counts of one type; ``total == allocated + idle + unavailable``."""

    total: int = 0
    allocated: int = 0
    idle: int = 0
    unavailable: int = 0

    def __add__(self, other: GpuTotals) -> GpuTotals:
        return GpuTotals(self.total + other.total, self.allocated + other.allocated,
                         self.idle + other.idle, self.unavailable + other.unavailable)

    @property
    def free_share(self) -> float | None:
        return self.idle / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class PartitionCapacity:
    """Capacity of one partition for one GPU type (``gpu_type == ""`` for CPU-only)."""

    partition: str
    gpu_type: str
    gpus: GpuTotals
    nodes_total: int
    nodes_by_state: Mapping[str, int]
    pending_jobs: int
    pending_gpus: int
    running_jobs: int
    state: str = "UP"
    max_time_min: int | None = None
    max_nodes_per_job: int | None = None
    next_expected_start: datetime | None = None
    #: The smallest ``real_memory`` (MB) among the partition's nodes (``None``: unknown).
    node_memory_mb: int | None = None
    #: The partition's MaxMemPerNode in MB (``None``: unlimited / not reported).
    max_memory_per_node_mb: int | None = None

    @property
    def memory_per_node_mb(self) -> int | None:
        """What a job can ask per node here, in MB (``None``: unknown)."""
        return memory_per_node(self.node_memory_mb, self.max_memory_per_node_mb)

    @property
    def utilisation(self) -> float | None:
        usable = self.gpus.total - self.gpus.unavailable
        return self.gpus.allocated / usable if usable > 0 else None


@dataclass(frozen=True, slots=True)
class Capacity:
    """What ``aggregate`` derives: rows per partition × GPU type, and site totals."""

    rows: tuple[PartitionCapacity, ...]
    totals: Mapping[str, GpuTotals]
    nodes_by_state: Mapping[str, int]
    pending_jobs: int
    running_jobs: int

    @property
    def gpus(self) -> GpuTotals:
        out = GpuTotals()
        for t in self.totals.values():
            out = out + t
        return out


def _job_partitions(job: Job, known: set[str]) -> Iterable[str]:
    return (p for p in job.partitions if p in known)


def aggregate(nodes: Sequence[Node], partitions: Sequence[Partition],
              jobs: Sequence[Job]) -> Capacity:
    """Derive capacity rows and site totals from one consistent read of a site."""
    known = {p.name for p in partitions}
    pending: Counter[str] = Counter()
    running: Counter[str] = Counter()
    pending_gpus: Counter[tuple[str, str]] = Counter()
    next_start: dict[str, datetime] = {}
    for job in jobs:
        for pname in _job_partitions(job, known):
            if job.is_pending:
                pending[pname] += 1
                for gtype, count in job.gpus.items():
                    pending_gpus[(pname, gtype)] += count
                if job.start_time is not None and (
                    pname not in next_start or job.start_time < next_start[pname]
                ):
                    next_start[pname] = job.start_time
            elif job.is_running:
                running[pname] += 1
    # Per node once: its state bucket, (allocated, idle, unavailable) per GPU type, memory.
    per_node: dict[str, tuple[str, dict[str, tuple[int, int, int]], int]] = {
        n.name: (n.bucket, {t: n.gpu_split(t) for t in n.gpus}, n.real_memory_mb)
        for n in nodes
    }
    rows: list[PartitionCapacity] = []
    for part in partitions:
        members = [per_node[n] for n in part.nodes if n in per_node]
        states = Counter(bucket for bucket, _, _ in members)
        node_memory = min((mem for _, _, mem in members if mem > 0), default=None)
        sums: dict[str, list[int]] = {}
        for _, splits, _ in members:
            for gtype, (a, i, u) in splits.items():
                acc = sums.setdefault(gtype, [0, 0, 0])
                acc[0] += a
                acc[1] += i
                acc[2] += u
        types = sorted(sums)
        for gtype in types or [""]:
            alloc, idle, unavail = sums.get(gtype, (0, 0, 0))
            totals = GpuTotals(alloc + idle + unavail, alloc, idle, unavail)
            demand = pending_gpus[(part.name, gtype)] if gtype else 0
            if gtype and len(types) == 1 and gtype != "gpu":
                # A request without a type ("gpu:2") lands on the partition's only type.
                demand += pending_gpus[(part.name, "gpu")]
            rows.append(PartitionCapacity(
                partition=part.name, gpu_type=gtype, gpus=totals,
                nodes_total=len(members) or part.total_nodes,
                nodes_by_state={b: states.get(b, 0) for b in NODE_BUCKETS},
                pending_jobs=pending[part.name], pending_gpus=demand,
                running_jobs=running[part.name], state=part.state,
                max_time_min=part.max_time_min, max_nodes_per_job=part.max_nodes_per_job,
                next_expected_start=next_start.get(part.name),
                node_memory_mb=node_memory, max_memory_per_node_mb=part.max_memory_per_node_mb,
            ))
    site_sums: dict[str, list[int]] = {}
    for _, splits, _ in per_node.values():
        for gtype, (a, i, u) in splits.items():
            acc = site_sums.setdefault(gtype, [0, 0, 0])
            acc[0] += a
            acc[1] += i
            acc[2] += u
    site_totals = {t: GpuTotals(a + i + u, a, i, u) for t, (a, i, u) in site_sums.items()}
    all_states = Counter(bucket for bucket, _, _ in per_node.values())
    return Capacity(
        rows=tuple(rows), totals=site_totals,
        nodes_by_state={b: all_states.get(b, 0) for b in NODE_BUCKETS},
        pending_jobs=sum(1 for j in jobs if j.is_pending),
        running_jobs=sum(1 for j in jobs if j.is_running),
    )
