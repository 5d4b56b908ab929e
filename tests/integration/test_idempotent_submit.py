"""A submit whose answer is lost makes exactly one job: the ledger looks the job up by its
comment before anything is sent again. The answer is lost for real — a TCP proxy in front
of slurmrestd lets the POST through and closes the connection once the site has answered."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from app.clients.errors import SiteUnreachable
from app.services.ledger import JobLedger, LedgerState, SubmitUnconfirmed, resume, submit_once
from tests.integration.proxy import LosingProxy
from tests.integration.slurm import cluster
from tests.integration.support import cancel_quietly, client_for, job_submission

NEWEST = {"host": "v0.0.38", "trixie": "v0.0.42"}
SITE = "ci-site"


def jobs_carrying(env: cluster.ClusterEnv, tag: str) -> list[int]:
    """Job ids whose comment carries ``tag``, as squeue (every state) lists them."""
    out = cluster.cli(env, "squeue", "-h", "-t", "all", "-o", "%i|%k")
    return sorted(int(i) for i, _, comment in (line.partition("|") for line in out.splitlines())
                  if tag in comment.split())


@pytest.fixture
def ledger(tmp_path):
    ledger = JobLedger(tmp_path / "desk.sqlite3")
    yield ledger
    ledger.close()


def _submission(env: cluster.ClusterEnv, name: str):
    return job_submission(str(env.state_dir / "work"), name=name, partition="cpu",
                          script="#!/bin/bash\nsleep 5\n", minutes=1, comment="from the desk")


def test_lost_answer_is_found_by_comment_not_sent_twice(slurm_cluster, ledger):
    env = slurm_cluster
    port = urlsplit(env.url).port
    assert port
    with LosingProxy(port, drop_submits=1) as proxy:
        client = client_for(env, NEWEST[env.flavour], url=proxy.url)
        result = submit_once(client, ledger, SITE, _submission(env, "aifd-lost-answer"))
        try:
            assert (proxy.submits_forwarded, proxy.answers_dropped) == (1, 1)
            [entry] = ledger.entries(SITE)
            assert entry.state is LedgerState.CONFIRMED and entry.job_id == result.job_id
            assert any("found by its comment" in w for w in result.warnings)
            assert jobs_carrying(env, entry.tag) == [result.job_id]
            [job] = client.job(result.job_id)
            assert job.comment == f"from the desk {entry.tag}"

            again = submit_once(client, ledger, SITE, _submission(env, "aifd-lost-answer"),
                                submission_id=entry.submission_id)
            assert again.job_id == result.job_id and proxy.submits_forwarded == 1
            assert jobs_carrying(env, entry.tag) == [result.job_id]
        finally:
            cancel_quietly(env, [result.job_id])


def test_crash_after_sending_is_resumed_without_a_duplicate(slurm_cluster, ledger, tmp_path):
    env = slurm_cluster
    port = urlsplit(env.url).port
    assert port
    version = NEWEST[env.flavour]
    job_ids: list[int] = []
    with LosingProxy(port, drop_submits=1, dark_after_drop=True) as proxy:
        client = client_for(env, version, url=proxy.url)
        with pytest.raises(SubmitUnconfirmed) as err:
            submit_once(client, ledger, SITE, _submission(env, "aifd-crash"))
        sid = err.value.submission_id
        entry = ledger.get(sid)
        assert entry is not None and entry.state is LedgerState.SENT
        try:
            job_ids = jobs_carrying(env, entry.tag)
            assert len(job_ids) == 1  # the site made the job; the desk does not know it yet
            assert proxy.submits_forwarded == 1 and proxy.dark
            # asked again while the site is still dark: it neither sends nor guesses
            with pytest.raises(SiteUnreachable):
                submit_once(client, ledger, SITE, _submission(env, "aifd-crash"),
                            submission_id=sid)
            assert proxy.submits_forwarded == 1

            # the desk "restarts": a new ledger on the same file, the site answers again
            ledger.close()
            reopened = JobLedger(tmp_path / "desk.sqlite3")
            try:
                [outcome] = resume(client_for(env, version), reopened, SITE)
                assert outcome.error is None and outcome.result is not None
                assert outcome.entry.state is LedgerState.CONFIRMED
                assert outcome.entry.job_id == outcome.result.job_id == job_ids[0]
                assert resume(client_for(env, version), reopened, SITE) == []
            finally:
                reopened.close()
            assert jobs_carrying(env, entry.tag) == job_ids
            assert proxy.submits_forwarded == 1
        finally:
            cancel_quietly(env, job_ids)
