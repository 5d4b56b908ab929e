"""The demo federation's simulated past: 30 days of availability samples per partition.

Running the full simulator over 30 days would take minutes, so the past comes from a cheap
model of the same load: the simulator's diurnal and weekly cycle (``load_factor``) times
the machine's popularity, plus smooth deterministic noise, a small share of drained and
down nodes with the odd cabinet outage, a queue that grows when the machine is busy, and
a few hours here and there when a site did not answer at all (no samples: a gap).

The model ends where the live simulation begins: each partition's numbers at the moment
the federation was built (its warm-started state) are the anchor, the model is bent
towards them over the last ``BLEND_S`` seconds, and the queue's GPUs per job are the live
queue's. So the back-filled past joins the live plot without a jump.

Deterministic for a given seed and start: a sample depends only on the seed, the site, the
partition, its timestamp (aligned to the step) and the live numbers at the start, never
on when it is asked for.
It is simulated, and every answer says so.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.demo.simulator import Federation, SimPartition, SiteSimulation, load_factor

WINDOW_S = 30 * 86400
DAY_S = 86400
#: Chance that a site did not answer for a few hours on a given day.
GAP_CHANCE = 0.015
#: Chance of a cabinet outage (a slice of nodes down for hours) on a given day.
OUTAGE_CHANCE = 0.08
#: How long before the live start the model is bent towards the live numbers.
BLEND_S = 6 * 3600


@dataclass(frozen=True)
class Anchor:
    """A partition's live numbers when the simulation started (``ts``)."""

    ts: int
    unavailable: int
    allocated: int
    pending_jobs: int
    pending_gpus: int


@dataclass(frozen=True)
class PartitionPlan:
    """What the model needs to know about one simulated partition."""

    name: str
    gpu_type: str
    nodes: int
    gpus_per_node: int
    is_dev: bool
    anchor: Anchor | None = None

    @property
    def total(self) -> int:
        return self.nodes * self.gpus_per_node


def live_anchor(sim: SiteSimulation, part: SimPartition) -> Anchor:
    """``part``'s numbers now, counted as the desk counts them: a down node's GPUs and a
    drained node's idle GPUs are unavailable; pending GPUs are what pending jobs ask for."""
    unavailable = allocated = 0
    for i in part.nodes:
        node = sim.nodes[i]
        used = min(node.gpus_used, node.slots)
        if node.admin == "DOWN":
            unavailable += node.slots
            continue
        allocated += used
        if node.admin == "DRAIN":
            unavailable += node.slots - used
    pending = [j for j in sim.jobs.values() if j.state == "PENDING" and j.part_id == part.index]
    return Anchor(ts=int(sim.now), unavailable=unavailable, allocated=allocated,
                  pending_jobs=len(pending),
                  pending_gpus=sum(j.nodes_req * j.gpus_per_node for j in pending))


@dataclass(frozen=True)
class SitePlan:
    site_id: str
    popularity: float
    partitions: tuple[PartitionPlan, ...]


def _unit(seed: int, key: str, k: int) -> float:
    """A deterministic number in [0, 1) for (seed, key, k)."""
    return zlib.crc32(f"{seed}|{key}|{k}".encode()) / 4294967296.0


class _Smooth:
    """Smooth noise in [-1, 1]: random knots every ``period`` s, cosine-interpolated."""

    def __init__(self, seed: int, key: str, period: int, since: int, until: int) -> None:
        self.period = period
        self.k0 = since // period
        k1 = until // period + 2
        self.knots = [2.0 * _unit(seed, key, k) - 1.0 for k in range(self.k0, k1 + 1)]

    def at(self, t: int) -> float:
        k, rest = divmod(t, self.period)
        i = k - self.k0
        a, b = self.knots[i], self.knots[i + 1]
        w = (1.0 - math.cos(math.pi * rest / self.period)) / 2.0
        return a + (b - a) * w


@lru_cache(maxsize=100_000)
def _load_at(hour: int) -> float:
    return load_factor(float(hour * 3600))


