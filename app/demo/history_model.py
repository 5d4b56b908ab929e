"""The demo federation's simulated past: 30 days of availability samples per partition.

Running the full simulator over 30 days would take minutes, so the past comes from a cheap
model of the same load: the simulator's diurnal and weekly cycle (``load_factor``) times
the machine's popularity, plus smooth deterministic noise, a small share of drained and
down nodes with the odd cabinet outage, a queue that grows when the machine is busy, and
a few hours here and there when a site did not answer at all (no samples: a gap).

Deterministic for a given seed: a sample depends only on the seed, the site, the
partition and its timestamp (aligned to the step), never on when it is asked for.
It is simulated, and every answer says so.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.demo.simulator import Federation, load_factor

WINDOW_S = 30 * 86400
DAY_S = 86400
#: Chance that a site did not answer for a few hours on a given day.
GAP_CHANCE = 0.015
#: Chance of a cabinet outage (a slice of nodes down for hours) on a given day.
OUTAGE_CHANCE = 0.08


@dataclass(frozen=True)
class PartitionPlan:
    """What the model needs to know about one simulated partition."""

    name: str
    gpu_type: str
    nodes: int
    gpus_per_node: int
    is_dev: bool

    @property
    def total(self) -> int:
        return self.nodes * self.gpus_per_node


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
                PartitionPlan(p.name, p.gres_type, len(p.nodes), p.gpus_per_node, p.is_dev)
                for p in sim.partitions)
            self._plans[site_id] = SitePlan(site_id, sim.popularity, parts)

    def now(self) -> float:
        return self._clock()

    def sites(self) -> list[str]:
        return list(self._plans)

    def partitions(self, site_id: str) -> list[tuple[str, str]]:
        plan = self._plans.get(site_id)
        return [(p.name, p.gpu_type) for p in plan.partitions] if plan else []

    # -- gaps and outages ------------------------------------------------------------------
    def _day_window(self, site_id: str, what: str, day: int, chance: float,
                    min_h: float, max_h: float) -> tuple[int, int] | None:
        if _unit(self.seed, f"{site_id}/{what}", day) >= chance:
            return None
        start = day * DAY_S + int(_unit(self.seed, f"{site_id}/{what}/start", day) * DAY_S)
        hours = min_h + (max_h - min_h) * _unit(self.seed, f"{site_id}/{what}/len", day)
        return start, start + int(hours * 3600)

    def _windows(self, site_id: str, what: str, since: int, until: int, chance: float,
                 min_h: float, max_h: float) -> list[tuple[int, int]]:
        out = []
        for day in range(since // DAY_S - 1, until // DAY_S + 1):
            window = self._day_window(site_id, what, day, chance, min_h, max_h)
            if window is not None:
                out.append(window)
        return out

    def gaps(self, site_id: str, since: int, until: int) -> list[tuple[int, int]]:
        """``[start, end)`` windows in which the site did not answer (no samples)."""
        return self._windows(site_id, "gap", since, until, GAP_CHANCE, 1.0, 7.0)

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
        key = f"{plan.site_id}/{part.name}"
        slow = _Smooth(self.seed, key + "/slow", 3 * 3600, lo, hi)
        fast = _Smooth(self.seed, key + "/fast", 2400, lo, hi)
        down = _Smooth(self.seed, key + "/down", 12 * 3600, lo, hi)
        queue = _Smooth(self.seed, key + "/queue", 5400, lo, hi)
        outages = self._windows(plan.site_id, "outage", lo, hi, OUTAGE_CHANCE, 3.0, 14.0)
        amp = min(0.2, 0.5 / math.sqrt(max(1, part.nodes)))
        if part.is_dev:
            amp = max(amp, 0.12)
            cap = max(2, part.nodes // 4)
        else:
            cap = max(8, part.nodes // 15)
        total = part.total
        cols: dict[str, list[int]] = {k: [] for k in (
            "ts", "total", "allocated", "idle", "unavailable", "pending_jobs", "pending_gpus")}
        for t in ticks:
            offered = _load(t) * plan.popularity
            util = 0.84 + 0.14 * math.tanh((offered - 0.80) / 0.08)
            if part.is_dev:
                util *= 0.75
            util += amp * slow.at(t) + 0.5 * amp * fast.at(t)
            util = min(1.0, max(0.15, util))
            share = max(0.004, 0.02 + 0.01 * down.at(t))
            if any(a <= t < b for a, b in outages):
                share += 0.05
            unavailable = min(total, round(total * share))
            in_service = total - unavailable
            allocated = min(in_service, round(in_service * util))
            fill = min(0.8, max(0.1, (offered - 0.85) * 3.0))
            jobs = max(0, round(cap * fill * (1.0 + 0.35 * queue.at(t))))
            per_job = part.gpus_per_node * (1.0 if part.is_dev else 1.8)
            cols["ts"].append(t)
            cols["total"].append(total)
            cols["allocated"].append(allocated)
            cols["idle"].append(in_service - allocated)
            cols["unavailable"].append(unavailable)
            cols["pending_jobs"].append(jobs)
            cols["pending_gpus"].append(round(jobs * per_job))
        return {"partition": part.name, "gpu_type": part.gpu_type, **cols}
