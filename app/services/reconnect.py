"""Keeps trying to reach the Hub in the background after it could not be read.

When the desk starts without a network (or the Hub is down), it shows the last data on
disk and :class:`HubReconnector` retries the Hub on its own: after 5 s, then 10, 20…
up to 5 minutes between tries, each delay with ±25 % jitter so many desks do not retry
in step. People are told once, in the status bar — never with a dialog — and the next
try can be forced with Refresh (F5).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

FIRST_DELAY_S = 5.0
MAX_DELAY_S = 300.0
JITTER = 0.25


def backoff_s(failures: int, *, first: float = FIRST_DELAY_S, cap: float = MAX_DELAY_S,
              jitter: float = JITTER, rand: Callable[[], float] = random.random) -> float:
    """Delay before the next try after ``failures`` failures in a row (≥ 1)."""
    base = min(cap, first * 2 ** max(0, failures - 1))
    return float(max(0.5, base * (1 - jitter + 2 * jitter * rand())))


class HubReconnector(QObject):
    """Schedules the next try at the Hub after a failure; forgets it after a success.

    ``attempt`` is called on the UI thread when a try is due (``Federation`` passes a
    function that reads the Hub again through the task runner).

    Signals:
        scheduled(float): the next try is due in this many seconds.
        retrying(int): try number n (counting from the first failure) starts now.
    """

    scheduled = Signal(float)
    retrying = Signal(int)

    def __init__(self, attempt: Callable[[], None], *, first_s: float = FIRST_DELAY_S,
                 max_s: float = MAX_DELAY_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        #: Delay after the first failure and the longest delay (seconds).
        self.first_s = first_s
        self.max_s = max_s
        self.failures = 0
        self.next_delay_s: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        """True while a retry is scheduled."""
        return self._timer.isActive()

    def failed(self) -> float:
        """The Hub could not be read: schedule the next try; returns its delay (s)."""
        self.failures += 1
        delay = backoff_s(self.failures, first=self.first_s, cap=self.max_s)
        self.next_delay_s = delay
        self._timer.start(int(delay * 1000))
        log.info("Hub unreachable (%d in a row); next try in %.0f s", self.failures, delay)
        self.scheduled.emit(delay)
        return delay

    def succeeded(self) -> None:
        """The Hub answered: no more retries until it fails again."""
        if self.failures:
            log.info("Hub reachable again after %d failed tries", self.failures)
        self.failures = 0
        self.next_delay_s = None
        self._timer.stop()

    def retry_now(self) -> None:
        """Try at once (F5), keeping the failure count for the next backoff."""
        if self.failures:
            self._timer.stop()
            self._fire()

    def stop(self) -> None:
        """At quit: no further tries."""
        self._timer.stop()

    def _fire(self) -> None:
        self.retrying.emit(self.failures)
        self._attempt()
