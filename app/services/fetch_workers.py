"""Site reads in worker processes.

Parsing a big site's answers (JUPITER: ~10 MB of nodes, ~5 MB of jobs) holds the GIL for
hundreds of milliseconds; done on a thread of the desk's own process it would freeze the
UI that long. Here each site is read in one of a few worker processes, which keep the
site's HTTP session and cursor (so ``update_time`` / 304 still works) and send back only
the small ``SiteRead``. Sites are spread over the workers by size, heaviest first.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.clients.errors import SiteUnreachable
from app.services.site_fetch import SiteCursor, SiteRead, SiteTarget, fetch_site

if TYPE_CHECKING:  # imported at the first read, not at start-up
    from concurrent.futures import ProcessPoolExecutor

    import requests

log = logging.getLogger(__name__)

#: A read that takes longer than this in total is abandoned (clients time out earlier).
READ_DEADLINE_S = 180.0

# -- worker side ---------------------------------------------------------------------------
def lower_priority() -> None:
    """Worker initializer: parsing yields the CPU to the desk's UI thread."""
    if hasattr(os, "nice"):
        os.nice(5)


_sessions: dict[str, tuple[SiteTarget, requests.Session, SiteCursor]] = {}


def read_in_worker(target: SiteTarget, fresh: bool) -> SiteRead | None:
    """Runs in a worker process: one read of ``target`` with the cursor kept there.

    Returns ``None`` when the site answered that nothing changed since the last read this
    worker returned, so the (possibly large) read is not sent across again.
    """
    import requests

    known = _sessions.get(target.site_id)
    if known is None or fresh or known[0] != target:
        if known is not None:
            known[1].close()
        known = (target, requests.Session(), SiteCursor())
    previous = known[2].read
    read, cursor = fetch_site(known[1], target, known[2])
    _sessions[target.site_id] = (target, known[1], cursor)
    if previous is not None and read.nodes_unchanged and read.capacity is previous.capacity:
        return None
    return read


# -- desk side -----------------------------------------------------------------------------
class ProcessFetch:
    """A ``Poller`` fetch function that reads sites in worker processes."""

    def __init__(self, workers: int = 2) -> None:
        self._pools: list[ProcessPoolExecutor | None] = [None] * max(1, workers)
        self._assignment: dict[str, int] = {}
        self._load = [0.0] * len(self._pools)
        self._lock = threading.Lock()
        self._closed = False

    def plan(self, weights: Mapping[str, float]) -> None:
        """Spread sites over workers, heaviest first, each to the least-loaded one."""
        with self._lock:
            self._assignment.clear()
            self._load = [0.0] * len(self._pools)
            for site_id, weight in sorted(weights.items(), key=lambda kv: -kv[1]):
                self._assign(site_id, max(weight, 1.0))

    def _assign(self, site_id: str, weight: float) -> int:
        index = min(range(len(self._load)), key=self._load.__getitem__)
        self._assignment[site_id] = index
        self._load[index] += weight
        return index

    def _pool(self, site_id: str) -> tuple[int, ProcessPoolExecutor]:
        with self._lock:
            if self._closed:
                raise SiteUnreachable("the desk is shutting down")
            index = self._assignment.get(site_id)
            if index is None:
                index = self._assign(site_id, 1.0)
            pool = self._pools[index]
            if pool is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(max_workers=1,
                                           mp_context=multiprocessing.get_context("spawn"),
                                           initializer=lower_priority)
                self._pools[index] = pool
            return index, pool

    def __call__(self, _session: requests.Session, target: SiteTarget,
                 cursor: SiteCursor) -> tuple[SiteRead, SiteCursor]:
        from concurrent.futures.process import BrokenProcessPool

        index, pool = self._pool(target.site_id)
        started = time.perf_counter()
        try:
            answer = pool.submit(read_in_worker, target, cursor.read is None).result(
                timeout=READ_DEADLINE_S)
        except BrokenProcessPool:
            with self._lock:
                self._pools[index] = None
            raise SiteUnreachable("the worker reading this site stopped; it will be "
                                  "restarted on the next poll") from None
        if answer is None and cursor.read is not None:
            read = replace(cursor.read, fetched_at=datetime.now(UTC), nodes_unchanged=True,
                           elapsed_s=time.perf_counter() - started)
        elif answer is None:
            raise SiteUnreachable("the worker lost this site's last read; reading again")
        else:
            read = answer
        return read, SiteCursor(version=read.api_version, read=read)

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            pools, self._pools = self._pools, [None] * len(self._pools)
        for pool in pools:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
