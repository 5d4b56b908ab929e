"""The standalone Hub (``python -m app.hub --db FILE --port 0``) keeps the inbox across a
restart of the process: requests, edits, notes and the audit trail."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[3]
BODY = {"organisation": "Alpen AI GmbH", "country": "AT", "sector": "health",
        "need": "compute", "gpu_type": "h100", "gpu_hours": 2000, "contact": "a@example.org",
        "flags": ["checklist: AI Pact answer missing"], "assessment": {"ai_pact": ""}}


@contextmanager
def hub(db: Path) -> Iterator[str]:
    """Run the Hub as its own process on a free port; stop it (by its PID) afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app.hub", "--db", str(db), "--port", "0"], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the first line names the address
        assert line.startswith("Hub API v1 listening on http://127.0.0.1:"), (
            line + (process.stderr.read() if process.poll() is not None and
                    process.stderr else ""))
        yield line.split()[-1]
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_inbox_survives_a_restart_of_the_hub_process(tmp_path):
    db = tmp_path / "triage.sqlite"
    with hub(db) as url, requests.Session() as http:
        created = http.post(f"{url}/v1/triage/requests", json=BODY,
                            headers={"X-Hub-User": "intake"}, timeout=10)
        assert created.status_code == 201, created.text
        rid = created.json()["id"]
        patched = http.patch(f"{url}/v1/triage/requests/{rid}",
                             json={"state": "assigned", "assignee": "ana"},
                             headers={"If-Match": created.headers["ETag"],
                                      "X-Hub-User": "ana"}, timeout=10)
        assert patched.status_code == 200, patched.text
        noted = http.post(f"{url}/v1/triage/requests/{rid}/notes", json={"text": "kept"},
                          headers={"X-Hub-User": "ana"}, timeout=10)
        assert noted.status_code == 201
    with hub(db) as url, requests.Session() as http:
        got = http.get(f"{url}/v1/triage/requests/{rid}", timeout=10)
        doc = got.json()
        assert got.headers["ETag"] == '"3"' and doc["version"] == 3
        assert doc["state"] == "assigned" and doc["assignee"] == "ana"
        assert doc["notes"][0]["text"] == "kept" and doc["flags"] == BODY["flags"]
        history = http.get(f"{url}/v1/triage/requests/{rid}/history", timeout=10).json()
        assert [(h["who"], h["action"]) for h in history["history"]] == [
            ("intake", "created"), ("ana", "updated"), ("ana", "note")]
        # the stale ETag from before the restart is still stale
        stale = http.patch(f"{url}/v1/triage/requests/{rid}", json={"assignee": "jonas"},
                           headers={"If-Match": '"1"'}, timeout=10)
        assert stale.status_code == 412 and stale.json()["current"]["assignee"] == "ana"


def test_refuses_a_non_loopback_host_and_a_missing_folder(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.hub", *args], cwd=REPO,
                              capture_output=True, text=True, timeout=60, check=False)

    public = run("--db", str(tmp_path / "t.sqlite"), "--host", "0.0.0.0")
    assert public.returncode == 2 and "--host must be a loopback address" in public.stderr
    nowhere = run("--db", str(tmp_path / "missing" / "t.sqlite"), "--port", "0")
    assert nowhere.returncode == 2 and "--db: the folder" in nowhere.stderr
