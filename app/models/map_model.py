"""The data behind the federation map: where each factory and antenna is, and its values.

``build_map_data`` turns the registry into markers (projected once to EPSG:3035), the
antenna → factory links and the "not on the map" list; ``live_values`` and
``replay_values`` compute what the markers show from the snapshot store's states or
from recorded history. ``MapModel`` keeps both up to date and tells the view what
changed, coalescing bursts of polls into one update.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.capacity import Health
from app.domain.projection import project
from app.domain.registry import Confidence, Factory, Location, Registry
from app.services.site_state import SiteState

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: A change of the free share by at least this much between two polls flashes a marker.
SHARP_SHARE = 0.15
#: …and it must be at least this many GPUs, so tiny sites do not flash all the time.
SHARP_GPUS = 16


def fact_value(fact: Any) -> Any:
    """The value of a registry ``Fact`` (or the thing itself)."""
    return getattr(fact, "value", fact)


@dataclass(frozen=True)
class Provenance:
    """Where a position comes from."""

    label: str = ""
    approximate: bool = True
    confidence: str = ""
    sources: tuple[str, ...] = ()
    note: str = ""

    def describe(self) -> str:
        parts = [translate("MapModel", "approximate position") if self.approximate
                 else translate("MapModel", "surveyed position")]
        if self.confidence:
            parts.append(translate("MapModel", "confidence %1").replace("%1", self.confidence))
        if self.label:
            parts.insert(0, self.label)
        text = ", ".join(parts)
        if self.sources:
            text += translate("MapModel", "; source: %1").replace("%1", ", ".join(self.sources[:2]))
            if len(self.sources) > 2:
                text += f" (+{len(self.sources) - 2})"
        if self.note:
            text += f" — {self.note}"
        return text


@dataclass(frozen=True)
class Machine:
    """A machine of a factory as the map shows it."""

    system_id: str
    name: str
    status: str
    operational: bool
    site_ids: tuple[str, ...]
    models: Mapping[str, str]  #: gres type → GPU model
    nominal_gpus: int | None


@dataclass(frozen=True)
class MapPoint:
    """One marker: a factory or an antenna at its site, projected to EPSG:3035 metres."""

    key: str
    kind: str  #: "factory" or "antenna"
    entity_id: str
    name: str
    label: str
    host: str
    country: str
    lat: float
    lon: float
    x: float
    y: float
    where: Provenance
    machines: tuple[Machine, ...] = ()
    wave: int | None = None
    status: str = ""
    factory_keys: tuple[str, ...] = ()  #: antennas: the factories they link to
    gpu_types: frozenset[str] = frozenset()  #: Slurm GRES types, upper case (A100, GH200…)

    @property
    def site_ids(self) -> tuple[str, ...]:
        return tuple(s for m in self.machines for s in m.site_ids)

    @property
    def nominal_gpus(self) -> int | None:
        known = [m.nominal_gpus for m in self.machines if m.nominal_gpus]
        return sum(known) if known else None


@dataclass(frozen=True)
class MapLink:
    antenna_key: str
    factory_key: str
    confirmed: bool
    confidence: str = ""


@dataclass(frozen=True)
class OffMap:
    """Something the map cannot show, and why."""

    kind: str
    name: str
    reason: str


@dataclass(frozen=True)
class MapData:
    points: tuple[MapPoint, ...] = ()
    links: tuple[MapLink, ...] = ()
    off_map: tuple[OffMap, ...] = ()
    waves: tuple[int, ...] = ()
    gpu_types: tuple[str, ...] = ()
    host_countries: frozenset[str] = frozenset()

    def point(self, key: str) -> MapPoint | None:
        return next((p for p in self.points if p.key == key), None)


@dataclass(frozen=True)
class ModelCount:
    model: str
    free: int
    total: int


@dataclass(frozen=True)
class LiveValue:
    """What one factory marker shows now (or at the replayed time)."""

    health: Health
    free: int | None = None
    total: int | None = None
    per_model: tuple[ModelCount, ...] = ()
    pending_jobs: int | None = None
    pending_gpus: int | None = None
    age_s: float | None = None
    simulated: bool = False
    from_cache: bool = False
    message: str = ""
    capacity: int | None = None  #: marker size basis: live total, else nominal
    replay_time: datetime | None = None

    @property
    def share(self) -> float | None:
        if self.free is None or not self.total:
            return None
        return self.free / self.total


@dataclass(frozen=True)
class MapFilter:
    """What the person narrowed the map to ("" / None = everything)."""

    gpu_type: str = ""  #: a GRES type as in ``MapPoint.gpu_types``
    status: str = ""  #: "", or a Health value, e.g. "ok", "planned machine"
    wave: int | None = None
    min_free: int = 0

    @property
    def active(self) -> bool:
        return bool(self.gpu_type or self.status or self.wave is not None or self.min_free)


# -- building the markers ------------------------------------------------------------------
def _provenance(loc: Location) -> Provenance:
    return Provenance(label=loc.label, approximate=loc.approximate,
                      confidence=loc.confidence.value.replace("_", " "), sources=loc.sources,
                      note=loc.note)


def _machines(registry: Registry, factory: Factory) -> tuple[Machine, ...]:
    sites_by_system: dict[str, list[str]] = {}
    for site in registry.sites:
        sites_by_system.setdefault(site.system_id, []).append(site.site_id)
    out = []
    for system in registry.systems_of(factory.id):
        models = {p.gres_type: p.gpu_model.value for p in system.partitions}
        out.append(Machine(
            system_id=system.id, name=system.name.value, status=system.status,
            operational=system.operational,
            site_ids=tuple(sites_by_system.get(system.id, ())),
            models=models, nominal_gpus=system.gpus or None))
    return tuple(out)


def short_label(text: str) -> str:
    """``BE-AIFA (Belgian AI Factory Antenna)`` → ``BE-AIFA``."""
    return text.split(" (", 1)[0].strip() or text


def build_map_data(registry: Registry | None) -> MapData:
    """Markers, links and the "not on the map" list of a registry."""
    if registry is None:
        return MapData()
    points: list[MapPoint] = []
    off: list[OffMap] = []
    for factory in registry.factories:
        name = factory.name.value or factory.id
        loc = factory.location
        if loc is None:
            off.append(OffMap("factory", name,
                              translate("MapModel", "no coordinates in the registry")))
            continue
        machines = _machines(registry, factory)
        x, y = project(loc.lat, loc.lon)
        points.append(MapPoint(
            key=f"factory:{factory.id}", kind="factory", entity_id=factory.id, name=name,
            label=factory.short_name.value or name, host=factory.host.value,
            country=factory.country_code, lat=loc.lat, lon=loc.lon, x=x, y=y,
            where=_provenance(loc), machines=machines, wave=factory.wave,
            status=factory.status.value,
            gpu_types=frozenset(g.upper() for mach in machines for g in mach.models if g),
        ))
    factory_keys = {p.entity_id: p.key for p in points}
    known_factories = {f.id for f in registry.factories}
    links: list[MapLink] = []
    listed: set[str] = set()
    for antenna in registry.antennas:
        name = (antenna.name.value if antenna.name is not None
                else translate("MapModel", "AI Factory Antenna, %1 (name not published)").replace(
                    "%1", antenna.country))
        label = (short_label(antenna.name.value) if antenna.name is not None
                 else translate("MapModel", "%1 antenna").replace("%1", antenna.country))
        loc = antenna.location
        if loc is None:
            off.append(OffMap("antenna", name,
                              translate("MapModel", "no coordinates in the registry")))
            continue
        key = f"antenna:{antenna.id}"
        linked: list[str] = []
        for i, link in enumerate(antenna.links):
            confidence = link.confidence.value.replace("_", " ")
            if link.factory in factory_keys:
                links.append(MapLink(key, factory_keys[link.factory],
                                     link.confidence is Confidence.CONFIRMED, confidence))
                linked.append(factory_keys[link.factory])
                continue
            listed.add(f"({antenna.id}).links[{i}]")
            reason = (translate("MapModel", "the linked factory has no position on the map")
                      if link.factory in known_factories
                      else translate("MapModel", "links to an unknown factory “%1”").replace(
                          "%1", link.factory))
            off.append(OffMap("link", f"{label} → {link.factory}", reason))
        x, y = project(loc.lat, loc.lon)
        points.append(MapPoint(
            key=key, kind="antenna", entity_id=antenna.id, name=name, label=label,
            host=antenna.lead.value if antenna.lead is not None else "",
            country=antenna.country_code, lat=loc.lat, lon=loc.lon, x=x, y=y,
            where=_provenance(loc), factory_keys=tuple(linked),
        ))
    placed = {m.system_id for p in points for m in p.machines}
    for system in registry.systems:
        if system.id in placed:
            continue
        live = any(site.system_id == system.id for site in registry.sites)
        reason = (translate("MapModel", "its AI Factory has no position on the map")
                  if any(f in known_factories for f in system.factories)
                  else translate("MapModel", "not linked to any AI Factory"))
        reason += (translate("MapModel", " (its live data is in the overview)") if live
                   else translate("MapModel", " (status: %1)").replace("%1", str(system.status)))
        off.append(OffMap("machine", system.name.value, reason))
    for problem in registry.problems:
        if any(tag in problem for tag in listed):
            continue
        subject, _, reason = problem.partition(": ")
        off.append(OffMap("problem", subject, reason or problem))
    return MapData(
        points=tuple(points), links=tuple(links), off_map=tuple(off),
        waves=tuple(sorted({p.wave for p in points if p.wave is not None})),
        gpu_types=tuple(sorted({g for p in points for g in p.gpu_types})),
        host_countries=frozenset(p.country for p in points if p.country),
    )


# -- values ---------------------------------------------------------------------------------
def live_values(data: MapData, states: Mapping[str, SiteState],
                now: datetime | None = None) -> dict[str, LiveValue]:
    """What each factory marker shows from the current site states."""
    now = now or datetime.now(UTC)
    out: dict[str, LiveValue] = {}
    for p in data.points:
        if p.kind != "factory":
            continue
        site_states = [states[s] for s in p.site_ids if s in states]
        if not site_states:
            planned = not any(m.operational for m in p.machines)
            out[p.key] = LiveValue(
                health=Health.PLANNED if planned else Health.PENDING,
                capacity=p.nominal_gpus,
                message=_no_data_message(p, planned))
            continue
        free = total = jobs = queued = 0
        have = False
        per_model: dict[str, list[int]] = {}
        models = {g: m for mach in p.machines for g, m in mach.models.items()}
        for st in site_states:
            cap = st.capacity
            if cap is None:
                continue
            have = True
            for gtype, t in cap.totals.items():
                free += t.idle
                total += t.total
                entry = per_model.setdefault(short_label(models.get(gtype, gtype)), [0, 0])
                entry[0] += t.idle
                entry[1] += t.total
            jobs += cap.pending_jobs
            queued += sum(r.pending_gpus for r in cap.rows)
        ages = [a for a in (st.age_s(now) for st in site_states) if a is not None]
        out[p.key] = LiveValue(
            health=_worst(st.health for st in site_states),
            free=free if have else None, total=total if have else None,
            per_model=tuple(ModelCount(m, f, t) for m, (f, t) in sorted(per_model.items())),
            pending_jobs=jobs if have else None, pending_gpus=queued if have else None,
            age_s=max(ages) if ages else None,
            simulated=any(st.simulated for st in site_states),
            from_cache=any(st.from_cache for st in site_states),
            message="; ".join(st.message for st in site_states if st.message),
            capacity=total if have and total else p.nominal_gpus,
        )
    return out


_SEVERITY = [Health.OK, Health.PENDING, Health.PLANNED, Health.DEGRADED, Health.UNSUPPORTED,
             Health.AUTH_FAILED, Health.UNREACHABLE]


def _worst(healths: Iterable[Health]) -> Health:
    return max(healths, key=_SEVERITY.index, default=Health.PENDING)


def _no_data_message(p: MapPoint, planned: bool) -> str:
    if not p.machines:
        return translate("MapModel", "no machine listed for this factory")
    if planned:
        planned_word = translate("MapModel", "planned")
        return "; ".join(f"{m.name}: {m.status or planned_word}" for m in p.machines)
    return translate("MapModel", "no live endpoint known for this machine")


Series = Mapping[str, Sequence[tuple[datetime, int, int]]]


def replay_values(data: MapData, series: Series, at: datetime,
                  live: Mapping[str, LiveValue]) -> dict[str, LiveValue]:
    """Marker values at a past time ``at`` from recorded samples (last one at or before)."""
    out: dict[str, LiveValue] = {}
    for p in data.points:
        if p.kind != "factory":
            continue
        free = total = 0
        newest: datetime | None = None
        for site in p.site_ids:
            samples = series.get(site) or ()
            i = bisect.bisect_right([s[0] for s in samples], at) - 1
            if i < 0:
                continue
            ts, idle, tot = samples[i]
            free, total = free + idle, total + tot
            newest = ts if newest is None or ts > newest else newest
        base = live.get(p.key)
        if newest is None:
            out[p.key] = LiveValue(
                health=base.health if base and base.health is Health.PLANNED
                else Health.PENDING,
                capacity=base.capacity if base else p.nominal_gpus, replay_time=at,
                message=translate("MapModel", "no recorded data at this time"))
            continue
        out[p.key] = LiveValue(
            health=Health.OK, free=free, total=total, age_s=(at - newest).total_seconds(),
            capacity=total or (base.capacity if base else None), replay_time=at,
            simulated=base.simulated if base else False,
            message=translate("MapModel", "replayed from history"))
    return out


def visible_keys(data: MapData, values: Mapping[str, LiveValue], flt: MapFilter) -> set[str]:
    """Keys of the markers that pass the filter. Antennas follow their factories."""
    keys: set[str] = set()
    for p in data.points:
        if p.kind != "factory":
            continue
        v = values.get(p.key)
        if flt.gpu_type and flt.gpu_type not in p.gpu_types:
            continue
        if flt.wave is not None and p.wave != flt.wave:
            continue
        if flt.status and (v is None or v.health.value != flt.status):
            continue
        if flt.min_free and (v is None or (v.free or 0) < flt.min_free):
            continue
        keys.add(p.key)
    for p in data.points:
        if p.kind == "antenna" and (not flt.active or any(k in keys for k in p.factory_keys)):
            keys.add(p.key)
    return keys


def sharp_changes(old: Mapping[str, LiveValue], new: Mapping[str, LiveValue]) -> list[str]:
    """Keys whose free GPUs moved sharply between two updates."""
    out = []
    for key, v in new.items():
        o = old.get(key)
        if o is None or o.free is None or v.free is None or not v.total:
            continue
        if abs(v.free - o.free) >= SHARP_GPUS and (
                abs((v.share or 0) - (o.share or 0)) >= SHARP_SHARE):
            out.append(key)
    return out


# -- the Qt model ---------------------------------------------------------------------------
@dataclass
class _Replay:
    series: dict[str, list[tuple[datetime, int, int]]] = field(default_factory=dict)
    at: datetime | None = None


class MapModel(QObject):
    """Keeps the map's markers and values up to date from the registry and the store.

    Signals:
        data_changed(object): new ``MapData`` (registry changed): markers and links.
        values_changed(object): new ``dict[key, LiveValue]`` (poll, replay or filter).
        sharp_change(object): ``list[key]`` whose free GPUs moved sharply (live only).
    """

    data_changed = Signal(object)
    values_changed = Signal(object)
    sharp_change = Signal(object)

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.data = MapData()
        self.live: dict[str, LiveValue] = {}
        self.values: dict[str, LiveValue] = {}
        self._replay = _Replay()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.refresh)
        store.changed.connect(self._timer.start)

    def set_registry(self, registry: Registry | None) -> None:
        self.data = build_map_data(registry)
        self.data_changed.emit(self.data)
        self.live = {}
        self.refresh()

    def refresh(self) -> None:
        """Recompute the live values now (coalesced on store changes)."""
        self._timer.stop()
        new = live_values(self.data, self._store.states())
        changed = sharp_changes(self.live, new) if self.live else []
        self.live = new
        if self._replay.at is None:
            self.values = new
            self.values_changed.emit(new)
            if changed:
                self.sharp_change.emit(changed)

    # -- replay -------------------------------------------------------------------------
    @property
    def replaying(self) -> bool:
        return self._replay.at is not None

    @property
    def replay_time(self) -> datetime | None:
        return self._replay.at

    def set_series(self, series: dict[str, list[tuple[datetime, int, int]]]) -> None:
        self._replay.series = series
        if self._replay.at is not None:
            self.replay_at(self._replay.at)

    def replay_at(self, at: datetime) -> None:
        self._replay.at = at
        self.values = replay_values(self.data, self._replay.series, at, self.live)
        self.values_changed.emit(self.values)

    def go_live(self) -> None:
        self._replay.at = None
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
