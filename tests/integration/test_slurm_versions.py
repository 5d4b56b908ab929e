"""Version negotiation and parsing against real slurmrestd, for every API version served."""

from __future__ import annotations

import re

import pytest
import requests

from app.clients.errors import UnsupportedApiVersion
from app.clients.slurm import SUPPORTED_VERSIONS
from tests.integration.support import client_for

NEWEST = {"host": "v0.0.38", "trixie": "v0.0.42"}
SERVED = {"host": ["v0.0.38", "v0.0.37", "v0.0.36"],
          "trixie": ["v0.0.42", "v0.0.41", "v0.0.40"]}


def test_served_versions_come_from_openapi(slurm_cluster):
    env = slurm_cluster
    client = client_for(env)
    served = client.served_versions()
    assert served == SERVED[env.flavour]
    assert sorted(served) == sorted(env.versions)  # what up.sh read with curl
    assert client.negotiate() == NEWEST[env.flavour] == client.version
    for version in served:
        if version in SUPPORTED_VERSIONS:
            client.use_version(version)
            assert client.version == version
        else:
            with pytest.raises(UnsupportedApiVersion, match=re.escape(version)):
                client.use_version(version)


def test_22_05_also_serves_the_plain_openapi_document(slurm_host):
    answer = requests.get(f"{slurm_host.url}/openapi", headers=slurm_host.headers(), timeout=30)
    assert answer.status_code == 200
    assert any(p.startswith("/slurm/v0.0.38/") for p in answer.json()["paths"])


def test_pinned_client_parses_nodes_partitions_jobs(slurm_api):
    env, version = slurm_api.env, slurm_api.version
    client = client_for(env, version)
    pings = client.ping()
    assert pings and (pings[0].get("pinged") or pings[0].get("ping")) == "UP"

    nodes_answer = client.nodes()
    assert nodes_answer is not None
    nodes = {n.name: n for n in nodes_answer[0]}
    assert set(nodes) == {"g1", "g2", "a1", "a2", "c1", "c2"}
    assert {n: dict(nodes[n].gpus) for n in nodes} == {
        "g1": {"h100": 4}, "g2": {"h100": 4}, "a1": {"a100": 8}, "a2": {"a100": 8},
        "c1": {}, "c2": {}}
    drained = nodes[env.extra["SLURM_CI_DRAINED_NODE"]]
    assert drained.bucket == "drained" and "fan failure" in drained.reason
    assert nodes["g1"].cpus == 8 and nodes["a1"].cpus == 16
    assert set(nodes["a1"].partitions) == {"gpu", "gpu-short"}
    if version == "v0.0.38":
        assert nodes_answer[1] is None  # 22.05 sends no last_update
    else:
        assert nodes_answer[1] and nodes_answer[1] > 1_700_000_000

    partitions = {p.name: p for p in client.partitions()}
    assert set(partitions) == {"gpu", "gpu-short", "cpu"}
    assert set(partitions["gpu"].nodes) == {"g1", "g2", "a1", "a2"}
    assert partitions["gpu-short"].nodes == ("a1", "a2")
    assert partitions["gpu-short"].max_time_min == 120
    assert partitions["gpu-short"].max_nodes_per_job == 1
    assert partitions["gpu"].max_time_min == 1440 and partitions["gpu"].state == "UP"
    if version == "v0.0.38":
        assert partitions["cpu"].is_default and not partitions["gpu"].is_default
    else:
        # 24.11's answer has no partition flags at all: the default partition is not told
        assert not any(p.is_default for p in partitions.values())

    jobs_answer = client.jobs()
    assert jobs_answer is not None
    jobs = {j.job_id: j for j in jobs_answer[0]}
    gpu = jobs[env.job_id("gpu_running")]
    held = jobs[env.job_id("held")]
    cpu = jobs[env.job_id("cpu_running")]
    assert (gpu.name, gpu.state, gpu.partition, dict(gpu.gpus), gpu.user) == (
        "aifd-gpu-train", "RUNNING", "gpu", {"h100": 2}, env.user)
    assert gpu.nodes in {"g1", "g2"} and gpu.time_limit_min == 30 and gpu.start_time
    assert (held.state, held.reason, dict(held.gpus)) == ("PENDING", "JobHeldUser", {"a100": 1})
    assert (cpu.state, cpu.partition, cpu.gpu_count) == ("RUNNING", "cpu", 0)
    [same] = client.job(gpu.job_id)
    assert same.job_id == gpu.job_id and same.state == "RUNNING"
