"""What a report is made from: the registry, the last state of every site, the history.

A :class:`ReportInputs` is a frozen snapshot taken on the UI thread (cheap: references to
immutable objects), so a report can be built on a worker thread while polling goes on.
It comes either from the live store (:func:`inputs_from_states`) or, offline, from the
cache on disk (:func:`load_cached_inputs`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from app.domain.capacity import Capacity
from app.domain.registry import Registry
from app.services.history import CachedCapacity, HistoryDb
from app.services.reports.wording import translate
from app.services.site_state import SiteState


class HistorySource(Protocol):
    """Where availability history comes from (``HistoryDb`` in the desk)."""

    def site_free_series(self, since: datetime) -> dict[str, list[tuple[datetime, int, int]]]:
        """Per site, ``(time, idle GPUs, total GPUs)`` since ``since``, oldest first."""
        ...


@dataclass(frozen=True)
class SiteData:
    """One site as a report sees it: its last capacity and how old it is."""

    site_id: str
    capacity: Capacity | None
    data_time: datetime | None
    from_cache: bool
    simulated: bool
    health: str
    message: str = ""

    def age_s(self, now: datetime) -> float | None:
        if self.data_time is None:
            return None
        return max(0.0, (now - self.data_time).total_seconds())


@dataclass(frozen=True)
class ReportInputs:
    """Everything a report kind may read; taken at ``now``."""

    registry: Registry | None
    sites: tuple[SiteData, ...]
    now: datetime
    history: HistorySource | None = None
    offline: bool = False
    #: Where the numbers come from, for the cover ("demo federation", a Hub URL, "cache").
    source: str = ""
    #: The Hub the desk talks to (the triage queue lives there); ``None`` when offline.
    hub_url: str | None = None

    @property
    def simulated(self) -> bool:
        return any(s.simulated for s in self.sites)

    def site(self, site_id: str) -> SiteData | None:
        return next((s for s in self.sites if s.site_id == site_id), None)


def inputs_from_states(registry: Registry | None, states: Mapping[str, SiteState], *,
                       history: HistorySource | None = None, offline: bool = False,
                       source: str = "", now: datetime | None = None,
                       hub_url: str | None = None) -> ReportInputs:
    """A snapshot of the live store (call on the UI thread; it only copies references)."""
    sites = tuple(
        SiteData(site_id=s.site_id, capacity=s.capacity, data_time=s.data_time,
                 from_cache=s.from_cache, simulated=s.simulated, health=s.health.value,
                 message=s.message)
        for s in states.values())
    return ReportInputs(registry, sites, now or datetime.now(UTC), history, offline, source,
                        hub_url)


def inputs_from_cache(registry: Registry | None, cached: Iterable[CachedCapacity], *,
                      history: HistorySource | None = None, source: str = "",
                      now: datetime | None = None) -> ReportInputs:
    """The last capacities saved on disk, every one marked as coming from the cache."""
    sites = tuple(
        SiteData(site_id=c.site_id, capacity=c.capacity, data_time=c.fetched_at,
                 from_cache=True, simulated=c.simulated, health="cached",
                 message="last data seen before going offline")
        for c in sorted(cached, key=lambda c: c.site_id))
    return ReportInputs(registry, sites, now or datetime.now(UTC), history, True,
                        source or translate("Report", "the desk's cache (offline)"))


def load_cached_inputs(resources: Path, cache_file: Path, history: HistoryDb,
                       now: datetime | None = None) -> ReportInputs:
    """Offline inputs from the data folder: cached registry (or the bundled one) and the
    last capacity of every site. Blocking; call from a worker or a command line."""
    from app.services.federation import load_offline

    registry, cached, _note = load_offline(resources, cache_file, history)
    return inputs_from_cache(registry, cached, history=history, now=now)


def source_label(*, offline: bool, demo: bool, hub_url: str | None) -> str:
    """Where the numbers of a report come from, for its cover (in the person's language)."""
    if offline:
        return translate("Report", "the desk's cache (offline)")
    if demo:
        return translate("Report", "the embedded demo federation — simulated load")
    if hub_url:
        return translate("Report", "Hub at %1").replace("%1", hub_url)
    return translate("Report", "sites connected by hand")


def desk_inputs(registry: Registry | None, states: Mapping[str, SiteState],
                history: HistorySource | None, *, offline: bool, demo: bool,
                hub_url: str | None, live: bool) -> ReportInputs:
    """The desk's inputs now; ``live`` is False until any site answered this run (then
    the report says it is made from the last data seen)."""
    off = offline or not live
    return inputs_from_states(registry, states, history=history, offline=off,
                              source=source_label(offline=off, demo=demo, hub_url=hub_url),
                              hub_url=None if offline else hub_url)
