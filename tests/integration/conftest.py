"""Real Slurm for the integration tests: one cluster per flavour and session.

``slurm_host`` (Slurm 22.05, API v0.0.38) and ``slurm_trixie`` (Slurm 24.11, API v0.0.40-42)
start their cluster with ``tests/integration/slurm/up.sh`` at first use and stop it with
``down.sh`` when the session ends. ``slurm_api`` runs a test once per API version the
desk reads.

On a machine that cannot run Slurm (not root, not Debian with apt, ...) the tests are
skipped with the reason. When the environment variable ``CI`` is ``true`` every skip in
this folder is a failure instead: CI must prove the client against real Slurm.
``AIFD_SLURM_TESTS=0`` skips them on a developer machine that could run them but should not.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.slurm import cluster

HERE = Path(__file__).resolve().parent

#: (flavour, API version) pairs the desk must read, as the test ids show them.
API_VERSIONS = (
    ("host", "v0.0.38"),
    ("trixie", "v0.0.40"),
    ("trixie", "v0.0.41"),
    ("trixie", "v0.0.42"),
)
SLURM_RELEASE = {"host": "22.05", "trixie": "24.11"}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def skip_or_fail(reason: str) -> None:
    """Skip with ``reason``; in CI (``CI=true``) fail instead."""
    if in_ci():
        pytest.fail(f"CI must run the real-Slurm tests, but: {reason}", pytrace=False)
    pytest.skip(reason)


def cannot_run(flavour: str) -> str | None:
    """Why this machine cannot start the flavour's cluster, or None when it can."""
    if os.environ.get("AIFD_SLURM_TESTS", "").strip().lower() in {"0", "no", "off", "false"}:
        return "real-Slurm tests switched off by AIFD_SLURM_TESTS=0"
    if not sys.platform.startswith("linux"):
        return f"real Slurm needs Linux (this is {sys.platform})"
    if os.geteuid() != 0:
        return "real Slurm needs root (slurmd starts jobs as another user); run as root or in CI"
    if not Path("/etc/debian_version").exists() or not shutil.which("apt-get"):
        return "real Slurm comes from Debian packages: needs Debian with apt-get"
    needed = ["bash", "runuser", "setsid", "flock", "mknod", "awk"]
    if flavour == "trixie":
        needed.append("chroot")
    missing = [c for c in needed if not shutil.which(c)]
    if missing:
        return f"commands missing for the Slurm scripts: {', '.join(missing)}"
    if flavour == "host":
        codename = _os_release().get("VERSION_CODENAME", "")
        if codename != "bookworm":
            return (f"the 'host' flavour needs Debian 12 for Slurm 22.05 (API v0.0.38); "
                    f"this is {codename or 'unknown'}")
    return None


def _os_release() -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        text = Path("/etc/os-release").read_text()
    except OSError:
        return values
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip().strip('"')
    return values


def _start(flavour: str) -> cluster.ClusterEnv:
    reason = cannot_run(flavour)
    if reason:
        skip_or_fail(reason)
    # A machine that can run Slurm but fails to start it is an error, never a skip.
    return cluster.up(flavour)


@pytest.fixture(scope="session")
def slurm_host() -> Iterator[cluster.ClusterEnv]:
    env = _start("host")
    yield env
    cluster.down("host")


@pytest.fixture(scope="session")
def slurm_trixie() -> Iterator[cluster.ClusterEnv]:
    env = _start("trixie")
    yield env
    cluster.down("trixie")


@dataclass(frozen=True)
class SlurmApi:
    """One API version of one running cluster."""

    env: cluster.ClusterEnv
    version: str

    @property
    def flavour(self) -> str:
        return self.env.flavour

    @property
    def release(self) -> str:
        return SLURM_RELEASE[self.env.flavour]

    @property
    def work_dir(self) -> str:
        return str(self.env.state_dir / "work")


def cluster_env(request: pytest.FixtureRequest, flavour: str) -> cluster.ClusterEnv:
    env: cluster.ClusterEnv = request.getfixturevalue(f"slurm_{flavour}")
    return env


@pytest.fixture(params=API_VERSIONS, ids=[f"{SLURM_RELEASE[f]}-{v}" for f, v in API_VERSIONS])
def slurm_api(request: pytest.FixtureRequest) -> SlurmApi:
    flavour, version = request.param
    env = cluster_env(request, flavour)
    if version not in env.versions:
        pytest.fail(f"the {flavour} cluster serves {' '.join(env.versions)}, not {version}")
    return SlurmApi(env, version)


@pytest.fixture(params=cluster.FLAVOURS, ids=[SLURM_RELEASE[f] for f in cluster.FLAVOURS])
def slurm_cluster(request: pytest.FixtureRequest) -> cluster.ClusterEnv:
    return cluster_env(request, request.param)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.integration)

