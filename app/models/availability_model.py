"""GPU availability: per-partition rows, federation totals per GPU model, and history data.

Rows are built from the registry (names, GPU models) and the snapshot store (what the
sites said): site → machine → partition → GPU type with total, allocated, idle and
unavailable GPUs, drained and down nodes, and the queue. Federation totals add each
site's ``Capacity.totals`` (a node in several partitions counts once).

``load_history`` is plain Python (no Qt objects): it runs on a worker thread and reads
``HistoryDb`` into what the plots draw.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer
from PySide6.QtGui import QColor

from app.domain import availability as av
from app.domain.capacity import GpuTotals, Health
from app.domain.registry import Registry
from app.models.overview import (
    HEALTH_COLOURS,
    format_age,
    format_int,
    health_word,
    short_model,
    value,
)
from app.models.selection import Selection
from app.models.table_model import Column, RecordTableModel, Row
from app.services.history import HistoryDb
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.site_state import SiteState

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: Health states in which a site's numbers are live.
LIVE = frozenset({Health.OK, Health.DEGRADED})


# -- names ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SiteNames:
    """How people call a site: factory, machine, and the GPU models of its partitions."""

    site_id: str
    factory: str = "—"
    factory_id: str = ""
    machine: str = ""
    system_id: str = ""
    #: gres type → (short model, full model)
    models: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: gres type → GPUs per node (registry)
    gpus_per_node: Mapping[str, int] = field(default_factory=dict)

    def model(self, gres_type: str) -> tuple[str, str]:
        if not gres_type:
            return (translate("AvailabilityModel", "CPU only"),
                    translate("AvailabilityModel", "no GPUs in this partition"))
        fallback = av.model_family(gres_type)
        return self.models.get(gres_type, (fallback, gres_type))


def site_names(registry: Registry | None, site_id: str) -> SiteNames:
    if registry is None:
        return SiteNames(site_id, machine=site_id)
    site = next((s for s in registry.sites if s.site_id == site_id), None)
    system_id = site.system_id if site else site_id
    system = next((s for s in registry.systems if s.id == system_id), None)
    if system is None:
        return SiteNames(site_id, machine=site_id)
    models = {p.gres_type: (short_model(p.gres_type, value(p.gpu_memory_gb)), value(p.gpu_model))
              for p in system.partitions}
    per_node = {p.gres_type: int(value(p.gpus_per_node)) for p in system.partitions
                if p.gpus_per_node is not None and isinstance(value(p.gpus_per_node), int)}
    factory_id = site.factory_id if site and site.factory_id else (
        system.factories[0] if system.factories else "")
    factory = next((f for f in registry.factories if f.id == factory_id), None)
    return SiteNames(
        site_id, factory=(value(factory.short_name) or value(factory.name)) if factory else "—",
        factory_id=factory.id if factory else "", machine=value(system.name),
        system_id=system.id, models=models, gpus_per_node=per_node)


def _int(v: Any) -> str:
    return format_int(None if v is None else round(v))


def _pct(v: Any) -> str:
    """A share in per cent; below 10 % with one decimal (0.5 % free is not 0 % free)."""
    if v is None:
        return "—"
    return QLocale().toString(v * 100, "f", 1 if 0 < v < 0.1 else 0) + " %"


def _local(when: datetime) -> QDateTime:
    """``when`` as a QDateTime in local time (for QLocale's day and month names)."""
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


def _when(v: Any) -> str:
    if not isinstance(v, datetime):
        return ""
    return QLocale().toString(_local(v), "ddd HH:mm")


# -- per-partition rows -----------------------------------------------------------------
def availability_rows(registry: Registry | None, states: Mapping[str, SiteState],
                      now: datetime | None = None) -> list[dict[str, Any]]:
    """One row per site × partition × GPU type; a site without data gets one row saying so."""
    now = now or datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for site_id, state in states.items():
        names = site_names(registry, site_id)
        base: dict[str, Any] = {
            "site_id": site_id, "factory": names.factory, "factory_id": names.factory_id,
            "machine": names.machine, "system_id": names.system_id, "health": state.health,
            "message": state.message, "age_s": state.age_s(now), "simulated": state.simulated,
            "from_cache": state.from_cache, "site_total": False,
        }
        capacity = state.capacity
        if capacity is None or not capacity.rows:
            rows.append(base | {"partition": "", "gpu_type": "",
                                "gpu_model": translate("AvailabilityModel", "no data"),
                                "gpu_model_full": state.message or state.health.value})
            continue
        for cap in capacity.rows:
            short, full = names.model(cap.gpu_type)
            states_ = cap.nodes_by_state
            rows.append(base | {
                "partition": cap.partition, "gpu_type": cap.gpu_type, "gpu_model": short,
                "gpu_model_full": full, "family": av.model_family(cap.gpu_type),
                "total": cap.gpus.total, "allocated": cap.gpus.allocated,
                "idle": cap.gpus.idle, "unavailable": cap.gpus.unavailable,
                "nodes": cap.nodes_total, "drained_nodes": states_.get("drained", 0),
                "down_nodes": states_.get("down", 0), "pending_jobs": cap.pending_jobs,
                "pending_gpus": cap.pending_gpus, "utilisation": cap.utilisation,
                "next_start": cap.next_expected_start, "max_time_min": cap.max_time_min,
                "partition_state": cap.state,
            })
    return rows


def _health_tip(row: Row) -> str:
    parts = [health_word(row["health"])]
    if row.get("message"):
        parts.append(str(row["message"]))
    if row.get("from_cache"):
        parts.append(translate("AvailabilityModel", "cached data from an earlier run"))
    if row.get("simulated"):
        parts.append(translate("AvailabilityModel", "demo — simulated load"))
    return "\n".join(parts)


def _unavailable_tip(row: Row) -> str:
    if row.get("unavailable") is None:
        return ""
    return translate("AvailabilityModel",
                     "%1 GPUs out of service: %2 drained and %3 down node(s)").replace(
        "%1", _int(row["unavailable"])).replace("%2", _int(row.get("drained_nodes", 0))).replace(
        "%3", _int(row.get("down_nodes", 0)))


def _next_tip(row: Row) -> str:
    if not isinstance(row.get("next_start"), datetime):
        return translate("AvailabilityModel", "the site reports no expected start for its queue")
    when: datetime = row["next_start"]
    return translate("AvailabilityModel",
                     "Slurm's expected start of the first pending job: %1").replace(
        "%1", QLocale().toString(_local(when), "ddd d MMM HH:mm"))


AVAILABILITY_COLUMNS = [
    Column("factory", QT_TRANSLATE_NOOP("Column", "Factory")),
    Column("machine", QT_TRANSLATE_NOOP("Column", "Machine"),
           tooltip=lambda r: str(r.get("machine") or "")),
    Column("partition", QT_TRANSLATE_NOOP("Column", "Partition")),
    Column("gpu_model", QT_TRANSLATE_NOOP("Column", "GPU model"),
           tooltip=lambda r: str(r.get("gpu_model_full") or r.get("gpu_model") or "")),
    Column("total", QT_TRANSLATE_NOOP("Column", "Total"), fmt=_int, align_right=True),
    Column("allocated", QT_TRANSLATE_NOOP("Column", "Allocated"), fmt=_int, align_right=True),
    Column("idle", QT_TRANSLATE_NOOP("Column", "Free"), fmt=_int, align_right=True,
           foreground=lambda r: QColor("#1a7f37") if (r.get("idle") or 0) > 0 else None),
    Column("unavailable", QT_TRANSLATE_NOOP("Column", "Unavailable"),
           fmt=_int, align_right=True, tooltip=_unavailable_tip,
           header_tip=QT_TRANSLATE_NOOP(
               "Column", "GPUs out of service: on down nodes, and idle on drained nodes")),
    Column("drained_nodes", QT_TRANSLATE_NOOP("Column", "Drained"), fmt=_int, align_right=True,
           header_tip=QT_TRANSLATE_NOOP(
               "Column", "nodes drained by the site (their running jobs may still finish)")),
    Column("down_nodes", QT_TRANSLATE_NOOP("Column", "Down"),
           fmt=_int, align_right=True, header_tip=QT_TRANSLATE_NOOP("Column", "nodes down")),
    Column("pending_jobs", QT_TRANSLATE_NOOP("Column", "Queued jobs"), fmt=_int, align_right=True),
    Column("pending_gpus", QT_TRANSLATE_NOOP("Column", "Queued GPUs"), fmt=_int, align_right=True),
    Column("next_start", QT_TRANSLATE_NOOP("Column", "Next start (Slurm)"),
           fmt=_when, tooltip=_next_tip,
           sort_key=lambda r: r["next_start"].timestamp()
           if isinstance(r.get("next_start"), datetime) else None),
    Column("health", QT_TRANSLATE_NOOP("Column", "Health"), fmt=health_word,
           sort_key=lambda r: list(Health).index(r["health"]), tooltip=_health_tip,
           foreground=lambda r: QColor(HEALTH_COLOURS[r["health"]])),
    Column("age_s", QT_TRANSLATE_NOOP("Column", "Data age"), fmt=format_age, align_right=True),
]


def availability_key(row: Row) -> tuple[str, str, str]:
    return (row["site_id"], row["partition"], row["gpu_type"])


# -- federation totals ------------------------------------------------------------------
def federation_rows(states: Mapping[str, SiteState]) -> list[dict[str, Any]]:
    """One row per GPU model (from site totals), then one for every GPU of the federation."""
    capacities = {s: st.capacity for s, st in states.items() if st.capacity is not None}
    models = av.federation_totals(capacities)
    rows: list[dict[str, Any]] = []
    for m in models:
        rows.append({
            "model": m.model, "sites": len(m.sites), "site_ids": ", ".join(m.sites),
            "total": m.gpus.total, "allocated": m.gpus.allocated, "idle": m.gpus.idle,
            "unavailable": m.gpus.unavailable, "queued_gpus": m.queued_gpus,
            "queued_jobs": m.queued_jobs, "free_share": m.gpus.free_share, "all": False,
        })
    whole = [m for m in models if " MIG " not in m.model]
    if whole:
        total = GpuTotals()
        for m in whole:
            total = total + m.gpus
        rows.append({
            "model": translate("AvailabilityModel", "All GPUs"),
            "sites": len({s for m in whole for s in m.sites}),
            "site_ids": "", "total": total.total, "allocated": total.allocated,
            "idle": total.idle, "unavailable": total.unavailable,
            "queued_gpus": sum(m.queued_gpus for m in whole),
            "queued_jobs": sum(m.queued_jobs for m in whole),
            "free_share": total.free_share, "all": True,
        })
    return rows


FEDERATION_COLUMNS = [
    Column("model", QT_TRANSLATE_NOOP("Column", "GPU model"),
           sort_key=lambda r: (r["all"], r["model"]),
           tooltip=lambda r: translate(
               "AvailabilityModel", "every whole GPU of the federation (MIG slices apart); a "
               "node in several partitions counts once")
           if r["all"] else translate("AvailabilityModel", "sites: %1").replace(
               "%1", r["site_ids"])),
    Column("sites", QT_TRANSLATE_NOOP("Column", "Sites"), fmt=_int, align_right=True),
    Column("total", QT_TRANSLATE_NOOP("Column", "Total"), fmt=_int, align_right=True),
    Column("allocated", QT_TRANSLATE_NOOP("Column", "Allocated"), fmt=_int, align_right=True),
    Column("idle", QT_TRANSLATE_NOOP("Column", "Free"), fmt=_int, align_right=True),
    Column("unavailable", QT_TRANSLATE_NOOP("Column", "Unavailable"), fmt=_int, align_right=True,
           tooltip=lambda r: translate("AvailabilityModel", "drained or down")),
    Column("queued_jobs", QT_TRANSLATE_NOOP("Column", "Queued jobs"), fmt=_int, align_right=True),
    Column("queued_gpus", QT_TRANSLATE_NOOP("Column", "Queued GPUs"), fmt=_int, align_right=True,
           tooltip=lambda r: translate(
               "AvailabilityModel", "GPUs asked for by pending jobs (a job queued in several "
               "partitions counts in each)")),
    Column("free_share", QT_TRANSLATE_NOOP("Column", "Free share"), fmt=_pct),
]


class AvailabilityModel(RecordTableModel):
    """The per-partition availability table, kept up to date from the store.

    ``totals`` is the federation table (per GPU model). Updates are coalesced: a burst of
    site answers is one rebuild.
    """

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(AVAILABILITY_COLUMNS, key=availability_key, parent=parent)
        self.totals = RecordTableModel(FEDERATION_COLUMNS, key=lambda r: r["model"],
                                       parent=self)
        self._store = store
        self.registry: Registry | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.rebuild)
        store.changed.connect(self._timer.start)

    def set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.rebuild()

    def rebuild(self) -> None:
        states = self._store.states()
        self.set_rows(availability_rows(self.registry, states))
        self.totals.set_rows(federation_rows(states))

    def simulated(self) -> bool:
        return any(s.simulated for s in self._store.states().values())

    def stop(self) -> None:
        self._timer.stop()


