"""GPU availability, history plots and find-capacity views on real store data; the fast
sort/filter proxy; CSV/PNG export; the history back-fill service."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QTableView

from app import config
from app.clients.errors import SiteUnreachable
from app.domain.availability import HistorySample
from app.domain.capacity import Job, Node, Partition, aggregate
from app.domain.registry import load_bundled_registry
from app.domain.start_estimate import JobShape, Verdict
from app.models.availability_model import AvailabilityModel
from app.models.find_capacity_model import FindCapacityModel
from app.models.selection import Selection, SelectionBus
from app.models.table_model import ROW_ROLE, Column, RecordTableModel, SortFilterProxy
from app.services.history import HistoryDb
from app.services.history_backfill import HistoryBackfill
from app.services.site_fetch import SiteRead
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner
from app.views.availability_view import AvailabilityView
from app.views.export import csv_bytes, csv_safe, write_atomic
from app.views.find_capacity_view import FindCapacityView
from app.views.lazy_view import LazyView
from tests.fakes import FakeTransport, session_with

NOW = datetime.now(UTC).replace(microsecond=0)


def node(name, states, parts, gpus=None, used=None):
    return Node(name, frozenset(states), tuple(parts), gpus or {}, used or {})


def leonardo_read() -> SiteRead:
    nodes = [node(f"lrdn{i:04d}", ["IDLE"], ["boost_usr_prod", "boost_fua_dbg"] if i < 2
                  else ["boost_usr_prod"], {"a100": 4}) for i in range(6)]
    nodes += [node("lrdn0100", ["ALLOCATED"], ["boost_usr_prod"], {"a100": 4}, {"a100": 4}),
              node("lrdn0101", ["IDLE", "DRAIN"], ["boost_usr_prod"], {"a100": 4}),
              node("lrdn0102", ["DOWN"], ["boost_usr_prod"], {"a100": 4}),
              node("lrdn0103", ["MIXED"], ["boost_usr_prod"], {"a100": 4}, {"a100": 1})]
    parts = [Partition("boost_usr_prod", tuple(n.name for n in nodes), max_time_min=1440),
             Partition("boost_fua_dbg", ("lrdn0000", "lrdn0001"), max_time_min=30,
                       max_nodes_per_job=2)]
    jobs = [Job(1, "x", "u", "boost_usr_prod", "PENDING", gpus={"a100": 4},
                start_time=NOW + timedelta(hours=3))]
    return SiteRead("leonardo-booster", NOW, "v0.0.42", aggregate(nodes, parts, jobs),
                    tuple(parts), (), False, 0.1)


def jupiter_read() -> SiteRead:
    nodes = [node(f"jwb{i:04d}", ["ALLOCATED"], ["booster"], {"gh200": 4}, {"gh200": 4})
             for i in range(8)]
    nodes.append(node("jwb0100", ["MIXED"], ["booster"], {"gh200": 4}, {"gh200": 2}))
    parts = [Partition("booster", tuple(n.name for n in nodes), max_time_min=1440)]
    jobs = [Job(i, "y", "u", "booster", "PENDING", gpus={"gh200": 16}) for i in range(3)]
    return SiteRead("jupiter-booster", NOW, "v0.0.42", aggregate(nodes, parts, jobs),
                    tuple(parts), (), False, 0.1)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner(2)
    yield runner
    runner.shutdown()


@pytest.fixture
def store(runner: TaskRunner) -> SnapshotStore:
    store = SnapshotStore(None, runner)
    store.set_sites([("leonardo-booster", True), ("jupiter-booster", True),
                     ("vega-gpu", True)])
    store.apply_read("leonardo-booster", leonardo_read())
    store.apply_read("jupiter-booster", jupiter_read())
    store.apply_failure("vega-gpu", SiteUnreachable("cannot connect to the site"))
    return store


@pytest.fixture(scope="module")
def registry():
    return load_bundled_registry(config.resources_dir())


def rows_of(proxy) -> list[dict]:
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


# -- availability -------------------------------------------------------------------------
def test_availability_rows_and_totals(qtbot, store, registry):
    model = AvailabilityModel(store)
    model.set_registry(registry)
    by = {(r["site_id"], r["partition"]): r for r in model.rows()}
    prod = by[("leonardo-booster", "boost_usr_prod")]
    assert (prod["total"], prod["allocated"], prod["idle"], prod["unavailable"]) == (
        40, 5, 27, 8)
    assert (prod["drained_nodes"], prod["down_nodes"]) == (1, 1)
    assert prod["machine"] == "Leonardo Booster" and prod["gpu_model"].startswith("A100")
    assert prod["pending_jobs"] == 1 and prod["pending_gpus"] == 4
    assert by[("vega-gpu", "")]["gpu_model"] == "no data"
    totals = {r["model"]: r for r in model.totals.rows()}
    # the debug partition's two nodes are not counted again
    assert totals["A100"]["total"] == 40 and totals["A100"]["idle"] == 27
    assert totals["GH200"]["queued_gpus"] == 48 and totals["GH200"]["queued_jobs"] == 3
    assert totals["All GPUs"]["total"] == 40 + 36
    model.stop()


def test_view_sets_and_follows_the_selection(qtbot, store, registry, tmp_path):
    bus = SelectionBus()
    model = AvailabilityModel(store)
    model.set_registry(registry)
    view = AvailabilityView(model, bus)
    qtbot.addWidget(view)
    seen: list[Selection] = []
    bus.changed.connect(seen.append)
    row = next(r for r, d in enumerate(rows_of(view.proxy))
               if d["partition"] == "boost_fua_dbg")
    view.table.selectionModel().setCurrentIndex(
        view.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert seen[-1].site_id == "leonardo-booster" and seen[-1].partition == "boost_fua_dbg"
    bus.select(Selection(site_id="jupiter-booster"), source=object())
    current = view.proxy.index(view.table.currentIndex().row(), 0).data(ROW_ROLE)
    assert current["site_id"] == "jupiter-booster"
    assert bus.current == Selection(site_id="jupiter-booster")  # following does not re-publish
    assert view.demo_badge.isVisibleTo(view)
    view.filter.setText("jupiter")
    assert [r["site_id"] for r in rows_of(view.proxy)] == ["jupiter-booster"]
    view.filter.setText("")
    view.only_free.setChecked(True)
    assert all(r["idle"] > 0 for r in rows_of(view.proxy))
    assert view.count.text() == f"{view.proxy.rowCount()} row(s)"
    model.stop()


def test_export_partitions_as_safe_csv(qtbot, store, registry, tmp_path):
    model = AvailabilityModel(store)
    model.set_registry(registry)
    view = AvailabilityView(model, SelectionBus())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.exported) as blocker:
        view.export_csv(view.proxy, "x.csv", path=tmp_path / "out")
    path = Path(blocker.args[0])
    assert path.name == "out.csv"
    with path.open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][:4] == ["Factory", "Machine", "Partition", "GPU model"]
    assert len(table) == 1 + view.proxy.rowCount()
    assert not list(tmp_path.glob(".*tmp"))
    model.stop()


def test_csv_cells_never_run_as_formulas(tmp_path):
    assert [csv_safe(v) for v in ("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "ok", 5, -2.5,
                                  None)] == ["'=SUM(A1)", "'+1", "'-2+3", "'@cmd", "'\tx",
                                             "ok", 5, -2.5, ""]
    data = csv_bytes(["a", "=b"], [["=HYPERLINK(\"x\")", 3]])
    assert data.decode("utf-8-sig").splitlines() == ["a,'=b", '"\'=HYPERLINK(""x"")",3']
    target = tmp_path / "t.csv"
    target.write_text("old")

    def fail(_tmp: Path) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomic(target, fail)
    assert target.read_text() == "old" and list(tmp_path.iterdir()) == [target]


def test_lazy_view_builds_once_when_first_shown(qtbot):
    built: list[str] = []

    def factory() -> QLabel:
        built.append("x")
        return QLabel("real")

    lazy = LazyView("history", factory)
    qtbot.addWidget(lazy)
    assert not built and lazy.view is None and lazy.objectName() == "history"
    with qtbot.waitSignal(lazy.built) as done:
        lazy.show()
    lazy.hide()
    lazy.show()
    assert built == ["x"] and isinstance(lazy.view, QLabel) and done.args[0] is lazy.view
    assert lazy.findChildren(QLabel)[-1].text() == "real"  # "Loading…" is gone


# -- the proxy ----------------------------------------------------------------------------
def test_proxy_sorts_filters_and_keeps_the_selection(qtbot):
    rows = [{"id": i, "name": f"job{i % 7}", "gpus": (i * 37) % 101,
             "when": None if i % 10 == 0 else NOW + timedelta(minutes=i)} for i in range(300)]
    model = RecordTableModel([Column("id", "Id"), Column("name", "Name"),
                              Column("gpus", "GPUs"), Column("when", "When")],
                             key=lambda r: r["id"])
    model.set_rows(rows)
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    gpus = [proxy.index(r, 2).data(ROW_ROLE)["gpus"] for r in range(proxy.rowCount())]
    assert gpus == sorted(gpus, reverse=True)
    table.selectionModel().setCurrentIndex(proxy.index(5, 0),
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = table.currentIndex().data(ROW_ROLE)["id"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table.currentIndex().data(ROW_ROLE)["id"] == chosen
    removed: list[int] = []
    proxy.rowsRemoved.connect(lambda _p, first, last: removed.append(last - first + 1))
    proxy.set_text(f"job{chosen % 7}")
    assert proxy.rowCount() == sum(1 for r in rows if r["id"] % 7 == chosen % 7)
    assert sum(removed) == 300 - proxy.rowCount()
    assert table.currentIndex().data(ROW_ROLE)["id"] == chosen
    assert table.verticalHeader().count() == proxy.rowCount()
    proxy.set_text("")
    assert proxy.rowCount() == 300
    table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # None sorts after every time
    assert proxy.index(299, 0).data(ROW_ROLE)["when"] is None
    proxy.set_predicate(lambda r: r["gpus"] > 50)
    assert all(r["gpus"] > 50 for r in rows_of(proxy))
    # live update: same keys, new values re-sort and re-filter
    model.set_rows([dict(r, gpus=100 - r["gpus"]) for r in rows])
    assert all(r["gpus"] > 50 for r in rows_of(proxy))
    assert {proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())} \
        == {i for i, r in enumerate(rows) if 100 - r["gpus"] > 50}


def test_proxy_sorts_and_filters_a_large_table(qtbot):
    rows = [{"id": i, "user": f"u{i % 1000}", "gpus": i % 64} for i in range(50_000)]
    model = RecordTableModel([Column("id", "Id"), Column("user", "User"),
                              Column("gpus", "GPUs")], key=lambda r: r["id"])
    model.set_rows(rows)
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 2).data() == "0" and proxy.index(49_999, 2).data() == "63"
    proxy.set_text("u999")
    assert proxy.rowCount() == 50
    assert proxy.mapFromSource(model.index(999, 0)).isValid()
    assert not proxy.mapFromSource(model.index(998, 0)).isValid()


# -- find capacity ------------------------------------------------------------------------
def test_find_capacity_ranks_and_copies_the_sbatch_line(qtbot, store, registry, runner):
    model = FindCapacityModel(store, runner)
    view = FindCapacityView(model, SelectionBus(), runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(model.computed, timeout=5000):
        view.set_registry(registry)
    assert view.gpu_model.findData("A100") >= 0 and view.gpu_model.findData("GH200") >= 0
    view.gpus_per_node.setValue(4)
    view.nodes.setValue(2)
    view.hours.setValue(6)
    with qtbot.waitSignal(model.computed, timeout=5000):
        view.apply_shape()
    ranked = rows_of(view.proxy)
    first = ranked[0]
    assert first["site_id"] == "leonardo-booster" and first["partition"] == "boost_usr_prod"
    assert first["verdict"] is Verdict.FREE_NOW and first["start_text"] == "now"
    debug = next(r for r in ranked if r["partition"] == "boost_fua_dbg")
    assert debug["verdict"] is Verdict.DOES_NOT_FIT
    assert debug["why"] == "exceeds the 30 min limit"
    vega = next(r for r in ranked if r["site_id"] == "vega-gpu")
    assert vega["verdict"] is Verdict.NO_DATA and "unreachable" in vega["why"]
    jupiter = next(r for r in ranked if r["site_id"] == "jupiter-booster")
    assert jupiter["verdict"] is Verdict.QUEUED and "queue ahead" in jupiter["why"]
    assert [r["verdict"] for r in ranked] == sorted(r["verdict"] for r in ranked)
    view.select_row(0)
    with qtbot.waitSignal(view.job_shape_chosen) as blocker:
        line = view.choose_current()
    assert line == ("sbatch --partition=boost_usr_prod --nodes=2 --gres=gpu:a100:4 "
                    "--time=06:00:00 job.sh")
    assert QGuiApplication.clipboard().text() == line
    site, partition, gres, shape = blocker.args
    assert (site, partition, gres) == ("leonardo-booster", "boost_usr_prod", "a100")
    assert shape == JobShape("", 4, 2, 6.0, "")
    view.gpu_model.setCurrentIndex(view.gpu_model.findData("GH200"))
    with qtbot.waitSignal(model.computed, timeout=5000):
        view.apply_shape()
    assert {r["site_id"] for r in rows_of(view.proxy)} == {"jupiter-booster", "vega-gpu"} \
        or {r["site_id"] for r in rows_of(view.proxy)} == {"jupiter-booster"}
    view.stop()
    qtbot.waitUntil(lambda: runner.active == 0)


# -- history ------------------------------------------------------------------------------
@pytest.fixture
def history(tmp_path) -> Iterator[HistoryDb]:
    db = HistoryDb(tmp_path / "h.sqlite3")
    now = int(NOW.timestamp())
    samples = []
    for k in range(24 * 12):
        ts = now - k * 300
        samples.append(HistorySample(ts, "jupiter-booster", "booster", "gh200", 36, 34, 2,
                                     0, 3, 48))
        if 6 * 3600 <= now - ts < 8 * 3600:
            continue  # Leonardo did not answer for two hours: a gap
        samples.append(HistorySample(ts, "leonardo-booster", "boost_usr_prod", "a100", 40,
                                     30, 8, 2, 3, 12))
        samples.append(HistorySample(ts, "leonardo-booster", "boost_fua_dbg", "a100", 8,
                                     2, 6, 0, 0, 0))
    db.insert_samples(samples)
    yield db
    db.close()


def make_history_view(qtbot, history, runner, store, registry, bus):
    from app.views.history_plots import HistoryView

    view = HistoryView(history, runner, store, bus, registry=registry, tz=UTC,
                       clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    return view


def test_history_draws_gaps_not_lines(qtbot, history, runner, store, registry):
    bus = SelectionBus()
    with qtbot.waitSignal(bus.changed):
        bus.select(Selection(site_id="leonardo-booster", system_id="leonardo-booster"))
    view = make_history_view(qtbot, history, runner, store, registry, bus)
    qtbot.waitUntil(lambda: view.data is not None and view.data.title == "Leonardo Booster",
                    timeout=5000)
    data = view.data
    finite = [v for v in data.free if not math.isnan(v)]
    assert finite and set(finite) == {8.0}  # the debug partition is inside production
    gap = [i for i, t in enumerate(data.ticks) if 6.5 * 3600 <= NOW.timestamp() - t <= 7.5 * 3600]
    assert gap and all(math.isnan(data.free[i]) for i in gap)
    assert list(data.stacked) == ["A100"]
    assert "gaps" in view.status.text()
    x, y = view.free_curve.getData()
    assert len(x) == len(data.ticks) and math.isnan(y[gap[0]])
    # the whole federation, the heat map, the crosshair
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.federation_button.click()
    assert view.data.title == "the whole federation"
    assert set(view.data.stacked) == {"A100", "GH200"}
    # Leonardo's gap is a gap of the federation too; dashed: what Jupiter alone had free
    data = view.data
    assert all(math.isnan(data.free[i]) for i in gap)
    assert [(data.partial_free[i], data.present[i]) for i in gap] == [(2, 1)] * len(gap)
    assert data.site_count == 2 and "dashed" in view.status.text()
    before = next(i for i, v in enumerate(data.free) if math.isnan(v) and data.present[i]) - 1
    assert data.partial_free[before] == data.free[before] == 10  # joined to the full line
    assert math.isnan(data.partial_free[before - 1])
    box = view.free_plot.getPlotItem().getViewBox()
    view._mouse_moved(view.free_plot, box.mapViewToScene(QPointF(data.ticks[gap[1]], 1.0)))
    assert "free 2 at the 1 of 2 sites that answered" in view.readout.text()
    assert any(v is not None for row in view.data.heat for v in row)
    box = view.free_plot.getPlotItem().getViewBox()
    tick = view.data.ticks[-3]
    view._mouse_moved(view.free_plot, box.mapViewToScene(QPointF(tick, 1.0)))
    assert "free 10" in view.readout.text() and view.free_cursor.isVisible()
    view.stop()
    qtbot.waitUntil(lambda: runner.active == 0)


def test_history_ranges_zoom_reset_and_export(qtbot, history, runner, store, registry,
                                              tmp_path):
    bus = SelectionBus()
    view = make_history_view(qtbot, history, runner, store, registry, bus)
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.range_buttons["1 h"].click()
    assert view.data.step == 60 and view.data.until - view.data.since == 3600
    vb = view.free_plot.getViewBox()
    vb.setXRange(view.data.until - 600, view.data.until, padding=0)
    view._user_zoomed()
    assert view.stacked_plot.getViewBox().viewRange()[0][0] == pytest.approx(
        view.data.until - 600)
    view.reset_button.click()
    assert vb.viewRange()[0][0] <= view.data.since
    with qtbot.waitSignal(view.exported, timeout=5000) as png:
        view.export_plot(view.free_plot, "x.png", path=tmp_path / "plot.png")
    image = QImage(png.args[0])
    assert not image.isNull() and image.width() > 100
    with qtbot.waitSignal(view.exported, timeout=5000) as data:
        view.export_csv(path=tmp_path / "data.csv")
    text = Path(data.args[0]).read_text("utf-8-sig").splitlines()
    assert text[0].startswith("time (UTC),free GPUs,GPUs in service,queued GPUs")
    assert len(text) == 1 + len(view.data.ticks)
    view.stop()
    qtbot.waitUntil(lambda: runner.active == 0)


def test_history_follows_new_data_live(qtbot, history, runner, store, registry):
    from app.views.history_plots import HistoryView

    clock = [NOW]
    view = HistoryView(history, runner, store, SelectionBus(), registry=registry, tz=UTC,
                       clock=lambda: clock[0])
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    assert view.data.free[-1] == 10
    later = int(NOW.timestamp()) + 600
    history.insert_samples([
        HistorySample(later, "leonardo-booster", "boost_usr_prod", "a100", 40, 10, 28, 2, 0, 0),
        HistorySample(later, "jupiter-booster", "booster", "gh200", 36, 36, 0, 0, 5, 80)])
    clock[0] = NOW + timedelta(seconds=600)
    view._reload_timer.setInterval(10)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        store.changed.emit()  # a poll landed: the plots follow without being asked
    assert view.data.free[-1] == 28 and view.data.queued[-1] == 80
    view.stop()
    qtbot.waitUntil(lambda: runner.active == 0)


def test_no_history_says_so(qtbot, tmp_path, runner, store, registry):
    empty = HistoryDb(tmp_path / "empty.sqlite3")
    try:
        view = make_history_view(qtbot, empty, runner, store, registry, SelectionBus())
        qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
        assert view.data.empty and view.empty_text.isVisible()
        assert "No history yet" in view.empty_text.textItem.toPlainText()
        view.stop()
        qtbot.waitUntil(lambda: runner.active == 0)
    finally:
        empty.close()


# -- back-fill ----------------------------------------------------------------------------
def test_backfill_service_fills_the_history_once(qtbot, tmp_path, runner):
    db = HistoryDb(tmp_path / "h.sqlite3")
    transport = FakeTransport()
    now = int(NOW.timestamp())
    transport.add("GET", "/v1/history", 200, {
        "site": "x", "simulated": True, "step": 300, "note": "simulated", "series": [
            {"partition": "gpu", "gpu_type": "a100", "ts": [now - 600, now - 300],
             "total": [8, 8], "allocated": [6, 7], "idle": [2, 1], "unavailable": [0, 0],
             "pending_jobs": [0, 1], "pending_gpus": [0, 4]}]})
    service = HistoryBackfill(runner, db, session_factory=lambda: session_with(transport),
                              clock=lambda: NOW)
    try:
        with qtbot.waitSignal(service.finished, timeout=5000) as done:
            service.start("http://127.0.0.1:9", ["a", "b"])
        assert done.args[0].added == {"a": 2, "b": 2}
        assert db.sample_count() == 4
        requested = transport.requests[0].url
        assert "site=a" in requested and "step=300" in requested
        assert "step=1800" in transport.requests[1].url  # the older days, coarser
        service.start("http://127.0.0.1:9", ["a", "b"])  # asked already: nothing happens
        service.start(None, ["c"])  # no Hub: nothing to do
        assert len(transport.requests) == 4 and not service.running
        assert db.get_meta("history_backfill/a") == NOW.isoformat()
    finally:
        qtbot.waitUntil(lambda: runner.active == 0)
        db.close()
