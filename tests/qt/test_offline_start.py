"""Offline start: the desk starts from the last data on disk, says how old every number
is, keeps retrying the Hub in the background, and never opens a dialog about it.

The data folder is seeded by a real run against the demo federation.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.application import DeskApplication, Options
from app.models.overview import OVERVIEW_COLUMNS
from app.services.reconnect import MAX_DELAY_S, HubReconnector, backoff_s

REPO = Path(__file__).resolve().parents[2]


def wait_until(predicate: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``predicate`` holds (module fixtures have no qtbot)."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    ticker = QTimer()
    ticker.setInterval(50)
    ticker.timeout.connect(lambda: (predicate() or time.monotonic() > deadline) and loop.quit())
    ticker.start()
    if not predicate():
        loop.exec()
    ticker.stop()
    return predicate()


@pytest.fixture(scope="module")
def seeded(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder left behind by one complete refresh of the demo federation."""
    data = tmp_path_factory.mktemp("seeded")
    desk = DeskApplication(Options(demo=True, data_dir=str(data), poll_interval_s=3600))
    desk.start()
    try:
        assert wait_until(lambda: bool(desk.store.states()) and desk.store.complete(), 180)
        assert wait_until(lambda: desk.writer.active == 0 and desk.history.sample_count() > 0,
                          60)
        assert len(desk.history.last_capacities()) >= 9
    finally:
        desk.window.close()
        desk.shutdown()
    return data


@pytest.fixture
def data_dir(seeded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(seeded, copy)
    return copy


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dialogs() -> list[str]:
    return [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog | QMessageBox) and w.isVisible()]


def cached_rows(desk: DeskApplication) -> list[dict]:
    return [r for r in desk.overview_model.rows() if r["site_id"] and r["total"] is not None]


@pytest.fixture
def desks() -> Iterator[list[DeskApplication]]:
    started: list[DeskApplication] = []
    yield started
    for desk in started:
        desk.window.close()
        desk.shutdown()


def test_offline_start_shows_the_last_data_with_its_age(qtbot, data_dir: Path,
                                                         desks) -> None:
    began = time.perf_counter()
    desk = DeskApplication(Options(demo=False, offline=True, data_dir=str(data_dir)))
    desks.append(desk)
    qtbot.addWidget(desk.window)
    desk.start()
    qtbot.waitUntil(lambda: len(cached_rows(desk)) >= 9, timeout=5000)
    assert time.perf_counter() - began < 5.0, "cached data must show at once"
    rows = cached_rows(desk)
    assert all(r["from_cache"] for r in rows)
    assert all(r["age_s"] is not None and r["age_s"] >= 0 for r in rows)
    age_column = [c.key for c in OVERVIEW_COLUMNS].index("age_s")
    model = desk.overview_model
    shown = {model.data(model.index(i, age_column)) for i in range(model.rowCount())
             if model.rows()[i]["site_id"]}
    assert shown and all(text and text != "no data" for text in shown)
    desk.window.update_status()
    assert desk.window.refresh_label.text().startswith("Offline — data from")
    assert desk.window.demo_label.isVisibleTo(desk.window), "cached demo data stays labelled"
    assert desk.demo is None and not desk.poller.site_ids(), "offline: nothing is polled"
    assert dialogs() == [] and QApplication.activeModalWidget() is None
    # … and a report can be made from it, saying so
    dialog = desk.open_report_dialog()
    assert dialog.data_note.text().startswith("Offline — the report uses the last data seen")
    inputs = desk.report_inputs()
    assert inputs.offline and all(s.from_cache for s in inputs.sites)
    dialog.close()


def test_unreachable_hub_keeps_retrying_in_the_background(qtbot, data_dir: Path,
                                                          desks) -> None:
    port = free_port()
    desk = DeskApplication(Options(demo=False, hub_url=f"http://127.0.0.1:{port}",
                                   data_dir=str(data_dir), poll_interval_s=3600))
    desks.append(desk)
    qtbot.addWidget(desk.window)
    desk.federation.reconnect.first_s = 0.2
    desk.federation.reconnect.max_s = 1.0
    problems: list[str] = []
    desk.federation.problem.connect(problems.append)
    desk.start()
    qtbot.waitUntil(lambda: len(cached_rows(desk)) >= 9, timeout=5000)
    qtbot.waitUntil(lambda: desk.federation.reconnect.failures >= 3, timeout=30000)
    assert desk.federation.reconnect.pending, "the next try is scheduled"
    assert len([p for p in problems if p]) == 1, "told once, not at every retry"
    assert "Hub could not be read" in desk.window.problem_label.text()
    desk.window.update_status()
    assert desk.window.refresh_label.text().startswith("Offline — data from")
    assert dialogs() == [] and QApplication.activeModalWidget() is None

    # The Hub comes back on that port: the desk reconnects on its own, reads the registry
    # and clears the notice. (A Hub that is not the demo hands out no credentials, so no
    # site is polled here; the numbers stay the cached ones, still marked with their age.)
    with qtbot.waitSignal(desk.federation.registry_changed, timeout=120000):
        hub = subprocess.Popen([sys.executable, "-m", "app.demo", "--port", str(port)],
                               cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        assert desk.federation.reconnect.failures == 0
        assert not desk.federation.reconnect.pending
        assert desk.window.problem_label.text() == ""
        assert desk.federation.registry is not None and desk.federation.registry.sites
        assert all(r["from_cache"] for r in cached_rows(desk))
        assert dialogs() == []
    finally:
        assert hub.stdin is not None
        hub.stdin.close()  # the demo exits when its stdin closes
        try:
            hub.wait(timeout=20)
        except subprocess.TimeoutExpired:
            hub.kill()
            hub.wait(timeout=10)


def test_backoff_grows_to_a_cap_with_jitter() -> None:
    middle = [backoff_s(n, rand=lambda: 0.5) for n in range(1, 10)]
    assert middle[:4] == [5.0, 10.0, 20.0, 40.0]
    assert middle[-1] == MAX_DELAY_S
    low, high = backoff_s(3, rand=lambda: 0.0), backoff_s(3, rand=lambda: 1.0)
    assert (low, high) == (15.0, 25.0)


def test_reconnector_retries_until_it_succeeds(qtbot) -> None:
    tries: list[int] = []
    reconnect = HubReconnector(lambda: tries.append(1), first_s=0.05, max_s=0.1)
    reconnect.failed()
    assert reconnect.pending
    qtbot.waitUntil(lambda: len(tries) == 1, timeout=2000)
    reconnect.failed()
    qtbot.waitUntil(lambda: len(tries) == 2, timeout=2000)
    reconnect.succeeded()
    assert not reconnect.pending and reconnect.failures == 0
    reconnect.retry_now()  # nothing failed: nothing to retry
    assert len(tries) == 2
    reconnect.failed()
    reconnect.retry_now()
    assert len(tries) == 3 and not reconnect.pending
    reconnect.stop()
