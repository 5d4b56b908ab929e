"""The demo's simulated clock: wall time, optionally shifted, scaled or paused."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class SimClock:
    """Simulated UNIX time. ``scale`` simulated seconds pass per real second; a paused
    clock stands still (so every site answers 304 to ``update_time`` polls)."""

    def __init__(self, start: float | None = None, scale: float = 1.0,
                 wall: Callable[[], float] = time.time) -> None:
        if scale < 0:
            raise ValueError("scale must not be negative")
        self._wall = wall
        self._lock = threading.Lock()
        self._wall_origin = wall()
        self._sim_origin = self._wall_origin if start is None else start
        self.scale = scale
        self._paused_at: float | None = None

    def __call__(self) -> float:
        with self._lock:
            if self._paused_at is not None:
                return self._paused_at
            return self._sim_origin + (self._wall() - self._wall_origin) * self.scale

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        now = self()
        with self._lock:
            self._paused_at = now

    def resume(self) -> None:
        with self._lock:
            if self._paused_at is None:
                return
            self._sim_origin = self._paused_at
            self._wall_origin = self._wall()
            self._paused_at = None
