"""Tokens live in the OS keyring (or, without a secure one, in memory for this run) and
nowhere else: not in a file of the data folder (settings, databases, ledger, drafts, logs,
caches), not in a log record, not in an error message. Token expiry is watched and a
reminder comes before a token runs out.

The keyring is an in-memory backend here; the desk and the demo federation are real.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import config
from app.application import DeskApplication, Options
from app.domain.job_rules import JobForm
from app.services.drafts import DraftStore
from app.services.reports.exporter import ExportRequest, export_blocking
from app.services.reports.formats import ReportFormat
from app.services.secrets import SecretStore
from app.services.site_book import SiteBook, site_id_for
from app.services.site_connect import SiteConnector
from app.services.site_fetch import SiteTarget
from app.services.tasks import TaskRunner
from app.services.token_watch import TokenLevel, TokenWatch
from app.views.credentials_dialog import CredentialsDialog
from app.views.wizard import offer_draft


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-looking keyring that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def jwt(exp: float, user: str = "me") -> str:
    def b64(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return f"{b64({'alg': 'HS256'})}.{b64({'exp': int(exp), 'sun': user})}.c2lnbmF0dXJl"


def secrets_of(tokens: list[str]) -> list[bytes]:
    """Each token, and its signature alone (the part that makes it a credential)."""
    out = []
    for token in tokens:
        out.append(token.encode())
        out.append(token.split(".")[2].encode())
    return out


def files_containing(root: Path, secrets: list[bytes]) -> list[str]:
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(s in data for s in secrets):
            hits.append(str(path.relative_to(root)))
    return hits


def test_tokens_are_never_written_logged_or_reported(qtbot, tmp_path, caplog, memory_keyring,
                                                     monkeypatch):
    data_dir = tmp_path / "desk-data"
    desk = DeskApplication(Options(demo=True, data_dir=str(data_dir), poll_interval_s=3600))
    qtbot.addWidget(desk.window)
    caplog.set_level(logging.DEBUG)  # after the desk set up its own logging: catch all
    desk.start()
    jobs = desk.jobs  # the job feature as the desk ships it
    reminders: list[str] = []
    jobs.token_watch.reminder.connect(reminders.append)
    tokens: list[str] = []
    try:
        qtbot.waitUntil(lambda: bool(desk.store.states()) and desk.store.complete(),
                        timeout=120000)
        assert desk.demo is not None and desk.demo.url
        with requests.Session() as session:
            published = session.get(f"{desk.demo.url}/v1/demo/credentials",
                                    timeout=30).json()["credentials"]
        demo_tokens = {c["site_id"]: c["token"] for c in published}
        tokens += demo_tokens.values()

        # connect a site by hand with a token of its own (minted by the demo for its user)
        vega = next(s for s in desk.federation.registry.sites if s.site_id == "vega-gpu")
        own_token = demo_tokens["vega-gpu"]
        desk.window.credentials_action.trigger()  # File › Sites & credentials…
        credentials = jobs.credentials
        assert credentials is not None and credentials.isVisible()
        assert credentials.model.rowCount() == len(demo_tokens)
        assert {r["kind"] for r in credentials.model.rows()} == {"demo"}
        assert all(r["level"] is TokenLevel.OK for r in credentials.model.rows())
        assert "OS keyring (test_token_safety.MemoryKeyring)" in credentials.keyring_note.text()
        # a reminder before a token runs out reaches the status bar (never the token)
        jobs.token_watch.warn_within = timedelta(days=3650)
        jobs.token_watch.check()
        assert reminders and "renew in File › Sites & credentials" in reminders[-1]
        assert desk.window.problem_label.text() == reminders[-1]
        jobs.token_watch.warn_within = timedelta(hours=1)
        dialog = credentials.open_site_dialog()
        qtbot.keyClicks(dialog.name, "My Vega")
        qtbot.keyClicks(dialog.url, vega.url)
        qtbot.keyClicks(dialog.user, "demo")
        qtbot.keyClicks(dialog.token, own_token)
        assert "token valid until" in dialog.expiry.text()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome.text()[:1] in {"✔", "✘"}, timeout=30000)
        assert dialog.outcome.text().startswith("✔ connected: Slurm REST API v0.0.42")
        with qtbot.waitSignal(desk.connector.stored, timeout=10000) as stored:
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                             Qt.MouseButton.LeftButton)
        site_id = site_id_for("My Vega")
        assert stored.args == [site_id, True]
        assert memory_keyring.data == {(config.APP_ID, site_id): own_token}
        assert dialog.token.text() == ""  # not kept in the widget either
        qtbot.waitUntil(lambda: credentials.model.row_of_key(site_id) is not None,
                        timeout=5000)
        row = credentials.model.row_at(credentials.model.row_of_key(site_id))
        assert (row["kind"], row["stored"], row["site"]) == ("connected", "OS keyring",
                                                            "My Vega")

        # a job through the wizard: drafts and the ledger are written as it goes
        desk.poller.refresh_now()
        qtbot.waitUntil(lambda: desk.store.state(site_id) is not None
                        and desk.store.state(site_id).read is not None, timeout=60000)
        wizard = jobs.open_wizard((site_id, "dev", None))
        qtbot.waitUntil(lambda: bool(wizard.templates), timeout=5000)
        wizard.next()
        wizard.next()
        page = wizard.workload_page
        qtbot.keyClicks(page.workdir, "/home/demo")
        page.script.setPlainText("#!/bin/bash\nsleep 900\n")
        with qtbot.waitSignal(jobs.drafts.saved, timeout=5000):
            pass
        wizard.next()
        wizard.next()
        assert wizard.review_page.isComplete()
        with qtbot.waitSignal(wizard.submitted, timeout=30000) as submitted:
            wizard.next()
        job_id = submitted.args[0].result.job_id
        qtbot.waitUntil(lambda: jobs.my_jobs.job((site_id, str(job_id))) is not None,
                        timeout=5000)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        assert desk.window.tabs.currentWidget().objectName() == "myJobs"
        view = jobs.view
        assert view is not None and view.select_job(site_id, job_id)
        with qtbot.waitSignal(jobs.my_jobs.cancelled, timeout=30000):
            view.cancel_button.click()

        # "Get new demo tokens": the demo Hub is read again, its tokens are in force
        assert credentials.demo_button.isVisible()
        with qtbot.waitSignal(desk.federation.registry_changed, timeout=30000):
            credentials.demo_button.click()
        assert "read again" in credentials.outcome.text()
        with requests.Session() as session:
            tokens += [c["token"] for c in session.get(
                f"{desk.demo.url}/v1/demo/credentials", timeout=30).json()["credentials"]]
        assert {t.token for t in desk.federation.targets().values()} <= set(tokens)

        # an expired token and a refused one: the errors never carry the token
        expired = jwt(time.time() - 60, "demo")
        tokens.append(expired)
        with qtbot.waitSignal(desk.connector.tested, timeout=30000) as tested:
            desk.connector.test(vega.url, "demo", expired)
        assert tested.args[0] is False and "expired" in tested.args[1]
        forged = jwt(time.time() + 3600, "demo")
        tokens.append(forged)
        with qtbot.waitSignal(desk.connector.tested, timeout=30000) as refused:
            desk.connector.test(vega.url, "demo", forged)
        assert refused.args[0] is False and "refused" in refused.args[1]
        assert not any(t in " ".join(map(str, tested.args + refused.args)) for t in tokens)

        # reports of the desk's data (the hand-connected site included)
        desk.poller.refresh_now()
        qtbot.waitUntil(lambda: desk.store.complete(), timeout=60000)
        (data_dir / "reports").mkdir()
        for fmt in (ReportFormat.HTML, ReportFormat.CSV):
            written = export_blocking(ExportRequest("capacity", fmt,
                                                    data_dir / "reports" / f"capacity{fmt.suffix}"),
                                      desk.report_inputs())
            assert written.stat().st_size > 0
    finally:
        desk.window.close()
        desk.shutdown()
        jobs.ledger.close()
        jobs.draft_store.close()

    secrets = secrets_of(tokens)
    assert (data_dir / "settings.ini").exists() and (data_dir / "desk.sqlite3").exists()
    assert sorted(p.name for p in (data_dir / "reports").iterdir()) == ["capacity.csv",
                                                                       "capacity.html"]
    leaks = files_containing(data_dir, secrets)
    # the desk's log file (the first desk of a test run keeps its handler for the process)
    log_files = [Path(h.baseFilename) for h in logging.getLogger().handlers
                 if getattr(h, "_aifd", False) and hasattr(h, "baseFilename")]
    assert log_files and all(f.exists() for f in log_files)
    leaks += [str(f) for f in log_files if any(s in f.read_bytes() for s in secrets)]
    assert leaks == [], f"a token was written to {leaks}"
    logged = [r.getMessage() for r in caplog.records
              if any(s.decode() in f"{r.getMessage()} {r.exc_text or ''}" for s in secrets)]
    assert logged == [], f"a token is in log records: {logged}"
    assert any("submitted to" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("backend", [keyring.backends.null.Keyring,
                                     keyring.backends.fail.Keyring])
def test_without_a_secure_keyring_the_token_is_kept_for_this_run_only(qtbot, tmp_path,
                                                                      backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend())
    runner = TaskRunner()
    try:
        secrets = SecretStore()
        assert not secrets.is_secure
        added: list[SiteTarget] = []

        class Federation:  # the connector only hands new sites to it
            def add_site(self, target: SiteTarget) -> None:
                added.append(target)

        connector = SiteConnector(runner, secrets, SiteBook(tmp_path / "sites.json"),
                                  Federation())  # type: ignore[arg-type]
        watch = TokenWatch(lambda: {t.site_id: t for t in added})
        dialog = CredentialsDialog(connector, watch)
        qtbot.addWidget(dialog)
        assert "No secure credential store" in dialog.keyring_note.text()
        assert f"keyring backend {backend.__module__.rsplit('.', 1)[-1]}.Keyring" in \
            dialog.keyring_note.text()
        assert "for this session only" in dialog.keyring_note.text()
        site = dialog.open_site_dialog()
        assert site.keyring_note.isVisibleTo(site) and not site.storage_note.isVisibleTo(site)
        token = jwt(time.time() + 7200)
        qtbot.keyClicks(site.name, "Cluster")
        qtbot.keyClicks(site.url, "https://slurm.example.org:6820")
        qtbot.keyClicks(site.user, "me")
        qtbot.keyClicks(site.token, token)
        with qtbot.waitSignal(connector.stored, timeout=5000) as stored:
            site.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert stored.args == ["user-cluster", False]
        assert "kept for this run only" in dialog.outcome.text()
        watch.check()
        row = dialog.model.row_at(dialog.model.row_of_key("user-cluster"))
        assert row["stored"] == "this session only"
        assert secrets.get("user-cluster") == token  # this run: yes
        assert SecretStore().get("user-cluster") is None  # a new run: gone
        assert files_containing(tmp_path, secrets_of([token])) == []
        assert json.loads((tmp_path / "sites.json").read_text())[0]["user"] == "me"
    finally:
        runner.wait_for_done()
        qtbot.wait(1)
        keyring.set_keyring(previous)


def test_token_expiry_reminder_before_it_runs_out(qtbot):
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    clock = [now]
    targets = {
        "a": SiteTarget("a", "https://a.example.org", "me", jwt((now + timedelta(hours=5))
                                                                 .timestamp())),
        "b": SiteTarget("b", "https://b.example.org", "me", "not-a-jwt"),
    }
    watch = TokenWatch(lambda: targets, clock=lambda: clock[0], label=str.upper)
    reminders: list[str] = []
    watch.reminder.connect(reminders.append)
    watch.start()
    try:
        assert watch._timer.interval() == 60_000  # checked every minute
        states = {s.site_id: s.level for s in watch.states()}
        assert states == {"a": TokenLevel.OK, "b": TokenLevel.UNKNOWN} and reminders == []
        clock[0] = now + timedelta(hours=4, minutes=20)
        watch.check()
        assert reminders == ["The token for A expires in 40 min — renew in File › Sites & "
                             "credentials."]
        watch.check()
        assert len(reminders) == 1  # said once
        clock[0] = now + timedelta(hours=5, minutes=1)
        watch.check()
        assert reminders[-1].startswith("The token for A has expired")
        assert all("not-a-jwt" not in r for r in reminders)
    finally:
        watch.stop()


def test_an_unsent_draft_is_offered_at_start(qtbot, tmp_path):
    store = DraftStore(tmp_path / "desk.sqlite3")
    try:
        store.save("f" * 32, JobForm(name="recovered", site_id="lumi-g", partition="dev-g",
                                     submission_id="f" * 32).to_dict() | {"page": 2})
        draft = store.latest()
    finally:
        store.close()
    opened: list[str] = []
    box = offer_draft(None, draft, lambda d: opened.append(d.draft_id), lambda d: None)
    qtbot.addWidget(box)
    assert "“recovered” for lumi-g · dev-g" in box.text()
    box.button(QMessageBox.StandardButton.Open).click()
    assert opened == ["f" * 32]