def _load(ts: int) -> float:
    """The simulator's load factor, averaged over the last four hours (a queue lags the
    offered load, so weekday/weekend steps are smoothed), interpolated within the hour."""
    hour, rest = divmod(ts, 3600)
    w = rest / 3600.0
    now = sum(_load_at(hour - k) for k in range(4)) / 4.0
    later = sum(_load_at(hour + 1 - k) for k in range(4)) / 4.0
    return now + (later - now) * w


def _windows(seed: int, site_id: str, what: str, since: int, until: int, chance: float,
             min_h: float, max_h: float) -> list[tuple[int, int]]:
    """``[start, end)`` windows of an event that happens on a day with ``chance``."""
    out = []
    for day in range(since // DAY_S - 1, until // DAY_S + 1):
        if _unit(seed, f"{site_id}/{what}", day) >= chance:
            continue
        start = day * DAY_S + int(_unit(seed, f"{site_id}/{what}/start", day) * DAY_S)
        hours = min_h + (max_h - min_h) * _unit(seed, f"{site_id}/{what}/len", day)
        out.append((start, start + int(hours * 3600)))
    return out


class SimulatedHistory:
    """Past availability of the demo's sites; serves the Hub's ``/v1/history``.

    ``simulated`` is always True; ``window_s`` is how far back samples exist.
    """

    simulated = True
    window_s = WINDOW_S
    note = "simulated by the demo federation: a model of its load, not recorded data"

    def __init__(self, federation: Federation, clock: Callable[[], float]) -> None:
        self.seed = federation.seed
        self._clock = clock
        self._plans: dict[str, SitePlan] = {}
        for site_id, sim in federation.sites.items():
            parts = tuple(
                PartitionPlan(p.name, p.gres_type, len(p.nodes), p.gpus_per_node, p.is_dev,
                              live_anchor(sim, p))
                for p in sim.partitions)
            self._plans[site_id] = SitePlan(site_id, sim.popularity, parts)

    def now(self) -> float:
        return self._clock()

    def sites(self) -> list[str]:
        return list(self._plans)

    def partitions(self, site_id: str) -> list[tuple[str, str]]:
        plan = self._plans.get(site_id)
        return [(p.name, p.gpu_type) for p in plan.partitions] if plan else []

    # -- gaps ------------------------------------------------------------------------------
    def gaps(self, site_id: str, since: int, until: int) -> list[tuple[int, int]]:
        """``[start, end)`` windows in which the site did not answer (no samples)."""
        return _windows(self.seed, site_id, "gap", since, until, GAP_CHANCE, 1.0, 7.0)

    # -- samples ---------------------------------------------------------------------------
    def series(self, site_id: str, since: float, until: float, step: int, *,
               partition: str | None = None,
               gpu_type: str | None = None) -> list[dict[str, Any]]:
        """Columnar samples per partition × GPU type at multiples of ``step`` in
        ``[since, until)``, clipped to the model's window ending now."""
        plan = self._plans.get(site_id)
        if plan is None:
            return []
        now = int(self.now())
        lo = max(int(since), now - WINDOW_S)
        hi = min(int(until), now)
        first = lo + (-lo) % step
        ticks = list(range(first, hi, step))
        gaps = self.gaps(site_id, lo, hi)
        if gaps:
            ticks = [t for t in ticks if not any(a <= t < b for a, b in gaps)]
        out = []
        for part in plan.partitions:
            if partition and part.name != partition:
                continue
            if gpu_type and part.gpu_type != gpu_type:
                continue
            out.append(self._partition_series(plan, part, ticks, lo, hi))
        return out

    def _partition_series(self, plan: SitePlan, part: PartitionPlan, ticks: list[int],
                          lo: int, hi: int) -> dict[str, Any]:
        model = _PartitionModel(self.seed, plan, part, lo, hi)
        anchor = part.anchor
        # the model at the anchor, and what it takes to meet the live numbers there
        offset: tuple[float, float, float] | None = None
        per_job = part.gpus_per_node * (1.0 if part.is_dev else 1.8)
        if anchor is not None:
            at = _PartitionModel(self.seed, plan, part, anchor.ts, anchor.ts)
            unavailable, allocated, jobs = at.at(anchor.ts)
            # the queue is bent by a factor (it must not go below zero on the way)
            offset = (anchor.unavailable - unavailable, anchor.allocated - allocated,
                      (anchor.pending_jobs + 0.5) / (jobs + 0.5))
            if anchor.pending_jobs > 0:
                per_job = anchor.pending_gpus / anchor.pending_jobs
        total = part.total
        cols: dict[str, list[int]] = {k: [] for k in (
            "ts", "total", "allocated", "idle", "unavailable", "pending_jobs", "pending_gpus")}
        for t in ticks:
            unavailable, allocated, jobs = model.at(t)
            if offset is not None and anchor is not None and t > anchor.ts - BLEND_S:
                w = 1.0 if t >= anchor.ts else \
                    (1.0 - math.cos(math.pi * (t - anchor.ts + BLEND_S) / BLEND_S)) / 2.0
                unavailable += w * offset[0]
                allocated += w * offset[1]
                jobs = (jobs + 0.5) * offset[2] ** w - 0.5
            down = min(total, max(0, round(unavailable)))
            alloc = min(total - down, max(0, round(allocated)))
            queued = max(0, round(jobs))
            cols["ts"].append(t)
            cols["total"].append(total)
            cols["allocated"].append(alloc)
            cols["idle"].append(total - down - alloc)
            cols["unavailable"].append(down)
            cols["pending_jobs"].append(queued)
            cols["pending_gpus"].append(round(queued * per_job))
        return {"partition": part.name, "gpu_type": part.gpu_type, **cols}


class _PartitionModel:
    """The cheap load model of one partition over ``[lo, hi]`` (unrounded numbers)."""

    def __init__(self, seed: int, plan: SitePlan, part: PartitionPlan, lo: int,
                 hi: int) -> None:
        key = f"{plan.site_id}/{part.name}"
        self.slow = _Smooth(seed, key + "/slow", 3 * 3600, lo, hi)
        self.fast = _Smooth(seed, key + "/fast", 2400, lo, hi)
        self.down = _Smooth(seed, key + "/down", 12 * 3600, lo, hi)
        self.queue = _Smooth(seed, key + "/queue", 5400, lo, hi)
        self.outages = _windows(seed, plan.site_id, "outage", lo, hi, OUTAGE_CHANCE, 3.0, 14.0)
        self.popularity = plan.popularity
        self.part = part
        amp = min(0.2, 0.5 / math.sqrt(max(1, part.nodes)))
        if part.is_dev:
            amp = max(amp, 0.12)
            self.cap = max(2, part.nodes // 4)
        else:
            self.cap = max(8, part.nodes // 15)
        self.amp = amp

    def at(self, t: int) -> tuple[float, float, float]:
        """Unavailable GPUs, allocated GPUs and pending jobs at ``t``."""
        part, amp = self.part, self.amp
        offered = _load(t) * self.popularity
        util = 0.84 + 0.14 * math.tanh((offered - 0.80) / 0.08)
        if part.is_dev:
            util *= 0.75
        util += amp * self.slow.at(t) + 0.5 * amp * self.fast.at(t)
        util = min(1.0, max(0.15, util))
        share = max(0.004, 0.02 + 0.01 * self.down.at(t))
        if any(a <= t < b for a, b in self.outages):
            share += 0.05
        total = part.total
        unavailable = min(float(total), total * share)
        allocated = (total - unavailable) * util
        fill = min(0.8, max(0.1, (offered - 0.85) * 3.0))
        jobs = max(0.0, self.cap * fill * (1.0 + 0.35 * self.queue.at(t)))
        return unavailable, allocated, jobs
