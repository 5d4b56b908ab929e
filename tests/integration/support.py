"""Helpers of the real-Slurm tests: waiting with a deadline, clients, tokens, and what
Slurm's own command line says about the cluster (to compare with the REST client)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

import requests

from app.clients.http import RetryPolicy
from app.clients.slurm import SlurmAuth, SlurmClient
from app.domain.capacity import Capacity, Job, aggregate
from app.domain.submission import JobSubmission
from tests.integration.slurm import cluster

T = TypeVar("T")


def eventually(check: Callable[[], T | None], *, timeout: float, what: str,
               interval: float = 0.2) -> T:
    """Call ``check`` until it returns something truthy (returned) or the deadline passes.

    Exceptions from ``check`` count as "not yet"; the last one is reported on timeout.
    """
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    last: object = None
    while True:
        try:
            value = check()
        except Exception as exc:  # reported on timeout
            value, last = None, exc
        else:
            if value:
                return value
            last = value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}; "
                                 f"last: {last!r}")
        pause.wait(interval)


def client_for(env: cluster.ClusterEnv, version: str | None = None, *, token: str | None = None,
               url: str | None = None, session: requests.Session | None = None,
               user: str | None = None) -> SlurmClient:
    return SlurmClient(session or requests.Session(), url or env.url,
                       SlurmAuth(user or env.user, token or env.token), version=version,
                       retry=RetryPolicy(attempts=2, base_delay=0.1))


def wrong_key_token(env: cluster.ClusterEnv, user: str, lifespan_s: int) -> str:
    """A well-formed, unexpired JWT for ``user`` signed with a key the cluster does not use."""
    header, payload, _ = cluster.mint_token(env, user, lifespan_s).split(".")
    signature = hmac.new(b"not-the-cluster-key" * 2, f"{header}.{payload}".encode(),
                         hashlib.sha256).digest()
    return f"{header}.{payload}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"


class CountingSession(requests.Session):
    """A session that counts what it sends (to prove a request never left)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def request(self, method, url, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        params = kwargs.get("params")
        query = "?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""
        self.sent.append(f"{method} {url}{query}")
        return super().request(method, url, *args, **kwargs)


def job_submission(work_dir: str, *, name: str, partition: str, script: str,
                   gpus: int = 0, gpu_type: str = "", minutes: int = 2,
                   **extra: object) -> JobSubmission:
    sub = JobSubmission(script=script, name=name, partition=partition, gpus_per_node=gpus,
                        gpu_type=gpu_type, time_limit_min=minutes, working_directory=work_dir,
                        standard_output=f"{work_dir}/{name}-%j.out")
    return replace(sub, **extra)  # type: ignore[arg-type]


def cancel_quietly(env: cluster.ClusterEnv, job_ids: Iterable[int]) -> None:
    ids = [str(j) for j in job_ids if j]
    if ids:
        cluster.cli(env, "scancel", *ids)


# -- what the Slurm command line says ------------------------------------------------------
_GRES = re.compile(r"gpu:([^:(,\s]+):(\d+)")


def gpu_counts(text: str) -> dict[str, int]:
    """``gpu:h100:4(S:0)`` / ``gpu:h100:2(IDX:0-1),gpu:a100:1`` → per-type counts."""
    out: dict[str, int] = {}
    for gtype, count in _GRES.findall(text or ""):
        out[gtype] = out.get(gtype, 0) + int(count)
    return out


def node_bucket(state: str) -> str:
    """The overview's node bucket for a Slurm state word (sinfo/scontrol spelling)."""
    s = state.lower()
    if any(w in s for w in ("down", "fail", "not_responding", "unknown", "future", "inval")):
        return "down"
    if "drain" in s or "maint" in s or "reboot" in s:
        return "drained"
    if "alloc" in s:
        return "allocated"
    if "mix" in s:
        return "mixed"
    if "idle" in s:
        return "idle"
    return "down"


@dataclass(frozen=True)
class CliNode:
    name: str
    bucket: str
    partitions: tuple[str, ...]
    gpus: dict[str, int]
    used: dict[str, int]

    def split(self, gtype: str) -> tuple[int, int, int]:
        """(allocated, idle, unavailable) GPUs of one type, by the overview's rules."""
        total = self.gpus.get(gtype, 0)
        used = min(self.used.get(gtype, 0), total)
        if self.bucket == "down":
            return 0, 0, total
        if self.bucket == "drained":
            return used, 0, total - used
        return used, total - used, 0


@dataclass(frozen=True)
class CliView:
    """One read of the cluster through sinfo, scontrol and squeue."""

    rows: dict[tuple[str, str], tuple[int, int, int, int]]  # (part, type) → total/alloc/idle/unav
    nodes_by_state: dict[str, dict[str, int]]              # partition → bucket → count
    site_totals: dict[str, tuple[int, int, int, int]]       # type → total/alloc/idle/unavail
    job_states: dict[int, str]
    pending: dict[str, int]
    running: dict[str, int]


def _kv(line: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for word in line.split():
        key, sep, value = word.partition("=")
        if sep and key not in out:
            out[key] = value
    return out


def cli_view(env: cluster.ClusterEnv) -> CliView:
    # per node and partition: sinfo (the partition view)
    sinfo = cluster.cli(env, "sinfo", "-h", "-N", "-O",
                        "NodeList:30,Partition:30,StateLong:40,Gres:80,GresUsed:120")
    by_part: dict[str, list[CliNode]] = {}
    for line in sinfo.splitlines():
        if not line.strip():
            continue
        name, part, state, gres, used = line.split()[:5]
        node = CliNode(name, node_bucket(state), (part.rstrip("*"),), gpu_counts(gres),
                       gpu_counts(used))
        by_part.setdefault(part.rstrip("*"), []).append(node)
    rows: dict[tuple[str, str], tuple[int, int, int, int]] = {}
    nodes_by_state: dict[str, dict[str, int]] = {}
    for part, nodes in by_part.items():
        types = sorted({t for n in nodes for t in n.gpus})
        for gtype in types:
            a = sum(n.split(gtype)[0] for n in nodes)
            i = sum(n.split(gtype)[1] for n in nodes)
            u = sum(n.split(gtype)[2] for n in nodes)
            rows[(part, gtype)] = (a + i + u, a, i, u)
        counts = Counter(n.bucket for n in nodes)
        nodes_by_state[part] = {b: counts.get(b, 0)
                                for b in ("idle", "mixed", "allocated", "drained", "down")}
    # per node: scontrol -d show node -o (the node view: GresUsed needs -d)
    site: dict[str, list[int]] = {}
    for line in cluster.cli(env, "scontrol", "-d", "show", "node", "-o").splitlines():
        fields = _kv(line)
        if "NodeName" not in fields:
            continue
        node = CliNode(fields["NodeName"], node_bucket(fields.get("State", "")),
                       tuple(fields.get("Partitions", "").split(",")),
                       gpu_counts(fields.get("Gres", "")), gpu_counts(fields.get("GresUsed", "")))
        for gtype in node.gpus:
            a, i, u = node.split(gtype)
            acc = site.setdefault(gtype, [0, 0, 0, 0])
            for k, v in enumerate((a + i + u, a, i, u)):
                acc[k] += v
    # jobs: squeue, every state still listed
    job_states: dict[int, str] = {}
    pending: Counter[str] = Counter()
    running: Counter[str] = Counter()
    for line in cluster.cli(env, "squeue", "-h", "-t", "all", "-o", "%i|%T|%P").splitlines():
        if not line.strip():
            continue
        job_id, state, part = line.split("|")
        job_states[int(job_id)] = state
        if state == "PENDING":
            pending[part] += 1
        elif state in {"RUNNING", "COMPLETING", "CONFIGURING"}:
            running[part] += 1
    return CliView(rows, nodes_by_state, {t: (v[0], v[1], v[2], v[3]) for t, v in site.items()},
                   job_states, dict(pending), dict(running))


def rest_view(capacity: Capacity, jobs: list[Job]) -> CliView:
    """The same view from what the REST client parsed (the desk's ``aggregate``)."""
    rows = {(r.partition, r.gpu_type): (r.gpus.total, r.gpus.allocated, r.gpus.idle,
                                        r.gpus.unavailable)
            for r in capacity.rows if r.gpu_type}
    nodes_by_state = {}
    pending: dict[str, int] = {}
    running: dict[str, int] = {}
    for r in capacity.rows:
        nodes_by_state[r.partition] = dict(r.nodes_by_state)
        if r.pending_jobs:
            pending[r.partition] = r.pending_jobs
        if r.running_jobs:
            running[r.partition] = r.running_jobs
    site = {t: (g.total, g.allocated, g.idle, g.unavailable) for t, g in capacity.totals.items()}
    return CliView(rows, nodes_by_state, site, {j.job_id: j.state for j in jobs}, pending,
                   running)


def rest_read(client: SlurmClient) -> tuple[Capacity, list[Job]]:
    nodes_answer = client.nodes()
    jobs_answer = client.jobs()
    assert nodes_answer is not None and jobs_answer is not None
    nodes, _ = nodes_answer
    jobs, _ = jobs_answer
    return aggregate(nodes, client.partitions(), jobs), jobs
