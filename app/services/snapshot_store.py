"""The latest state of every site, on the UI thread, and the signals views follow."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from app.domain.capacity import GpuTotals, Health
from app.services.history import CachedCapacity, HistoryDb
from app.services.site_fetch import SiteRead
from app.services.site_state import SiteState
from app.services.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FederationSummary:
    """The numbers of the status bar."""

    sites_ok: int
    sites_total: int
    gpus: GpuTotals
    last_refresh: datetime | None
    simulated: bool
    oldest_data: datetime | None


class SnapshotStore(QObject):
    """Holds one ``SiteState`` per site; records reads to history off the UI thread.

    Signals:
        site_changed(str): one site's state changed (site id).
        changed(): any state changed (emitted after ``site_changed``).
        confirmed(str): a site answered that nothing changed (304); only the data's
            age moved, which views show on their own clock — no rebuild needed.
    """

    site_changed = Signal(str)
    changed = Signal()
    confirmed = Signal(str)

    def __init__(self, history: HistoryDb | None, writer: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._writer = writer
        self._states: dict[str, SiteState] = {}
        self.last_refresh: datetime | None = None

    # -- set-up -------------------------------------------------------------------------
    def set_sites(self, sites: Iterable[tuple[str, bool]]) -> None:
        """Declare the polled sites as ``(site_id, simulated)``; keeps known states."""
        new = {}
        for site_id, simulated in sites:
            old = self._states.get(site_id)
            new[site_id] = replace(old, simulated=simulated) if old else SiteState(
                site_id, simulated=simulated)
        self._states = new
        self.changed.emit()

    def load_cache(self, cached: Iterable[CachedCapacity]) -> None:
        """Show the last data seen (marked as from cache) until live data arrives."""
        for item in cached:
            state = self._states.get(item.site_id) or SiteState(item.site_id)
            if state.read is not None:
                continue
            self._states[item.site_id] = replace(
                state, capacity=item.capacity, data_time=item.fetched_at, from_cache=True,
                simulated=item.simulated, message=state.message or "showing cached data",
            )
        self.changed.emit()

    # -- updates ------------------------------------------------------------------------
    def apply_read(self, site_id: str, read: SiteRead) -> None:
        state = self._states.get(site_id, SiteState(site_id))
        self._states[site_id] = new = state.succeeded(read)
        self.last_refresh = read.fetched_at
        if (read.nodes_unchanged and state.read is not None
                and state.read.capacity is read.capacity and state.health is new.health):
            self.confirmed.emit(site_id)
            return
        if self._history is not None and not read.nodes_unchanged:
            history = self._history
            self._writer.submit(
                lambda: history.record(site_id, read.fetched_at, read.capacity,
                                       simulated=new.simulated, api_version=read.api_version),
                on_error=lambda exc: log.error("could not record history for %s: %s",
                                               site_id, exc),
            )
        self.site_changed.emit(site_id)
        self.changed.emit()

    def apply_failure(self, site_id: str, error: BaseException) -> None:
        state = self._states.get(site_id, SiteState(site_id))
        self._states[site_id] = new = state.failed(error)
        log.warning("site %s: %s (%s)", site_id, new.health.value, new.message)
        self.site_changed.emit(site_id)
        self.changed.emit()

    # -- reads --------------------------------------------------------------------------
    def state(self, site_id: str) -> SiteState | None:
        return self._states.get(site_id)

    def states(self) -> dict[str, SiteState]:
        return dict(self._states)

    def summary(self) -> FederationSummary:
        gpus = GpuTotals()
        ok = 0
        oldest: datetime | None = None
        for state in self._states.values():
            if state.health is Health.OK:
                ok += 1
            if state.capacity is not None:
                gpus = gpus + state.capacity.gpus
            if state.data_time is not None and (oldest is None or state.data_time < oldest):
                oldest = state.data_time
        return FederationSummary(
            sites_ok=ok, sites_total=len(self._states), gpus=gpus,
            last_refresh=self.last_refresh,
            simulated=any(s.simulated for s in self._states.values()), oldest_data=oldest,
        )

    def complete(self) -> bool:
        """True once every site has answered or failed at least once."""
        return all(s.health is not Health.PENDING for s in self._states.values())

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)
