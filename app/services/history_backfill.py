"""Back-fill the local availability history from the Hub, once per site, off the UI thread.

At first launch the local history is empty; the Hub (the demo federation serves 30 days
of simulated past) fills it so the plots are full at once. Each site is back-filled once
(a ``meta`` row remembers it); samples never replace ones the desk recorded itself.

The last day comes at the fine step the 1 h and 24 h plots draw (5 min), older days at
the coarse step the 7 d and 30 d plots draw (30 min): a fifth of the rows, so the plots
are full seconds sooner. Every site's samples are written in one transaction, so a plot
never shows a federation with half of its sites back-filled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.clients.errors import ClientError, NotFound
from app.clients.hub_history import HistoryAnswer, fetch_history
from app.domain.availability import HistorySample
from app.services.history import HistoryDb
from app.services.poller import new_session
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

META_PREFIX = "history_backfill/"
DEFAULT_DAYS = 30
DEFAULT_STEP_S = 300
#: The step of the samples older than ``FINE_S`` (what the 7 d and 30 d plots draw).
COARSE_STEP_S = 1800
#: How far back the fine step goes (a day and an hour of margin for the 24 h plot).
FINE_S = 25 * 3600

Fetch = Callable[[str, datetime, datetime, int], HistoryAnswer]


@dataclass(frozen=True)
class BackfillResult:
    """What one back-fill run did."""

    added: dict[str, int]
    skipped: tuple[str, ...]
    failed: dict[str, str]
    unsupported: bool = False


def backfill_sites(history: HistoryDb, fetch: Fetch, site_ids: Iterable[str], now: datetime,
                   *, days: int = DEFAULT_DAYS, step_s: int = DEFAULT_STEP_S,
                   coarse_step_s: int = COARSE_STEP_S) -> BackfillResult:
    """Back-fill each site not done before; stops early when the Hub has no history at all.

    Per site two requests: the last ``FINE_S`` seconds at ``step_s``, the rest of the
    ``days`` at ``coarse_step_s``. Pure Python (no Qt): runs on a worker thread.
    """
    fetched: dict[str, list[HistorySample]] = {}
    skipped: list[str] = []
    failed: dict[str, str] = {}
    since = now - timedelta(days=days)
    boundary = max(since, now - timedelta(seconds=FINE_S))
    windows = [(boundary, now, step_s)]
    if since < boundary:
        windows.append((since, boundary, max(step_s, coarse_step_s)))
    tried = 0
    for site in site_ids:
        if history.get_meta(META_PREFIX + site) is not None:
            skipped.append(site)
            continue
        tried += 1
        samples: list[HistorySample] = []
        try:
            for start, end, step in windows:
                samples.extend(fetch(site, start, end, step).samples)
        except NotFound as exc:
            if tried == 1 and not fetched and "no such resource" in exc.detail:
                # the Hub serves no /v1/history at all: nothing to do for any site
                return BackfillResult({}, tuple(skipped), failed, unsupported=True)
            failed[site] = exc.detail
            continue
        except ClientError as exc:
            failed[site] = exc.detail
            continue
        fetched[site] = samples
    added = history.insert_site_samples(fetched)
    for site in fetched:
        history.set_meta(META_PREFIX + site, now.isoformat())
    return BackfillResult(added, tuple(skipped), failed)


class HistoryBackfill(QObject):
    """Back-fills ``HistoryDb`` from a Hub's ``/v1/history`` on the task runner.

    Signals:
        finished(object): a ``BackfillResult`` (samples added per site, failures).
        problem(str): a sentence for people when some sites could not be back-filled.
    """

    finished = Signal(object)
    problem = Signal(str)

    def __init__(self, runner: TaskRunner, history: HistoryDb, *, days: int = DEFAULT_DAYS,
                 step_s: int = DEFAULT_STEP_S,
                 session_factory: Callable[[], requests.Session] = new_session,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._history = history
        self._days = days
        self._step_s = step_s
        self._session_factory = session_factory
        self._clock = clock
        self._requested: set[tuple[str, str]] = set()
        self.running = False

    def start(self, hub_url: str | None, site_ids: Iterable[str]) -> None:
        """Back-fill the sites of the Hub at ``hub_url`` not done yet (no-op without a Hub)."""
        if not hub_url:
            return
        sites = [s for s in site_ids if (hub_url, s) not in self._requested]
        if not sites:
            return
        self._requested.update((hub_url, s) for s in sites)
        history, factory, now = self._history, self._session_factory, self._clock()
        days, step = self._days, self._step_s

        def work() -> BackfillResult:
            with factory() as session:
                def fetch(site: str, since: datetime, until: datetime,
                          step_s: int) -> HistoryAnswer:
                    return fetch_history(session, hub_url, site=site, since=since,
                                         until=until, step=step_s)

                return backfill_sites(history, fetch, sites, now, days=days, step_s=step)

        self.running = True
        self._runner.submit(work, on_result=self._done, on_error=self._failed)

    def follow(self, registry: object, hub_url: str | None) -> None:
        """Back-fill every site of a registry (``registry.sites``) from ``hub_url``."""
        sites = getattr(registry, "sites", ())
        self.start(hub_url, [s.site_id for s in sites])

    def _done(self, result: BackfillResult) -> None:
        self.running = False
        if result.added:
            log.info("history back-filled: %s", result.added)
        if result.failed:
            first = next(iter(result.failed.items()))
            self.problem.emit(self.tr("History could not be back-filled for %1 site(s); "
                                      "first: %2: %3").replace(
                "%1", str(len(result.failed))).replace("%2", first[0]).replace("%3", first[1]))
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.problem.emit(self.tr("History back-fill failed: %1").replace("%1", str(error)))
