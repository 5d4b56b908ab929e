"""Full refresh of the whole demo federation, and a refresh when nothing changed.

Runs the real desk (offscreen) on the real demo federation over HTTP and measures, from
the poll to the updated overview: wall time, the longest stall of the UI event loop
(a 1 ms probe timer on the UI thread), and peak memory of the desk process.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
import urllib.request

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class StallProbe:
    """Records the longest gap between ticks of a 1 ms timer on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def _wait(app, predicate, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the desk")
        app.processEvents()
        time.sleep(0.001)


def _post(url: str, body: dict) -> None:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 3
    from PySide6.QtWidgets import QApplication

    from app.application import DeskApplication, Options, settle_heap

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        desk = DeskApplication(Options(demo=True, data_dir=tmp, poll_interval_s=3600))
        rounds = []
        desk.poller.round_finished.connect(lambda: rounds.append(time.perf_counter()))
        desk.start()
        settle_heap()  # as the desk's entry point does
        _wait(app, lambda: bool(rounds) and desk.store.complete(), 180)
        nodes = sum(sum(r.nodes_total for r in s.capacity.rows if r.gpu_type)
                    for s in desk.store.states().values() if s.capacity)
        probe = StallProbe()

        def one_refresh(full: bool) -> tuple[float, float]:
            if full:
                desk.poller.forget_cursors()
            before = len(rounds)
            probe.start()
            start = time.perf_counter()
            desk.poller.refresh_now()
            _wait(app, lambda: len(rounds) > before, 120)
            # The views update as each site's answer lands (coalesced, next loop turn);
            # process what is still pending after the last one, then stop the clock.
            app.processEvents()
            app.processEvents()
            elapsed = time.perf_counter() - start
            stall = probe.stop()
            return elapsed, stall

        full = [one_refresh(True) for _ in range(runs)]
        paused = False
        if desk.demo is not None and desk.demo.url:
            try:
                _post(desk.demo.url + "/v1/demo/clock", {"paused": True})
                paused = True
            except OSError as exc:
                print(f"refresh: could not pause the demo clock ({exc})")
        one_refresh(False)  # first read after the pause may still see changes
        idle = [one_refresh(False) for _ in range(runs)] if paused else []
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        desk.window.close()
        desk.shutdown()
    f_wall = statistics.median(x for x, _ in full)
    f_stall = max(s for _, s in full)
    print(f"refresh: demo federation with {nodes:,} GPU nodes")
    print(f"refresh: full refresh median {f_wall:.3f} s over {runs} runs "
          f"[{', '.join(f'{x:.3f}' for x, _ in full)}] (budget ≤ 1.5 s)")
    print(f"refresh: longest UI stall during full refreshes {f_stall * 1000:.0f} ms "
          f"(budget ≤ 50 ms)")
    if idle:
        i_wall = statistics.median(x for x, _ in idle)
        print(f"refresh: unchanged (304) refresh median {i_wall:.3f} s = "
              f"{100 * i_wall / f_wall:.1f} % of a full one (budget ≤ 5 %)")
    print(f"refresh: peak memory of the desk {peak_mb:.0f} MB (budget ≤ 400 MB)")
    return 0
