"""The one way off the UI thread: a task runner over ``QThreadPool``.

Work runs on a pool thread; its result or error comes back to the UI thread through a
queued signal, where the callbacks run. Tasks submitted under a ``key`` carry a
generation number: when a newer task with the same key was submitted meanwhile, the
older result is dropped instead of overwriting fresher data.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    key: str | None
    generation: int


class _Relay(QObject):
    """Lives on the UI thread; carries results from pool threads back to it."""

    done = Signal(int, object, object)  # task id, result, error


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._relay.done.emit(self._task_id, None, exc)
        else:
            self._relay.done.emit(self._task_id, result, None)


class TaskRunner(QObject):
    """Runs callables on a thread pool; callbacks run on the UI thread.

    Signals:
        busy_changed(bool): True while any task is running or queued.
    """

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish)
        self._pending: dict[int, _Pending] = {}
        self._generations: dict[str, int] = {}
        self._next_id = 0

    @property
    def active(self) -> int:
        return len(self._pending)

    def submit(self, fn: Callable[[], Any], *, on_result: ResultCallback | None = None,
               on_error: ErrorCallback | None = None, key: str | None = None) -> int:
        """Queue ``fn``; returns a task id. A newer task with the same ``key`` wins."""
        self._next_id += 1
        generation = 0
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
        self._pending[self._next_id] = _Pending(on_result, on_error, key, generation)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(self._next_id, fn, self._relay))
        return self._next_id

    def is_stale(self, key: str, generation: int) -> bool:
        return self._generations.get(key, 0) != generation

    @Slot(int, object, object)
    def _finish(self, task_id: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None:
            return
        if pending.key is not None and self.is_stale(pending.key, pending.generation):
            log.debug("dropped a stale result for %s", pending.key)
            return
        if error is None:
            if pending.on_result is not None:
                pending.on_result(result)
            return
        if pending.on_error is not None:
            pending.on_error(error)
        else:
            log.error("background task failed: %s",
                      "".join(traceback.format_exception_only(type(error), error)).strip())

    def wait_for_done(self, msecs: int = 10000) -> bool:
        """Block until the pool is idle (used at quit and in tests)."""
        done = self._pool.waitForDone(msecs)
        return bool(done)

    def shutdown(self, msecs: int = 5000) -> None:
        self._pool.clear()
        self.wait_for_done(msecs)
        self._pending.clear()
