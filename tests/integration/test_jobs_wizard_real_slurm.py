"""The desk's own submit path on real Slurm: a site connected by hand, the job wizard (live
limits, the exact request, Submit), the job in My jobs at once and followed to COMPLETED,
exactly one job per submission id, then a clone that is cancelled from My jobs after the
confirmation — all through ``desk.jobs`` as the desk ships it, against real slurmrestd."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.application import DeskApplication, Options
from app.domain.job_tracking import Phase
from app.services.site_book import site_id_for
from tests.integration.slurm import cluster
from tests.integration.support import cancel_quietly, client_for
from tests.integration.test_desk_real_site import memory_keyring  # noqa: F401 - fixture
from tests.qt.conftest import _no_leaks  # noqa: F401 - the Qt suite's leak checks, here too

NEWEST = {"host": "v0.0.38", "trixie": "v0.0.42"}
SHORT_JOB = '#!/bin/bash\necho "gpus=$CUDA_VISIBLE_DEVICES node=$SLURMD_NODENAME"\nsleep 2\n'
LONG_JOB = "#!/bin/bash\nsleep 300\n"


def tagged_jobs(env: cluster.ClusterEnv, submission_id: str) -> list[int]:
    """Job ids (every state) whose comment carries the desk's tag of ``submission_id``."""
    out = cluster.cli(env, "squeue", "-h", "-t", "all", "-o", "%i|%k")
    return sorted(int(i) for i, _, comment in (line.partition("|") for line in out.splitlines())
                  if f"aifd:{submission_id}" in comment.split())


def test_wizard_submits_once_and_my_jobs_follows_and_cancels(qtbot, tmp_path, memory_keyring,  # noqa: F811
                                                              slurm_cluster, monkeypatch):
    env = slurm_cluster
    work = Path(env.state_dir) / "work"
    token = cluster.mint_token(env, env.user, 3600)
    name = f"CI wizard {env.flavour}"
    site_id = site_id_for(name)
    desk = DeskApplication(Options(demo=False, hub_url=None, data_dir=str(tmp_path / "desk"),
                                   poll_interval_s=3600))
    qtbot.addWidget(desk.window)
    desk.start()
    jobs = desk.jobs
    job_ids: list[int] = []
    try:
        with qtbot.waitSignal(desk.connector.connected, timeout=10000):
            desk.connector.connect_site(name, env.url, env.user, token)
        qtbot.waitUntil(lambda: (s := desk.store.state(site_id)) is not None
                        and s.read is not None, timeout=60000)

        # the wizard, preselected as "Find capacity" does, on the A100 partition
        wizard = jobs.open_wizard((site_id, "gpu-short", None))
        qtbot.waitUntil(lambda: bool(wizard.templates), timeout=10000)
        assert wizard.site_page.isComplete()
        assert (wizard.form.partition, wizard.form.gpu_type) == ("gpu-short", "a100")
        wizard.next()
        res = wizard.resources_page
        res.nodes.setValue(2)  # MaxNodes=1 on gpu-short: the message names the limit
        assert not res.isComplete()
        assert "partition gpu-short allows at most 1" in res.labels["nodes"].text()
        res.nodes.setValue(1)
        res.gpus.setValue(9)  # an A100 node has 8
        assert not res.isComplete() and "8" in res.labels["gpus_per_node"].text()
        res.gpus.setValue(2)
        res.time.setText("03:00:00")  # MaxTime 02:00:00
        assert "gpu-short allows: at most 02:00:00 (MaxTime)" in res.labels["time_limit"].text()
        res.time.setText("00:02:00")
        assert res.isComplete()
        wizard.next()
        page = wizard.workload_page
        page.name.setText("aifd-wizard-flow")
        page.script.setPlainText(SHORT_JOB)
        page.workdir.setText(str(work))
        page.stdout.setText(str(work / "aifd-wizard-flow-%j.out"))
        assert page.isComplete()
        wizard.next()
        wizard.next()
        review = wizard.review_page
        qtbot.waitUntil(review.isComplete, timeout=30000)  # the API version, asked off-thread
        assert f"POST /slurm/{NEWEST[env.flavour]}/job/submit" in review.json_title.text()
        body = json.loads(review.json_text.toPlainText())
        assert body["job"]["partition"] == "gpu-short"
        assert f"aifd:{wizard.submission_id}" in body["job"]["comment"]
        assert "#SBATCH --partition=gpu-short" in review.sbatch_text.toPlainText()

        with qtbot.waitSignal(wizard.submitted, timeout=60000) as submitted:
            wizard.next()  # Submit
        outcome = submitted.args[0]
        job_id = outcome.result.job_id
        job_ids.append(job_id)
        key = (site_id, str(job_id))
        assert jobs.my_jobs.job(key) is not None  # in My jobs at once
        assert desk.window.tabs.currentWidget().objectName() == "myJobs"

        def phase(key: tuple[str, str]) -> Phase | None:
            job = jobs.my_jobs.job(key)
            if job is not None and job.phase.active:
                jobs.my_jobs.refresh_job(key[0], int(key[1]))
            return job.phase if job is not None else None

        qtbot.waitUntil(lambda: phase(key) is Phase.COMPLETED, timeout=120000)
        assert tagged_jobs(env, outcome.submission_id) == [job_id]  # submitted once
        out = work / f"aifd-wizard-flow-{job_id}.out"
        assert out.read_text().split()[0] == "gpus=0,1"

        # clone it into the wizard as a long job, submit, cancel it from My jobs
        view = jobs.view
        assert view is not None and view.select_job(site_id, job_id)
        view.clone_button.click()
        clone = jobs.wizard
        assert clone is not None and clone is not wizard
        assert clone.submission_id != outcome.submission_id
        assert (clone.form.partition, clone.form.gpus_per_node) == ("gpu-short", 2)
        qtbot.waitUntil(lambda: bool(clone.templates), timeout=10000)
        clone.next()
        clone.next()
        clone.workload_page.name.setText("aifd-wizard-cancel")
        clone.workload_page.script.setPlainText(LONG_JOB)
        clone.next()
        clone.next()
        qtbot.waitUntil(clone.review_page.isComplete, timeout=30000)
        with qtbot.waitSignal(clone.submitted, timeout=60000) as again:
            clone.next()
        long_id = again.args[0].result.job_id
        job_ids.append(long_id)
        long_key = (site_id, str(long_id))
        qtbot.waitUntil(lambda: phase(long_key) is Phase.RUNNING, timeout=120000)

        asked: list[str] = []

        def confirm(_parent: object, title: str, text: str, *_a: object,
                    **_k: object) -> QMessageBox.StandardButton:
            asked.append(f"{title} {text}")
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", confirm)
        assert view.select_job(site_id, long_id) and view.cancel_button.isEnabled()
        with qtbot.waitSignal(jobs.my_jobs.cancelled, timeout=30000):
            view.cancel_button.click()
        assert asked and f"Cancel job {long_id}" in asked[0]
        qtbot.waitUntil(lambda: phase(long_key) is Phase.CANCELLED, timeout=60000)
        [seen] = client_for(env, NEWEST[env.flavour]).job(long_id)
        assert seen.state == "CANCELLED"
    finally:
        cancel_quietly(env, job_ids)
        desk.window.close()
        desk.shutdown()
        jobs.ledger.close()
        jobs.draft_store.close()
