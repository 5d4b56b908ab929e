"""Back-fill the local availability history from the Hub, once per site, off the UI thread.

At first launch the local history is empty; the Hub (the demo federation serves 30 days
of simulated past) fills it so the plots are full at once. Each site is back-filled once
(a ``meta`` row remembers it); samples never replace ones the desk recorded itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import requests
from PySide6.QtCore import QObject, Signal

from app.clients.errors import ClientError, NotFound
from app.clients.hub_history import HistoryAnswer, fetch_history
from app.services.history import HistoryDb
from app.services.tasks import TaskRunner

log = logging.getLogger(__name__)

META_PREFIX = "history_backfill/"
DEFAULT_DAYS = 30
DEFAULT_STEP_S = 300

Fetch = Callable[[str, datetime, datetime, int], HistoryAnswer]


@dataclass(frozen=True)
class BackfillResult:
    """What one back-fill run did."""

    added: dict[str, int]
    skipped: tuple[str, ...]
    failed: dict[str, str]
    unsupported: bool = False


def backfill_sites(history: HistoryDb, fetch: Fetch, site_ids: Iterable[str], now: datetime,
                   *, days: int = DEFAULT_DAYS, step_s: int = DEFAULT_STEP_S) -> BackfillResult:
    """Back-fill each site not done before; stops early when the Hub has no history at all.

    Pure Python (no Qt): runs on a worker thread.
    """
    added: dict[str, int] = {}
    skipped: list[str] = []
    failed: dict[str, str] = {}
    since = now - timedelta(days=days)
    tried = 0
    for site in site_ids:
        key = META_PREFIX + site
        if history.get_meta(key) is not None:
            skipped.append(site)
            continue
        tried += 1
        try:
            answer = fetch(site, since, now, step_s)
        except NotFound as exc:
            if tried == 1 and not added and "no such resource" in exc.detail:
                # the Hub serves no /v1/history at all: nothing to do for any site
                return BackfillResult(added, tuple(skipped), failed, unsupported=True)
            failed[site] = exc.detail
            continue
        except ClientError as exc:
            failed[site] = exc.detail
            continue
        added[site] = history.insert_samples(answer.samples)
        history.set_meta(key, now.isoformat())
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
                 session_factory: Callable[[], requests.Session] = requests.Session,
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
            self.problem.emit(f"History could not be back-filled for {len(result.failed)} "
                              f"site(s); first: {first[0]}: {first[1]}")
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.problem.emit(f"History back-fill failed: {error}")
