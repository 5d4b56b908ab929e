"""The job feature as the desk ships it (``desk.jobs``), on the real demo federation over
HTTP: File › New job… opens the wizard, a submitted job is in My jobs at once, cancel asks
first, clone opens a second wizard (the first stays), resubmit tells how it went,
File › Sites & credentials… lists the demo sites with their tokens' expiry, demo tokens are
read again before they run out, a draft found at start can be thrown away, and a wizard
closed at once goes without an error."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app.application import DeskApplication, Options
from app.domain.job_rules import JobForm
from app.domain.job_tracking import Phase
from app.models.table_model import ROW_ROLE
from app.services.drafts import DraftStore
from app.services.ledger import LedgerState
from app.services.token_watch import TokenLevel
from app.views.wizard import JobWizard

SITE, PARTITION = "karolina-gpu", "qgpu"


@pytest.fixture
def desk(qtbot, tmp_path) -> Iterator[DeskApplication]:
    desk = DeskApplication(Options(demo=True, data_dir=str(tmp_path / "desk"),
                                   poll_interval_s=3600))
    qtbot.addWidget(desk.window)
    desk.start()
    qtbot.waitUntil(lambda: desk.jobs.access.target(SITE) is not None
                    and desk.store.complete(), timeout=120000)
    yield desk
    for wizard in desk.jobs.wizards:
        wizard.close()
    desk.window.close()
    desk.shutdown()
    desk.jobs.ledger.close()
    desk.jobs.draft_store.close()


def submit_through(qtbot, wizard: JobWizard, name: str) -> int:
    """Pick the partition, name the job, give it a long script and submit it."""
    qtbot.waitUntil(lambda: bool(wizard.templates), timeout=10000)
    page = wizard.site_page
    for row in range(page.proxy.rowCount()):
        data = page.proxy.index(row, 0).data(ROW_ROLE)
        if (data["site_id"], data["partition"]) == (SITE, PARTITION):
            page.table.setCurrentIndex(page.proxy.index(row, 0))
    assert page.isComplete()
    wizard.next()
    wizard.next()
    work = wizard.workload_page
    work.name.setText(name)
    work.script.setPlainText("#!/bin/bash\nsleep 1500\n")
    work.workdir.setText("/home/demo/run")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=30000)
    with qtbot.waitSignal(wizard.submitted, timeout=60000) as submitted:
        wizard.next()
    job_id: int = submitted.args[0].result.job_id
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # sent: Finish
    return job_id


def test_new_job_cancel_clone_and_resubmit(qtbot, desk, monkeypatch):
    jobs = desk.jobs
    desk.window.new_job_action.trigger()  # File › New job… (Ctrl+J)
    wizard = jobs.wizard
    assert wizard is not None and wizard.isVisible() and jobs.wizards == [wizard]
    job_id = submit_through(qtbot, wizard, "feature-first")
    assert desk.window.tabs.currentWidget().objectName() == "myJobs"
    view = jobs.view
    assert view is not None
    job = jobs.my_jobs.job((SITE, str(job_id)))
    assert job is not None and job.phase is Phase.SUBMITTED  # at once, before any poll
    assert view.select_job(SITE, job_id)
    assert not view.resubmit_button.isEnabled()  # not while it is queued or running

    # cancel asks first; "No" sends nothing
    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_a: object,
                 **_k: object) -> QMessageBox.StandardButton:
        asked.append(f"{title}: {text}")
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    view.cancel_button.click()
    assert asked == [f"Cancel the job?: Cancel job {job_id} “feature-first” on Karolina "
                     "(accelerated partition)? Slurm stops it at once; this cannot be undone."]
    assert jobs.my_jobs.job((SITE, str(job_id))).phase.active
    answers[0] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(jobs.my_jobs.cancelled, timeout=30000):
        view.cancel_button.click()
    qtbot.waitUntil(lambda: jobs.my_jobs.job((SITE, str(job_id))).phase is Phase.CANCELLED,
                    timeout=30000)
    told_cancel = f"Job {job_id} “feature-first” was cancelled on Karolina"
    qtbot.waitUntil(lambda: jobs.notifier.last is not None
                    and jobs.notifier.last[0].startswith(told_cancel), timeout=10000)

    # clone: a second wizard with the job's request and a new submission id
    assert view.select_job(SITE, job_id)
    view.clone_button.click()
    clone = jobs.wizard
    assert clone is not None and clone is not wizard and jobs.wizards == [wizard, clone]
    assert (clone.form.site_id, clone.form.partition, clone.form.name) == (
        SITE, PARTITION, "feature-first")
    assert clone.form.script == "#!/bin/bash\nsleep 1500\n"
    assert clone.submission_id != wizard.submission_id
    clone.reject()  # Cancel: the clone goes, the first wizard stays
    assert jobs.wizards == [wizard] and jobs.wizard is None

    # resubmit: the same request as a new job, and the status bar says so
    assert view.select_job(SITE, job_id) and view.resubmit_button.isEnabled()
    before = {j.job_id for j in jobs.my_jobs.jobs()}
    told: list[str] = []
    desk.window.statusBar().messageChanged.connect(told.append)
    view.resubmit_button.click()
    assert asked[-1].startswith("Resubmit the job?: Submit “feature-first” to Karolina")
    qtbot.waitUntil(lambda: len({j.job_id for j in jobs.my_jobs.jobs()} - before) == 1,
                    timeout=60000)
    [new_id] = {j.job_id for j in jobs.my_jobs.jobs()} - before
    assert new_id is not None and new_id != job_id
    qtbot.waitUntil(lambda: any(m.startswith(f"Job {new_id} “feature-first” submitted to "
                                             "Karolina") for m in told), timeout=10000)
    confirmed = [e for e in jobs.ledger.entries(SITE) if e.state is LedgerState.CONFIRMED]
    assert sorted(e.job_id for e in confirmed) == sorted([job_id, new_id])
    assert len({e.submission_id for e in confirmed}) == 2
    with qtbot.waitSignal(jobs.my_jobs.cancelled, timeout=30000):
        jobs.my_jobs.cancel(SITE, new_id)

    # a resubmit that cannot be sent says why, in the window
    submission, _ = jobs.my_jobs.submission_for(jobs.my_jobs.job((SITE, str(job_id))))
    jobs.resubmit("nowhere-gpu", submission)
    assert desk.window.problem_label.text().startswith("Resubmit to nowhere-gpu failed: "
                                                       "site nowhere-gpu is not connected")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise
def test_credentials_dialog_lists_the_demo_sites(qtbot, desk):
    desk.window.credentials_action.trigger()  # File › Sites & credentials… (Ctrl+Shift+K)
    dialog = desk.jobs.credentials
    assert dialog is not None and dialog.isVisible()
    rows = dialog.model.rows()
    assert {r["site_id"] for r in rows} == set(desk.federation.targets())
    assert all(r["kind"] == "demo" and r["level"] is TokenLevel.OK for r in rows)
    assert all(r["expiry"].startswith("valid until ") for r in rows)
    assert dialog.demo_button.isVisible()
    desk.window.credentials_action.trigger()  # again: the same dialog, not a second one
    assert desk.jobs.credentials is dialog


def test_demo_tokens_are_read_again_before_they_run_out(qtbot, desk, monkeypatch):
    watch = desk.jobs.token_watch
    reminders: list[str] = []
    watch.reminder.connect(reminders.append)
    watch.check()
    [first] = {s.expires_at for s in watch.states() if s.site_id == SITE}
    assert first is not None
    watch._clock = lambda: first - timedelta(minutes=30)  # half an hour before the end
    with qtbot.waitSignal(desk.federation.registry_changed, timeout=30000):
        watch.check()  # the reminder, and the demo's tokens read again
    assert reminders and "expire within 30 min" in reminders[-1]
    reads: list[str] = []
    monkeypatch.setattr(desk.federation, "connect_hub", lambda url, **_k: reads.append(url))
    watch.check()  # still due by the (moved) clock, but read a moment ago: not again
    assert reads == []
    desk.jobs._demo_renewed_at -= 301  # a few minutes later: read again
    watch.check()
    assert reads == [desk.federation.hub_url]


def test_a_draft_found_at_start_can_be_thrown_away(qtbot, tmp_path):
    data_dir = tmp_path / "desk"
    seeded = DraftStore(data_dir / "desk.sqlite3")
    draft_id = "d" * 32
    seeded.save(draft_id, JobForm(name="old-idea", submission_id=draft_id).to_dict()
                | {"page": JobWizard.WORKLOAD})
    desk = DeskApplication(Options(offline=True, data_dir=str(data_dir)))
    qtbot.addWidget(desk.window)
    assert desk.paths.database == data_dir / "desk.sqlite3"
    desk.start()
    try:
        def offer() -> QMessageBox | None:
            return next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QMessageBox) and w.objectName() == "draftOffer"
                         and w.isVisible()), None)

        qtbot.waitUntil(lambda: offer() is not None, timeout=30000)
        box = offer()
        assert box is not None and "“old-idea”" in box.text()
        box.button(QMessageBox.StandardButton.Discard).click()
        qtbot.waitUntil(lambda: seeded.get(draft_id) is None, timeout=10000)
        assert desk.jobs.wizards == []
    finally:
        desk.window.close()
        desk.shutdown()
        desk.jobs.ledger.close()
        desk.jobs.draft_store.close()
        seeded.close()


def test_a_wizard_closed_at_once_is_deleted_safely(qtbot, tmp_path):
    desk = DeskApplication(Options(offline=True, data_dir=str(tmp_path / "desk")))
    qtbot.addWidget(desk.window)
    desk.start()
    try:
        wizard = desk.jobs.open_wizard()
        wizard.reject()  # before its templates were read (off the UI thread)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(wizard) and desk.jobs.wizards == []
        desk.runner.wait_for_done(10000)
        qtbot.wait(1)  # the templates' result is delivered to nobody, without an error
    finally:
        desk.window.close()
        desk.shutdown()
        desk.jobs.ledger.close()
        desk.jobs.draft_store.close()
