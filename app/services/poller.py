"""Polls every site on its own schedule, off the UI thread, with backoff and a breaker.

Each site has at most one read in flight. A failed read pushes that site's next poll
back exponentially (with jitter); after ``BREAKER_FAILURES`` failures in a row the
site's circuit opens and it is tried again only after ``BREAKER_OPEN_S``. Other sites
are never delayed by a bad one.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.site_fetch import SiteCursor, SiteRead, SiteTarget, fetch_site
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

BREAKER_FAILURES = 3
BREAKER_OPEN_S = 120.0
MAX_BACKOFF_S = 300.0

def new_session() -> requests.Session:
    """An HTTP session (``requests`` is imported at the first poll, not at start-up)."""
    import requests

    return requests.Session()


Fetch = Callable[["requests.Session", SiteTarget, SiteCursor], tuple[SiteRead, SiteCursor]]


@dataclass
class _Schedule:
    target: SiteTarget
    session: requests.Session
    cursor: SiteCursor = field(default_factory=SiteCursor)
    due: float = 0.0
    failures: int = 0
    in_flight: bool = False


class Poller(QObject):
    """Schedules reads of all sites.

    Signals:
        site_read(str, object): a site answered; the object is its ``SiteRead``.
        site_failed(str, object): a read failed; the object is the exception.
        round_finished(): every site due in a round has answered or failed.
    """

    site_read = Signal(str, object)
    site_failed = Signal(str, object)
    round_finished = Signal()

    def __init__(self, runner: TaskRunner, *, interval_s: float = 30.0,
                 fetch: Fetch = fetch_site, clock: Callable[[], float] = time.monotonic,
                 session_factory: Callable[[], requests.Session] = new_session,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._clock = clock
        self._session_factory = session_factory
        self.interval_s = interval_s
        self._sites: dict[str, _Schedule] = {}
        self._round: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._tick)

    def set_sites(self, targets: Iterable[SiteTarget]) -> None:
        """Replace the polled sites; unchanged targets keep their cursor and schedule."""
        new: dict[str, _Schedule] = {}
        for target in targets:
            old = self._sites.get(target.site_id)
            if old is not None and old.target == target:
                new[target.site_id] = old
            else:
                if old is not None:
                    old.session.close()
                new[target.site_id] = _Schedule(target, self._session_factory())
        for site_id, old in self._sites.items():
            if site_id not in new:
                old.session.close()
        self._sites = new

    def site_ids(self) -> list[str]:
        return list(self._sites)

    def start(self) -> None:
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()
        for schedule in self._sites.values():
            schedule.session.close()

    def forget_cursors(self) -> None:
        """Make the next read of every site a full one (benchmarks, a changed token)."""
        for schedule in self._sites.values():
            schedule.cursor = SiteCursor()

    def refresh_now(self) -> None:
        """Poll every site at once, breaker or not (F5)."""
        for schedule in self._sites.values():
            schedule.due = 0.0
        self._tick()

    def _tick(self) -> None:
        now = self._clock()
        for site_id, schedule in self._sites.items():
            if schedule.in_flight or schedule.due > now:
                continue
            schedule.in_flight = True
            self._round.add(site_id)
            self._runner.submit(
                self._job(schedule),
                on_result=partial(self._succeeded, site_id),
                on_error=partial(self._failed, site_id),
                key=f"poll:{site_id}",
            )

    def _job(self, schedule: _Schedule) -> Callable[[], tuple[SiteRead, SiteCursor]]:
        fetch, session, target, cursor = self._fetch, schedule.session, schedule.target, \
            schedule.cursor
        return lambda: fetch(session, target, cursor)

    def _succeeded(self, site_id: str, result: tuple[SiteRead, SiteCursor]) -> None:
        self._done(site_id, result, None)

    def _failed(self, site_id: str, error: BaseException) -> None:
        self._done(site_id, None, error)

    def _done(self, site_id: str, result: tuple[SiteRead, SiteCursor] | None,
              error: BaseException | None) -> None:
        schedule = self._sites.get(site_id)
        if schedule is None:
            return
        schedule.in_flight = False
        now = self._clock()
        if result is not None:
            read, schedule.cursor = result
            schedule.failures = 0
            schedule.due = now + self.interval_s
            self.site_read.emit(site_id, read)
        else:
            schedule.failures += 1
            schedule.due = now + self.backoff_s(schedule.failures)
            self.site_failed.emit(site_id, error)
        self._round.discard(site_id)
        if not self._round:
            self.round_finished.emit()

    def backoff_s(self, failures: int) -> float:
        """Delay before the next try after ``failures`` failures in a row."""
        if failures >= BREAKER_FAILURES:
            return BREAKER_OPEN_S
        base = min(MAX_BACKOFF_S, self.interval_s * (2 ** (failures - 1)))
        return float(base * (0.5 + random.random() / 2))
