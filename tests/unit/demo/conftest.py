"""Shared fixtures of the demo federation tests: a small registry and an in-process demo."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from app.demo.server import DemoServer, build_demo

with warnings.catch_warnings():  # starlette's note about a future httpx2 client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

T0 = 1_795_393_695.0  # a Monday morning (UTC) in late November 2026


def fact(value: Any) -> dict[str, Any]:
    return {"value": value, "source": "test fixture", "confidence": "C"}


def system(system_id: str, name: str, gres: str, nodes: int | None, per_node: int | None,
           status: str = "operational") -> dict[str, Any]:
    return {
        "id": system_id, "name": fact(name), "status": status, "factories": [f"{name}-af"],
        "partitions": [{"name": f"{name} GPU", "gpu_model": fact(gres.upper()),
                        "gres_type": gres, "gpu_nodes": fact(nodes),
                        "gpus_per_node": fact(per_node)}],
    }


def small_registry() -> dict[str, Any]:
    """Three simulated machines, one planned and one without node counts."""
    return {
        "factories": [], "antennas": [], "access_modes": [], "support_centres": [],
        "systems": [
            system("vega-gpu", "Vega", "a100", 60, 4),
            system("discoverer-gpu", "Discoverer", "h200", 4, 8),
            system("karolina-gpu", "Karolina", "a100", 72, 8),
            system("alice-recoque", "Alice Recoque", "mi430x", None, None, status="planned"),
            system("mystery", "Mystery", "gpu", None, 4),
        ],
    }


class FakeClock:
    """A settable clock for the simulation (and for token lifetimes)."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def demo(clock: FakeClock) -> DemoServer:
    return build_demo(small_registry(), seed=42, base_url="http://127.0.0.1:9",
                      clock=clock, wall_clock=clock, slow_seconds=0.2)


@pytest.fixture
def client(demo: DemoServer) -> Iterator[TestClient]:
    with TestClient(demo.app) as test_client:
        yield test_client


def auth_headers(demo: DemoServer, site_id: str) -> dict[str, str]:
    for cred in demo.credentials.current(demo.wall_clock()):
        if cred.site_id == site_id:
            return {"X-SLURM-USER-NAME": cred.user, "X-SLURM-USER-TOKEN": cred.token}
    raise KeyError(site_id)


def site_url(site_id: str, endpoint: str) -> str:
    return f"/sites/{site_id}/slurm/v0.0.42/{endpoint}"


def submit_body(partition: str | None = None, gpu: str = "gres/gpu:2", **overrides: Any
                ) -> dict[str, Any]:
    """The recorded v0.0.42 submit body, pointed at a demo partition."""
    job: dict[str, Any] = {
        "script": "#!/bin/bash\necho node=$SLURMD_NODENAME\nsleep 300\n",
        "name": "smoke-gpu", "nodes": "1", "tasks": 1,
        "time_limit": {"set": True, "infinite": False, "number": 30},
        "current_working_directory": "/home/demo/work",
        "standard_output": "/home/demo/work/smoke-%j.out",
        "environment": ["PATH=/usr/bin:/bin"],
        "tres_per_node": gpu,
    }
    if partition is not None:
        job["partition"] = partition
    job.update(overrides)
    return {"job": job}
