"""My Jobs on the real demo federation: a submitted job shows at once, is followed, can be
cancelled (after a confirmation), cloned and resubmitted; starts, ends and near-limit jobs
become notifications."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.domain.capacity import Job
from app.domain.job_tracking import Phase, TrackedJob
from app.domain.submission import JobSubmission
from app.models.my_jobs_model import MyJobsModel, job_row
from app.services.ledger import LedgerState, new_submission_id
from app.views.my_jobs_view import DesktopNotifier, MyJobsView
from tests.qt.views.test_wizard import Demo, DemoDesk, start_demo, stop_demo

SITE = "karolina-gpu"
PARTITION = "qgpu_exp"  # 4 nodes × 8 A100, max 60 min


def job(name: str, script: str, minutes: int = 30) -> JobSubmission:
    return JobSubmission(script=script, name=name, partition=PARTITION, gpus_per_node=1,
                         gpu_type="a100", time_limit_min=minutes,
                         working_directory="/home/demo")


class Notes:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.items.append((title, text))

    def titles(self) -> list[str]:
        return [t for t, _ in self.items]


@pytest.fixture(scope="module")
def demo() -> Iterator[Demo]:
    """The demo federation with its schedulers 30× faster than real time (they act once per
    simulated minute: a finished job shows as finished within about two seconds)."""
    running = start_demo(time_scale=30)
    yield running
    stop_demo(running)


@pytest.fixture
def desk(demo, tmp_path, qapp) -> Iterator[DemoDesk]:
    desk = DemoDesk(demo, tmp_path)
    desk.read_sites()
    desk.jobs.start()
    yield desk
    desk.close(qapp)


@pytest.fixture
def notes(desk) -> Notes:
    collected = Notes()
    desk.jobs.notify.connect(collected)
    return collected


@pytest.fixture
def view(qtbot, desk) -> Iterator[MyJobsView]:
    model = MyJobsModel(desk.jobs)
    model.registry = desk.demo.registry
    model.start()
    widget = MyJobsView(model, desk.jobs)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    model.stop()


def submit(qtbot, desk: DemoDesk, sub: JobSubmission, sid: str = "") -> int:
    with qtbot.waitSignal(desk.submitter.submitted, timeout=30000) as done:
        assert desk.submitter.submit(SITE, sub, sid or new_submission_id())
    return int(done.args[0].result.job_id)


def follow_until(qtbot, desk: DemoDesk, job_id: int, phases: set[Phase],
                 timeout: int = 30000) -> TrackedJob:
    """Read the job again and again (as the poller would) until it reaches ``phases``."""
    def reached() -> bool:
        tracked = desk.jobs.job((SITE, str(job_id)))
        if tracked is not None and tracked.phase in phases:
            return True
        if desk.runner.active == 0:
            desk.jobs.refresh_job(SITE, job_id)
        return False

    qtbot.waitUntil(reached, timeout=timeout)
    tracked = desk.jobs.job((SITE, str(job_id)))
    assert tracked is not None
    return tracked


def test_only_my_jobs_are_listed(desk):
    read = desk.store.state(SITE).read
    assert read is not None
    others = Job(job_id=900001, name="theirs", user="alice", partition=PARTITION,
                 state="RUNNING")
    mine = Job(job_id=900002, name="mine", user="demo", partition=PARTITION, state="PENDING")
    tagged = Job(job_id=900003, name="via-tag", user="svc", partition=PARTITION,
                 state="PENDING", comment="aifd:" + "c" * 32)
    entry = desk.ledger.prepare(SITE, job("via-tag", "#!/bin/bash\n"), "c" * 32)
    desk.jobs._entries = [entry]
    desk.store.apply_read(SITE, replace(read, jobs=(others, mine, tagged),
                                        fetched_at=datetime.now(UTC)))
    names = sorted(j.name for j in desk.jobs.jobs())
    assert names == ["mine", "via-tag"]


def test_submitted_job_shows_at_once_is_followed_and_cancelled(qtbot, desk, notes, view,
                                                               monkeypatch):
    job_id = submit(qtbot, desk, job("follow-me", "#!/bin/bash\nsleep 1500\n"))
    tracked = desk.jobs.job((SITE, str(job_id)))
    assert tracked is not None and tracked.phase in (Phase.SUBMITTED, Phase.PENDING,
                                                     Phase.RUNNING)
    assert view.model.rowCount() == 1
    running = follow_until(qtbot, desk, job_id, {Phase.RUNNING})
    assert running.start_time is not None and running.time_limit_min == 30
    assert running.gpus == 1 and running.submission_id
    assert any("started on Karolina" in t for t in notes.titles())
    assert view.select_job(SITE, job_id)
    assert view.cancel_button.isEnabled() and not view.resubmit_button.isEnabled()
    row = view.model.row_at(0)
    assert row["elapsed_text"].endswith("/ 00:30:00") and row["state"] == "RUNNING"

    asked = []

    def say_no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    view.cancel_button.click()
    assert asked and f"Cancel job {job_id}" in asked[0]
    assert desk.runner.active == 0  # "No" sends nothing
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(desk.jobs.cancelled, timeout=30000) as cancelled:
        view.cancel_button.click()
    assert cancelled.args[:2] == [SITE, job_id]
    done = follow_until(qtbot, desk, job_id, {Phase.CANCELLED})
    assert done.state == "CANCELLED"
    assert any("was cancelled" in t for t in notes.titles())
    qtbot.waitUntil(lambda: not view.cancel_button.isEnabled(), timeout=5000)
    assert view.resubmit_button.isEnabled()


def test_short_job_ends_with_a_notification(qtbot, desk, notes):
    job_id = submit(qtbot, desk, job("quick", "#!/bin/bash\nsleep 1\n", minutes=5))
    done = follow_until(qtbot, desk, job_id, {Phase.COMPLETED}, timeout=60000)
    assert done.exit_code == 0
    titles = notes.titles()
    assert any(t == f"Job {job_id} “quick” finished on Karolina (accelerated partition)"
               for t in titles), titles


def test_near_time_limit_is_told_once(qtbot, desk, notes):
    job_id = submit(qtbot, desk, job("long", "#!/bin/bash\nsleep 3000\n", minutes=30))
    running = follow_until(qtbot, desk, job_id, {Phase.RUNNING})
    assert running.start_time is not None
    late = running.start_time + timedelta(minutes=25)
    desk.jobs._clock = lambda: late  # the service's clock, as if 25 min had passed
    desk.jobs.tick()
    desk.jobs.tick()
    near = [n for n in notes.items if "near its time limit" in n[0]]
    assert len(near) == 1 and "About 5 min left of its 30 min limit" in near[0][1]
    desk.jobs._clock = lambda: datetime.now(UTC)
    desk.jobs.cancel(SITE, job_id)
    with qtbot.waitSignal(desk.jobs.cancelled, timeout=30000):
        pass


def test_clone_and_resubmit(qtbot, desk, view, monkeypatch):
    sub = job("clone-me", "#!/bin/bash\nsleep 2\n", minutes=5)
    job_id = submit(qtbot, desk, sub)
    follow_until(qtbot, desk, job_id, {Phase.COMPLETED}, timeout=60000)
    qtbot.waitUntil(lambda: view.select_job(SITE, job_id), timeout=5000)
    with qtbot.waitSignal(view.clone_requested, timeout=2000) as cloned:
        view.clone_button.click()
    site_id, submission = cloned.args
    assert site_id == SITE and submission.script == sub.script
    assert "aifd:" not in submission.comment  # a clone gets its own submission id
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    resubmitted = []
    view.resubmit_requested.connect(lambda s, sub_: resubmitted.append((s, sub_)))
    view.resubmit_button.click()
    [(site_id, again)] = resubmitted
    new_id = submit(qtbot, desk, again)
    assert new_id != job_id
    desk.runner.wait_for_done()
    entries = desk.ledger.entries(SITE)
    assert [e.state for e in entries] == [LedgerState.CONFIRMED, LedgerState.CONFIRMED]
    assert entries[0].submission_id != entries[1].submission_id


def test_ledger_entries_without_a_job_are_listed(qtbot, desk, view):
    entry = desk.ledger.prepare(SITE, job("interrupted", "#!/bin/bash\nsleep 1\n"))
    desk.jobs.reload_ledger()
    qtbot.waitUntil(lambda: desk.jobs.job((SITE, f"sub:{entry.submission_id}")) is not None,
                    timeout=5000)
    tracked = desk.jobs.job((SITE, f"sub:{entry.submission_id}"))
    assert tracked.phase is Phase.NOT_SENT and tracked.name == "interrupted"
    key = (SITE, f"sub:{entry.submission_id}")
    qtbot.waitUntil(lambda: view.model.row_of_key(key) is not None, timeout=5000)
    assert view.model.row_at(view.model.row_of_key(key))["state"] == "not sent"


def test_pending_start_is_an_estimate_and_elapsed_counts():
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    pending = TrackedJob(site_id="s", job_id=1, name="n", phase=Phase.PENDING,
                         state="PENDING", reason="Resources", time_limit_min=90,
                         start_time=now + timedelta(hours=2))
    row = job_row(pending, "Site", now)
    assert row["start_text"].endswith("(estimate)") and row["elapsed_text"] == "— / 01:30:00"
    running = replace(pending, phase=Phase.RUNNING, state="RUNNING",
                      start_time=now - timedelta(minutes=61, seconds=5))
    row = job_row(running, "Site", now)
    assert row["elapsed_text"] == "01:01:05 / 01:30:00"
    assert "estimate" not in row["start_text"]


def test_notifier_falls_back_to_the_status_bar(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = DesktopNotifier(window.statusBar())
    notifier.show("Job 7 “x” started on LUMI-G", "State RUNNING.")
    assert notifier.last == ("Job 7 “x” started on LUMI-G", "State RUNNING.")
    if not notifier.uses_tray:
        assert window.statusBar().currentMessage().startswith("Job 7 “x” started on LUMI-G")
