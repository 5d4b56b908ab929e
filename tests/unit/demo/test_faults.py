"""Fault modes: set from the command line or the admin endpoint; other sites unaffected."""

from __future__ import annotations

import json
import time

import pytest

from app.demo.faults import FaultBook, FaultError
from app.demo.server import DemoServer, build_demo
from app.demo.slurm_api import SiteUnreachable
from tests.unit.demo.conftest import (
    FakeClock,
    TestClient,
    auth_headers,
    site_url,
    small_registry,
)

SITE, OTHER = "vega-gpu", "karolina-gpu"


def faulty(clock: FakeClock, *specs: str) -> DemoServer:
    return build_demo(small_registry(), seed=1, base_url="http://127.0.0.1:9", faults=specs,
                      clock=clock, wall_clock=clock, slow_seconds=0.3)


def other_site_fine(demo: DemoServer, client: TestClient) -> None:
    answer = client.get(site_url(OTHER, "nodes"), headers=auth_headers(demo, OTHER))
    assert answer.status_code == 200
    assert answer.json()["nodes"]


def test_fault_book_validates() -> None:
    book = FaultBook(["a"])
    book.apply_spec("a=slow")
    assert book.as_list() == [{"site_id": "a", "mode": "slow"}]
    book.apply_spec("a=")
    assert book.as_list() == []
    for spec in ("b=slow", "a=explode", "nonsense"):
        with pytest.raises(FaultError):
            book.apply_spec(spec)


def test_slow(clock: FakeClock) -> None:
    demo = faulty(clock, f"{SITE}=slow")
    with TestClient(demo.app) as client:
        started = time.perf_counter()
        answer = client.get(site_url(SITE, "ping"), headers=auth_headers(demo, SITE))
        assert answer.status_code == 200
        assert time.perf_counter() - started >= 0.3
        started = time.perf_counter()
        other_site_fine(demo, client)
        assert time.perf_counter() - started < 0.3


def test_down_closes_the_connection(clock: FakeClock) -> None:
    demo = faulty(clock, f"{SITE}=down")
    with TestClient(demo.app) as client:
        # in-process there is no socket to close: the app raises instead
        with pytest.raises(SiteUnreachable):
            client.get(site_url(SITE, "nodes"), headers=auth_headers(demo, SITE))
        other_site_fine(demo, client)


def test_http500(clock: FakeClock) -> None:
    demo = faulty(clock, f"{SITE}=http500")
    with TestClient(demo.app) as client:
        headers = auth_headers(demo, SITE)
        assert client.get(f"/sites/{SITE}/openapi/v3", headers=headers).status_code == 200
        for path in ("ping", "nodes", "jobs"):
            answer = client.get(site_url(SITE, path), headers=headers)
            assert answer.status_code == 500
            assert answer.json()["errors"][0]["error_number"] == 1001
        other_site_fine(demo, client)


def test_malformed(clock: FakeClock) -> None:
    demo = faulty(clock, f"{SITE}=malformed")
    with TestClient(demo.app) as client:
        for path in (f"/sites/{SITE}/openapi/v3", site_url(SITE, "nodes")):
            answer = client.get(path, headers=auth_headers(demo, SITE))
            assert answer.status_code == 200
            assert answer.headers["content-type"].startswith("application/json")
            with pytest.raises(ValueError):
                json.loads(answer.content)
        other_site_fine(demo, client)


def test_badversion(clock: FakeClock) -> None:
    demo = faulty(clock, f"{SITE}=badversion")
    with TestClient(demo.app) as client:
        headers = auth_headers(demo, SITE)
        paths = client.get(f"/sites/{SITE}/openapi/v3", headers=headers).json()["paths"]
        assert paths and all(p.startswith("/slurm/v0.0.99/") for p in paths)
        assert client.get(site_url(SITE, "nodes"), headers=headers).status_code == 404
        assert client.get(f"/sites/{SITE}/slurm/v0.0.99/nodes",
                          headers=headers).status_code == 404
        other_site_fine(demo, client)


def test_admin_endpoint_sets_lists_and_clears(demo: DemoServer, client: TestClient) -> None:
    headers = auth_headers(demo, SITE)
    assert client.get("/v1/demo/faults").json()["faults"] == []
    answer = client.post("/v1/demo/faults", json={"site_id": SITE, "mode": "http500"})
    assert answer.status_code == 200
    assert answer.json()["faults"] == [{"site_id": SITE, "mode": "http500"}]
    assert client.get(site_url(SITE, "nodes"), headers=headers).status_code == 500
    client.post("/v1/demo/faults", json={"site_id": SITE, "mode": None})
    assert client.get(site_url(SITE, "nodes"), headers=headers).status_code == 200
    assert client.get("/v1/demo/faults").json()["faults"] == []


def test_admin_endpoint_rejects_bad_input_with_problems(client: TestClient) -> None:
    unknown = client.post("/v1/demo/faults", json={"site_id": "atlantis", "mode": "slow"})
    assert unknown.status_code == 404
    assert unknown.headers["content-type"].startswith("application/problem+json")
    assert "site_id" in unknown.json()["detail"]
    bad_mode = client.post("/v1/demo/faults", json={"site_id": SITE, "mode": "explode"})
    assert bad_mode.status_code == 422
    problem = bad_mode.json()
    assert problem["status"] == 422 and problem["detail"].startswith("body.mode")
    assert {"type", "title", "status", "detail"} <= set(problem)


def test_credentials_are_published_per_site(demo: DemoServer, client: TestClient,
                                            clock: FakeClock) -> None:
    creds = client.get("/v1/demo/credentials").json()["credentials"]
    assert {c["site_id"] for c in creds} == {"vega-gpu", "discoverer-gpu", "karolina-gpu"}
    for cred in creds:
        assert cred["user"] == "demo"
        assert cred["expires_at"] == int(clock()) + 24 * 3600
    first = {c["site_id"]: c["token"] for c in creds}
    clock.advance(13 * 3600)  # less than half the lifespan left: re-minted
    again = {c["site_id"]: c["token"] for c in client.get("/v1/demo/credentials").json()[
        "credentials"]}
    assert again != first
    headers = {"X-SLURM-USER-NAME": "demo", "X-SLURM-USER-TOKEN": again[SITE]}
    assert client.get(site_url(SITE, "nodes"), headers=headers).status_code == 200


def test_clock_can_be_paused_so_polls_answer_304() -> None:
    from app.demo.clock import SimClock

    wall = FakeClock()
    clock = SimClock(wall=wall)
    demo = build_demo(small_registry(), seed=1, base_url="http://127.0.0.1:9", clock=clock,
                      wall_clock=wall)
    with TestClient(demo.app) as client:
        headers = auth_headers(demo, SITE)
        assert client.post("/v1/demo/clock", json={"paused": True}).json()["paused"] is True
        last = client.get(site_url(SITE, "nodes"), headers=headers).json()["last_update"]
        wall.advance(3 * 3600)
        again = client.get(site_url(SITE, "nodes"), headers=headers,
                           params={"update_time": str(last["number"])})
        assert again.status_code == 304
        client.post("/v1/demo/clock", json={"paused": False})
        wall.advance(3 * 3600)
        assert client.get(site_url(SITE, "nodes"), headers=headers,
                          params={"update_time": str(last["number"])}).status_code == 200
        assert client.get("/v1/demo/clock").json()["paused"] is False
