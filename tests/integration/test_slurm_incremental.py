"""Cheap refreshes (``update_time``) and token expiry, against real slurmrestd.

Real Slurm answers a nodes query with ``update_time`` in three ways: 304 when neither nodes
nor partitions changed; 200 when both did; and 500 "Unable to query partitions" when only
the nodes changed (slurmrestd hands update_time to its partition query too). The client
turns the last into a full read. Jobs answer 304 on 22.05, and 200 with an empty list and
``last_update`` 0 on 24.11 — the client reports both as "unchanged" (None).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from app.clients.errors import AuthExpired
from app.domain.tokens import claims
from app.services.site_fetch import SiteCursor, SiteTarget, fetch_site
from tests.integration.slurm import cluster
from tests.integration.support import (
    CountingSession,
    cancel_quietly,
    client_for,
    eventually,
    job_submission,
)


def _since_marker(slurm_api, client) -> tuple[int, int]:
    """A (nodes, jobs) ``update_time`` pair for "now": the answers' ``last_update`` where the
    API sends one (v0.0.40+), else the clock (22.05 sends none)."""
    nodes = client.nodes()
    jobs = client.jobs()
    assert nodes is not None and jobs is not None
    if slurm_api.version == "v0.0.38":
        assert nodes[1] is None and jobs[1] is None
        now = int(time.time())
        return now, now
    assert nodes[1] and jobs[1]
    return nodes[1], jobs[1]


def test_unchanged_nodes_and_jobs_answer_none(slurm_api):
    client = client_for(slurm_api.env, slurm_api.version)

    def unchanged() -> bool:
        # nothing may happen between the two reads; try again if something did
        nodes_since, jobs_since = _since_marker(slurm_api, client)
        return client.nodes(update_time=nodes_since) is None and (
            client.jobs(update_time=jobs_since) is None)

    eventually(unchanged, timeout=30, interval=0.5, what="a 304 (unchanged) answer")


def test_the_pollers_second_read_keeps_everything(slurm_api):
    """Two reads in a row, as the poller does them: the second may be answered "unchanged",
    but the desk must still know every node and job (24.11 says "unchanged" for jobs with an
    empty list)."""
    env = slurm_api.env
    target = SiteTarget("ci", env.url, env.user, env.token)
    with requests.Session() as session:
        first, cursor = fetch_site(session, target, SiteCursor(version=slurm_api.version))
        second, _ = fetch_site(session, target, cursor)
    scenario = {env.job_id(r) for r in ("gpu_running", "held", "cpu_running")}
    assert scenario <= {j.job_id for j in first.jobs}
    assert scenario <= {j.job_id for j in second.jobs}
    assert second.api_version == slurm_api.version
    assert {k: v.total for k, v in second.capacity.totals.items()} == {"h100": 8, "a100": 16}
    assert second.capacity.running_jobs >= 2 and second.capacity.pending_jobs >= 1


def test_changed_nodes_read_in_full_despite_slurms_partition_bug(slurm_api):
    env = slurm_api.env
    session = CountingSession()
    client = client_for(env, slurm_api.version, session=session)
    nodes_since, jobs_since = _since_marker(slurm_api, client)
    job = client.submit(job_submission(slurm_api.work_dir, name="aifd-change", partition="cpu",
                                       script="#!/bin/bash\nsleep 20\n", cpus_per_task=4))
    try:
        running = eventually(lambda: client.job(job.job_id)[0].state == "RUNNING", timeout=30,
                             what="the job RUNNING")
        assert running
        session.sent.clear()
        nodes_answer = client.nodes(update_time=nodes_since)
        assert nodes_answer is not None, "a node changed, the answer must not be 'unchanged'"
        node = next(n for n in nodes_answer[0] if n.name in {"c1", "c2"} and n.alloc_cpus == 4)
        assert node.bucket == "allocated"
        # Slurm answered 500 "Unable to query partitions" first; the client read in full.
        assert len(session.sent) == 2 and "update_time" in session.sent[0]
        assert "update_time" not in session.sent[1]
        jobs_answer = client.jobs(update_time=jobs_since)
        assert jobs_answer is not None
        assert job.job_id in {j.job_id for j in jobs_answer[0]}
    finally:
        cancel_quietly(env, [job.job_id])


def test_the_partition_bug_is_real(slurm_api):
    """What the client works around, asked by hand: nodes changed, partitions did not."""
    env = slurm_api.env
    url = f"{env.url}/slurm/{slurm_api.version}/nodes"
    prefix = "uts" if slurm_api.version in {"v0.0.40", "v0.0.41"} else ""
    weights = iter(["5", "1"] * 10)

    def nodes_changed_since_a_moment_ago() -> list[requests.Response]:
        since = int(time.time()) - 1
        cluster.cli(env, "scontrol", "update", "nodename=c2", f"weight={next(weights)}")
        answer = requests.get(url, params={"update_time": f"{prefix}{since}"},
                              headers=env.headers(), timeout=30)
        # 200 would mean the partitions changed too in that second: ask again
        return [answer] if answer.status_code != 200 else []

    try:
        [answer] = eventually(nodes_changed_since_a_moment_ago, timeout=20, interval=1,
                              what="a nodes answer with only the nodes changed")
    finally:
        cluster.cli(env, "scontrol", "update", "nodename=c2", "weight=1")
    assert answer.status_code == 500
    errors = answer.json()["errors"]
    assert errors and errors[0].get("errno", errors[0].get("error_number")) == -1
    if slurm_api.flavour == "trixie":
        assert errors[0]["description"] == "Unable to query partitions"


def test_expiring_token_is_noticed_from_its_exp(slurm_cluster):
    env = slurm_cluster
    lifespan_s = 3
    token = cluster.mint_token(env, env.user, lifespan_s)
    info = claims(token)
    assert info is not None and info.subject == env.user and info.expires_at is not None
    now = datetime.now(UTC)
    assert not info.expired(now)
    assert info.expires_within(now, timedelta(minutes=5))  # time to warn the person
    assert not info.expires_within(now, timedelta(seconds=0))
    session = CountingSession()
    client = client_for(env, token=token, session=session)
    assert client.nodes() is not None  # still good: the site answers

    eventually(lambda: info.expired(datetime.now(UTC)), timeout=lifespan_s + 5,
               what="the token's exp to pass")
    session.sent.clear()
    with pytest.raises(AuthExpired) as err:
        client.nodes()
    assert session.sent == [] and env.user in str(err.value)

    # ... and the site agrees: it refuses the token from then on
    url = f"{env.url}/slurm/{client.version}/nodes"
    eventually(lambda: requests.get(url, headers=env.headers(token=token),
                                    timeout=30).status_code in (500, 511),
               timeout=5, what="the site refusing the expired token")
