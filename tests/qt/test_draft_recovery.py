"""Draft recovery after ``kill -9``, with the real desk: the application is started the way
``python -m app`` starts it, a person types a job into the wizard (File › New job…), the
process is killed with SIGKILL once the draft is saved, and the next launch offers the draft
back — every field as it was typed, on the page it was left at.

The desk runs in child processes; a small driver in each child stands in for the person
(it triggers the menu action and types into the wizard's widgets with ``QTest``).
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

DRIVER = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox
    from app import __main__ as entry
    from app.application import DeskApplication
    from app.models.table_model import ROW_ROLE

    mode, data_dir = sys.argv[1], sys.argv[2]


    def say(kind, **data):
        print(json.dumps({"kind": kind, **data}), flush=True)


    def every(ms, step):
        timer = QTimer()
        timer.setInterval(ms)
        timer.timeout.connect(lambda: step() and timer.stop())
        timer.start()
        return timer


    def type_a_job(desk):
        state = desk.store.state("karolina-gpu")
        if state is None or state.capacity is None or not desk.jobs.access.target(
                "karolina-gpu"):
            return False  # wait for the demo's first read of the site
        desk.window.new_job_action.trigger()  # File › New job… (Ctrl+J)
        wizard = desk.jobs.wizard
        page = wizard.site_page
        for row in range(page.proxy.rowCount()):
            data = page.proxy.index(row, 0).data(ROW_ROLE)
            if (data["site_id"], data["partition"]) == ("karolina-gpu", "qgpu"):
                page.table.setCurrentIndex(page.proxy.index(row, 0))
        wizard.next()
        res = wizard.resources_page
        res.nodes.selectAll()
        QTest.keyClicks(res.nodes, "2")
        res.time.clear()
        QTest.keyClicks(res.time, "00:45:00")
        wizard.next()
        work = wizard.workload_page
        work.name.clear()
        QTest.keyClicks(work.name, "killed-mid-wizard")
        work.script.clear()
        QTest.keyClicks(work.script, "#!/bin/bash")
        QTest.keyClick(work.script, "\\r")
        QTest.keyClicks(work.script, "srun python train.py --epochs 3")
        QTest.keyClicks(work.workdir, "/scratch/proj/run")
        wizard.next()
        QTest.keyClicks(wizard.access_page.account, "proj-42")
        drafts = desk.jobs.drafts

        def saved(draft_id):
            if not drafts.pending:  # everything typed is committed: kill me now
                say("saved", draft_id=draft_id, form=wizard.form.to_dict(),
                    page=wizard.currentId(), pid=__import__("os").getpid())
        drafts.saved.connect(saved)
        return True


    def take_the_offer(desk):
        app = QApplication.instance()
        box = next((w for w in app.topLevelWidgets()
                    if w.objectName() == "draftOffer" and w.isVisible()), None)
        if box is None:
            return False
        text = box.text()
        box.button(QMessageBox.StandardButton.Open).click()
        wizard = desk.jobs.wizard
        page = wizard.currentPage()
        page_name = page.objectName() if page is not None else ""
        account = wizard.access_page.account.text()
        wizard.back()  # the page before shows what was typed there too
        work = wizard.workload_page
        say("offered", text=text, form=wizard.form.to_dict(), page=wizard.currentId() + 1,
            widgets={"account": account, "name": work.name.text(),
                     "script": work.script.toPlainText(), "workdir": work.workdir.text()},
            page_name=page_name)
        wizard.close()
        app.quit()
        return True


    start = DeskApplication.start


    def started(desk):
        start(desk)
        desk._driver = every(50, lambda: (type_a_job if mode == "type" else take_the_offer)(desk))


    DeskApplication.start = started
    sys.exit(entry.main(["--offline" if mode == "offer" else "--demo",
                         "--data-dir", data_dir, "--poll-interval", "3600"]))
""")


def launch(mode: str, data_dir: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", DRIVER, mode, str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env)


def next_message(child: subprocess.Popen[bytes], timeout_s: float) -> dict[str, Any]:
    """The driver's next JSON line (other output is skipped)."""
    assert child.stdout is not None
    deadline = time.monotonic() + timeout_s
    with selectors.DefaultSelector() as sel:
        sel.register(child.stdout, selectors.EVENT_READ)
        while (left := deadline - time.monotonic()) > 0:
            if not sel.select(left):
                break
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith(b"{"):
                message: dict[str, Any] = json.loads(line)
                return message
    child.kill()
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    raise AssertionError(f"the desk said nothing in {timeout_s:.0f} s:\n{stderr[-3000:]}")


def test_a_draft_typed_before_kill_9_is_offered_back_intact(tmp_path):
    data_dir = tmp_path / "desk-data"
    first = launch("type", data_dir)
    try:
        saved = next_message(first, 180)
    finally:
        if first.poll() is None:
            os.kill(first.pid, signal.SIGKILL)  # no clean-up of any kind
        first.wait(30)
    assert first.returncode == -signal.SIGKILL
    assert saved["kind"] == "saved" and saved["pid"] == first.pid
    typed = saved["form"]
    assert (typed["site_id"], typed["partition"], typed["gpu_type"]) == ("karolina-gpu",
                                                                         "qgpu", "a100")
    assert (typed["nodes"], typed["time_limit"]) == (2, "00:45:00")
    assert typed["name"] == "killed-mid-wizard"
    assert typed["script"] == "#!/bin/bash\nsrun python train.py --epochs 3"
    assert (typed["working_directory"], typed["account"]) == ("/scratch/proj/run", "proj-42")
    assert typed["submission_id"] == saved["draft_id"]

    second = launch("offer", data_dir)
    try:
        offered = next_message(second, 120)
        second.wait(60)
    finally:
        if second.poll() is None:
            second.kill()
            second.wait(10)
    assert offered["kind"] == "offered"
    assert "“killed-mid-wizard” for karolina-gpu · qgpu" in offered["text"]
    assert offered["form"] == typed  # every field, and the same submission id
    assert offered["page"] == saved["page"] and offered["page_name"] == "accessPage"
    assert offered["widgets"] == {"account": "proj-42", "name": "killed-mid-wizard",
                                  "script": typed["script"], "workdir": "/scratch/proj/run"}
    assert second.returncode == 0
