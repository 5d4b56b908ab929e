"""Qt test hygiene: fail on threads, pool tasks or timers a test leaves running."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_leaks(qapp) -> Iterator[None]:
    from PySide6.QtCore import QThreadPool, QTimer

    threads_before = {t.ident for t in threading.enumerate()}
    yield
    qapp.processEvents()
    gc.collect()
    QThreadPool.globalInstance().waitForDone(2000)
    leaked_timers = [o for o in gc.get_objects()
                     if isinstance(o, QTimer) and _alive(o) and o.isActive()]
    leaked_threads = [t for t in threading.enumerate()
                      if t.ident not in threads_before and t.is_alive() and not t.daemon]
    from app.services.tasks import TaskRunner

    busy_runners = [o for o in gc.get_objects()
                    if isinstance(o, TaskRunner) and _alive(o) and o.active]
    problems = []
    if leaked_timers:
        problems.append(f"{len(leaked_timers)} active QTimer(s) left running")
    if leaked_threads:
        problems.append(f"threads left running: {[t.name for t in leaked_threads]}")
    if busy_runners:
        problems.append(f"{len(busy_runners)} TaskRunner(s) with unfinished tasks")
    assert not problems, "; ".join(problems)


def _alive(obj: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))
