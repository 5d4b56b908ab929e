"""A small Slurm-like cluster simulation: nodes, partitions, a queue and a scheduler.

Pure Python, no I/O. One ``SiteSimulation`` per machine, advanced to a clock time the
caller gives (``advance_to``); the same seed and the same sequence of clock times give
the same state. Time moves in ticks aligned to whole minutes (coarser when catching up a
long gap). Each tick: running jobs end, nodes drain, fail and come back, whole cabinets
occasionally go down, new jobs arrive (Poisson, busier on weekday daytime in Brussels
time), and a FIFO scheduler with simple (EASY) backfill starts what fits and estimates
when the first jobs of each queue will start.

Every object carries a ``version`` that changes whenever what Slurm would report about it
changes; the renderer re-serialises only those. ``nodes_last_update`` and
``jobs_last_update`` grow strictly, so ``update_time`` answers never miss a change.
"""

from __future__ import annotations

import bisect
import heapq
import math
import random
import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

from app.demo.profiles import MachineProfile, profile_for
from app.demo.spec import SiteSpec

TICK_S = 60
COARSE_TICK_S = 900
FINE_CATCHUP_S = 6 * 3600
WARM_UP_S = 20 * 60
MIN_JOB_AGE_S = 600
PRIORITY_CALC_S = 300
ESTIMATES_PER_PARTITION = 25
AGE_WEIGHT_PER_MIN = 10

DRAIN_FRACTION = 0.015
DRAIN_MEAN_S = 24 * 3600
DOWN_FRACTION = 0.005
DOWN_MEAN_S = 3 * 86400
OUTAGE_MEAN_INTERVAL_S = 3 * 86400

DRAIN_REASONS = (
    "Kill task failed",
    "GPU XID 79: GPU has fallen off the bus",
    "NHC: check_hw_gpu: GPU count mismatch",
    "HW maintenance - DIMM replacement",
    "Prolog error",
    "NHC: check_fs_mount: /scratch not mounted",
    "ECC errors on GPU",
    "Node unexpectedly rebooted",
    "Firmware update",
    "High inlet temperature",
)
OUTAGE_REASONS = (
    "Cabinet maintenance",
    "Cooling failure in cabinet",
    "Power distribution unit failure",
    "Interconnect switch replacement",
)
JOB_NAMES = (
    "llama-sft", "train_vit", "bert-pretrain", "sdxl-finetune", "nemo-megatron", "ddp_resnet",
    "eval-harness", "vllm-bench", "alphafold2", "gromacs_md", "lammps", "cp2k-aimd",
    "pytorch-dist", "deepspeed-zero3", "whisper-ft", "diffusion-train", "rl-ppo",
    "graphcast", "climax-era5", "openfold", "mistral-lora", "tokenize-shards",
    "jupyter", "nccl-tests", "hpl-mxp", "wrf-gpu", "icon-gpu", "gpt-neox",
)

_SLEEP = re.compile(r"\bsleep\s+(\d+(?:\.\d+)?)")


def _brussels() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Brussels")
    except Exception:  # no tz database: CET without summer time is close enough
        return timezone(timedelta(hours=1))


BRUSSELS = _brussels()


def load_factor(t: float) -> float:
    """Offered load relative to capacity at time ``t``: busier on weekday daytime."""
    local = datetime.fromtimestamp(t, tz=UTC).astimezone(BRUSSELS)
    hour = local.hour + local.minute / 60.0
    if local.weekday() < 5:
        return 0.95 + 0.22 * math.exp(-(((hour - 14.0) / 4.5) ** 2))
    return 0.85 + 0.08 * math.exp(-(((hour - 15.0) / 5.0) ** 2))


def stable_seed(seed: int, name: str) -> int:
    return zlib.crc32(f"{seed}:{name}".encode()) ^ (seed & 0xFFFFFFFF)


def poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit = math.exp(-mean)
    k, p = 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


@dataclass(slots=True)
class SimPartition:
    """A Slurm partition over some of the site's nodes."""

    index: int
    name: str
    pool: int  # index of the production partition whose nodes it uses
    gres_type: str
    gpus_per_node: int
    gpu_model: str
    nodes: list[int]
    max_time_min: int
    default_time_min: int
    max_nodes: int | None
    tier: int
    is_dev: bool
    # buckets[k]: schedulable nodes with exactly k free slots (k >= 1)
    buckets: list[set[int]] = field(default_factory=list)
    member_set: frozenset[int] = frozenset()

    def free_units(self) -> float:
        g = self.gpus_per_node
        return sum(k * len(self.buckets[k]) for k in range(1, g + 1)) / g


@dataclass(slots=True)
class SimNode:
    """One compute node."""

    index: int
    name: str
    gres_type: str
    slots: int  # = GPUs on the node; a slot is one GPU and its share of CPUs and memory
    cpus: int
    memory_mb: int
    part_ids: tuple[int, ...]
    partition_names: tuple[str, ...]
    boot_time: int
    free_slots: int = 0
    gpu_mask: int = 0
    alloc_cpus: int = 0
    alloc_mem: int = 0
    jobs: set[int] = field(default_factory=set)
    admin: str = ""  # "", "DRAIN" or "DOWN"
    down_kind: str = ""  # "fail" or "outage"
    reason: str = ""
    reason_time: int = 0
    reason_user: str = ""
    resume_at: int = 0
    last_busy: int = 0
    cpu_load: int = 0
    free_mem_mb: int = 0
    version: int = 0

    def state(self) -> list[str]:
        if self.admin == "DOWN":
            return ["DOWN", "NOT_RESPONDING"] if self.down_kind == "fail" else ["DOWN"]
        if not self.jobs:
            base = "IDLE"
        elif self.free_slots == 0:
            base = "ALLOCATED"
        else:
            base = "MIXED"
        return [base, "DRAIN"] if self.admin == "DRAIN" else [base]

    @property
    def gpus_used(self) -> int:
        return bin(self.gpu_mask).count("1")