# -- history ----------------------------------------------------------------------------
RANGES: dict[str, int] = {"1 h": 3600, "24 h": 86400, "7 d": 7 * 86400, "30 d": 30 * 86400}
STEPS: dict[int, int] = {3600: 60, 86400: 300, 7 * 86400: 1800, 30 * 86400: 3600}
HEATMAP_DAYS = 30


@dataclass(frozen=True)
class HistoryData:
    """What the history plots draw; ``nan`` marks a gap."""

    title: str
    #: what the stacked plot covers (the selected site, or the whole federation)
    scope: str
    since: int
    until: int
    step: int
    ticks: list[int]
    free: list[float]
    in_service: list[float]
    queued: list[float]
    stacked: dict[str, list[float]]
    heat: list[list[float | None]]
    heat_title: str
    samples: int
    #: where ``free`` has a gap because some sites (not all) had no data: what the sites
    #: that answered add up to (joined to the neighbouring complete ticks), else ``nan``
    partial_free: list[float] = field(default_factory=list)
    #: per tick, how many of the ``site_count`` sites had data
    present: list[int] = field(default_factory=list)
    site_count: int = 0

    @property
    def empty(self) -> bool:
        return not any(v == v for v in self.free)  # nan != nan


def describe_selection(selection: Selection, names: Mapping[str, SiteNames]) -> str:
    if not selection.site_id:
        return translate("AvailabilityModel", "the whole federation")
    site = names.get(selection.site_id)
    machine = site.machine if site and site.machine else selection.site_id
    if not selection.partition:
        return machine
    text = f"{machine} · {selection.partition}"
    if selection.gpu_type and site is not None:
        text += f" · {site.model(selection.gpu_type)[0]}"
    return text


