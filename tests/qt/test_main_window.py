"""The real desk on the real demo federation over HTTP (the demo runs as a child process)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.application import DeskApplication, Options
from app.domain.capacity import Health

FAULTS = {
    "vega-gpu": ("slow", Health.DEGRADED, "slow"),
    "karolina-gpu": ("down", Health.UNREACHABLE, "cannot connect"),
    "meluxina-gpu": ("http500", Health.DEGRADED, "HTTP 500"),
    "deucalion-gpu": ("malformed", Health.DEGRADED, "not valid JSON"),
    "discoverer-gpu": ("badversion", Health.UNSUPPORTED, "v0.0.99"),
}


def start_desk(qtbot, tmp_path, **options) -> DeskApplication:
    desk = DeskApplication(Options(demo=True, data_dir=str(tmp_path), poll_interval_s=3600,
                                   **options))
    qtbot.addWidget(desk.window)
    desk.start()
    qtbot.waitUntil(lambda: bool(desk.store.states()) and desk.store.complete(), timeout=120000)
    return desk


@pytest.fixture
def desk(qtbot, tmp_path) -> Iterator[DeskApplication]:
    desk = start_desk(qtbot, tmp_path)
    yield desk
    desk.window.close()
    desk.shutdown()


def test_overview_fills_from_the_demo(desk, qtbot):
    states = desk.store.states()
    assert len(states) >= 9
    assert all(s.health is Health.OK for s in states.values()), {
        k: (s.health, s.message) for k, s in states.items() if s.health is not Health.OK}

    def live_rows():
        return [r for r in desk.overview_model.rows() if r["site_id"]]

    # the model coalesces updates; wait until it has caught up with the store
    qtbot.waitUntil(lambda: {r["site_id"] for r in live_rows()} == set(states)
                    and all(r["total"] is not None for r in live_rows()), timeout=5000)
    rows = desk.overview_model.rows()
    assert {r["factory"] for r in rows} >= {"LUMI AIF", "JAIF"}
    # every factory appears, also those whose machine is only planned
    assert len({r["factory_id"] for r in rows if r["factory_id"]}) == 19
    summary = desk.store.summary()
    assert summary.sites_ok == len(states) and summary.gpus.total > 50000
    assert desk.window.demo_label.isVisibleTo(desk.window)
    assert f"{summary.sites_ok} / {summary.sites_total}" in desk.window.sites_label.text()


def test_refresh_filter_and_selection(desk, qtbot):
    with qtbot.waitSignal(desk.poller.round_finished, timeout=60000):
        desk.window.refresh_action.trigger()
    view = desk.overview
    view.focus_filter()
    qtbot.keyClicks(view.filter, "jupiter")
    qtbot.waitUntil(lambda: view.proxy.rowCount() >= 1)
    assert view.proxy.rowCount() < desk.overview_model.rowCount()
    with qtbot.waitSignal(desk.selection.changed, timeout=2000) as blocker:
        view.table.setCurrentIndex(view.proxy.index(0, 0))
    assert blocker.args[0].system_id == "jupiter-booster"


def test_one_bad_site_never_hurts_the_others(qtbot, tmp_path):
    desk = start_desk(qtbot, tmp_path,
                      faults=tuple(f"{site}={mode}" for site, (mode, _, _) in FAULTS.items()))
    try:
        states = desk.store.states()
        for site, (_, health, words) in FAULTS.items():
            assert states[site].health is health, (site, states[site])
            assert words in states[site].message, (site, states[site].message)
        others = [s for k, s in states.items() if k not in FAULTS]
        assert others and all(s.health is Health.OK for s in others)
        summary = desk.store.summary()
        assert summary.sites_ok == len(others)
        qtbot.waitUntil(lambda: any(r["site_id"] == "karolina-gpu"
                                    for r in desk.overview_model.rows()))
        row = next(r for r in desk.overview_model.rows() if r["site_id"] == "karolina-gpu")
        assert row["health"] is Health.UNREACHABLE
    finally:
        desk.window.close()
        desk.shutdown()


def test_window_and_header_state_persist(qtbot, tmp_path):
    desk = DeskApplication(Options(demo=False, offline=True, data_dir=str(tmp_path)))
    qtbot.addWidget(desk.window)
    desk.start()
    desk.window.resize(711, 466)
    header = desk.overview.table.horizontalHeader()
    header.resizeSection(0, 222)
    desk.overview.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    desk.window.close()
    desk.shutdown()
    again = DeskApplication(Options(demo=False, offline=True, data_dir=str(tmp_path)))
    qtbot.addWidget(again.window)
    again.start()
    try:
        assert again.window.size().width() == 711
        assert again.overview.table.horizontalHeader().sectionSize(0) == 222
        assert again.overview.table.horizontalHeader().sortIndicatorSection() == 4
    finally:
        again.window.close()
        again.shutdown()
