"""The GPU numbers the desk derives equal what Slurm's own command line reports."""

from __future__ import annotations

from tests.integration.support import CliView, cli_view, client_for, rest_read, rest_view


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
