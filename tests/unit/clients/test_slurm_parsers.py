"""Every version's parser on the responses recorded from real slurmrestd."""

import json

import pytest

from app.clients.slurm import client as slurm_client
from app.domain.capacity import aggregate
from tests.conftest import FIXTURES

VERSIONS = ["v0.0.38", "v0.0.40", "v0.0.41", "v0.0.42"]


def load(version, name):
    return json.loads((FIXTURES / "slurm" / f"{version}_{name}.json").read_text())


@pytest.mark.parametrize("version", VERSIONS)
def test_nodes_idle_cluster(version):
    nodes, _ = slurm_client.PARSERS[version].parse_nodes(load(version, "nodes"))
    by = {n.name: n for n in nodes}
    assert set(by) == {"g1", "g2", "c1", "c2"}
    assert by["g1"].gpus == {"h100": 4}
    assert by["g1"].gpus_used == {"h100": 0}
    assert by["c1"].gpus == {}
    assert by["g1"].partitions == ("gpu",)
    assert by["c1"].cpus == 4
    # RealMemory of slurm.conf, in MB (not the OS's free memory, which the answers also carry)
    assert (by["g1"].real_memory_mb, by["c1"].real_memory_mb) == (16000, 8000)


@pytest.mark.parametrize("version", VERSIONS)
def test_busy_node_counts_used_gpus(version):
    nodes, _ = slurm_client.PARSERS[version].parse_nodes(load(version, "nodes_busy"))
    by = {n.name: n for n in nodes}
    assert by["g1"].gpus_used == {"h100": 2}
    assert by["g1"].bucket == "mixed"


@pytest.mark.parametrize("version", VERSIONS)
def test_partitions(version):
    parts = {p.name: p for p in slurm_client.PARSERS[version].parse_partitions(
        load(version, "partitions"))}
    assert parts["gpu"].nodes == ("g1", "g2")
    assert parts["gpu"].max_time_min == 1440
    assert parts["gpu"].default_time_min == 60
    assert parts["gpu"].max_nodes_per_job is None
    assert parts["gpu"].state == "UP"
    # no MaxMemPerNode in the recorded slurm.conf: Slurm reports 0 / null = UNLIMITED
    assert parts["gpu"].max_memory_per_node_mb is None


def _with_max_memory(version, value):
    """The recorded partitions answer with MaxMemPerNode set the way this version encodes it."""
    doc = load(version, "partitions")
    for item in doc["partitions"]:
        if version == "v0.0.38":
            item["maximum_memory_per_node"] = value
        else:
            item["maximums"]["partition_memory_per_node"] = (
                {"set": True, "infinite": False, "number": value} if value is not None
                else {"set": False, "infinite": False, "number": 0})
    return doc


@pytest.mark.parametrize("version", VERSIONS)
def test_partition_max_memory_per_node(version):
    parser = slurm_client.PARSERS[version]
    parts = {p.name: p for p in parser.parse_partitions(_with_max_memory(version, 12000))}
    assert parts["gpu"].max_memory_per_node_mb == 12000
    # unset (v0.0.40+: the limit is per CPU instead) or Slurm's NO_VAL: no limit per node
    unset = parser.parse_partitions(_with_max_memory(version, None))
    assert {p.max_memory_per_node_mb for p in unset} == {None}
    no_val = parser.parse_partitions(_with_max_memory(version, 2**64 - 2))
    assert {p.max_memory_per_node_mb for p in no_val} == {None}
    per_cpu = parser.parse_partitions(_with_max_memory(version, 2**63 + 500))  # MEM_PER_CPU
    assert {p.max_memory_per_node_mb for p in per_cpu} == {None}


@pytest.mark.parametrize("version", VERSIONS)
def test_running_job(version):
    jobs = slurm_client.PARSERS[version].parse_jobs(load(version, "jobs_running"))
    job = next(j for j in jobs if j.name == "smoke-gpu")
    assert job.state == "RUNNING"
    assert job.gpus == {"h100": 2}
    assert job.time_limit_min == 5
    assert job.start_time is not None
    assert job.user == "slurmci"


@pytest.mark.parametrize("version", VERSIONS)
def test_aggregate_on_real_answers(version):
    parser = slurm_client.PARSERS[version]
    nodes, _ = parser.parse_nodes(load(version, "nodes_busy"))
    cap = aggregate(nodes, parser.parse_partitions(load(version, "partitions")),
                    parser.parse_jobs(load(version, "jobs_running")))
    row = next(r for r in cap.rows if r.partition == "gpu")
    assert (row.gpus.total, row.gpus.allocated, row.gpus.idle) == (8, 2, 6)
    memory = {r.partition: r.memory_per_node_mb for r in cap.rows}
    assert memory == {"gpu": 16000, "cpu": 8000}


@pytest.mark.parametrize("version", VERSIONS)
def test_submit_answer_and_body(version):
    result = slurm_client.PARSERS[version].parse_submit(load(version, "submit_response"))
    assert result is not None and result.job_id == 1
    request = load(version, "submit_request")
    assert "job" in request


def test_submit_bodies_match_recorded_requests():
    from app.domain.submission import JobSubmission

    sub = JobSubmission(script="#!/bin/bash\nsleep 1\n", name="smoke-gpu", partition="gpu",
                        gpus_per_node=2, gpu_type="h100", time_limit_min=5)
    body42 = slurm_client.PARSERS["v0.0.42"].submit_body(sub)
    assert body42["job"]["tres_per_node"] == "gres/gpu:h100:2"
    assert body42["job"]["time_limit"] == {"set": True, "infinite": False, "number": 5}
    assert body42["job"]["environment"] == ["PATH=/usr/bin:/bin"]
    body38 = slurm_client.PARSERS["v0.0.38"].submit_body(sub)
    assert body38["script"].startswith("#!/bin/bash")
    assert body38["job"]["gres"] == "gpu:h100:2"
    assert body38["job"]["environment"] == {"PATH": "/usr/bin:/bin"}


def test_held_job_with_errors_is_still_a_success():
    doc = {"job_id": 7, "errors": [{"error_code": 2042,
                                    "error": "Job is in held state, pending scheduler release"}]}
    result = slurm_client.PARSERS["v0.0.38"].parse_submit(doc)
    assert result is not None and result.job_id == 7
    assert "held state" in result.warnings[0]
