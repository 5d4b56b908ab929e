"""Smoke test of a cluster started by up.sh, standard library only.

    python3 smoke.py host|trixie|PATH/TO/cluster.env

Checks that /openapi/v3 lists every API version of SLURM_CI_VERSIONS, then GETs ping, nodes,
partitions and jobs of the newest one and checks the scenario up.sh created. Exits non-zero
with a message on the first failure.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

try:
    from . import cluster
except ImportError:  # run as a script
    import cluster  # type: ignore[no-redef]

NODES = {"g1", "g2", "a1", "a2", "c1", "c2"}
PARTITIONS = {"gpu", "gpu-short", "cpu"}


class SmokeError(Exception):
    pass


def get(env: cluster.ClusterEnv, path: str) -> Any:
    req = urllib.request.Request(env.url + path, headers=env.headers())
    req.add_header("Accept", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            body = resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:400].decode(errors="replace")
        raise SmokeError(f"GET {path} -> HTTP {exc.code}: {detail}") from None
    except OSError as exc:
        raise SmokeError(f"GET {path} failed: {exc}") from None
    try:
        data = json.loads(body)
    except ValueError:
        raise SmokeError(f"GET {path}: not JSON: {body[:200]!r}") from None
    if isinstance(data, dict) and data.get("errors"):
        raise SmokeError(f"GET {path}: errors {data['errors']}")
    return data


def states(value: Any) -> set[str]:
    """v0.0.38 gives a lowercase string ("drained"/"mixed"), v0.0.40+ a list of flags."""
    if isinstance(value, str):
        return {value.upper()}
    return {str(v).upper() for v in value or []}


def check(env: cluster.ClusterEnv) -> list[str]:
    done: list[str] = []
    spec = get(env, "/openapi/v3")
    paths = spec.get("paths", {})
    for version in env.versions:
        if not any(p.startswith(f"/slurm/{version}/") for p in paths):
            raise SmokeError(f"/openapi/v3 does not list /slurm/{version}/")
    done.append(f"openapi lists {' '.join(env.versions)}")

    base = f"/slurm/{env.newest_version}"
    pings = get(env, f"{base}/ping").get("pings") or []
    if not pings or (pings[0].get("ping") or pings[0].get("pinged")) != "UP":
        raise SmokeError(f"ping: slurmctld not UP: {pings}")
    done.append("ping UP")

    nodes = {n["name"]: n for n in get(env, f"{base}/nodes")["nodes"]}
    if set(nodes) != NODES:
        raise SmokeError(f"nodes: {sorted(nodes)} != {sorted(NODES)}")
    drained = env.extra.get("SLURM_CI_DRAINED_NODE", "a2")
    a2 = nodes[drained]
    if not any("DRAIN" in s for s in states(a2["state"]) | set(states(a2.get("state_flags")))):
        raise SmokeError(f"node {drained} not drained: {a2['state']}")
    if "fan failure" not in a2.get("reason", ""):
        raise SmokeError(f"node {drained} reason: {a2.get('reason')!r}")
    if "h100" not in nodes["g1"]["gres"] or "a100" not in nodes["a1"]["gres"]:
        raise SmokeError(f"gres: g1={nodes['g1']['gres']!r} a1={nodes['a1']['gres']!r}")
    done.append(f"{len(nodes)} nodes, {drained} drained")

    parts = {p["name"] for p in get(env, f"{base}/partitions")["partitions"]}
    if not parts >= PARTITIONS:
        raise SmokeError(f"partitions: {sorted(parts)} lacks {sorted(PARTITIONS - parts)}")
    done.append(f"partitions {' '.join(sorted(parts))}")

    jobs = {j["job_id"]: j for j in get(env, f"{base}/jobs")["jobs"]}
    for role, want in (("gpu_running", "RUNNING"), ("held", "PENDING"), ("cpu_running", "RUNNING")):
        if f"SLURM_CI_JOB_{role.upper()}" not in env.extra:
            continue
        job_id = env.job_id(role)
        if job_id not in jobs:
            raise SmokeError(f"job {job_id} ({role}) not in /jobs")
        got = states(jobs[job_id]["job_state"])
        if want not in got:
            raise SmokeError(f"job {job_id} ({role}): state {sorted(got)}, expected {want}")
    done.append(f"{len(jobs)} jobs, scenario states as expected")
    return done


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    arg = argv[1]
    path = cluster.env_file(arg) if arg in cluster.FLAVOURS else Path(arg)
    try:
        env = cluster.ClusterEnv.from_file(path)
        done = check(env)
    except (OSError, ValueError, KeyError, SmokeError) as exc:
        print(f"SMOKE FAILED ({path}): {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"smoke OK ({env.flavour}, {env.url}, {env.newest_version}): " + "; ".join(done))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
