"""The GPU numbers the desk derives equal what Slurm's own command line reports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.clients.errors import SubmitRejected
from app.clients.slurm import SlurmClient
from app.domain.capacity import Capacity, Node, Partition, aggregate
from app.domain.job_rules import PartitionLimits, check_memory, limits_for
from app.domain.submission import JobSubmission
from tests.integration.slurm import cluster
from tests.integration.support import (
    CliView,
    cancel_quietly,
    cli_view,
    client_for,
    job_submission,
    rest_read,
    rest_view,
)


def _differences(cli: CliView, rest: CliView) -> list[str]:
    out = []
    for name in ("rows", "nodes_by_state", "site_totals", "job_states", "pending", "running"):
        if getattr(cli, name) != getattr(rest, name):
            out.append(f"{name}: cli={getattr(cli, name)} rest={getattr(rest, name)}")
    return out


def test_gpu_capacity_matches_sinfo_and_scontrol(slurm_api):
    env = slurm_api.env
    client = client_for(env, slurm_api.version)
    problems: list[str] = []
    # A job may start or end between the reads: compare only when the command line says the
    # same before and after the REST read (a stable point), and try a few times.
    for _attempt in range(6):
        before = cli_view(env)
        capacity, jobs = rest_read(client)
        after = cli_view(env)
        if before != after:
            problems = ["the cluster changed during the read"]
            continue
        problems = _differences(before, rest_view(capacity, jobs))
        if not problems:
            break
    assert not problems, "\n".join(problems)

    rows = rest_view(capacity, jobs).rows
    # the scenario: 8 H100 in gpu, 16 A100 in gpu and gpu-short, a2 (8 A100) drained,
    # the running training job holds 2 H100
    assert rows[("gpu", "h100")][0] == 8 and rows[("gpu", "h100")][1] >= 2
    assert rows[("gpu", "a100")][0] == 16 and rows[("gpu", "a100")][3] == 8
    assert rows[("gpu-short", "a100")][0] == 16 and rows[("gpu-short", "a100")][3] == 8
    assert capacity.totals["h100"].total == 8 and capacity.totals["a100"].total == 16
    assert capacity.nodes_by_state["drained"] == 1
    cpu_rows = [r for r in capacity.rows if r.partition == "cpu"]
    assert [r.gpu_type for r in cpu_rows] == [""] and cpu_rows[0].gpus.total == 0


# -- memory per node -------------------------------------------------------------------------
def _cli_memory(env: cluster.ClusterEnv) -> tuple[dict[str, int], dict[str, int],
                                                  dict[str, int | None]]:
    """RealMemory per node and smallest per partition (sinfo), MaxMemPerNode (scontrol)."""
    per_node: dict[str, int] = {}
    smallest: dict[str, int] = {}
    for line in cluster.cli(env, "sinfo", "-h", "-N", "-o", "%N %P %m").splitlines():
        if not line.strip():
            continue
        name, part, memory = line.split()
        per_node[name] = int(memory)
        part = part.rstrip("*")
        smallest[part] = min(smallest.get(part, int(memory)), int(memory))
    max_per_node: dict[str, int | None] = {}
    for line in cluster.cli(env, "scontrol", "show", "partition", "-o").splitlines():
        fields = dict(w.partition("=")[::2] for w in line.split() if "=" in w)
        if "PartitionName" in fields:
            value = fields.get("MaxMemPerNode", "UNLIMITED")
            max_per_node[fields["PartitionName"]] = None if value == "UNLIMITED" else int(value)
    return per_node, smallest, max_per_node


def _rest_limits(client: SlurmClient) -> tuple[list[Node], list[Partition], Capacity]:
    answer = client.nodes()
    assert answer is not None
    nodes, _ = answer
    parts = client.partitions()
    return nodes, parts, aggregate(nodes, parts, [])


def _limits(client: SlurmClient, name: str) -> PartitionLimits:
    _, parts, capacity = _rest_limits(client)
    return limits_for("ci", next(p for p in parts if p.name == name), capacity.rows)


def test_memory_matches_sinfo_and_scontrol(slurm_api):
    env = slurm_api.env
    client = client_for(env, slurm_api.version)
    cli_nodes, cli_smallest, cli_max = _cli_memory(env)
    nodes, parts, capacity = _rest_limits(client)
    assert {n.name: n.real_memory_mb for n in nodes} == cli_nodes
    assert {p.name: p.max_memory_per_node_mb for p in parts} == cli_max
    assert {r.partition: r.node_memory_mb for r in capacity.rows} == cli_smallest
    # the scenario: H100 nodes 16000 MB and A100 nodes 32000 MB in gpu, A100 only in gpu-short
    assert cli_smallest == {"gpu": 16000, "gpu-short": 32000, "cpu": 8000}
    assert _limits(client, "gpu").memory_per_node_mb == 16000

    # MaxMemPerNode below the nodes' memory is what a job can ask, and the rule says so
    cluster.cli(env, "scontrol", "update", "PartitionName=gpu-short", "MaxMemPerNode=20480")
    try:
        assert _cli_memory(env)[2]["gpu-short"] == 20480
        limits = _limits(client, "gpu-short")
        assert (limits.max_memory_per_node_mb, limits.memory_per_node_mb) == (20480, 20480)
        [problem] = check_memory(JobSubmission(script="", name="x", partition="gpu-short",
                                               memory_per_node_mb=21 * 1024), limits)
        assert problem.message == ("memory per node 21 GB exceeds the 20 GB partition "
                                   "gpu-short allows per node (MaxMemPerNode)")
    finally:
        # scontrol takes 0 for UNLIMITED (the word itself is refused)
        cluster.cli(env, "scontrol", "update", "PartitionName=gpu-short", "MaxMemPerNode=0")
    assert _limits(client, "gpu-short").max_memory_per_node_mb is None


def test_slurm_refuses_the_memory_the_rule_refuses(slurm_api):
    env, version = slurm_api.env, slurm_api.version
    client = client_for(env, version)
    limits = _limits(client, "cpu")
    most = limits.memory_per_node_mb
    assert most == 8000
    tag = version.replace(".", "")
    # not held: slurmctld checks a held job's memory only when it is released
    fits = job_submission(slurm_api.work_dir, name=f"aifd-mem-{tag}", partition="cpu",
                          script="#!/bin/bash\nsleep 1\n", memory_per_node_mb=most)
    too_much = replace(fits, memory_per_node_mb=most + 1)
    assert check_memory(fits, limits) == [] and check_memory(too_much, limits) != []
    accepted = client.submit(fits)
    try:
        assert accepted.job_id > 0
        with pytest.raises(SubmitRejected) as refused:
            client.submit(too_much)
        assert "node configuration is not available" in str(refused.value.server_message)
    finally:
        cancel_quietly(env, [accepted.job_id])