@dataclass(slots=True)
class SimJob:
    """One job, from submission until it leaves the controller's memory."""

    job_id: int
    name: str
    user: str
    account: str
    part_id: int
    partition: str
    nodes_req: int
    slots_per_node: int
    gpus_per_node: int  # 0 for a job without GPUs (it still takes one slot's CPUs)
    time_limit_min: int
    run_s: int
    submit_time: int
    prio_base: int
    outcome: str = "COMPLETED"
    hold: bool = False
    state: str = "PENDING"
    reason: str = "None"
    start_time: int = 0
    end_time: int = 0
    est_start: int = 0
    node_ids: list[int] = field(default_factory=list)
    gpu_masks: list[int] = field(default_factory=list)
    exit_code: int = 0
    signal: int = 0
    array_job_id: int = 0
    array_task_id: int | None = None
    depends_on: int = 0
    user_submitted: bool = False
    tasks: int = 1
    cpus_per_task: int = 1
    working_directory: str = ""
    standard_output: str = ""
    standard_error: str = ""
    comment: str = ""
    priority: int = 0
    last_eval: int = 0
    version: int = 0

    @property
    def order_key(self) -> tuple[int, int, int]:
        return (-(self.prio_base - (self.submit_time // 60) * AGE_WEIGHT_PER_MIN),
                self.submit_time, self.job_id)

    def priority_at(self, t: int) -> int:
        if self.hold:
            return 0
        return self.prio_base + max(0, (t - self.submit_time) // 60) * AGE_WEIGHT_PER_MIN


@dataclass(frozen=True)
class SubmitOutcome:
    """What a submission did: a job id (perhaps with warnings) or a Slurm error."""

    job_id: int | None
    warnings: tuple[str, ...] = ()
    error_number: int = 0
    error: str = ""
    http_status: int = 200


@dataclass(frozen=True)
class CancelOutcome:
    error_number: int = 0
    error: str = ""
    http_status: int = 200


KNOWN_SUBMIT_FIELDS = frozenset({
    "account", "array", "comment", "constraints", "cpus_per_task", "cpus_per_gpu",
    "current_working_directory", "dependency", "environment", "exclusive", "gpus_per_node",
    "gpus_per_task", "hold", "mail_type", "mail_user", "memory_per_cpu", "memory_per_gpu",
    "memory_per_node", "minimum_nodes", "maximum_nodes", "name", "nodes", "partition",
    "priority", "qos", "reservation", "script", "standard_error", "standard_input",
    "standard_output", "tasks", "tasks_per_node", "time_limit", "time_minimum",
    "tres_per_job", "tres_per_node", "tres_per_task", "wckey", "licenses", "nice",
    "requeue", "signal", "kill_on_node_fail", "open_mode", "argv", "flags",
    "required_nodes", "excluded_nodes", "begin_time", "deadline", "shared",
})


class SubmitError(Exception):
    def __init__(self, error_number: int, error: str, http_status: int = 500) -> None:
        super().__init__(error)
        self.error_number = error_number
        self.error = error
        self.http_status = http_status


def _limit_number(value: Any) -> int | None:
    """A minutes value given flat or as ``{set, infinite, number}``."""
    if isinstance(value, Mapping):
        if value.get("infinite"):
            return None
        if not value.get("set", True):
            return None
        value = value.get("number")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class SiteSimulation:
    """One simulated machine at its real size."""

    def __init__(self, spec: SiteSpec, seed: int, start_time: float,
                 profile: MachineProfile | None = None) -> None:
        self.spec = spec
        self.site_id = spec.site_id
        self.profile = profile or profile_for(spec.system_id)
        self.seed = seed
        self.rng = random.Random(stable_seed(seed, spec.site_id))
        t_init = int(start_time) - WARM_UP_S
        t_init -= t_init % TICK_S
        self.now: float = float(t_init)
        self.next_tick = t_init + TICK_S
        self.nodes: list[SimNode] = []
        self.partitions: list[SimPartition] = []
        self.partition_by_name: dict[str, SimPartition] = {}
        self.jobs: dict[int, SimJob] = {}
        self.running: dict[int, SimJob] = {}
        self.pending: list[tuple[tuple[int, int, int], int]] = []
        self.array_tasks: dict[int, list[int]] = {}
        self._end_heap: list[tuple[int, int]] = []
        self._finished_heap: list[tuple[int, int]] = []
        self._node_events: list[tuple[int, int, str, int]] = []
        self._event_seq = 0
        self.nodes_last_update = 0
        self.jobs_last_update = 0
        self.nodes_observed = 0
        self.jobs_observed = 0
        #: changed since the renderer last looked (it empties these)
        self.dirty_nodes: set[int] = set()
        self.dirty_jobs: set[int] = set()
        self._last_tick = t_init
        self.partitions_last_update = t_init
        self.nodes_changes = 0
        self.jobs_changes = 0
        self._last_prio = t_init
        self.last_backfill = t_init
        self.next_job_id = 1_000_000 + self.rng.randrange(8_000_000)
        self.users = [f"{self.profile.user_prefix}{self.rng.randrange(1000, 9999)}"
                      for _ in range(max(12, min(400, spec.gpu_nodes // 12)))]
        n_accounts = max(4, len(self.users) // 4)
        self.accounts = [f"{self.profile.account_prefix}{self.rng.randrange(100, 999):03d}"
                         f"{i:02d}" for i in range(n_accounts)]
        self.user_account = {u: self.accounts[self.rng.randrange(n_accounts)]
                             for u in self.users}
        self.user_share = {u: self.rng.randrange(0, 60000) for u in self.users}
        # a few users submit most jobs (Zipf-like), as on real machines
        weights = [1.0 / (i + 1) ** 0.6 for i in range(len(self.users))]
        total = sum(weights)
        acc = 0.0
        self._user_cum: list[float] = []
        for w in weights:
            acc += w / total
            self._user_cum.append(acc)
        self.user_gpus: dict[str, int] = {}
        # how sought-after this machine is: scales its offered load
        self.popularity = self.rng.uniform(0.86, 1.06)
        self._build(t_init)
        self._name_index = {n.name: n.index for n in self.nodes}
        site_gpus = sum(n.slots for n in self.nodes)
        biggest = max(min(256, max(1, len(p.nodes) // 6)) * p.gpus_per_node
                      for p in self.partitions)
        #: QOS MaxTRESPerUser=gres/gpu: no user runs more GPUs than this at once
        self.user_gpu_limit = max(int(0.06 * site_gpus), biggest, 8)
        self._work_per_job = {p.index: self._mean_work(p) for p in self.partitions}
        self._warm_start(t_init)
        self.advance_to(start_time)

    # -- construction ----------------------------------------------------------------------
    def _build(self, t: int) -> None:
        prof = self.profile
        names = list(prof.partition_names)
        index = 0
        prod_parts: list[SimPartition] = []
        for i, part in enumerate(self.spec.partitions):
            if i < len(names):
                pname = names[i]
            elif len(self.spec.partitions) == 1 and not names:
                pname = "gpu"
            else:
                pname = _slurm_name(part.name) or f"gpu{i}"
            if pname in self.partition_by_name:
                pname = f"{pname}{i}"
            sim_part = SimPartition(
                index=len(self.partitions), name=pname, pool=len(self.partitions),
                gres_type=part.gres_type, gpus_per_node=part.gpus_per_node,
                gpu_model=part.gpu_model, nodes=[], max_time_min=prof.max_time_min,
                default_time_min=prof.default_time_min, max_nodes=None, tier=1, is_dev=False,
                buckets=[set() for _ in range(part.gpus_per_node + 1)])
            self.partitions.append(sim_part)
            self.partition_by_name[pname] = sim_part
            prod_parts.append(sim_part)
            for _ in range(part.gpu_nodes):
                boot = t - self.rng.randrange(3 * 86400, 60 * 86400)
                node = SimNode(index=index, name=prof.node_name(index),
                               gres_type=part.gres_type, slots=part.gpus_per_node,
                               cpus=prof.cpus, memory_mb=prof.real_memory_mb,
                               part_ids=(sim_part.index,), partition_names=(pname,),
                               boot_time=boot, free_slots=part.gpus_per_node,
                               last_busy=t - self.rng.randrange(0, 3600),
                               free_mem_mb=int(prof.real_memory_mb * 0.97))
                self.nodes.append(node)
                sim_part.nodes.append(index)
                index += 1
        first = prod_parts[0]
        dev_count = max(1, min(prof.dev_nodes, len(first.nodes) // 10 or 1))
        if prof.dev_partition and prof.dev_partition not in self.partition_by_name:
            dev = SimPartition(
                index=len(self.partitions), name=prof.dev_partition, pool=first.index,
                gres_type=first.gres_type, gpus_per_node=first.gpus_per_node,
                gpu_model=first.gpu_model, nodes=first.nodes[-dev_count:],
                max_time_min=prof.dev_max_time_min,
                default_time_min=min(prof.default_time_min, prof.dev_max_time_min),
                max_nodes=max(1, min(prof.dev_max_nodes, dev_count)), tier=2, is_dev=True,
                buckets=[set() for _ in range(first.gpus_per_node + 1)])
            dev.member_set = frozenset(dev.nodes)
            self.partitions.append(dev)
            self.partition_by_name[dev.name] = dev
            for i in dev.nodes:
                node = self.nodes[i]
                node.part_ids = (*node.part_ids, dev.index)
                node.partition_names = (*node.partition_names, dev.name)
        # initial drained / down nodes (steady state of the failure processes)
        for node in self.nodes:
            r = self.rng.random()
            if r < DRAIN_FRACTION:
                node.admin = "DRAIN"
                node.reason = self.rng.choice(DRAIN_REASONS)
                node.reason_user = "root"
                node.reason_time = t - self.rng.randrange(600, 2 * 86400)
                node.resume_at = self._schedule_node_event(
                    t + self._duration(DRAIN_MEAN_S, 1200, 3 * 86400), "resume", node.index)
            elif r < DRAIN_FRACTION + DOWN_FRACTION:
                node.admin = "DOWN"
                node.down_kind = "fail"
                node.reason = "Not responding"
                node.reason_user = "slurm"
                node.reason_time = t - self.rng.randrange(600, 86400)
                node.resume_at = self._schedule_node_event(
                    t + self._duration(DOWN_MEAN_S, 600, 10 * 86400), "up", node.index)
            else:
                self._bucket_add(node)
        self.nodes_last_update = t

    def _duration(self, mean: float, low: int, high: int) -> int:
        value = int(self.rng.expovariate(1.0 / mean))
        value = min(high, max(low, value))
        return value - value % TICK_S + TICK_S

    def _schedule_node_event(self, when: int, kind: str, node_index: int) -> int:
        self._event_seq += 1
        heapq.heappush(self._node_events, (when, self._event_seq, kind, node_index))
        return when

    def _mean_work(self, part: SimPartition) -> float:
        """Mean node-seconds of one arriving job in ``part`` (Monte Carlo, own RNG)."""
        rng = random.Random(stable_seed(self.seed, f"{self.site_id}/{part.name}/work"))
        total = 0.0
        samples = 3000
        for _ in range(samples):
            nodes, slots, _gpus, run, _limit, _outcome = self._draw_shape(rng, part)
            total += nodes * slots / part.gpus_per_node * run
        return total / samples

    # -- random jobs -----------------------------------------------------------------------
    def _draw_shape(self, rng: random.Random,
                    part: SimPartition) -> tuple[int, int, int, int, int, str]:
        """nodes, slots per node, GPUs per node, run seconds, time limit (min), outcome."""
        g = part.gpus_per_node
        size = len(part.nodes)
        max_nodes = min(part.max_nodes or size, size)
        if part.is_dev:
            nodes = 1 if rng.random() < 0.7 else rng.randint(1, max_nodes)
            slots = g if nodes > 1 or rng.random() < 0.5 else rng.randint(1, g)
            median = 600.0
        else:
            big = max(1, min(max_nodes, size // 6, 256))
            u = rng.random()
            if u < 0.50 and g > 1:
                nodes, slots, median = 1, rng.choice((1, 1, 1, 2, 2, max(1, g // 2))), 5400.0
                slots = min(slots, g - 1)
            elif u < 0.75 or big == 1:
                nodes, slots, median = 1, g, 10800.0
            elif u < 0.90:
                nodes, slots, median = rng.randint(2, max(2, min(8, big))), g, 18000.0
            elif u < 0.975:
                nodes, slots, median = rng.randint(min(9, big), max(min(9, big), min(64, big))), \
                    g, 21600.0
            else:
                low = min(65, big)
                nodes = int(math.exp(rng.uniform(math.log(low), math.log(max(low, big)))))
                slots, median = g, 28800.0
            nodes = max(1, min(nodes, max_nodes))
        max_s = part.max_time_min * 60
        run = int(min(max_s, max(60.0, rng.lognormvariate(math.log(median), 1.0))))
        limit_s = run * rng.uniform(1.2, 3.0)
        step = 10 if part.is_dev else 30
        limit_min = math.ceil(limit_s / (step * 60.0)) * step
        limit_min = max(10, min(part.max_time_min, limit_min))
        outcome = "COMPLETED"
        u = rng.random()
        if u < 0.05 or run >= limit_min * 60:
            run, outcome = limit_min * 60, "TIMEOUT"
        elif u < 0.11:
            run, outcome = max(30, int(run * rng.uniform(0.01, 0.9))), "FAILED"
        elif u < 0.13:
            run, outcome = max(30, int(run * rng.uniform(0.05, 0.9))), "CANCELLED"
        return nodes, slots, slots, run, limit_min, outcome

    def _pick_user(self, rng: random.Random) -> str:
        return self.users[min(len(self.users) - 1,
                              bisect.bisect_left(self._user_cum, rng.random()))]

    def _new_job(self, part: SimPartition, submit_time: int,
                 shape: tuple[int, int, int, int, int, str] | None = None,
                 user: str | None = None) -> SimJob:
        rng = self.rng
        nodes, slots, gpus, run, limit, outcome = shape or self._draw_shape(rng, part)
        user = user or self._pick_user(rng)
        name = rng.choice(JOB_NAMES)
        job_id = self.next_job_id
        self.next_job_id += 1
        prio = (self.user_share[user] + 20000 * part.tier
                + int(5000 * nodes / max(1, len(part.nodes))) + rng.randrange(0, 2000))
        cpus_per_slot = self.nodes[part.nodes[0]].cpus // part.gpus_per_node
        job = SimJob(job_id=job_id, name=name, user=user, account=self.user_account[user],
                     part_id=part.index, partition=part.name, nodes_req=nodes,
                     slots_per_node=slots, gpus_per_node=gpus, time_limit_min=limit,
                     run_s=run, submit_time=submit_time, prio_base=prio, outcome=outcome,
                     tasks=nodes * max(1, gpus), cpus_per_task=max(1, cpus_per_slot),
                     working_directory=f"/scratch/{self.user_account[user]}/{user}",
                     last_eval=submit_time)
        job.standard_output = f"{job.working_directory}/{name}-{job_id}.out"
        job.standard_error = job.standard_output
        job.priority = job.priority_at(submit_time)
        return job

    def _warm_start(self, t: int) -> None:
        """Fill the machine to a realistic load and queue as if it had been running."""
        rng = self.rng
        target = min(0.95, max(0.70, load_factor(t) * self.popularity * 0.92))
        initial: list[SimJob] = []
        for part in self.partitions:
            if part.is_dev:
                continue
            usable = sum(1 for i in part.nodes if self.nodes[i].admin == "")
            goal = target * usable
            busy = 0.0
            attempts = 0
            while busy < goal and attempts < 40 * max(10, usable):
                attempts += 1
                shape = self._draw_shape(rng, part)
                nodes, slots, _g, run, _limit, _outcome = shape
                # length-biased: long jobs are more likely to be running at a random time
                if rng.random() > run / (part.max_time_min * 60.0):
                    continue
                alloc = self._fit(part, nodes, slots)
                if alloc is None:
                    continue
                age = int(rng.uniform(0, run))
                start = t - age
                wait = int(rng.expovariate(1.0 / 3600.0))
                job = self._new_job(part, start - wait, shape)
                self._start(job, alloc, start)
                initial.append(job)
                busy += nodes * slots / part.gpus_per_node
        # pending queue
        for part in self.partitions:
            cap = self._pending_cap(part)
            fill = min(0.8, max(0.1, (load_factor(t) * self.popularity - 0.85) * 3.0))
            for _ in range(int(cap * fill)):
                job = self._new_job(part, t - rng.randrange(60, 4 * 3600))
                self._enqueue(job)
        self._renumber_by_submission()
        self._schedule(t)

    def _renumber_by_submission(self) -> None:
        """Give the warm-start jobs ids in submission order (as a real queue has)."""
        jobs = sorted(self.jobs.values(), key=lambda j: (j.submit_time, j.job_id))
        base = min(j.job_id for j in jobs) if jobs else self.next_job_id
        self.jobs = {}
        self.running = {}
        for i, job in enumerate(jobs):
            job.job_id = base + i
            job.standard_output = job.standard_output.rsplit("-", 1)[0] + f"-{job.job_id}.out"
            job.standard_error = job.standard_output
            self.jobs[job.job_id] = job
            if job.state == "RUNNING":
                self.running[job.job_id] = job
        for node in self.nodes:
            node.jobs = set()
        for job in self.running.values():
            for i in job.node_ids:
                self.nodes[i].jobs.add(job.job_id)
        self._end_heap = [(j.end_time, j.job_id) for j in self.running.values()]
        heapq.heapify(self._end_heap)
        self.pending = sorted((j.order_key, j.job_id) for j in self.jobs.values()
                              if j.state == "PENDING")
        self.next_job_id = base + len(jobs)

    def _pending_cap(self, part: SimPartition) -> int:
        if part.is_dev:
            return max(2, len(part.nodes) // 4)
        return max(8, len(part.nodes) // 15)

    # -- resources -------------------------------------------------------------------------
    def _bucket_add(self, node: SimNode) -> None:
        if node.free_slots > 0 and node.admin == "":
            for p in node.part_ids:
                self.partitions[p].buckets[node.free_slots].add(node.index)

    def _bucket_remove(self, node: SimNode) -> None:
        if node.free_slots > 0:
            for p in node.part_ids:
                self.partitions[p].buckets[node.free_slots].discard(node.index)

    def _can_fit(self, part: SimPartition, nodes: int, slots: int) -> bool:
        g = part.gpus_per_node
        if slots > g:
            return False
        found = 0
        for k in range(g, slots - 1, -1):
            found += len(part.buckets[k])
            if found >= nodes:
                return True
        return False

    def _fit(self, part: SimPartition, nodes: int, slots: int) -> list[int] | None:
        """Nodes for a job, best fit first (lowest names); ``None`` when it cannot start."""
        if not self._can_fit(part, nodes, slots):
            return None
        g = part.gpus_per_node
        chosen: list[int] = []
        for k in range(slots, g + 1):
            bucket = part.buckets[k]
            if bucket:
                chosen.extend(heapq.nsmallest(nodes - len(chosen), bucket))
                if len(chosen) >= nodes:
                    return chosen
        return None

    def _touch_node(self, node: SimNode, when: float) -> None:
        node.version += 1
        self.dirty_nodes.add(node.index)
        self.nodes_changes += 1
        self.nodes_last_update = _stamp(self.nodes_last_update, self.nodes_observed, when)

    def _touch_job(self, job: SimJob | None, when: float) -> None:
        if job is not None:
            job.version += 1
            self.dirty_jobs.add(job.job_id)
        self.jobs_changes += 1
        self.jobs_last_update = _stamp(self.jobs_last_update, self.jobs_observed, when)

    def observe_nodes(self) -> int:
        """``last_update`` of the nodes as handed to a client (later changes stamp higher)."""
        self.nodes_observed = max(self.nodes_observed, self.nodes_last_update)
        return self.nodes_last_update

    def observe_jobs(self) -> int:
        self.jobs_observed = max(self.jobs_observed, self.jobs_last_update)
        return self.jobs_last_update

    def _start(self, job: SimJob, alloc: list[int], when: int) -> None:
        self.user_gpus[job.user] = (self.user_gpus.get(job.user, 0)
                                    + job.nodes_req * job.gpus_per_node)
        job.state = "RUNNING"
        job.reason = "None"
        job.start_time = when
        job.est_start = 0
        job.end_time = when + min(job.run_s, job.time_limit_min * 60)
        job.node_ids = sorted(alloc)
        job.gpu_masks = []
        job.last_eval = when
        for i in job.node_ids:
            node = self.nodes[i]
            self._bucket_remove(node)
            mask = 0
            if job.gpus_per_node:
                free = [b for b in range(node.slots) if not node.gpu_mask >> b & 1]
                for b in free[: job.gpus_per_node]:
                    mask |= 1 << b
            node.gpu_mask |= mask
            job.gpu_masks.append(mask)
            node.free_slots -= job.slots_per_node
            node.alloc_cpus += node.cpus * job.slots_per_node // node.slots
            node.alloc_mem += node.memory_mb * 9 // 10 * job.slots_per_node // node.slots
            node.jobs.add(job.job_id)
            node.cpu_load = node.alloc_cpus * (85 + (job.job_id + i) % 15)
            node.free_mem_mb = max(1024, node.memory_mb - node.alloc_mem - 8192)
            self._bucket_add(node)
            self._touch_node(node, when)
        self.running[job.job_id] = job
        self.jobs[job.job_id] = job
        heapq.heappush(self._end_heap, (job.end_time, job.job_id))
        self._touch_job(job, when)

    def _release(self, job: SimJob, when: int) -> None:
        self.user_gpus[job.user] = (self.user_gpus.get(job.user, 0)
                                    - job.nodes_req * job.gpus_per_node)
        for i, mask in zip(job.node_ids, job.gpu_masks, strict=True):
            node = self.nodes[i]
            if job.job_id not in node.jobs:
                continue
            self._bucket_remove(node)
            node.jobs.discard(job.job_id)
            node.gpu_mask &= ~mask
            node.free_slots += job.slots_per_node
            node.alloc_cpus -= node.cpus * job.slots_per_node // node.slots
            node.alloc_mem -= node.memory_mb * 9 // 10 * job.slots_per_node // node.slots
            if not node.jobs:
                node.alloc_cpus = node.alloc_mem = node.gpu_mask = 0
                node.free_slots = node.slots
                node.last_busy = when
                node.cpu_load = 0
            else:
                node.cpu_load = node.alloc_cpus * 90
            node.free_mem_mb = max(1024, node.memory_mb - node.alloc_mem - 8192)
            self._bucket_add(node)
            self._touch_node(node, when)

    def _finish(self, job: SimJob, when: int, state: str) -> None:
        if job.state == "RUNNING":
            self._release(job, when)
            self.running.pop(job.job_id, None)
        else:
            self._dequeue(job)
            job.start_time = job.start_time or when
        job.state = state
        job.end_time = when
        job.est_start = 0
        job.reason = {"NODE_FAIL": "NodeDown", "FAILED": "NonZeroExitCode"}.get(state, "None")
        if state == "FAILED":
            job.exit_code = 1
        elif state in ("CANCELLED", "TIMEOUT"):
            job.signal = 9 if state == "CANCELLED" else 15
        job.last_eval = when
        heapq.heappush(self._finished_heap, (when, job.job_id))
        self._touch_job(job, when)

    def _enqueue(self, job: SimJob) -> None:
        self.jobs[job.job_id] = job
        bisect.insort(self.pending, (job.order_key, job.job_id))
        self._touch_job(job, job.submit_time)

    def _dequeue(self, job: SimJob) -> None:
        entry = (job.order_key, job.job_id)
        i = bisect.bisect_left(self.pending, entry)
        if i < len(self.pending) and self.pending[i] == entry:
            del self.pending[i]

    # -- time ------------------------------------------------------------------------------
    def advance_to(self, now: float) -> None:
        """Run every tick up to ``now`` (never backwards)."""
        if now <= self.now:
            return
        while self.next_tick <= now:
            gap = now - self.next_tick
            step = COARSE_TICK_S if gap > FINE_CATCHUP_S else TICK_S
            t = self.next_tick
            if step == COARSE_TICK_S:
                t = t - t % COARSE_TICK_S + COARSE_TICK_S
            self._tick(self._last_tick, t)
            self._last_tick = t
            self.next_tick = t + TICK_S
        self.now = now

    def _tick(self, t_prev: int, t: int) -> None:
        dt = t - t_prev
        self._finish_until(t)
        self._node_events_until(t)
        self._node_failures(t_prev, t, dt)
        self._outages(t, dt)
        self._arrivals(t_prev, t, dt)
        self._purge(t)
        if t - self._last_prio >= PRIORITY_CALC_S:
            self._last_prio = t
            for _, job_id in self.pending:
                job = self.jobs[job_id]
                new = job.priority_at(t)
                if new != job.priority:
                    job.priority = new
                    self._touch_job(job, t)
        self._schedule(t)

    def _finish_until(self, t: int) -> None:
        heap = self._end_heap
        while heap and heap[0][0] <= t:
            end, job_id = heapq.heappop(heap)
            job = self.running.get(job_id)
            if job is None or job.end_time != end:
                continue
            state = job.outcome if job.outcome in ("COMPLETED", "FAILED", "TIMEOUT") else (
                "CANCELLED" if job.outcome == "CANCELLED" else "COMPLETED")
            self._finish(job, end, state)

    def _node_events_until(self, t: int) -> None:
        events = self._node_events
        while events and events[0][0] <= t:
            when, _seq, kind, index = heapq.heappop(events)
            node = self.nodes[index]
            if kind == "resume" and node.admin == "DRAIN" and node.resume_at == when:
                self._node_ok(node, when)
            elif kind == "up" and node.admin == "DOWN" and node.down_kind == "fail" \
                    and node.resume_at == when:
                node.boot_time = when - 120
                self._node_ok(node, when)
            elif kind == "outage_end" and node.admin == "DOWN" and node.down_kind == "outage" \
                    and node.resume_at == when:
                node.boot_time = when - 300
                self._node_ok(node, when)

    def _node_ok(self, node: SimNode, when: int) -> None:
        node.admin = ""
        node.down_kind = ""
        node.reason = ""
        node.reason_user = ""
        node.reason_time = 0
        node.resume_at = 0
        self._bucket_add(node)
        self._touch_node(node, when)

    def _node_failures(self, t_prev: int, t: int, dt: int) -> None:
        rng = self.rng
        n = len(self.nodes)
        for _ in range(poisson(rng, DRAIN_FRACTION / DRAIN_MEAN_S * n * dt)):
            node = self.nodes[rng.randrange(n)]
            if node.admin:
                continue
            when = rng.randrange(t_prev, t) + 1
            self._bucket_remove(node)
            node.admin = "DRAIN"
            node.reason = rng.choice(DRAIN_REASONS)
            node.reason_user = "root" if rng.random() < 0.6 else "slurm"
            node.reason_time = when
            node.resume_at = self._schedule_node_event(
                t + self._duration(DRAIN_MEAN_S, 1200, 3 * 86400), "resume", node.index)
            self._touch_node(node, when)
        for _ in range(poisson(rng, DOWN_FRACTION / DOWN_MEAN_S * n * dt)):
            node = self.nodes[rng.randrange(n)]
            if node.admin == "DOWN":
                continue
            self._node_down(node, t, "fail", "Not responding", "slurm",
                            t + self._duration(DOWN_MEAN_S, 600, 10 * 86400), "up")

    def _node_down(self, node: SimNode, when: int, kind: str, reason: str, user: str,
                   until: int, event: str) -> None:
        for job_id in sorted(node.jobs):
            job = self.running.get(job_id)
            if job is not None:
                self._finish(job, when, "NODE_FAIL")
        self._bucket_remove(node)
        node.admin = "DOWN"
        node.down_kind = kind
        node.reason = reason
        node.reason_user = user
        node.reason_time = when
        node.resume_at = self._schedule_node_event(until, event, node.index)
        node.cpu_load = 0
        self._touch_node(node, when)

    def _outages(self, t: int, dt: int) -> None:
        rng = self.rng
        if rng.random() >= dt / OUTAGE_MEAN_INTERVAL_S:
            return
        n = len(self.nodes)
        size = max(1, round(n * rng.uniform(0.02, 0.06)))
        first = rng.randrange(0, n - size + 1)
        until = t + rng.randrange(3600, 4 * 3600, TICK_S)
        reason = rng.choice(OUTAGE_REASONS)
        for node in self.nodes[first:first + size]:
            if node.admin == "DOWN" and node.down_kind == "outage":
                continue
            self._node_down(node, t, "outage", reason, "root", until, "outage_end")

    def _arrivals(self, t_prev: int, t: int, dt: int) -> None:
        rng = self.rng
        factor = load_factor((t_prev + t) / 2) * self.popularity
        # users stop submitting into a long queue (or when many of their own jobs wait)
        eligible: dict[int, int] = {}
        total: dict[int, int] = {}
        per_user: dict[tuple[int, str], int] = {}
        for _, job_id in self.pending:
            queued = self.jobs[job_id]
            p = queued.part_id
            total[p] = total.get(p, 0) + 1
            per_user[(p, queued.user)] = per_user.get((p, queued.user), 0) + 1
            if queued.reason in ("None", "Resources", "Priority"):
                eligible[p] = eligible.get(p, 0) + 1
        arrivals: list[tuple[int, SimPartition, str]] = []
        for part in self.partitions:
            share = 0.35 if part.is_dev else 1.0
            rate = factor * share * len(part.nodes) / max(1.0, self._work_per_job[part.index])
            cap = self._pending_cap(part)
            user_cap = max(2, cap // 4)
            for _ in range(poisson(rng, rate * dt)):
                when = t_prev + rng.randrange(0, max(1, dt)) + 1
                user = self._pick_user(rng)
                key = (part.index, user)
                if eligible.get(part.index, 0) >= cap or total.get(part.index, 0) >= 3 * cap \
                        or per_user.get(key, 0) >= user_cap:
                    continue
                eligible[part.index] = eligible.get(part.index, 0) + 1
                total[part.index] = total.get(part.index, 0) + 1
                per_user[key] = per_user.get(key, 0) + 1
                arrivals.append((when, part, user))
        arrivals.sort(key=lambda a: (a[0], a[1].index))
        for when, part, user in arrivals:
            job = self._new_job(part, when, user=user)
            if not part.is_dev and rng.random() < 0.06:
                # a chained run: after the same user's latest job in this partition
                latest = self._latest_job_of(job.user, part.index)
                if latest is not None:
                    job.depends_on = latest
            self._enqueue(job)

    def _latest_job_of(self, user: str, part_id: int) -> int | None:
        for job_id in reversed(list(self.running)):
            job = self.running[job_id]
            if job.user == user and job.part_id == part_id:
                return job_id
        return None

    def _purge(self, t: int) -> None:
        heap = self._finished_heap
        while heap and heap[0][0] <= t - MIN_JOB_AGE_S:
            _, job_id = heapq.heappop(heap)
            job = self.jobs.get(job_id)
            if job is not None and job.state not in ("PENDING", "RUNNING"):
                del self.jobs[job_id]
                self.dirty_jobs.add(job_id)
                self._touch_job(None, t)
                if job.array_job_id and job.array_job_id in self.array_tasks:
                    tasks = self.array_tasks[job.array_job_id]
                    if job_id in tasks:
                        tasks.remove(job_id)
                    if not tasks:
                        del self.array_tasks[job.array_job_id]

    # -- scheduling ------------------------------------------------------------------------
    def _timeline(self, part: SimPartition) -> tuple[list[int], list[float]]:
        """Expected releases in a partition: end times (by time limit), cumulative units."""
        g = part.gpus_per_node
        entries: list[tuple[int, float]] = []
        if part.is_dev:  # count only the job's nodes inside this (small) partition
            counts: dict[int, int] = {}
            for i in part.nodes:
                for job_id in self.nodes[i].jobs:
                    counts[job_id] = counts.get(job_id, 0) + 1
            for job_id, count in counts.items():
                j = self.running.get(job_id)
                if j is not None:
                    entries.append((j.start_time + j.time_limit_min * 60,
                                    count * j.slots_per_node / g))
        else:
            for j in self.running.values():
                if self.partitions[j.part_id].pool == part.pool:
                    entries.append((j.start_time + j.time_limit_min * 60,
                                    j.nodes_req * j.slots_per_node / g))
        entries.sort()
        times: list[int] = []
        cum: list[float] = []
        total = 0.0
        for end, units in entries:
            total += units
            times.append(end)
            cum.append(total)
        return times, cum

    def _schedule(self, t: int) -> None:
        """FIFO by priority with EASY backfill; sets reasons and start estimates."""
        timelines: dict[int, tuple[list[int], list[float]]] = {}
        shadow: dict[int, list[float]] = {}  # part -> [shadow_time, extra, needed_cum, count]
        free_now: dict[int, float] = {}
        started: list[SimJob] = []
        for _, job_id in list(self.pending):
            job = self.jobs[job_id]
            if job.hold:
                continue
            part = self.partitions[job.part_id]
            if job.depends_on:
                dep = self.jobs.get(job.depends_on)
                if dep is not None and dep.state in ("PENDING", "RUNNING"):
                    self._set_pending(job, "Dependency", 0, t)
                    continue
            if (self.user_gpus.get(job.user, 0) + job.nodes_req * job.gpus_per_node
                    > self.user_gpu_limit):
                self._set_pending(job, "QOSMaxGRESPerUser", 0, t)
                continue
            units = job.nodes_req * job.slots_per_node / part.gpus_per_node
            res = shadow.get(part.index)
            if self._can_fit(part, job.nodes_req, job.slots_per_node):
                allowed = res is None or t + job.time_limit_min * 60 <= res[0]
                if not allowed and res is not None and units <= res[1]:
                    res[1] -= units
                    allowed = True
                alloc = self._fit(part, job.nodes_req, job.slots_per_node) if allowed else None
                if alloc is not None:
                    self._dequeue(job)
                    self._start(job, alloc, t)
                    started.append(job)
                    continue
            if part.index not in timelines:
                timelines[part.index] = self._timeline(part)
                free_now[part.index] = part.free_units()
            times, cum = timelines[part.index]
            if res is None:
                needed = units
                est = self._estimate(times, cum, needed - free_now[part.index], t)
                extra = 0.0
                if est:
                    i = bisect.bisect_left(times, est)
                    released = cum[i] if i < len(cum) else (cum[-1] if cum else 0.0)
                    extra = max(0.0, free_now[part.index] + released - needed)
                shadow[part.index] = [float(est or 2**62), extra, needed, 1.0]
                self._set_pending(job, "Resources", est, t)
            else:
                res[2] += units
                res[3] += 1
                est = 0
                if res[3] <= ESTIMATES_PER_PARTITION:
                    est = self._estimate(times, cum, res[2] - free_now[part.index], t)
                self._set_pending(job, "Priority", est, t)
        if started:
            self.last_backfill = t

    @staticmethod
    def _estimate(times: list[int], cum: list[float], need: float, t: int) -> int:
        if need <= 0:
            return t + TICK_S
        if not cum:
            return 0
        i = bisect.bisect_left(cum, need - 1e-9)
        if i >= len(times):
            return 0
        return max(t + TICK_S, times[i])

    def _set_pending(self, job: SimJob, reason: str, est: int, t: int) -> None:
        if job.reason != reason or job.est_start != est:
            job.reason = reason
            job.est_start = est
            job.last_eval = t
            self._touch_job(job, t)

    # -- API operations --------------------------------------------------------------------
    def default_partition(self) -> SimPartition:
        return self.partitions[0]

    def submit(self, body: Any, user: str, now: float) -> SubmitOutcome:
        """Validate and queue a v0.0.42 ``job/submit`` body, like slurmctld would."""
        self.advance_to(now)
        try:
            return self._submit(body, user, int(now))
        except SubmitError as exc:
            return SubmitOutcome(None, error_number=exc.error_number, error=exc.error,
                                 http_status=exc.http_status)

    def _submit(self, body: Any, user: str, now: int) -> SubmitOutcome:
        if not isinstance(body, Mapping) or not isinstance(body.get("job"), Mapping):
            raise SubmitError(9001, "Failure to parse job description: field 'job' is missing",
                              400)
        desc: Mapping[str, Any] = body["job"]
        warnings = [f"Ignoring unknown field \"{key}\" in job description"
                    for key in desc if key not in KNOWN_SUBMIT_FIELDS]
        script = desc.get("script", body.get("script"))
        if not isinstance(script, str) or not script.strip():
            raise SubmitError(2009, "Job script not specified")
        env = desc.get("environment")
        if not isinstance(env, list | Mapping) or not env:
            raise SubmitError(2019, "I/O error writing script/environment to file")
        pname = desc.get("partition") or self.default_partition().name
        part = self.partition_by_name.get(str(pname))
        if part is None:
            raise SubmitError(2000, "Invalid partition name specified")
        nodes = _node_count(desc.get("nodes", desc.get("minimum_nodes", 1)))
        if nodes is None or nodes < 1:
            raise SubmitError(2006, "Node count specification invalid")
        gpus = _gpus_per_node(desc, nodes, part.gres_type)
        if gpus is None:
            raise SubmitError(2072, "Invalid generic resource (gres) specification")
        limit = _limit_number(desc.get("time_limit"))
        if limit is None:
            limit = part.default_time_min
        if limit <= 0 or limit > part.max_time_min:
            raise SubmitError(2051, "Requested time limit is invalid (missing or exceeds "
                                    "some limit)")
        if gpus > part.gpus_per_node or nodes > len(part.nodes):
            raise SubmitError(2014, "Requested node configuration is not available")
        if part.max_nodes is not None and nodes > part.max_nodes:
            raise SubmitError(2006, "Node count specification invalid")
        memory = _limit_number(desc.get("memory_per_node"))
        if memory and sum(self.nodes[i].memory_mb >= memory for i in part.nodes) < nodes:
            # like slurmctld: not enough nodes with that much RealMemory
            raise SubmitError(2014, "Requested node configuration is not available")
        tasks = _limit_number(desc.get("tasks")) or nodes
        cpus_per_task = _limit_number(desc.get("cpus_per_task")) or 1
        node_cpus = self.nodes[part.nodes[0]].cpus
        slots = max(1, gpus)
        cpu_slots = math.ceil(tasks * cpus_per_task / nodes / (node_cpus / part.gpus_per_node))
        slots = min(part.gpus_per_node, max(slots, cpu_slots))
        if tasks * cpus_per_task > nodes * node_cpus:
            raise SubmitError(2014, "Requested node configuration is not available")
        array = _array_indices(desc.get("array"))
        if array is None:
            raise SubmitError(2081, "Invalid job array specification")
        hold = bool(desc.get("hold"))
        limit_s = limit * 60
        run = self._user_run_seconds(script, limit_s)
        outcome = "TIMEOUT" if run >= limit_s else "COMPLETED"
        name = str(desc.get("name") or "sbatch")
        account = str(desc.get("account") or user)
        cwd = str(desc.get("current_working_directory") or f"/home/{user}")
        first_id = self.next_job_id
        ids: list[int] = []
        tasks_ids: list[int | None] = list(array) if array else [None]
        for task in tasks_ids:
            job = SimJob(job_id=self.next_job_id, name=name, user=user, account=account,
                         part_id=part.index, partition=part.name, nodes_req=nodes,
                         slots_per_node=slots, gpus_per_node=gpus, time_limit_min=limit,
                         run_s=min(run, limit_s), submit_time=now,
                         prio_base=30000 * part.tier + 45000, outcome=outcome, hold=hold,
                         user_submitted=True, tasks=tasks, cpus_per_task=cpus_per_task,
                         working_directory=cwd, comment=str(desc.get("comment") or ""),
                         last_eval=now)
            self.next_job_id += 1
            if task is not None:
                job.array_job_id = first_id
                job.array_task_id = task
                self.array_tasks.setdefault(first_id, []).append(job.job_id)
            job.standard_output = _expand(str(desc.get("standard_output")
                                              or f"{cwd}/slurm-%j.out"), job, cwd)
            job.standard_error = _expand(str(desc.get("standard_error")
                                             or desc.get("standard_output")
                                             or f"{cwd}/slurm-%j.out"), job, cwd)
            if hold:
                job.reason = "JobHeldUser"
            job.priority = job.priority_at(now)
            self._enqueue(job)
            ids.append(job.job_id)
        if hold:
            warnings.append("Job is in held state, pending scheduler release")
        self._schedule(now)
        return SubmitOutcome(first_id, tuple(warnings))

    def _user_run_seconds(self, script: str, limit_s: int) -> int:
        sleeps = [float(m) for m in _SLEEP.findall(script)]
        if sleeps:
            return max(1, math.ceil(sum(sleeps)))
        return min(limit_s, 300 + int(self.rng.expovariate(1 / 900.0)))

    def cancel(self, job_id: int, user: str, now: float) -> CancelOutcome:
        self.advance_to(now)
        ids = self.array_tasks.get(job_id) or [job_id]
        targets = [self.jobs[i] for i in ids if i in self.jobs]
        live = [j for j in targets if j.state in ("PENDING", "RUNNING")]
        if not live:  # unknown or already finished: v0.0.42 answers 200 without errors
            return CancelOutcome()
        if any(j.user != user for j in live):
            return CancelOutcome(2002, "Access/permission denied", 500)
        t = int(now)
        for job in live:
            self._finish(job, t, "CANCELLED")
        self._schedule(t)
        return CancelOutcome()

    def job_family(self, job_id: int) -> list[SimJob]:
        """The job with this id, or every task of the array with this id."""
        ids = self.array_tasks.get(job_id)
        if ids:
            return [self.jobs[i] for i in ids if i in self.jobs]
        job = self.jobs.get(job_id)
        return [job] if job is not None else []

    def node_by_name(self, name: str) -> SimNode | None:
        i = self._name_index.get(name)
        return self.nodes[i] if i is not None else None

    # -- summaries (tests, benchmarks, reports) --------------------------------------------
    def summary(self) -> dict[str, Any]:
        states: dict[str, int] = {}
        for node in self.nodes:
            key = "+".join(node.state())
            states[key] = states.get(key, 0) + 1
        gpus = sum(n.slots for n in self.nodes)
        used = sum(n.gpus_used for n in self.nodes)
        return {
            "site_id": self.site_id, "nodes": len(self.nodes), "gpus": gpus,
            "gpus_used": used, "utilisation": used / gpus if gpus else 0.0,
            "jobs": len(self.jobs), "running": len(self.running),
            "pending": len(self.pending), "node_states": states,
        }

    def fingerprint(self) -> tuple[Any, ...]:
        """A compact, comparable picture of the whole state (for determinism tests)."""
        return (
            tuple((n.name, tuple(n.state()), n.gpu_mask, n.free_slots, n.reason)
                  for n in self.nodes),
            tuple((j.job_id, j.state, j.reason, j.start_time, j.end_time, j.est_start,
                   tuple(j.node_ids)) for j in sorted(self.jobs.values(),
                                                       key=lambda j: j.job_id)),
            self.nodes_last_update, self.jobs_last_update,
        )


def _stamp(current: int, observed: int, when: float) -> int:
    """A new ``last_update``: the change time, but always above what a client has seen."""
    stamp = int(when)
    if stamp > current:
        return stamp
    return observed + 1 if current <= observed else current


def _slurm_name(text: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text.lower())
    return cleaned.strip("_")


def _node_count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        low = text.split("-", 1)[0]
        if low.isdigit():
            return int(low)
    if isinstance(value, Mapping):
        return _limit_number(value)
    return None


_GPU_REQ = re.compile(r"^(?:gres[/:])?gpu(?::(?P<type>[^:,]+?))?(?::(?P<count>\d+))?$")


def _parse_gpu_request(text: str, gres_type: str) -> int | None:
    """GPUs asked for by ``gres/gpu:TYPE:N`` / ``gres/gpu:N`` / ``gpu:N``; None if invalid."""
    total = 0
    for item in (p.strip() for p in text.split(",") if p.strip()):
        match = _GPU_REQ.match(item)
        if not match:
            if item.startswith(("gres/", "gres:", "gpu")):
                return None
            continue  # other TRES (e.g. cpu=) do not ask for GPUs
        gtype, count = match.group("type"), match.group("count")
        if count is None and gtype is not None and gtype.isdigit():
            gtype, count = None, gtype
        if gtype is not None and gtype != gres_type:
            return None
        total += int(count) if count is not None else 1
    return total


def _gpus_per_node(desc: Mapping[str, Any], nodes: int, gres_type: str) -> int | None:
    per_node = desc.get("tres_per_node")
    if isinstance(per_node, str) and per_node:
        return _parse_gpu_request(per_node, gres_type)
    gpn = desc.get("gpus_per_node")
    if isinstance(gpn, str) and gpn:
        return _parse_gpu_request(f"gpu:{gpn}", gres_type)
    if isinstance(gpn, int) and not isinstance(gpn, bool):
        return gpn
    per_job = desc.get("tres_per_job")
    if isinstance(per_job, str) and per_job:
        total = _parse_gpu_request(per_job, gres_type)
        return None if total is None else math.ceil(total / max(1, nodes))
    return 0


def _array_indices(value: Any) -> list[int] | None:
    """Task ids of an array spec (``0-3``, ``1,5,7``, ``0-9:2``, ``%N`` ignored); [] if none."""
    if value in (None, ""):
        return []
    if not isinstance(value, str):
        return None
    spec = value.split("%", 1)[0]
    out: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        step = 1
        if ":" in part:
            part, step_text = part.split(":", 1)
            if not step_text.isdigit() or int(step_text) < 1:
                return None
            step = int(step_text)
        if "-" in part:
            lo, hi = part.split("-", 1)
            if not (lo.isdigit() and hi.isdigit()) or int(hi) < int(lo):
                return None
            out.extend(range(int(lo), int(hi) + 1, step))
        elif part.isdigit():
            out.append(int(part))
        else:
            return None
    if len(out) > 1000:
        return None
    return sorted(set(out))


def _expand(pattern: str, job: SimJob, cwd: str) -> str:
    out = (pattern.replace("%j", str(job.job_id)).replace("%x", job.name)
           .replace("%u", job.user).replace("%A", str(job.array_job_id or job.job_id))
           .replace("%a", str(job.array_task_id if job.array_task_id is not None else 0))
           .replace("%%", "%"))
    if not out.startswith("/"):
        out = f"{cwd.rstrip('/')}/{out}"
    return out


class Federation:
    """All simulated sites, advanced together from one injected clock."""

    def __init__(self, specs: Iterable[SiteSpec], seed: int, start_time: float) -> None:
        self.seed = seed
        self.sites: dict[str, SiteSimulation] = {}
        for spec in specs:
            self.sites[spec.site_id] = SiteSimulation(spec, seed, start_time)

    def advance_to(self, now: float) -> None:
        for site in self.sites.values():
            site.advance_to(now)

    def totals(self) -> dict[str, int]:
        return {
            "sites": len(self.sites),
            "nodes": sum(len(s.nodes) for s in self.sites.values()),
            "gpus": sum(n.slots for s in self.sites.values() for n in s.nodes),
            "jobs": sum(len(s.jobs) for s in self.sites.values()),
        }
