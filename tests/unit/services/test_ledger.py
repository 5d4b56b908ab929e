"""The job ledger: recorded before sending, looked up by comment after a lost answer, never
a duplicate. The site is faked at the network boundary only (tests/fakes.py)."""

from __future__ import annotations

import base64
import json
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests

from app.clients.errors import AuthExpired, AuthFailed, SiteUnreachable, SubmitRejected
from app.clients.http import RetryPolicy
from app.clients.slurm import SlurmAuth, SlurmClient
from app.domain.submission import JobSubmission
from app.services.ledger import (
    JobLedger,
    LedgerRefused,
    LedgerState,
    SubmitUnconfirmed,
    resume,
    submission_ids_in,
    submit_once,
    tag_for,
    tagged,
)
from tests.fakes import FakeTransport, session_with

BASE = "http://127.0.0.1:9"
V = "v0.0.42"
SUBMIT = f"/slurm/{V}/job/submit"
JOBS = f"/slurm/{V}/jobs"
JOB = JobSubmission(script="#!/bin/bash\nsleep 1\n", name="train", partition="gpu",
                    gpus_per_node=2, gpu_type="h100", time_limit_min=5, comment="my run")


def token(exp_offset: int = 3600) -> str:
    def b64(d: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return f"{b64({'alg': 'HS256'})}.{b64({'exp': int(time.time()) + exp_offset})}.sig"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakeSite:
    """A slurmrestd that keeps the jobs it accepted and can lose its answers."""

    ledger: JobLedger
    jobs: list[dict[str, Any]] = field(default_factory=list)
    lose_answers: int = 0          # accept the job, then drop the connection
    refuse_connections: bool = False
    reject: tuple[int, dict[str, Any]] | None = None
    states_seen_at_post: list[str] = field(default_factory=list)
    posts: int = 0

    def install(self, transport: FakeTransport) -> None:
        transport.routes[("POST", SUBMIT)] = self.submit
        transport.routes[("GET", JOBS)] = self.list_jobs

    def submit(self, request: requests.PreparedRequest) -> tuple[int, Any]:
        if self.refuse_connections:
            raise requests.ConnectionError("connection refused")
        self.posts += 1
        body = json.loads(request.body or b"{}")
        comment = body["job"].get("comment", "")
        for sid in submission_ids_in(comment):
            entry = self.ledger.get(sid)
            self.states_seen_at_post.append(entry.state.value if entry else "missing")
        if self.reject is not None:
            return self.reject
        job_id = len(self.jobs) + 1
        self.jobs.append({"job_id": job_id, "name": body["job"]["name"], "comment": comment,
                          "job_state": ["PENDING"], "partition": body["job"]["partition"]})
        if self.lose_answers:
            self.lose_answers -= 1
            raise requests.ConnectionError("Connection aborted: RemoteDisconnected")
        return 200, {"job_id": job_id, "step_id": "batch", "job_submit_user_msg": "",
                     "errors": [], "warnings": []}

    def list_jobs(self, request: requests.PreparedRequest) -> tuple[int, Any]:
        if self.refuse_connections:
            raise requests.ConnectionError("connection refused")
        return 200, {"jobs": self.jobs, "last_update": {"set": True, "number": 1}}

    def with_submission(self, sid: str) -> list[dict[str, Any]]:
        return [j for j in self.jobs if sid in submission_ids_in(j["comment"])]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ledger(tmp_path, clock) -> JobLedger:
    ledger = JobLedger(tmp_path / "desk.sqlite3", clock=clock)
    yield ledger
    ledger.close()


@pytest.fixture
def site(ledger) -> FakeSite:
    return FakeSite(ledger)


@pytest.fixture
def transport(site) -> FakeTransport:
    transport = FakeTransport()
    site.install(transport)
    return transport


@pytest.fixture
def client(transport) -> SlurmClient:
    return SlurmClient(session_with(transport), BASE, SlurmAuth("u", token()), version=V,
                       retry=RetryPolicy(attempts=1))


def test_recorded_as_sent_before_the_post_and_confirmed_after(client, ledger, site):
    result = submit_once(client, ledger, "site-a", JOB)
    [entry] = ledger.entries("site-a")
    assert site.states_seen_at_post == ["sent"]
    assert entry.state is LedgerState.CONFIRMED and entry.job_id == result.job_id == 1
    assert entry.attempts == 1 and entry.sent_at is not None
    assert len(entry.submission_id) == 32
    assert entry.request.comment == f"my run {tag_for(entry.submission_id)}"
    assert site.jobs[0]["comment"] == entry.request.comment
    assert entry.request.partition == "gpu" and entry.request.gpus_per_node == 2


def test_lost_answer_is_found_by_comment_without_sending_again(client, ledger, site):
    site.lose_answers = 1
    result = submit_once(client, ledger, "site-a", JOB, submission_id="a" * 32)
    assert site.posts == 1 and len(site.with_submission("a" * 32)) == 1
    assert result.job_id == 1
    assert any("found by its comment" in w for w in result.warnings)
    assert ledger.get("a" * 32).state is LedgerState.CONFIRMED


def test_same_submission_id_again_returns_the_recorded_job(client, ledger, site):
    first = submit_once(client, ledger, "site-a", JOB, submission_id="b" * 32)
    again = submit_once(client, ledger, "site-a", JOB, submission_id="b" * 32)
    assert again.job_id == first.job_id and site.posts == 1


def test_lost_answer_and_unreachable_site_stays_sent_then_resume_confirms(
        client, transport, ledger, site, tmp_path, clock):
    site.lose_answers = 1

    def list_unreachable(request):
        raise requests.ConnectionError("connection refused")

    transport.routes[("GET", JOBS)] = list_unreachable
    with pytest.raises(SubmitUnconfirmed) as err:
        submit_once(client, ledger, "site-a", JOB, submission_id="c" * 32)
    assert isinstance(err.value, SiteUnreachable) and err.value.submission_id == "c" * 32
    assert ledger.get("c" * 32).state is LedgerState.SENT

    # the desk restarts: a new ledger on the same file, the site answers again
    site.install(transport)
    ledger.close()
    reopened = JobLedger(tmp_path / "desk.sqlite3", clock=clock)
    try:
        [outcome] = resume(client, reopened, "site-a")
        assert outcome.error is None and outcome.result is not None
        assert outcome.entry.state is LedgerState.CONFIRMED and outcome.entry.job_id == 1
        assert site.posts == 1 and len(site.with_submission("c" * 32)) == 1
        assert resume(client, reopened, "site-a") == []
    finally:
        reopened.close()


def test_sent_but_never_arrived_is_resent_only_after_settling(client, ledger, site, clock):
    site.refuse_connections = True
    with pytest.raises(SubmitUnconfirmed):
        submit_once(client, ledger, "site-a", JOB, submission_id="d" * 32)
    assert ledger.get("d" * 32).state is LedgerState.SENT and site.posts == 0
    site.refuse_connections = False
    clock.now += 5
    [early] = resume(client, ledger, "site-a")
    assert isinstance(early.error, SubmitUnconfirmed) and site.posts == 0
    clock.now += 60
    [late] = resume(client, ledger, "site-a")
    assert late.error is None and late.entry.state is LedgerState.CONFIRMED
    assert late.entry.attempts == 2 and site.posts == 1
    assert len(site.with_submission("d" * 32)) == 1


def test_too_old_to_know_is_failed_and_never_resent(client, ledger, site, clock):
    site.refuse_connections = True
    with pytest.raises(SubmitUnconfirmed):
        submit_once(client, ledger, "site-a", JOB, submission_id="e" * 32)
    site.refuse_connections = False
    clock.now += 3600
    [outcome] = resume(client, ledger, "site-a")
    assert isinstance(outcome.error, LedgerRefused) and "check the site" in str(outcome.error)
    assert ledger.get("e" * 32).state is LedgerState.FAILED and site.posts == 0
    with pytest.raises(LedgerRefused):
        submit_once(client, ledger, "site-a", JOB, submission_id="e" * 32)
    assert site.posts == 0


def test_scheduler_refusal_is_failed_with_its_message(client, ledger, site):
    site.reject = (500, {"errors": [{"error_number": 2000, "error":
                                     "Invalid partition name specified"}]})
    with pytest.raises(SubmitRejected):
        submit_once(client, ledger, "site-a", JOB, submission_id="f" * 32)
    entry = ledger.get("f" * 32)
    assert entry.state is LedgerState.FAILED and "Invalid partition" in entry.message
    with pytest.raises(LedgerRefused, match="Invalid partition"):
        submit_once(client, ledger, "site-a", JOB, submission_id="f" * 32)
    assert site.posts == 1


def test_gateway_error_counts_as_a_lost_answer(client, ledger, site):
    site.reject = (502, "<html>Bad Gateway</html>")
    site.jobs.append({"job_id": 7, "name": "train", "comment": tag_for("1" * 32),
                      "job_state": ["RUNNING"]})
    result = submit_once(client, ledger, "site-a", JOB, submission_id="1" * 32)
    assert result.job_id == 7 and ledger.get("1" * 32).state is LedgerState.CONFIRMED


def test_refused_token_returns_the_entry_to_prepared(ledger, site):
    transport = FakeTransport()
    site.install(transport)
    expired = SlurmClient(session_with(transport), BASE, SlurmAuth("u", token(-60)),
                          version=V)
    with pytest.raises(AuthExpired):
        submit_once(expired, ledger, "site-a", JOB, submission_id="2" * 32)
    assert ledger.get("2" * 32).state is LedgerState.PREPARED and transport.requests == []
    transport.routes[("POST", SUBMIT)] = (511, {"errors": [
        {"error_number": 1007, "error": "Protocol authentication error"}]})
    bad = SlurmClient(session_with(transport), BASE, SlurmAuth("u", token()), version=V)
    with pytest.raises(AuthFailed):
        submit_once(bad, ledger, "site-a", JOB, submission_id="2" * 32)
    assert ledger.get("2" * 32).state is LedgerState.PREPARED
    site.install(transport)
    result = submit_once(bad, ledger, "site-a", JOB, submission_id="2" * 32)
    assert result.job_id == 1 and ledger.get("2" * 32).attempts == 3


def test_crash_before_sending_is_sent_by_resume(client, ledger, site):
    entry = ledger.prepare("site-a", JOB)
    assert entry.state is LedgerState.PREPARED and site.posts == 0
    assert resume(client, ledger, "site-a", send_prepared=False) == []
    [outcome] = resume(client, ledger, "site-a")
    assert outcome.entry.state is LedgerState.CONFIRMED and site.posts == 1


def test_entries_are_per_site_and_survive_reopening(ledger, tmp_path, clock):
    a = ledger.prepare("site-a", JOB)
    b = ledger.prepare("site-b", JOB)
    ledger.mark_sent(b.submission_id)
    assert [e.submission_id for e in ledger.entries("site-a")] == [a.submission_id]
    assert [e.submission_id for e in ledger.entries(states=[LedgerState.SENT])] == [
        b.submission_id]
    ledger.close()
    again = JobLedger(tmp_path / "desk.sqlite3", clock=clock)
    try:
        assert again.get(b.submission_id).state is LedgerState.SENT
        assert again.get(a.submission_id).request == tagged(JOB, a.submission_id)
    finally:
        again.close()


def test_own_table_in_a_shared_wal_file(ledger, tmp_path):
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"job_ledger"}
    finally:
        conn.close()


def test_tag_is_added_once():
    sid = "9" * 32
    once = tagged(JOB, sid)
    assert tagged(once, sid) == once
    assert submission_ids_in(once.comment) == {sid}
    assert tagged(JobSubmission(script="", name="n", partition="p"), sid).comment == tag_for(sid)
