"""GPU availability helpers: model families, federation totals, history series, heat maps.

Pure Python (no Qt, no numpy). Federation totals add up each site's ``Capacity.totals``
(every node once), never partition rows, because partitions share nodes. History series
are bucketed samples; a bucket with no sample stays missing (``nan`` when drawn), so a
closed desk or a site that was down shows as a gap, never as an invented line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import NamedTuple

from app.domain.capacity import Capacity, GpuTotals

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: Known GPU model tokens inside GRES type names, longest first.
_MODEL_TOKENS = ("gh200", "gb200", "h200", "h100", "a100", "a40", "a30", "a10", "l40s", "l40",
                 "l4", "v100", "p100", "t4", "mi300a", "mi300x", "mi250x", "mi250", "mi210",
                 "mi100", "mi430x", "pvc", "max1550")
_MIG = re.compile(r"(\d+g\.\d+gb)")
_TOKEN = re.compile("|".join(sorted(_MODEL_TOKENS, key=len, reverse=True)))
_VENDOR = re.compile(r"^(nvidia|amd|intel)[_-]")


@lru_cache(maxsize=512)
def model_family(gres_type: str) -> str:
    """The GPU model a GRES type stands for: ``"H100"``, ``"MI250X"``, ``"A100 MIG 3g.20gb"``.

    Untyped GPUs (``gpu``) are ``"GPU"``; unknown names are shown upper-cased. A MIG slice
    is its own family: it is not a whole GPU and must not be added to whole GPUs.
    """
    name = gres_type.strip().lower()
    if not name:
        return ""
    if name == "gpu":
        return "GPU"
    bare = _VENDOR.sub("", name)
    token = _TOKEN.search(bare)
    base = token.group(0).upper() if token else bare.upper()
    mig = _MIG.search(bare)
    return f"{base} MIG {mig.group(1)}" if mig else base


# -- federation totals ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ModelTotals:
    """One GPU model across the federation."""

    model: str
    gpus: GpuTotals
    sites: tuple[str, ...]
    #: GPUs and jobs waiting in the partitions with this model (a job queued in several
    #: partitions counts in each of them).
    queued_gpus: int
    queued_jobs: int


def federation_totals(capacities: Mapping[str, Capacity]) -> list[ModelTotals]:
    """Totals per GPU model from each site's ``Capacity.totals`` (a node counts once).

    Largest model first. The queue comes from the partition rows.
    """
    gpus: dict[str, GpuTotals] = {}
    sites: dict[str, set[str]] = {}
    queued: dict[str, int] = {}
    queued_jobs: dict[str, int] = {}
    for site_id, capacity in capacities.items():
        for gtype, totals in capacity.totals.items():
            if totals.total <= 0:
                continue
            family = model_family(gtype)
            gpus[family] = gpus.get(family, GpuTotals()) + totals
            sites.setdefault(family, set()).add(site_id)
        seen: set[tuple[str, str]] = set()
        for row in capacity.rows:
            if not row.gpu_type:
                continue
            family = model_family(row.gpu_type)
            queued[family] = queued.get(family, 0) + row.pending_gpus
            if (row.partition, family) not in seen:
                seen.add((row.partition, family))
                queued_jobs[family] = queued_jobs.get(family, 0) + row.pending_jobs
    return [ModelTotals(model=m, gpus=gpus[m], sites=tuple(sorted(sites[m])),
                        queued_gpus=queued.get(m, 0), queued_jobs=queued_jobs.get(m, 0))
            for m in sorted(gpus, key=lambda m: (-gpus[m].total, m))]


# -- history samples --------------------------------------------------------------------
class HistorySample(NamedTuple):
    """One availability sample of one partition × GPU type (``ts`` in UNIX seconds)."""

    ts: int
    site: str
    partition: str
    gpu_type: str
    total: int
    allocated: int
    idle: int
    unavailable: int
    pending_jobs: int
    pending_gpus: int

    def as_tuple(self) -> tuple[int, str, str, str, int, int, int, int, int, int]:
        return (self.ts, self.site, self.partition, self.gpu_type, self.total,
                self.allocated, self.idle, self.unavailable, self.pending_jobs,
                self.pending_gpus)


class Bucket(NamedTuple):
    """Averages of one partition × GPU type over one time bucket (``ts`` = bucket start).

    A named tuple: queries build tens of thousands of them.
    """

    site: str
    partition: str
    gpu_type: str
    ts: int
    total: float
    allocated: float
    idle: float
    unavailable: float
    pending_jobs: float
    pending_gpus: float


class Point(NamedTuple):
    """The quantities of a series at one bucket."""

    ts: int
    total: float
    allocated: float
    idle: float
    unavailable: float
    pending_gpus: float


def add(a: Point, b: Point) -> Point:
    """Two points of the same time added up (``+`` on a tuple would concatenate)."""
    return Point(a.ts, a.total + b.total, a.allocated + b.allocated, a.idle + b.idle,
                 a.unavailable + b.unavailable, a.pending_gpus + b.pending_gpus)


def type_points(buckets: Iterable[Bucket], *, partition: str = "",
                gpu_type: str = "") -> dict[tuple[str, str], dict[int, Point]]:
    """Per site × GPU type, one ``Point`` per bucket.

    With ``partition`` only that partition counts (and only ``gpu_type`` if given).
    Without it, per site, bucket and GPU type the largest partition row stands for the
    type: a debug partition inside the production one must not count twice.
    """
    best: dict[tuple[str, str], dict[int, Bucket]] = {}
    for b in buckets:
        if partition and b.partition != partition:
            continue
        if gpu_type and b.gpu_type != gpu_type:
            continue
        per = best.setdefault((b.site, b.gpu_type), {})
        old = per.get(b.ts)
        if old is None or b.total > old.total:
            per[b.ts] = b
    return {key: {ts: Point(ts, b.total, b.allocated, b.idle, b.unavailable, b.pending_gpus)
                  for ts, b in per.items()} for key, per in best.items()}


def site_points(buckets: Iterable[Bucket], *, partition: str = "",
                gpu_type: str = "") -> dict[str, dict[int, Point]]:
    """Per site, one ``Point`` per bucket: its GPU types (see ``type_points``) added up."""
    return sites_of(type_points(buckets, partition=partition, gpu_type=gpu_type))


def sites_of(by_type: Mapping[tuple[str, str], Mapping[int, Point]]
             ) -> dict[str, dict[int, Point]]:
    out: dict[str, dict[int, Point]] = {}
    for (site, _gtype), points in by_type.items():
        per = out.setdefault(site, {})
        for ts, point in points.items():
            per[ts] = add(per[ts], point) if ts in per else point
    return out


def grid(since: int, until: int, step: int) -> list[int]:
    """Bucket starts covering ``[since, until)``."""
    first = since - since % step
    return list(range(first, until, step))


def held(points: Mapping[int, Point], ticks: Sequence[int], max_gap: int) -> list[Point | None]:
    """The series on ``ticks``: a tick takes the latest point at most ``max_gap`` before it.

    Samples are written when something changed, so a site that did not change holds its
    value; beyond ``max_gap`` there was no data (desk closed, site down) and the tick is
    ``None`` — drawn as a gap, never interpolated.
    """
    times = sorted(points)
    out: list[Point | None] = []
    j = -1
    for tick in ticks:
        while j + 1 < len(times) and times[j + 1] <= tick:
            j += 1
        if j >= 0 and tick - times[j] <= max_gap:
            out.append(points[times[j]])
        else:
            out.append(None)
    return out


def combine(series: Iterable[Sequence[Point | None]], ticks: Sequence[int]) -> list[Point | None]:
    """Add several sites' series tick by tick; a tick where any of them is missing is missing.

    A site that has no point at all in the window is not part of the sum.
    """
    parts = [s for s in series if any(p is not None for p in s)]
    if not parts:
        return [None] * len(ticks)
    out: list[Point | None] = []
    for i, tick in enumerate(ticks):
        total: Point | None = Point(tick, 0.0, 0.0, 0.0, 0.0, 0.0)
        for s in parts:
            p = s[i]
            if p is None or total is None:
                total = None
                break
            total = add(total, p)
        out.append(total)
    return out


def partial_sums(series: Iterable[Sequence[Point | None]],
                 ticks: Sequence[int]) -> tuple[list[Point | None], list[int], int]:
    """Per tick, the sum of the series that have a point there and how many did.

    For drawing what the sites that answered add up to where ``combine`` has a gap; the
    third value is how many series take part (those with any point in the window).
    """
    parts = [s for s in series if any(p is not None for p in s)]
    sums: list[Point | None] = []
    counts: list[int] = []
    for i, tick in enumerate(ticks):
        total: Point | None = None
        n = 0
        for s in parts:
            p = s[i]
            if p is not None:
                total = add(total, p) if total is not None else Point(tick, *p[1:])
                n += 1
        sums.append(total)
        counts.append(n)
    return sums, counts, len(parts)


def max_gap_for(step: int) -> int:
    """How long a value holds before the series has a gap (three buckets, at least 15 min)."""
    return max(3 * step, 900)


def values(points: Sequence[Point | None], field: str) -> list[float]:
    """One quantity of a series, ``nan`` where there is no data."""
    return [math.nan if p is None else float(getattr(p, field)) for p in points]


def free_series(points: Sequence[Point | None]) -> list[float]:
    return values(points, "idle")


# -- heat map ---------------------------------------------------------------------------
def heatmap(points: Iterable[Point | None], tz: tzinfo) -> list[list[float | None]]:
    """Utilisation by weekday (rows, Monday first) × hour of day (columns) in ``tz``.

    Utilisation is allocated / in-service GPUs summed over all points of a cell; a cell
    without data is ``None``.
    """
    alloc = [[0.0] * 24 for _ in range(7)]
    usable = [[0.0] * 24 for _ in range(7)]
    for p in points:
        if p is None:
            continue
        service = p.total - p.unavailable
        if service <= 0:
            continue
        local = datetime.fromtimestamp(p.ts, tz=tz)
        alloc[local.weekday()][local.hour] += p.allocated
        usable[local.weekday()][local.hour] += service
    return [[alloc[d][h] / usable[d][h] if usable[d][h] > 0 else None for h in range(24)]
            for d in range(7)]