def _scope(buckets: list[av.Bucket], selection: Selection) -> list[av.Bucket]:
    if not selection.site_id:
        return buckets
    return [b for b in buckets if b.site == selection.site_id]


def _level(scoped: list[av.Bucket], selection: Selection,
           by_type: dict[tuple[str, str], dict[int, av.Point]]) -> dict[str, dict[int, av.Point]]:
    """Per site, the points of the selected level (a partition, a site, the federation)."""
    if selection.site_id and selection.partition:
        return av.site_points(scoped, partition=selection.partition,
                              gpu_type=selection.gpu_type)
    return av.sites_of(by_type)


def load_history(history: HistoryDb, selection: Selection, range_s: int, now: datetime,
                 tz: tzinfo, names: Mapping[str, SiteNames] | None = None) -> HistoryData:
    """Read what the plots show for ``selection`` over the last ``range_s`` seconds.

    Plain Python: runs on a worker thread.
    """
    names = names or {}
    step = STEPS.get(range_s, max(60, range_s // 720))
    until = int(now.timestamp())
    since = until - range_s
    ticks = av.grid(since, until + 1, step)
    gap = av.max_gap_for(step)
    site = selection.site_id or None
    # read a little earlier so the first tick can hold the last value before the window
    buckets = history.buckets(datetime.fromtimestamp(since - gap, tz=UTC),
                              datetime.fromtimestamp(until + 1, tz=UTC), step, site=site)
    scoped = _scope(buckets, selection)
    by_type = av.type_points(scoped)
    per_site = _level(scoped, selection, by_type)
    held = [av.held(p, ticks, gap) for p in per_site.values()]
    series = av.combine(held, ticks)
    free = av.values(series, "idle")
    partial_free, present, site_count = _partial_free(held, ticks, free)
    total = av.values(series, "total")
    down = av.values(series, "unavailable")
    in_service = [t - u for t, u in zip(total, down, strict=True)]
    queued = av.values(series, "pending_gpus")
    # the selected site (or the federation) stacked per GPU model
    families: dict[str, list[dict[int, av.Point]]] = {}
    for (_site, gtype), points in by_type.items():
        families.setdefault(av.model_family(gtype), []).append(points)
    stacked = {family: av.free_series(av.combine([av.held(p, ticks, gap) for p in parts],
                                                 ticks))
               for family, parts in sorted(families.items())}
    # heat map: utilisation by weekday × hour over the last 30 days (read once an hour)
    if step == 3600 and since - gap <= until - HEATMAP_DAYS * 86400:
        heat = _heat(scoped, by_type, selection, until, tz)
    else:
        heat = _cached_heat(history, selection, until // 3600, tz)
    return HistoryData(
        title=describe_selection(selection, names),
        scope=describe_selection(Selection(site_id=selection.site_id), names), since=since,
        until=until, step=step, ticks=ticks, free=free, in_service=in_service,
        queued=queued, stacked=stacked, heat=heat,
        heat_title=translate("AvailabilityModel",
                             "Utilisation by hour × weekday, last %1 days").replace(
            "%1", str(HEATMAP_DAYS)),
        samples=len(buckets), partial_free=partial_free, present=present,
        site_count=site_count)


def _partial_free(held: list[list[av.Point | None]], ticks: list[int],
                  free: list[float]) -> tuple[list[float], list[int], int]:
    """Free GPUs of the sites that answered where some did not (see ``HistoryData``)."""
    sums, present, count = av.partial_sums(held, ticks)
    out = [math.nan] * len(ticks)
    for i, point in enumerate(sums):
        if point is None or free[i] == free[i]:
            continue
        out[i] = point.idle
        for j in (i - 1, i + 1):  # join the dashed stretch to the complete line
            if 0 <= j < len(ticks) and free[j] == free[j]:
                out[j] = free[j]
    return out, present, count


def _heat(hourly: list[av.Bucket], by_type: dict[tuple[str, str], dict[int, av.Point]] | None,
          selection: Selection, until: int, tz: tzinfo) -> list[list[float | None]]:
    heat_since = until - HEATMAP_DAYS * 86400
    level = _level(hourly, selection, by_type if by_type is not None
                   else av.type_points(hourly))
    return av.heatmap((p for pts in level.values() for p in pts.values()
                       if p.ts >= heat_since), tz)


_HEAT_CACHE: dict[tuple[int, Selection, int, str], list[list[float | None]]] = {}


def forget_heat_maps() -> None:
    """Drop cached heat maps (after a back-fill brought in new history)."""
    _HEAT_CACHE.clear()


def _cached_heat(history: HistoryDb, selection: Selection, hour: int,
                 tz: tzinfo) -> list[list[float | None]]:
    """The heat map as of ``hour``; it moves slowly (30 days of hourly averages), so it is
    read once an hour per selection (a map without any data is not kept)."""
    key = (id(history), selection, hour, str(tz))
    cached = _HEAT_CACHE.get(key)
    if cached is not None:
        return cached
    heat = _read_heat(history, selection, hour, tz)
    if any(v is not None for row in heat for v in row):
        if len(_HEAT_CACHE) >= 16:
            _HEAT_CACHE.clear()
        _HEAT_CACHE[key] = heat
    return heat


def _read_heat(history: HistoryDb, selection: Selection, hour: int,
               tz: tzinfo) -> list[list[float | None]]:
    until = hour * 3600 + 3599
    heat_since = until - HEATMAP_DAYS * 86400
    hourly = _scope(history.buckets(datetime.fromtimestamp(heat_since, tz=UTC),
                                    datetime.fromtimestamp(until + 1, tz=UTC), 3600,
                                    site=selection.site_id or None), selection)
    return _heat(hourly, None, selection, until, tz)


def history_csv_rows(data: HistoryData) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the plotted series (for CSV export); gaps are empty cells."""
    families = list(data.stacked)
    header = ["time (UTC)", "free GPUs", "GPUs in service", "queued GPUs",
              *[f"free {f}" for f in families]]
    rows: list[list[Any]] = []
    for i, tick in enumerate(data.ticks):
        when = datetime.fromtimestamp(tick, tz=UTC).strftime("%Y-%m-%d %H:%M")
        cells = [data.free[i], data.in_service[i], data.queued[i],
                 *[data.stacked[f][i] for f in families]]
        rows.append([when, *["" if c != c else round(c, 1) for c in cells]])
    return header, rows


def names_for(registry: Registry | None, site_ids: list[str]) -> dict[str, SiteNames]:
    return {s: site_names(registry, s) for s in site_ids}


def history_names(registry: Registry | None, site_ids: list[str],
                  selection: Selection) -> dict[str, SiteNames]:
    """The names ``load_history`` needs: every polled site and the selected one."""
    return names_for(registry, site_ids + ([selection.site_id] if selection.site_id else []))

