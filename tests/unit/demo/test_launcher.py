"""``python -m app.demo`` end to end, over real HTTP in a child process."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.unit.demo.conftest import small_registry

REPO = Path(__file__).resolve().parents[3]


def start(*args: str) -> tuple[subprocess.Popen[bytes], dict[str, Any]]:
    proc = subprocess.Popen([sys.executable, "-m", "app.demo", "--port", "0", *args],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        _, err = proc.communicate(timeout=10)
        pytest.fail(f"demo did not start: {err.decode(errors='replace')[-2000:]}")
    return proc, json.loads(line)


def stop(proc: subprocess.Popen[bytes]) -> float:
    """Close stdin and return how long the process took to exit."""
    assert proc.stdin is not None
    started = time.perf_counter()
    proc.stdin.close()
    try:
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    return time.perf_counter() - started


def credentials(url: str) -> dict[str, dict[str, str]]:
    items = requests.get(f"{url}/v1/demo/credentials", timeout=10).json()["credentials"]
    return {c["site_id"]: c for c in items}


def desk_client_reads_every_site(sites: list[dict[str, Any]],
                                 creds: dict[str, dict[str, str]]) -> None:
    """The desk's own Slurm client negotiates, reads and gets 304s from every site."""
    from app.clients.slurm.client import SlurmAuth, SlurmClient

    with requests.Session() as session:
        for site in sites:
            cred = creds[site["site_id"]]
            client = SlurmClient(session, site["url"], SlurmAuth(cred["user"], cred["token"]))
            assert client.negotiate() == "v0.0.42"
            read = client.nodes()
            assert read is not None
            nodes, last_update = read
            assert nodes and last_update
            assert any(p.name == site["partition_hint"] for p in client.partitions())
            assert client.nodes(update_time=last_update) is None  # 304


def test_bundled_registry_end_to_end() -> None:
    proc, hello = start("--seed", "7", "--time-scale", "0")  # frozen: 304s are certain
    try:
        assert hello["event"] == "ready" and hello["seed"] == 7 and hello["pid"] == proc.pid
        url = hello["url"]
        assert url.startswith("http://127.0.0.1:")
        registry = requests.get(f"{url}/v1/registry", timeout=10).json()
        sites = registry["sites"]
        assert len(sites) == hello["sites"] > 0
        assert all(s["url"] == f"{url}/sites/{s['site_id']}" and s["simulated"] for s in sites)
        site = sites[0]
        cred = credentials(url)[site["site_id"]]
        headers = {"X-SLURM-USER-NAME": cred["user"], "X-SLURM-USER-TOKEN": cred["token"]}
        answer = requests.get(f"{site['url']}/slurm/v0.0.42/nodes", headers=headers,
                              timeout=30)
        assert answer.status_code == 200
        assert answer.json()["nodes"]
        assert requests.get(f"{site['url']}/slurm/v0.0.42/nodes",
                            timeout=10).status_code == 401
        desk_client_reads_every_site(sites, credentials(url))
    finally:
        assert stop(proc) < 5.0
    assert proc.returncode == 0


def test_down_site_drops_the_connection(tmp_path: Path) -> None:
    registry = tmp_path / "registry.json"
    registry.write_text(json.dumps(small_registry()), "utf-8")
    proc, hello = start("--registry", str(registry), "--fault", "vega-gpu=down")
    try:
        url = hello["url"]
        creds = credentials(url)
        headers = {"X-SLURM-USER-NAME": "demo",
                   "X-SLURM-USER-TOKEN": creds["vega-gpu"]["token"]}
        with pytest.raises(requests.ConnectionError):
            requests.get(f"{url}/sites/vega-gpu/slurm/v0.0.42/ping", headers=headers,
                         timeout=5)
        headers["X-SLURM-USER-TOKEN"] = creds["karolina-gpu"]["token"]
        answer = requests.get(f"{url}/sites/karolina-gpu/slurm/v0.0.42/ping",
                              headers=headers, timeout=5)
        assert answer.status_code == 200
    finally:
        assert stop(proc) < 5.0
    assert proc.stderr is not None
    assert b"Traceback" not in proc.stderr.read()


def run_briefly(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app.demo", "--port", "0", *args],
                          cwd=REPO, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)


def test_non_loopback_host_is_refused() -> None:
    proc = run_briefly("--host", "example.invalid")
    assert proc.returncode == 2
    assert b"loopback" in proc.stderr


def test_unknown_fault_is_refused(tmp_path: Path) -> None:
    registry = tmp_path / "registry.json"
    registry.write_text(json.dumps(small_registry()), "utf-8")
    proc = run_briefly("--registry", str(registry), "--fault", "vega-gpu=explode")
    assert proc.returncode == 2
    assert b"unknown fault mode" in proc.stderr
    assert proc.stdout == b""
