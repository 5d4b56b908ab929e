"""The simulation: deterministic, at the registry's size, with a realistic load."""

from __future__ import annotations

import pytest

from app.demo.simulator import Federation, SiteSimulation, load_factor
from app.demo.spec import GpuPartitionSpec, SiteSpec, site_specs
from tests.unit.demo.conftest import T0, small_registry


def spec(nodes: int = 120, per_node: int = 4, site_id: str = "vega-gpu") -> SiteSpec:
    return SiteSpec(site_id, site_id, "Test", None,
                    (GpuPartitionSpec("gpu", "a100", nodes, per_node, "A100"),))


def run(seed: int, times: list[float], site: SiteSpec | None = None) -> SiteSimulation:
    sim = SiteSimulation(site or spec(), seed, T0)
    for t in times:
        sim.advance_to(t)
    return sim


def test_same_seed_and_clock_give_the_same_state() -> None:
    times = [T0 + 30, T0 + 400, T0 + 3 * 3600, T0 + 9 * 3600 + 17]
    a, b = run(7, times), run(7, times)
    assert a.fingerprint() == b.fingerprint()
    assert a.summary() == b.summary()


def test_different_seed_gives_a_different_state() -> None:
    times = [T0 + 3600]
    assert run(7, times).fingerprint() != run(8, times).fingerprint()


def test_submissions_are_deterministic_too() -> None:
    body = {"job": {"script": "#!/bin/bash\nsleep 600\n", "environment": ["A=1"],
                    "tres_per_node": "gres/gpu:4", "nodes": "2"}}
    states = []
    for _ in range(2):
        sim = SiteSimulation(spec(), 3, T0)
        outcome = sim.submit(body, "demo", T0 + 12.5)
        sim.advance_to(T0 + 2 * 3600)
        states.append((outcome.job_id, sim.fingerprint()))
    assert states[0] == states[1]


def test_site_specs_follow_the_registry() -> None:
    specs = site_specs(small_registry())
    assert [s.site_id for s in specs] == ["vega-gpu", "discoverer-gpu", "karolina-gpu"]
    assert [s.gpu_nodes for s in specs] == [60, 4, 72]


def test_node_totals_equal_the_registry() -> None:
    specs = site_specs(small_registry())
    fed = Federation(specs, 1, T0)
    for s in specs:
        site = fed.sites[s.site_id]
        assert len(site.nodes) == s.gpu_nodes
        assert sum(n.slots for n in site.nodes) == s.gpus
        assert len({n.name for n in site.nodes}) == s.gpu_nodes
    assert fed.totals()["nodes"] == sum(s.gpu_nodes for s in specs)


def test_warm_start_gives_a_realistic_load() -> None:
    sim = SiteSimulation(spec(nodes=600), 11, T0)
    summary = sim.summary()
    assert 0.6 <= summary["utilisation"] <= 0.99
    assert summary["running"] > 20
    states = summary["node_states"]
    unavailable = sum(v for k, v in states.items() if "DRAIN" in k or "DOWN" in k)
    assert 0 < unavailable < 0.06 * 600


def test_jobs_start_end_and_queue_over_a_day() -> None:
    sim = SiteSimulation(spec(nodes=300), 5, T0)
    first_ids = set(sim.jobs)
    seen_states: set[str] = set()
    reasons: set[str] = set()
    for hour in range(1, 25):
        sim.advance_to(T0 + hour * 3600)
        seen_states |= {j.state for j in sim.jobs.values()}
        reasons |= {j.reason for j in sim.jobs.values() if j.state == "PENDING"}
        assert sim.summary()["utilisation"] > 0.3
    assert {"RUNNING", "COMPLETED"} <= seen_states
    assert "Resources" in reasons
    assert len(first_ids & set(sim.jobs)) < len(first_ids)  # old jobs finished and left
    assert len(sim.jobs) < 2000  # bounded


def test_pending_jobs_get_start_estimates() -> None:
    sim = SiteSimulation(spec(nodes=300), 5, T0)
    estimated = 0
    for hour in range(1, 13):
        sim.advance_to(T0 + hour * 3600)
        pending = [sim.jobs[i] for _, i in sim.pending]
        estimated += sum(1 for j in pending if j.est_start >= sim.now)
        assert all(j.est_start == 0 or j.est_start >= j.submit_time for j in pending)
    assert estimated > 0


def test_load_is_higher_on_weekday_afternoons() -> None:
    monday_3pm = 1_795_442_400.0  # 2026-11-23 14:00 UTC = 15:00 Brussels
    sunday_4am = monday_3pm - 35 * 3600
    assert load_factor(monday_3pm) > load_factor(sunday_4am) + 0.2


def test_long_gaps_are_caught_up_quickly() -> None:
    import time

    sim = SiteSimulation(spec(nodes=600), 2, T0)
    started = time.perf_counter()
    sim.advance_to(T0 + 5 * 86400)
    assert time.perf_counter() - started < 5.0
    assert sim.summary()["running"] > 0


@pytest.mark.parametrize("per_node", [1, 8])
def test_odd_node_shapes_work(per_node: int) -> None:
    sim = run(1, [T0 + 6 * 3600], spec(nodes=3, per_node=per_node))
    assert len(sim.nodes) == 3
    assert all(0 <= n.free_slots <= n.slots for n in sim.nodes)
