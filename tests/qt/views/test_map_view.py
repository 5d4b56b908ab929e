"""The live federation map: markers, colours, live updates, hover/click/selection,
navigation, filters, replay, export and the "not on the map" list."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QImage

from app import config
from app.domain.capacity import Capacity, GpuTotals, Health, PartitionCapacity
from app.domain.projection import project
from app.domain.registry import (
    Registry,
    SiteEndpoint,
    load_bundled_registry,
    parse_registry,
    registry_document,
)
from app.models.map_model import build_map_data
from app.models.overview import format_int
from app.models.selection import Selection, SelectionBus
from app.services.history import HistoryDb
from app.services.site_state import SiteState
from app.services.tasks import TaskRunner
from app.views.map_items import HEALTH_STYLES, PLANNED_FILL, share_colour
from app.views.map_view import MapView

NOW = datetime.now(UTC)
SITES = {  # site id -> (system id, gres type, total, idle, health)
    "jupiter-booster": ("jupiter-booster", "gh200", 23752, 2375, Health.OK),
    "leonardo-booster": ("leonardo-booster", "a100", 13824, 6912, Health.OK),
    "lumi-g": ("lumi-g", "mi250x", 11912, 0, Health.DEGRADED),
    "vega-gpu": ("vega-gpu", "a100", 240, 24, Health.UNREACHABLE),
}


def capacity(gres: str, total: int, idle: int, pending: int = 7) -> Capacity:
    t = GpuTotals(total, total - idle, idle, 0)
    row = PartitionCapacity("gpu", gres, t, total // 4, {}, pending, pending * 8, 3)
    return Capacity((row,), {gres: t}, {}, pending, 3)


def state(site: str, idle: int | None = None, health: Health | None = None) -> SiteState:
    _system, gres, total, default_idle, default_health = SITES[site]
    return SiteState(site, health=health or default_health,
                     capacity=capacity(gres, total, default_idle if idle is None else idle),
                     data_time=datetime.now(UTC) - timedelta(seconds=42), simulated=True,
                     message="cannot connect" if (health or default_health)
                     is Health.UNREACHABLE else "")


class FakeStore(QObject):
    """The two signals and ``states()`` of ``SnapshotStore``."""

    changed = Signal()
    site_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.current = {s: state(s) for s in SITES}

    def states(self) -> dict[str, SiteState]:
        return dict(self.current)

    def put(self, site_state: SiteState) -> None:
        self.current[site_state.site_id] = site_state
        self.site_changed.emit(site_state.site_id)
        self.changed.emit()


@pytest.fixture(scope="module")
def registry() -> Registry:
    bundled = load_bundled_registry(config.resources_dir())
    sites = tuple(SiteEndpoint(s, system, "", "gpu", f"http://127.0.0.1:9/{s}", True)
                  for s, (system, *_rest) in SITES.items())
    return dataclasses.replace(bundled, sites=sites)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner(max_threads=2)
    yield runner
    runner.shutdown()


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def view(qtbot, registry, runner, store, tmp_path) -> Iterator[MapView]:
    history = HistoryDb(tmp_path / "history.sqlite")
    view = MapView(store, SelectionBus(), runner, history=history,
                   resources=config.resources_dir(), registry=registry)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitSignal(view.basemap_ready, timeout=10000):
        view.show()
    qtbot.waitExposed(view)
    view.canvas.layout_labels()
    yield view
    view.stop()
    if view.detail is not None:
        view.detail.close()
    runner.wait_for_done()
    history.close()


def click_point(view: MapView, key: str) -> QPointF:
    pos = view.canvas.pixel_pos(key)
    assert pos is not None
    return pos


# -- markers -----------------------------------------------------------------------------
def test_every_factory_and_antenna_is_on_the_map(view, registry):
    data = view.model.data
    factories = [p for p in data.points if p.kind == "factory"]
    antennas = [p for p in data.points if p.kind == "antenna"]
    assert len(factories) == 19 and len(antennas) == 13
    jaif = data.point("factory:jaif")
    assert (jaif.x, jaif.y) == pytest.approx(project(50.91, 6.41))
    assert view.canvas.factories.data["x"].tolist() == [p.x for p in factories]
    # antennas are joined to their factories; an unconfirmed link is drawn dashed
    sure = len(view.canvas.links.xData) // 2
    unsure = len(view.canvas.links_uncertain.xData) // 2
    assert sure + unsure == len(data.links) == 13
    assert unsure == 1  # Ireland → L-AI Factory is single-source


def test_marker_colours_sizes_and_health(view):
    spots = {s.data(): s for s in view.canvas.factories.points()}
    jaif, leonardo = spots["factory:jaif"], spots["factory:it4lia"]
    assert jaif.brush().color() == share_colour(2375 / 23752)
    assert leonardo.brush().color() == share_colour(0.5)
    assert leonardo.brush().color() != jaif.brush().color()
    assert jaif.size() > spots["factory:slaif"].size()  # 23 752 vs 240 GPUs
    mimer = spots["factory:mimer"]  # planned machine: hollow, dashed ring
    assert mimer.brush().color() == PLANNED_FILL
    assert mimer.pen().style() == HEALTH_STYLES[Health.PLANNED].dash
    # health is not colour alone: ring style and a glyph
    assert spots["factory:lumi-aif"].pen().style() == Qt.PenStyle.DashLine
    assert spots["factory:slaif"].pen().style() == Qt.PenStyle.DotLine
    assert sorted(view.canvas.badge_keys) == ["factory:lumi-aif", "factory:slaif"]
    assert spots["factory:jaif"].pen().style() == Qt.PenStyle.SolidLine


def test_labels_do_not_collide_at_the_default_zoom(view):
    boxes = list(view.canvas.label_boxes().values())
    assert len(boxes) >= 28  # nearly all 32 labels fit
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.intersects(b)


# -- live ----------------------------------------------------------------------------------
def test_live_update_changes_markers_only_and_flashes_sharp_changes(view, store, qtbot,
                                                                   monkeypatch):
    calls = []
    monkeypatch.setattr(view.canvas, "set_basemap", lambda *a: calls.append("basemap"))
    monkeypatch.setattr(view.canvas, "set_data", lambda *a: calls.append("data"))
    view.canvas.viewport().repaint()
    paints = view.canvas.basemap_paints
    store.put(state("jupiter-booster", idle=15000))
    view.model.refresh()
    view.canvas.viewport().repaint()
    spot = next(s for s in view.canvas.factories.points() if s.data() == "factory:jaif")
    assert spot.brush().color() == share_colour(15000 / 23752)
    assert calls == []
    assert view.canvas.basemap_paints == paints  # the cached background was reused
    assert "factory:jaif" in view.canvas.flashing()
    qtbot.waitUntil(lambda: not view.canvas.flashing(), timeout=4000)


# -- hover, click, selection ---------------------------------------------------------------
#: The offscreen platform cannot raise windows (tool tips, the detail panel).
no_raise = pytest.mark.qt_log_ignore("This plugin does not support raise")


@no_raise
def test_hover_shows_the_tooltip(view, qtbot):
    pos = click_point(view, "factory:jaif")
    qtbot.mouseMove(view.canvas.viewport(), pos.toPoint())
    qtbot.waitUntil(lambda: view.canvas.hover_key == "factory:jaif", timeout=3000)
    text = view.tooltip_for("factory:jaif")
    for expected in ("JUPITER AI Factory", "Forschungszentrum Jülich", "JUPITER Booster",
                     f"GPUs free: <b>{format_int(2375)}</b> / {format_int(23752)}",
                     "Queue: 7 jobs", "Data age: ",
                     "approximate position", "unverified", "demo — simulated load"):
        assert expected in text
    assert "Data age: < 1 min" in text
    assert "planned" in view.tooltip_for("factory:mimer")
    assert "Linked to: LUMI AIF, JAIF" in view.tooltip_for("antenna:antenna-be")
    QLocale.setDefault(QLocale("de_DE"))  # numbers follow the person's locale
    try:
        assert "<b>2.375</b> / 23.752" in view.tooltip_for("factory:jaif")
    finally:
        QLocale.setDefault(QLocale.system())


def test_click_sets_the_shared_selection_and_follows_it(view, qtbot):
    bus = view.selection
    pos = click_point(view, "factory:jaif")
    with qtbot.waitSignal(bus.changed, timeout=3000):
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert bus.current.factory_id == "jaif"
    assert bus.current.site_id == "jupiter-booster"
    assert view.canvas.selected == "factory:jaif"
    bus.select(Selection(factory_id="it4lia", site_id="leonardo-booster"), source=object())
    assert view.canvas.selected == "factory:it4lia"
    bus.select(Selection(system_id="vega-gpu"), source=object())
    assert view.canvas.selected == "factory:slaif"


@no_raise
def test_double_click_opens_the_factory_detail(view, qtbot):
    pos = click_point(view, "factory:pharos")
    qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.isVisible(), timeout=3000)
    text = view.detail.browser.toPlainText()
    for expected in ("Pharos", "DAEDALUS", "GRNET", "Partners", "Sectors", "Access modes",
                     "Fast Lane", "Support centres", "one-stop shop", "Sources",
                     "confirmed", "uncertain", "CALYPSO"):
        assert expected in text, expected


# -- navigation and filters -----------------------------------------------------------------
def test_keyboard_zoom_pan_and_fit(view, qtbot):
    canvas = view.canvas
    canvas.setFocus()
    (x0, x1), _ = canvas.view.viewRange()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    (a0, a1), _ = canvas.view.viewRange()
    assert a1 - a0 < (x1 - x0) * 0.9
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    (b0, _b1), _ = canvas.view.viewRange()
    assert b0 > a0
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    (c0, c1), _ = canvas.view.viewRange()
    assert (c0, c1) == pytest.approx((x0, x1), rel=1e-6)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    (d0, d1), _ = canvas.view.viewRange()
    assert d1 - d0 > (x1 - x0)
    qtbot.mouseClick(view.controls.fit, Qt.MouseButton.LeftButton)
    assert canvas.view.viewRange()[0] == pytest.approx([x0, x1], rel=1e-6)


def test_filters(view):
    controls = view.controls
    controls.model.setCurrentIndex(controls.model.findData("GH200"))
    assert {k for k in view.canvas.visible if k.startswith("factory")} == {
        "factory:jaif", "factory:pharos"}
    assert "antenna:antenna-hu" in view.canvas.visible  # follows JAIF
    assert "antenna:antenna-is" not in view.canvas.visible
    controls.model.setCurrentIndex(0)
    controls.status.setCurrentIndex(controls.status.findData("planned machine"))
    planned = {k for k in view.canvas.visible if k.startswith("factory")}
    assert "factory:mimer" in planned and "factory:jaif" not in planned
    controls.status.setCurrentIndex(0)
    controls.wave.setCurrentIndex(controls.wave.findData(3))
    assert {k for k in view.canvas.visible if k.startswith("factory")} == {
        f"factory:{f}" for f in ("czai", "litai", "nlaif", "gaia", "ro-aif", "1healthai")}
    controls.wave.setCurrentIndex(0)
    controls.min_free.setValue(5000)
    assert {k for k in view.canvas.visible if k.startswith("factory")} == {"factory:it4lia"}
    controls.min_free.setValue(0)
    assert len(view.canvas.visible) == 32
    # a filtered-out marker can be neither hovered nor clicked
    controls.min_free.setValue(5000)
    pos = click_point(view, "factory:jaif")
    assert view.canvas.key_at(view.canvas.mapToScene(pos.toPoint())) == ""


# -- replay ------------------------------------------------------------------------------
def test_replay_from_history_and_back_to_live(view, qtbot):
    history = view.history
    for hours, idle in ((20, 20000), (2, 100)):
        history.record("jupiter-booster", NOW - timedelta(hours=hours),
                       capacity("gh200", 23752, idle), simulated=True, api_version="v0.0.42")
    with qtbot.waitSignal(view.series_ready, timeout=5000):
        view.replay.request(12)  # 23 h ago: no sample yet
    assert view.model.replaying
    assert view.model.values["factory:jaif"].free is None
    view.replay.request(view.replay.slider.maximum() - 12 * 12)  # 12 h ago
    value = view.model.values["factory:jaif"]
    assert (value.free, value.total) == (20000, 23752)
    assert "replayed" in view.tooltip_for("factory:jaif")
    spot = next(s for s in view.canvas.factories.points() if s.data() == "factory:jaif")
    assert spot.brush().color() == share_colour(20000 / 23752)
    qtbot.mouseClick(view.replay.live, Qt.MouseButton.LeftButton)
    assert not view.model.replaying
    assert view.model.values["factory:jaif"].free == 2375


# -- export ------------------------------------------------------------------------------
def test_export_png_and_svg(view, tmp_path):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert view.export(png) and view.export(svg)
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 2 * view.canvas.viewport().width()
    text = svg.read_text("utf-8")
    assert "<svg" in text and "<path" in text


# -- bad data ----------------------------------------------------------------------------
def test_bad_data_is_listed_not_dropped(qtbot, runner):
    doc = registry_document(config.resources_dir() / "federation")
    nlaif = next(f for f in doc["factories"] if f["id"] == "nlaif")
    del nlaif["location"]
    antenna = next(a for a in doc["antennas"] if a["id"] == "antenna-sk")
    antenna["links"] = [{"factory": "atlantis", "confidence": "unverified"}]
    registry = parse_registry(doc)
    assert any("atlantis" in p for p in registry.problems)
    data = build_map_data(registry)
    assert data.point("factory:nlaif") is None
    assert data.point("antenna:antenna-sk") is not None
    view = MapView(FakeStore(), SelectionBus(), runner, registry=registry)
    qtbot.addWidget(view)
    items = [view.off_map.item(i).text() for i in range(view.off_map.count())]
    assert any("NLAIF" in t and "no coordinates" in t for t in items)
    assert any("atlantis" in t and "unknown factory" in t for t in items)
    assert sum("atlantis" in t for t in items) == 1  # registry problem not listed twice
    assert any("Deucalion" in t and "not linked" in t for t in items)
    assert view.controls.off_map_title.text().startswith("Not on the map (")
    view.stop()
