"""Every demo answer has the keys and JSON types of the real slurmrestd v0.0.42 recordings.

For each recorded sample (tests/fixtures/slurm/v0.0.42_*.json), every key it has, at every
depth of nested objects (and of the objects inside lists), must be present in the demo's
answer with the same JSON type; ``null`` is accepted only where the sample has ``null``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.demo.server import DemoServer
from tests.unit.demo.conftest import (
    FakeClock,
    TestClient,
    auth_headers,
    site_url,
    submit_body,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "slurm"


def sample(name: str) -> Any:
    return json.loads((FIXTURES / f"v0.0.42_{name}.json").read_text("utf-8"))


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape_problems(expected: Any, actual: Any, path: str = "$") -> list[str]:
    """Where ``actual`` lacks a key of ``expected`` or has another JSON type."""
    want, got = json_type(expected), json_type(actual)
    if want == "null":
        return []
    if want != got:
        return [f"{path}: expected {want}, got {got}"]
    problems: list[str] = []
    if want == "object":
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{path}.{key}: missing")
            else:
                problems.extend(shape_problems(value, actual[key], f"{path}.{key}"))
    elif want == "array" and expected and actual:
        for i, item in enumerate(actual):
            problems.extend(shape_problems(expected[0], item, f"{path}[{i}]"))
    return problems


def assert_shape(expected: Any, actual: Any, what: str) -> None:
    problems = shape_problems(expected, actual)
    assert not problems, f"{what}: {len(problems)} problem(s): {problems[:10]}"


def test_checker_catches_differences() -> None:
    assert shape_problems({"a": {"b": 1}}, {"a": {"b": "1"}}) == ["$.a.b: expected integer, "
                                                                   "got string"]
    assert shape_problems({"a": [{"b": 1}]}, {"a": [{}]}) == ["$.a[0].b: missing"]
    assert shape_problems({"a": None}, {"a": 3}) == []
    assert shape_problems({"a": 1.0}, {"a": 1}) == ["$.a: expected float, got integer"]


@pytest.fixture
def busy(demo: DemoServer, client: TestClient) -> DemoServer:
    """The demo with one submitted (running) job, one held job and one cancelled job."""
    site = "vega-gpu"
    headers = auth_headers(demo, site)
    client.post(site_url(site, "job/submit"), headers=headers, json=submit_body())
    client.post(site_url(site, "job/submit"), headers=headers, json=submit_body(hold=True))
    answer = client.post(site_url(site, "job/submit"), headers=headers, json=submit_body())
    client.delete(site_url(site, f"job/{answer.json()['job_id']}"), headers=headers)
    return demo


@pytest.mark.parametrize("site", ["vega-gpu", "discoverer-gpu", "karolina-gpu"])
def test_nodes_have_recorded_shape(busy: DemoServer, client: TestClient, site: str) -> None:
    doc = client.get(site_url(site, "nodes"), headers=auth_headers(busy, site)).json()
    for name in ("nodes", "nodes_busy"):
        recorded = sample(name)
        assert_shape({k: v for k, v in recorded.items() if k != "nodes"},
                     {k: v for k, v in doc.items() if k != "nodes"}, f"{site} nodes envelope")
        for node in recorded["nodes"]:
            for i, ours in enumerate(doc["nodes"]):
                assert_shape(node, ours, f"{site} node {i} vs recorded {node['name']}")
    states = {tuple(n["state"]) for n in doc["nodes"]}
    assert ("MIXED",) in states or ("ALLOCATED",) in states


def test_partitions_have_recorded_shape(busy: DemoServer, client: TestClient) -> None:
    recorded = sample("partitions")
    for site in ("vega-gpu", "karolina-gpu"):
        doc = client.get(site_url(site, "partitions"), headers=auth_headers(busy, site)).json()
        assert len(doc["partitions"]) == 2  # production + dev
        assert_shape({k: v for k, v in recorded.items() if k not in ("partitions", "warnings")},
                     doc, f"{site} partitions envelope")
        for part in doc["partitions"]:
            assert_shape(recorded["partitions"][0], part, f"{site} partition {part['name']}")


def test_jobs_have_recorded_shape(busy: DemoServer, client: TestClient,
                                  clock: FakeClock) -> None:
    site = "vega-gpu"
    headers = auth_headers(busy, site)
    clock.advance(120)  # let some jobs finish so COMPLETED/… ones are listed too
    doc = client.get(site_url(site, "jobs"), headers=headers).json()
    states = {j["job_state"][0] for j in doc["jobs"]}
    assert {"RUNNING", "PENDING", "CANCELLED"} <= states
    for name in ("jobs_running", "job_completed"):
        recorded = sample(name)
        assert_shape({k: v for k, v in recorded.items() if k != "jobs"},
                     {k: v for k, v in doc.items() if k != "jobs"}, "jobs envelope")
        for job in doc["jobs"]:
            assert_shape(recorded["jobs"][0], job,
                         f"job {job['job_id']} ({job['job_state']}) vs {name}")


def test_single_job_has_recorded_shape(busy: DemoServer, client: TestClient) -> None:
    site = "vega-gpu"
    headers = auth_headers(busy, site)
    jobs = client.get(site_url(site, "jobs"), headers=headers).json()["jobs"]
    running = next(j for j in jobs if j["job_state"] == ["RUNNING"])
    doc = client.get(site_url(site, f"job/{running['job_id']}"), headers=headers).json()
    assert_shape(sample("jobs_running"), doc, "job/{id}")
    assert doc["jobs"][0]["job_id"] == running["job_id"]


def test_ping_submit_cancel_have_recorded_shape(demo: DemoServer, client: TestClient) -> None:
    site = "karolina-gpu"
    headers = auth_headers(demo, site)
    assert_shape(sample("ping"), client.get(site_url(site, "ping"), headers=headers).json(),
                 "ping")
    answer = client.post(site_url(site, "job/submit"), headers=headers,
                         json=submit_body(gpu="gres/gpu:a100:1"))
    assert answer.status_code == 200
    assert_shape(sample("submit_response"), answer.json(), "submit")
    cancel = client.delete(site_url(site, f"job/{answer.json()['job_id']}"), headers=headers)
    assert cancel.status_code == 200
    assert_shape(sample("cancel_response"), cancel.json(), "cancel")


def test_error_answers_have_recorded_shape(demo: DemoServer, client: TestClient) -> None:
    site = "vega-gpu"
    headers = auth_headers(demo, site)
    unknown = client.get(site_url(site, "job/424242"), headers=headers)
    assert unknown.status_code == 404
    assert_shape(sample("error_unknown_job"), unknown.json(), "unknown job")
    bad = client.get(site_url(site, "jobs"), headers={"X-SLURM-USER-NAME": "demo",
                                                      "X-SLURM-USER-TOKEN": "not.a.token"})
    assert bad.status_code == 511
    assert_shape(sample("error_bad_token"), bad.json(), "bad token")
    entry = sample("error_bad_token")["errors"][0]
    rejected = client.post(site_url(site, "job/submit"), headers=headers,
                           json=submit_body(partition="nope"))
    assert rejected.status_code == 500
    assert_shape(entry, rejected.json()["errors"][0], "submit error entry")
    assert_shape({k: v for k, v in sample("submit_response").items()
                  if k in ("meta", "errors", "warnings")}, rejected.json(), "submit error")
