"""The desk on a real site: connect a real slurmrestd through the "Connect a site" dialog,
see it in the overview with the GPU numbers Slurm reports, and keep its token in the keyring
only — never in a file of the data folder, never in a log record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app import config
from app.application import DeskApplication, Options
from app.domain.capacity import Health
from app.services.site_book import site_id_for
from tests.integration.slurm import cluster
from tests.integration.support import cli_view
from tests.qt.conftest import _no_leaks  # noqa: F401 - the Qt suite's leak checks, here too

NEWEST = {"host": "v0.0.38", "trixie": "v0.0.42"}


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


def _files_containing(root: Path, secrets: list[bytes]) -> list[str]:
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(s in data for s in secrets):
            hits.append(str(path.relative_to(root)))
    return hits


def _log_files() -> list[Path]:
    return [Path(h.baseFilename) for h in logging.getLogger().handlers
            if getattr(h, "_aifd", False) and hasattr(h, "baseFilename")]


def test_connect_a_real_site_and_see_its_gpus(qtbot, tmp_path, caplog, memory_keyring,
                                              slurm_cluster):
    env = slurm_cluster
    token = cluster.mint_token(env, env.user, 3600)  # this test's own token
    secrets = [token.encode(), token.split(".")[2].encode()]
    name = f"CI Slurm {env.flavour}"
    site_id = site_id_for(name)
    data_dir = tmp_path / "desk-data"
    desk = DeskApplication(Options(demo=False, hub_url=None, data_dir=str(data_dir),
                                   poll_interval_s=3600))
    qtbot.addWidget(desk.window)
    caplog.set_level(logging.DEBUG)  # after the desk set up its own logging: catch everything
    desk.start()
    try:
        dialog = desk.open_site_dialog()
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.url, env.url)
        qtbot.keyClicks(dialog.user, env.user)
        qtbot.keyClicks(dialog.token, token)
        assert "token valid until" in dialog.expiry.text()
        assert dialog.test_button.isEnabled()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome.text()[:1] in {"✔", "✘"}, timeout=30000)
        assert dialog.outcome.text() == (
            f"✔ connected: Slurm REST API {NEWEST[env.flavour]}, controller UP")

        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        with qtbot.waitSignal(desk.connector.connected, timeout=5000) as connected:
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert connected.args == [site_id]
        assert dialog.result() == QDialog.DialogCode.Accepted

        def site_rows() -> list[dict]:
            rows = [r for r in desk.overview_model.rows() if r["site_id"] == site_id]
            return rows if rows and all(r["health"] is Health.OK for r in rows) else []

        qtbot.waitUntil(lambda: bool(site_rows()), timeout=60000)
        rows = site_rows()
        state = desk.store.states()[site_id]
        assert state.read is not None and state.read.api_version == NEWEST[env.flavour]
        cli = cli_view(env)
        got = {(r["partition"], r["gpu_type"]): (r["total"], r["unavailable"]) for r in rows}
        want = {key: (v[0], v[3]) for key, v in cli.rows.items()} | {("cpu", ""): (0, 0)}
        assert got == want
        assert got[("gpu", "h100")] == (8, 0) and got[("gpu", "a100")] == (16, 8)
        assert all(r["machine"] == site_id for r in rows)

        # the token: in the keyring, nowhere else
        assert memory_keyring.data == {(config.APP_ID, site_id): token}
        assert desk.secrets.is_secure
    finally:
        desk.window.close()
        desk.shutdown()
    assert (data_dir / "connected-sites.json").exists()
    leaks = _files_containing(data_dir, secrets)
    for log_file in _log_files():
        if log_file.exists() and any(s in log_file.read_bytes() for s in secrets):
            leaks.append(str(log_file))
    assert leaks == [], f"the token was written to {leaks}"
    logged = [r for r in caplog.records
              if any(s.decode() in f"{r.getMessage()} {r.exc_text or ''}" for s in secrets)]
    assert logged == [], f"the token is in log records: {[r.getMessage() for r in logged]}"
    assert any(r.name.startswith("urllib3") for r in caplog.records)  # requests were seen
