"""The demo built from the bundled registry: every known GPU node simulated, and the
registry it serves is one the desk accepts."""

from __future__ import annotations

from typing import Any

import pytest

from app.config import resources_dir
from app.demo.server import DemoServer, build_demo
from app.domain.registry import parse_registry, registry_document, validate_document
from tests.unit.demo.conftest import T0, FakeClock, TestClient


@pytest.fixture(scope="module")
def bundled() -> tuple[dict[str, Any], DemoServer]:
    doc = registry_document(resources_dir() / "federation")
    clock = FakeClock(T0)
    return doc, build_demo(doc, seed=42, base_url="http://127.0.0.1:8123", clock=clock,
                           wall_clock=clock, prerender=False)


def test_every_operational_gpu_node_is_simulated(bundled: tuple[dict[str, Any],
                                                                DemoServer]) -> None:
    doc, demo = bundled
    registry = parse_registry(doc)
    operational = [s for s in registry.systems if s.operational and s.gpu_nodes]
    assert {s.id for s in operational} == set(demo.federation.sites)
    for system in operational:
        sim = demo.federation.sites[system.id]
        assert len(sim.nodes) == system.gpu_nodes, system.id
        assert sum(n.slots for n in sim.nodes) == system.gpus, system.id
    assert demo.federation.totals()["nodes"] == registry.gpu_node_total()
    assert registry.gpu_node_total() >= 15_000  # DESIGN: the demo runs at real scale


def test_served_registry_validates_and_parses(bundled: tuple[dict[str, Any],
                                                             DemoServer]) -> None:
    _, demo = bundled
    served = TestClient(demo.app).get("/v1/registry").json()
    assert validate_document(served, resources_dir() / "federation" / "schema") == []
    registry = parse_registry(served)
    assert {s.site_id for s in registry.sites} == set(demo.federation.sites)
    for site in registry.sites:
        sim = demo.federation.sites[site.site_id]
        assert site.partition_hint == sim.default_partition().name
        assert site.simulated and site.url.endswith(f"/sites/{site.site_id}")
