"""The job wizard on the real demo federation: live capacity, live validation that names the
limit, the exact request, submit once, and a draft saved as you type (the desk killed with
``kill -9`` is in ``tests/qt/test_draft_recovery.py``).

The demo runs as a child process (``python -m app.demo --port 0``) that exits when its stdin
closes; its open demo credentials come from ``GET /v1/demo/credentials``.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app import config
from app.domain.job_rules import JobForm, JobShape
from app.domain.registry import Registry, parse_registry
from app.services.drafts import DraftSaver, DraftStore
from app.services.ledger import JobLedger, LedgerState
from app.services.my_jobs import MyJobs
from app.services.site_fetch import SiteCursor, SiteTarget, fetch_site
from app.services.snapshot_store import SnapshotStore
from app.services.submitter import SiteAccess, Submitter
from app.services.tasks import TaskRunner
from app.views.wizard import JobWizard, WizardServices, wizard_from_draft

REPO = Path(__file__).resolve().parents[3]
#: Small demo sites (fast to read): karolina-gpu qgpu_exp has 4 nodes × 8 A100, max 60 min,
#: 1 node per job.
SITES = ("karolina-gpu", "vega-gpu", "discoverer-gpu")


@dataclass
class Demo:
    url: str
    credentials: dict[str, dict[str, str]]
    registry: Registry
    site_urls: dict[str, str]
    process: subprocess.Popen[bytes] = field(repr=False)

    def target(self, site_id: str) -> SiteTarget:
        cred = self.credentials[site_id]
        return SiteTarget(site_id, self.site_urls[site_id], cred["user"], cred["token"],
                          simulated=True)

    def tokens(self) -> list[str]:
        return [c["token"] for c in self.credentials.values()]


def start_demo(seed: int = 42, timeout_s: float = 120.0, time_scale: float = 1.0) -> Demo:
    """Start the demo federation and wait for its ready line.

    ``time_scale`` > 1 runs the simulated schedulers faster than real time (they act once
    per simulated minute), so jobs start and end within a test.
    """
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen(
        [sys.executable, "-m", "app.demo", "--port", "0", "--seed", str(seed),
         "--time-scale", str(time_scale)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        cwd=REPO, env=env)
    assert process.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(process.stdout, selectors.EVENT_READ)
        if not sel.select(timeout_s):
            process.kill()
            raise RuntimeError("the demo federation did not report ready")
    ready = json.loads(process.stdout.readline())
    url = ready["url"]
    with requests.Session() as session:
        creds = session.get(f"{url}/v1/demo/credentials", timeout=30).json()["credentials"]
        document = session.get(f"{url}/v1/registry", timeout=30).json()
    registry = parse_registry(document)
    return Demo(url, {c["site_id"]: c for c in creds}, registry,
                {s.site_id: s.url for s in registry.sites}, process)


def stop_demo(demo: Demo) -> None:
    assert demo.process.stdin is not None
    demo.process.stdin.close()  # the demo exits when its stdin closes
    try:
        demo.process.wait(15)
    except subprocess.TimeoutExpired:
        demo.process.kill()
        demo.process.wait(5)


@pytest.fixture(scope="module")
def demo() -> Iterator[Demo]:
    running = start_demo()
    yield running
    stop_demo(running)


class DemoDesk:
    """The job services of the desk, wired as the application wires them, on the demo."""

    def __init__(self, demo: Demo, data_dir: Path, sites: tuple[str, ...] = SITES) -> None:
        self.demo = demo
        self.runner = TaskRunner(max_threads=4)
        self.writer = TaskRunner(max_threads=1)
        self.store = SnapshotStore(None, self.writer)
        self.targets = {s: demo.target(s) for s in sites}
        self.store.set_sites((s, True) for s in sites)
        self.access = SiteAccess(lambda: self.targets, self.store)
        database = data_dir / "desk.sqlite3"
        self.ledger = JobLedger(database)
        self.drafts = DraftSaver(DraftStore(database), self.writer)
        self.submitter = Submitter(self.runner, self.ledger, self.access)
        self.jobs = MyJobs(self.store, self.access, self.ledger, self.runner,
                           site_label=self.label)
        self.submitter.submitted.connect(self.jobs.add_submitted)
        self.services = WizardServices(
            store=self.store, submitter=self.submitter, runner=self.runner,
            drafts=self.drafts, registry=lambda: demo.registry,
            templates_dir=config.resources_dir() / "job_templates")

    def label(self, site_id: str) -> str:
        from app.models.my_jobs_model import site_label

        return site_label(self.demo.registry, site_id)

    def read_sites(self) -> None:
        """One read of every site (what the poller does), straight into the store."""
        with requests.Session() as session:
            for site_id, target in self.targets.items():
                read, _ = fetch_site(session, target, SiteCursor())
                self.store.apply_read(site_id, read)

    def close(self, qapp: Any) -> None:
        self.jobs.stop()
        self.drafts.stop()
        for runner in (self.runner, self.writer):
            runner.wait_for_done(20000)
        qapp.processEvents()
        self.ledger.close()
        self.drafts.store.close()


@pytest.fixture
def desk(demo, tmp_path, qapp) -> Iterator[DemoDesk]:
    desk = DemoDesk(demo, tmp_path)
    desk.read_sites()
    yield desk
    desk.close(qapp)


def open_wizard(qtbot, desk: DemoDesk, **kwargs: Any) -> JobWizard:
    wizard = JobWizard(desk.services, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.templates), timeout=5000)
    return wizard


def choose(wizard: JobWizard, site_id: str, partition: str) -> None:
    page = wizard.site_page
    for row in range(page.proxy.rowCount()):
        data = page.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        if data["site_id"] == site_id and data["partition"] == partition:
            page.table.setCurrentIndex(page.proxy.index(row, 0))
            return
    raise AssertionError(f"{site_id} {partition} not listed")


def next_enabled(wizard: JobWizard) -> bool:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    return button.isEnabled()


def fill_workload(qtbot, wizard: JobWizard, *, name: str = "smoke",
                  script: str = "#!/bin/bash\nsleep 600\n") -> None:
    page = wizard.workload_page
    page.name.clear()
    qtbot.keyClicks(page.name, name)
    page.script.setPlainText(script)
    qtbot.keyClicks(page.workdir, "/home/demo/run")


# -- tests -----------------------------------------------------------------------------------
def test_site_page_lists_live_capacity_and_needs_a_choice(qtbot, desk):
    wizard = open_wizard(qtbot, desk)
    page = wizard.site_page
    rows = page.model.rows()
    assert {r["site_id"] for r in rows} == set(SITES)
    qgpu = next(r for r in rows if r["site_id"] == "karolina-gpu" and r["partition"] == "qgpu")
    assert qgpu["gpu_type"] == "a100" and qgpu["total"] == 576 and qgpu["free"] is not None
    assert not next_enabled(wizard)
    assert "choose a site" in page.labels["partition"].text()
    choose(wizard, "karolina-gpu", "qgpu_exp")
    assert (wizard.form.site_id, wizard.form.partition, wizard.form.gpu_type) == (
        "karolina-gpu", "qgpu_exp", "a100")
    assert "Karolina" in page.summary.text() and "GPUs free" in page.summary.text()
    assert next_enabled(wizard)


def test_resources_are_checked_live_and_name_the_limit(qtbot, desk):
    wizard = open_wizard(qtbot, desk)
    choose(wizard, "karolina-gpu", "qgpu_exp")
    wizard.next()
    page = wizard.resources_page
    assert "max time 01:00:00" in page.limits_text.text()
    assert page.gpu_type.findData("a100") > 0
    page.nodes.setValue(2)
    assert page.labels["nodes"].text() == (
        "✘ 2 nodes: partition qgpu_exp allows at most 1 per job (MaxNodes)")
    assert not next_enabled(wizard)
    page.nodes.setValue(1)
    assert not page.labels["nodes"].isVisible() and next_enabled(wizard)
    page.gpus.setValue(9)
    assert "9 GPUs per node: a node of qgpu_exp has 8 a100 GPUs" in \
        page.labels["gpus_per_node"].text()
    page.gpus.setValue(8)
    page.time.clear()
    qtbot.keyClicks(page.time, "2:00:00")
    assert "at most 01:00:00 (MaxTime)" in page.labels["time_limit"].text()
    assert not next_enabled(wizard)
    page.time.clear()
    qtbot.keyClicks(page.time, "30")
    page.tasks.setValue(200)
    assert "CPUs per node" in page.labels["cpus_per_task"].text()
    page.tasks.setValue(1)
    assert next_enabled(wizard)
    assert (wizard.form.gpus_per_node, wizard.form.time_limit) == (8, "30")
    # memory: Karolina's GPU nodes report RealMemory=1031000 MB (1006.8 GB)
    assert page.memory_limit.text() == "≤ 1006 GB" and page.memory_limit.isVisible()
    assert "memory per node up to 1006 GB" in page.limits_text.text()
    assert "1006 GB" in page.memory.accessibleDescription()
    page.memory.setValue(1007)
    assert page.labels["memory"].text() == (
        "✘ memory per node 1007 GB exceeds the 1006.8 GB the nodes of partition qgpu_exp "
        "have (RealMemory)")
    assert page.labels["memory"].isVisible() and not next_enabled(wizard)
    page.memory.setValue(1006)
    assert not page.labels["memory"].isVisible() and next_enabled(wizard)
    assert wizard.form.memory_gb == 1006


def test_templates_review_and_submit_once(qtbot, desk):
    wizard = open_wizard(qtbot, desk, start=("karolina-gpu", "qgpu_exp",
                                             JobShape(gpus=2, time_limit_min=20)))
    assert (wizard.form.nodes, wizard.form.gpus_per_node, wizard.form.time_limit) == (
        1, 2, "00:20:00")
    wizard.next()
    wizard.next()
    page = wizard.workload_page
    assert [t.id for t in wizard.templates] == ["pytorch-single-gpu", "pytorch-ddp",
                                                "apptainer", "array"]
    assert wizard.form.template == "pytorch-single-gpu" and "srun python" in wizard.form.script
    assert "aifd-" not in wizard.form.script
    assert not next_enabled(wizard)  # no working directory yet
    assert "working directory" in page.labels["working_directory"].text()
    fill_workload(qtbot, wizard)
    assert next_enabled(wizard)
    wizard.next()
    access = wizard.access_page
    assert access.mode.count() == 1 + len(desk.demo.registry.access_modes)
    access.mode.setCurrentIndex(access.mode.findData("playground"))
    assert "Playground" in access.mode.currentText() and "Audience:" in access.mode_text.text()
    qtbot.keyClicks(access.account, "demo-project")
    wizard.next()
    review = wizard.review_page
    body = json.loads(review.json_text.toPlainText())
    sid = wizard.submission_id
    assert body["job"]["partition"] == "qgpu_exp"
    assert body["job"]["tres_per_node"] == "gres/gpu:a100:2"
    assert body["job"]["time_limit"] == {"set": True, "infinite": False, "number": 20}
    assert body["job"]["comment"] == f"access-mode:playground aifd:{sid}"
    assert "v0.0.42" in review.json_title.text()
    sbatch = review.sbatch_text.toPlainText()
    assert "#SBATCH --gres=gpu:a100:2" in sbatch and "#SBATCH --time=00:20:00" in sbatch
    assert "#SBATCH --account=demo-project" in sbatch
    review.copy_sbatch.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == sbatch
    assert next_enabled(wizard)

    with qtbot.waitSignal(wizard.submitted, timeout=30000) as done:
        wizard.next()
    outcome = done.args[0]
    assert outcome.submission_id == sid and outcome.result.job_id > 0
    submit = wizard.submit_page
    assert f"Job <b>{outcome.result.job_id}</b> submitted" in submit.status.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # it is in My Jobs at once, "submitted" until the site lists it
    tracked = desk.jobs.job(("karolina-gpu", str(outcome.result.job_id)))
    assert tracked is not None and tracked.submission_id == sid
    # the ledger holds one confirmed entry; submitting the same id again sends nothing
    qtbot.waitUntil(lambda: any(j.state not in ("", "submitted") for j in desk.jobs.jobs()),
                    timeout=15000)
    with qtbot.waitSignal(desk.submitter.submitted, timeout=30000) as again:
        desk.submitter.submit("karolina-gpu", outcome.submission, sid)
    assert again.args[0].result.job_id == outcome.result.job_id
    desk.writer.wait_for_done()
    desk.runner.wait_for_done()
    [entry] = desk.ledger.entries("karolina-gpu")
    assert entry.state is LedgerState.CONFIRMED and entry.attempts == 1
    # the draft went with the submit
    qtbot.waitUntil(lambda: desk.drafts.store.get(sid) is None, timeout=5000)
    desk.jobs.cancel("karolina-gpu", outcome.result.job_id)
    with qtbot.waitSignal(desk.jobs.cancelled, timeout=30000):
        pass


def test_refused_submit_offers_to_change_the_job(qtbot, desk, monkeypatch):
    wizard = open_wizard(qtbot, desk, start=("vega-gpu", "dev", None))
    wizard.next()
    wizard.next()
    fill_workload(qtbot, wizard, script="#!/bin/bash\nsleep 5\n")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == JobWizard.REVIEW
    # something the desk's checks let through but the scheduler refuses
    monkeypatch.setattr(wizard, "problems", lambda: [])
    wizard.set_fields(partition="no-such-partition")
    wizard.review_page.show_request()
    old = wizard.submission_id
    with qtbot.waitSignal(desk.submitter.failed, timeout=30000) as failed:
        wizard.next()
    assert failed.args[1] == old and failed.args[3] is False  # never sent again
    page = wizard.submit_page
    assert "refused the job: Invalid partition name specified" in page.status.text()
    assert page.change.isVisibleTo(wizard) and not page.retry.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    desk.runner.wait_for_done()
    [entry] = desk.ledger.entries("vega-gpu")
    assert entry.state is LedgerState.FAILED
    monkeypatch.undo()
    wizard.set_fields(partition="dev")
    page.change.click()
    assert wizard.submission_id != old and wizard.currentId() == JobWizard.REVIEW
    assert wizard.form.name == "smoke"


def test_draft_is_saved_as_you_type_and_restored(qtbot, desk):
    wizard = open_wizard(qtbot, desk, start=("vega-gpu", "gpu", None))
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(desk.drafts.saved, timeout=5000):
        fill_workload(qtbot, wizard, name="keep-me")
    draft = desk.drafts.store.get(wizard.submission_id)
    assert draft is not None and draft.data["name"] == "keep-me"
    assert draft.data["page"] == JobWizard.WORKLOAD
    assert JobForm.from_dict(draft.data) == wizard.form
    again = wizard_from_draft(desk.services, draft)
    qtbot.addWidget(again)
    again.show()
    assert again.currentId() == JobWizard.WORKLOAD
    assert again.workload_page.name.text() == "keep-me"
    again.back()  # reopened on its page, the pages before it are there too
    assert again.currentId() == JobWizard.RESOURCES
    assert again.resources_page.time.text() == wizard.form.time_limit
    assert again.submission_id == wizard.submission_id
    again.reject()  # Cancel throws the draft away
    desk.writer.wait_for_done()
    qtbot.waitUntil(lambda: desk.drafts.store.get(wizard.submission_id) is None, timeout=5000)

