"""The integration tests' real Slurm clusters: bring them up/down and talk to them.

Standard library only. ``up("host")`` / ``up("trixie")`` run ``up.sh`` (root needed) and return
the :class:`ClusterEnv` read from ``<state>/cluster.env``; ``cli`` runs the Slurm commands of that
cluster (inside its chroot for trixie); ``mint_token`` makes a slurmrestd JWT for any user.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shlex
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLAVOURS = ("host", "trixie")
CLI_COMMANDS = frozenset(
    ("sinfo", "scontrol", "squeue", "scancel", "sbatch", "srun", "sacct", "sdiag", "sprio")
)
STD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def state_dir(flavour: str) -> Path:
    """Where up.sh keeps the flavour's configs, logs, PIDs and env file."""
    _check_flavour(flavour)
    return Path(os.environ.get("SLURM_CI_STATE") or "/tmp/aifd-slurm") / flavour


def env_file(flavour: str) -> Path:
    return state_dir(flavour) / "cluster.env"


@dataclass(frozen=True)
class ClusterEnv:
    """What up.sh wrote to cluster.env (unknown keys end up in ``extra``)."""

    flavour: str
    url: str
    versions: tuple[str, ...]
    user: str
    token: str
    jwt_key: Path
    conf: Path
    chroot: Path | None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def newest_version(self) -> str:
        return self.versions[-1]

    @property
    def state_dir(self) -> Path:
        return Path(self.extra.get("SLURM_CI_STATE_DIR") or self.conf.parent.parent)

    def job_id(self, role: str) -> int:
        """Scenario job ids: role ``gpu_running``, ``held`` or ``cpu_running``."""
        return int(self.extra[f"SLURM_CI_JOB_{role.upper()}"])

    def headers(self, token: str | None = None, user: str | None = None) -> dict[str, str]:
        """The slurmrestd auth header pair (both are needed by Slurm 22.05)."""
        return {
            "X-SLURM-USER-NAME": user or self.user,
            "X-SLURM-USER-TOKEN": token or self.token,
        }

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ClusterEnv:
        values: dict[str, str] = {}
        for line in Path(path).read_text().splitlines():
            for word in shlex.split(line, comments=True):
                key, sep, value = word.partition("=")
                if sep:
                    values[key] = value
        try:
            return cls(
                flavour=values.pop("SLURM_CI_FLAVOUR"),
                url=values.pop("SLURM_CI_URL").rstrip("/"),
                versions=tuple(values.pop("SLURM_CI_VERSIONS").split()),
                user=values.pop("SLURM_CI_USER"),
                token=values.pop("SLURM_CI_TOKEN"),
                jwt_key=Path(values.pop("SLURM_CI_JWT_KEY")),
                conf=Path(values.pop("SLURM_CI_CONF")),
                chroot=Path(c) if (c := values.pop("SLURM_CI_CHROOT", "")) else None,
                extra=values,
            )
        except KeyError as exc:
            raise ValueError(f"{path}: missing {exc.args[0]}") from None

    @classmethod
    def load(cls, flavour: str) -> ClusterEnv:
        return cls.from_file(env_file(flavour))


def _check_flavour(flavour: str) -> None:
    if flavour not in FLAVOURS:
        raise ValueError(f"flavour must be one of {FLAVOURS}, not {flavour!r}")


def _script_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SLURM_JWT", None)
    return env


def _run_script(name: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        ["bash", str(HERE / name), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_script_env(),
        check=False,
    )
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).splitlines()[-40:])
        raise RuntimeError(f"{name} {' '.join(args)} failed (exit {proc.returncode}):\n{tail}")
    return proc


def up(flavour: str, *, timeout: float = 1200) -> ClusterEnv:
    """Start (or reuse) the flavour's cluster, restore the scenario, return its env."""
    _check_flavour(flavour)
    _run_script("up.sh", flavour, timeout=timeout)
    return ClusterEnv.load(flavour)


def down(flavour: str, *, purge_chroot: bool = False, timeout: float = 300) -> None:
    """Cancel jobs and stop exactly the daemons up.sh started (safe if nothing runs)."""
    _check_flavour(flavour)
    _run_script("down.sh", flavour, *(["--purge-chroot"] if purge_chroot else []), timeout=timeout)


def cli(env: ClusterEnv, *args: str, user: str | None = None, timeout: float = 60) -> str:
    """Run a Slurm client command (sinfo, scontrol, squeue, ...) against the cluster.

    SLURM_CONF points at the cluster, SLURM_JWT is unset, trixie runs inside its chroot;
    ``user`` runs it as that user (runuser) instead of root. Returns stdout; raises
    ``subprocess.CalledProcessError`` (with stderr) on a non-zero exit.
    """
    if not args or args[0] not in CLI_COMMANDS:
        raise ValueError(f"not a Slurm client command: {args[:1]}")
    cmd = list(args)
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    if env.chroot is not None:
        run_env = {"PATH": STD_PATH, "HOME": "/root", "LANG": "C.UTF-8"}
        run_env["SLURM_CONF"] = str(env.conf)
        cmd = ["chroot", str(env.chroot), *cmd]
    else:
        run_env = _script_env()
        run_env["SLURM_CONF"] = str(env.conf)
        run_env["PATH"] = f"{run_env.get('PATH', '')}:{STD_PATH}".lstrip(":")
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=timeout, env=run_env, check=False
    )
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, cmd, proc.stdout, proc.stderr)
    return proc.stdout


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mint_token(env: ClusterEnv, user: str, lifespan_s: int) -> str:
    """An HS256 JWT {"exp", "iat", "sun"} signed with the cluster's jwt key (as slurmctld does).

    A negative ``lifespan_s`` gives an already expired token.
    """
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {"exp": now + int(lifespan_s), "iat": now, "sun": user}
    signing_input = ".".join(
        _b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, payload)
    )
    key = env.jwt_key.read_bytes()
    signature = hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{_b64url(signature)}"
