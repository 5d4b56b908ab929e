"""``aifactories-desk report``: exit codes and messages, offline from the cache, online on
the demo federation. Runs the real command in a child process, as a scheduler would."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.history import HistoryDb
from tests.fixtures.reports import sample_inputs as sample

REPO = Path(__file__).resolve().parents[3]


def report(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app.report_cli", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture
def cached_dir(tmp_path: Path) -> Path:
    """A data folder as a desk leaves it: registry cache and history with last capacities."""
    data = tmp_path / "data"
    (data / "cache").mkdir(parents=True)
    shutil.copyfile(sample.HERE / "registry.json", data / "cache" / "registry.json")
    db = HistoryDb(data / "desk.sqlite3")
    sample.seed_history(db, days=1)
    db.close()
    return data


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unknown_kind_exits_2_naming_the_kinds(tmp_path: Path) -> None:
    result = report("--kind", "weather", "--out", str(tmp_path / "r.pdf"), "--offline")
    assert result.returncode == 2
    assert "unknown report kind 'weather'; choose one of capacity, factory, history" in \
        result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_offline_directory_is_written_and_triage_says_it_needs_the_hub(
        tmp_path: Path, cached_dir: Path) -> None:
    out = tmp_path / "centres.csv"
    written = report("--kind", "directory", "--out", str(out), "--offline",
                     "--data-dir", str(cached_dir), "-q")
    assert written.returncode == 0, written.stderr
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Centre,Kind,Country") and len(lines) == 1 + 52
    triage = report("--kind", "triage", "--out", str(tmp_path / "queue.csv"), "--offline",
                    "--data-dir", str(cached_dir), "-q")
    assert triage.returncode == 1 and "lives on the Hub" in triage.stderr
    assert not (tmp_path / "queue.csv").exists()


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert report("--out", str(tmp_path / "r.pdf")).returncode == 2  # no --kind
    unknown = report("--kind", "capacity", "--out", str(tmp_path / "r.txt"))
    assert unknown.returncode == 2 and "cannot tell the format" in unknown.stderr
    factory = report("--kind", "factory", "--out", str(tmp_path / "r.pdf"), "--offline")
    assert factory.returncode == 2 and "needs --factory" in factory.stderr


def test_unwritable_path_exits_1_before_doing_anything(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    result = report("--kind", "capacity", "--out", str(blocker / "r.pdf"))
    assert result.returncode == 1
    assert "cannot write the report" in result.stderr and "is not a folder" in result.stderr
    missing = report("--kind", "capacity", "--out", str(tmp_path / "no" / "r.pdf"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_offline_without_data_exits_1(tmp_path: Path) -> None:
    result = report("--kind", "capacity", "--out", str(tmp_path / "r.pdf"), "--offline",
                    "--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 1 and "no data on disk" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx", "html"])
def test_offline_reports_from_the_cache(tmp_path: Path, cached_dir: Path, fmt: str) -> None:
    out = tmp_path / f"capacity.{fmt}"
    result = report("--kind", "capacity", "--out", str(out), "--offline", "-q",
                    "--data-dir", str(cached_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"report written to {out}"
    assert out.stat().st_size > 0
    if fmt == "csv":
        text = out.read_text("utf-8-sig")
        assert "JUPITER Booster" in text and "cache, simulated" in text


def test_offline_history_with_a_range(tmp_path: Path, cached_dir: Path) -> None:
    out = tmp_path / "history.xlsx"
    day = sample.NOW.date().isoformat()
    result = report("--kind", "history", "--out", str(out), "--offline", "--from", day,
                    "--to", day, "--data-dir", str(cached_dir))
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    assert load_workbook(out)["Daily"].max_row == 4  # header + three machines


def test_unreachable_hub_exits_1_with_the_reason(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    result = report("--kind", "capacity", "--out", str(out), "--hub",
                    f"http://127.0.0.1:{free_port()}", "--timeout", "60",
                    "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 1
    assert "Hub could not be read" in result.stderr and "--offline" in result.stderr
    assert not out.exists()


def test_online_on_the_demo_federation(tmp_path: Path) -> None:
    out = tmp_path / "capacity.csv"
    data = tmp_path / "data"
    result = report("--kind", "capacity", "--out", str(out), "--data-dir", str(data), "-q",
                    timeout=300)
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8-sig")
    assert "LUMI-G" in text and "live, simulated" in text and "Jülich" in text
    # the refresh was kept: the next run can report offline from it
    again = report("--kind", "capacity", "--out", str(tmp_path / "again.csv"), "--offline",
                   "-q", "--data-dir", str(data))
    assert again.returncode == 0, again.stderr
    assert "cache, simulated" in (tmp_path / "again.csv").read_text("utf-8-sig")
