"""What changed between two looks at my jobs, and which jobs are near their limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.capacity import Job
from app.domain.job_tracking import (
    EventKind,
    Phase,
    TrackedJob,
    from_job,
    is_mine,
    merge,
    near_limit,
    phase_of,
    transitions,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SID = "f" * 32


def job(job_id=7, phase=Phase.PENDING, site="lumi-g", **kw) -> TrackedJob:
    return TrackedJob(site_id=site, job_id=job_id, name="train", phase=phase,
                      state=phase.value.upper(), **kw)


def look(*jobs):
    return {j.key: j for j in jobs}


@pytest.mark.parametrize("state,phase", [
    ("PENDING", Phase.PENDING), ("RUNNING", Phase.RUNNING), ("COMPLETING", Phase.RUNNING),
    ("COMPLETED", Phase.COMPLETED), ("CANCELLED", Phase.CANCELLED), ("FAILED", Phase.FAILED),
    ("NODE_FAIL", Phase.FAILED), ("OUT_OF_MEMORY", Phase.FAILED), ("TIMEOUT", Phase.TIMEOUT),
    ("SUSPENDED", Phase.SUSPENDED), ("WHATEVER", Phase.UNKNOWN),
])
def test_phase_of_slurm_states(state, phase):
    assert phase_of(state) is phase


def test_phases_active_and_finished():
    assert Phase.SUBMITTED.active and Phase.RUNNING.active and not Phase.COMPLETED.active
    assert Phase.TIMEOUT.finished and not Phase.NOT_SENT.finished


def test_pending_to_running_is_started():
    [event] = transitions(look(job()), look(job(phase=Phase.RUNNING)))
    assert event.kind is EventKind.STARTED
    assert event.title("LUMI-G") == "Job 7 “train” started on LUMI-G"


def test_running_to_completed_is_ended():
    [event] = transitions(look(job(phase=Phase.RUNNING)),
                          look(job(phase=Phase.COMPLETED, exit_code=0)))
    assert event.kind is EventKind.ENDED and "exit code 0" in event.text()


def test_started_and_ended_between_two_looks_is_one_end():
    [event] = transitions(look(job()), look(job(phase=Phase.COMPLETED)))
    assert event.kind is EventKind.ENDED


@pytest.mark.parametrize("phase,title", [(Phase.FAILED, "failed"),
                                         (Phase.TIMEOUT, "hit its time limit")])
def test_failures(phase, title):
    [event] = transitions(look(job(phase=Phase.RUNNING)), look(job(phase=phase)))
    assert event.kind is EventKind.FAILED and title in event.title("X")


def test_cancelled_is_an_end_that_says_so():
    [event] = transitions(look(job(phase=Phase.RUNNING)), look(job(phase=Phase.CANCELLED)))
    assert event.kind is EventKind.ENDED and "was cancelled" in event.title("X")


def test_nothing_changes_nothing_said():
    assert transitions(look(job(phase=Phase.RUNNING)), look(job(phase=Phase.RUNNING))) == []
    done = job(phase=Phase.COMPLETED)
    assert transitions(look(done), look(done)) == []
    assert transitions(look(done), look(replace(done, phase=Phase.FAILED))) == []


def test_first_look_at_a_site_is_a_baseline():
    running = job(phase=Phase.RUNNING)
    assert transitions({}, look(running), baseline_sites={"lumi-g"}) == []
    [event] = transitions({}, look(running))
    assert event.kind is EventKind.STARTED


def test_submitted_placeholder_to_listed_job():
    placeholder = TrackedJob(site_id="lumi-g", job_id=None, name="train",
                             phase=Phase.SUBMITTING, submission_id=SID)
    listed = job(phase=Phase.RUNNING, submission_id=SID)
    [event] = transitions(look(placeholder), look(listed))
    assert event.kind is EventKind.STARTED
    # what the ledger remembered from an earlier run is not news at the site's first look
    assert transitions(look(placeholder), look(listed), baseline_sites={"lumi-g"}) == []


def test_job_that_is_no_longer_listed_is_not_an_event():
    assert transitions(look(job(phase=Phase.RUNNING)), {}) == []


def test_near_limit_once_and_only_for_long_enough_jobs():
    long = job(phase=Phase.RUNNING, start_time=NOW - timedelta(minutes=55), time_limit_min=60)
    short = job(job_id=8, phase=Phase.RUNNING, start_time=NOW - timedelta(minutes=2),
                time_limit_min=5)
    fresh = job(job_id=9, phase=Phase.RUNNING, start_time=NOW, time_limit_min=60)
    [event] = near_limit([long, short, fresh], NOW, timedelta(minutes=10))
    assert event.job.job_id == 7 and event.kind is EventKind.NEAR_LIMIT
    assert "About 5 min left of its 60 min limit" in event.text()
    assert near_limit([long], NOW, timedelta(minutes=10), already={long.key}) == []
    over = replace(long, start_time=NOW - timedelta(minutes=61))
    assert near_limit([over], NOW, timedelta(minutes=10)) == []


def test_elapsed_and_remaining():
    running = job(phase=Phase.RUNNING, start_time=NOW - timedelta(minutes=30),
                  time_limit_min=60)
    assert running.elapsed_s(NOW) == 1800 and running.remaining_s(NOW) == 1800
    ended = replace(running, phase=Phase.COMPLETED, end_time=NOW - timedelta(minutes=10))
    assert ended.elapsed_s(NOW) == 1200 and ended.remaining_s(NOW) is None
    assert job(start_time=NOW).elapsed_s(NOW) is None  # pending: start is an estimate


def test_mine_by_user_or_by_submission_tag():
    site_job = Job(job_id=1, name="x", user="alice", partition="p", state="RUNNING",
                   comment=f"aifd:{SID}")
    assert is_mine(site_job, "alice")
    assert not is_mine(site_job, "demo")
    assert is_mine(site_job, "demo", [SID])


def test_from_job_and_merge_with_the_ledger():
    site_job = Job(job_id=12, name="x", user="demo", partition="p", state="PENDING",
                   reason="Priority", gpus={"h100": 4}, time_limit_min=30)
    seen = from_job("s", site_job, NOW)
    assert (seen.gpus, seen.gpu_types, seen.reason, seen.phase) == (4, ("h100",), "Priority",
                                                                    Phase.PENDING)
    assert from_job("s", replace(site_job, reason="None"), NOW).reason == ""
    recorded = TrackedJob(site_id="s", job_id=12, name="x", phase=Phase.SUBMITTED,
                          submission_id=SID, warnings=("held",))
    waiting = TrackedJob(site_id="s", job_id=13, name="y", phase=Phase.SUBMITTED,
                         submission_id="e" * 32)
    merged = merge(look(seen), [recorded, waiting])
    assert merged[("s", "12")].phase is Phase.PENDING
    assert merged[("s", "12")].submission_id == SID and merged[("s", "12")].warnings == ("held",)
    assert merged[("s", "13")].phase is Phase.SUBMITTED
