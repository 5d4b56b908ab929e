"""Smoke test of the frozen bundle: does the built executable really work on its own?

    python packaging/smoke_test.py dist/aifactories-desk            # `make package-test`
    python packaging/smoke_test.py dist/aifactories-desk --offline  # without the demo

Runs the bundle's executable (never the source tree) offscreen, in a throwaway data
folder, and checks that

1. ``--version`` prints the app's name and single-sourced version;
2. ``-m app.demo --help`` runs the demo federation's entry point from the bundle (the way
   the desk starts its demo child with ``sys.executable``);
3. ``--demo --screenshot FILE`` starts the demo federation from the bundle, completes the
   first refresh, writes a PNG and exits 0, leaving no process of the bundle behind
   (with ``--offline``: ``--offline --exit-after-paint`` paints the bundled registry);
4. the bundle carries what it must (resources, desktop files) and not what it must not
   (the GTK 3 platform theme and its libraries, tests).

Ends with a ``N passed, N failed`` line and exits non-zero when anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import APP_ID, APP_NAME, APP_VERSION  # noqa: E402

RUN_TIMEOUT_S = 180.0


class CheckFailed(Exception):
    pass


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise CheckFailed(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def bundle_processes(exe: Path) -> list[int]:
    """PIDs of running processes whose executable is this bundle's (Linux /proc)."""
    pids = []
    proc = Path("/proc")
    if not proc.is_dir():
        return pids
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if Path(os.readlink(entry / "exe")) == exe:
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


class Smoke:
    def __init__(self, bundle: Path, workdir: Path) -> None:
        self.bundle = bundle.resolve()
        self.exe = self.bundle / self.bundle.name
        self.workdir = workdir
        self.env = dict(os.environ)
        self.env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(workdir / "config"),
            "XDG_DATA_HOME": str(workdir / "share"),
            "XDG_CACHE_HOME": str(workdir / "cache"),
            "PYTHONDONTWRITEBYTECODE": "1",
        })
        self.env.pop("PYTHONPATH", None)  # the bundle must not lean on the source tree
        self.passed = 0
        self.failed = 0

    def run(self, args: list[str], timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        """Run the bundle in its own process group; on a timeout, end that group only."""
        process = subprocess.Popen([str(self.exe), *args], cwd=self.workdir, env=self.env,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            raise CheckFailed(f"no exit within {timeout:.0f} s\n{out}\n{err}") from None
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)

    def check(self, name: str, body: Callable[[], str]) -> None:
        started = time.monotonic()
        try:
            detail = body()
        except CheckFailed as exc:
            self.failed += 1
            print(f"FAIL {name} ({time.monotonic() - started:.1f} s)\n     {exc}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name} ({time.monotonic() - started:.1f} s) {detail}", flush=True)

    # -- the checks ----------------------------------------------------------------------
    def version(self) -> str:
        result = self.run(["--version"])
        expected = f"{APP_NAME} {APP_VERSION}"
        if result.returncode != 0 or result.stdout.strip() != expected:
            raise CheckFailed(f"rc={result.returncode} out={result.stdout!r} "
                              f"err={result.stderr[-2000:]!r}; expected {expected!r}")
        return expected

    def demo_entry(self) -> str:
        result = self.run(["-m", "app.demo", "--help"])
        if result.returncode != 0 or "--seed" not in result.stdout:
            raise CheckFailed(f"rc={result.returncode} out={result.stdout[-1000:]!r} "
                              f"err={result.stderr[-2000:]!r}")
        return "the bundle runs app.demo"

    def first_refresh(self, offline: bool) -> str:
        data = self.workdir / ("data-offline" if offline else "data-demo")
        shot = self.workdir / "first-refresh.png"
        if offline:
            args = ["--offline", "--exit-after-paint", "--data-dir", str(data)]
        else:
            args = ["--demo", "--seed", "42", "--data-dir", str(data), "--screenshot", str(shot)]
        started = time.monotonic()
        result = self.run(args, timeout=RUN_TIMEOUT_S)
        elapsed = time.monotonic() - started
        log = data / "logs" / "desk.log"
        log_text = log.read_text("utf-8", "replace") if log.exists() else "(no log)"
        if result.returncode != 0:
            raise CheckFailed(f"rc={result.returncode}\nstdout: {result.stdout[-2000:]}\n"
                              f"stderr: {result.stderr[-4000:]}\nlog: {log_text[-4000:]}")
        leftovers = self.wait_for_no_leftovers()
        if leftovers:
            raise CheckFailed(f"processes of the bundle still running: {leftovers}")
        if offline:
            if "first-paint-with-data" not in result.stdout:
                raise CheckFailed(f"no painted data: {result.stdout[-1000:]!r}")
            return f"offline first paint in {elapsed:.1f} s"
        if not shot.exists():
            raise CheckFailed(f"no screenshot; stdout: {result.stdout[-1000:]!r}")
        width, height = png_size(shot)
        if width < 400 or height < 300:
            raise CheckFailed(f"screenshot is only {width}x{height}")
        if "demo federation ready" not in log_text:
            raise CheckFailed(f"the log does not show the demo starting: {log_text[-2000:]}")
        return f"demo → first refresh → {width}x{height} PNG in {elapsed:.1f} s"

    def wait_for_no_leftovers(self, timeout: float = 10.0) -> list[int]:
        deadline = time.monotonic() + timeout
        while True:
            pids = bundle_processes(self.exe)
            if not pids or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        for pid in pids:  # started by this test: end them so nothing outlives it
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        return pids

    def contents(self) -> str:
        internal = self.bundle / "_internal"
        must = [
            internal / "app" / "resources" / "icons" / f"{APP_ID}.svg",
            internal / "app" / "resources" / "federation",
            self.bundle / "share" / "applications" / f"{APP_ID}.desktop",
            self.bundle / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
            self.bundle / "install.sh",
        ]
        missing = [str(p.relative_to(self.bundle)) for p in must if not p.exists()]
        federation = internal / "app" / "resources" / "federation"
        if federation.is_dir() and not any(federation.glob("*.json")):
            missing.append("_internal/app/resources/federation/*.json")
        unwanted = [str(p.relative_to(self.bundle)) for p in self.bundle.rglob("*")
                    if p.name.startswith(("libqgtk3", "libgtk-3", "libgdk-3"))
                    or p.name in {"tests", "pytest", "_pytest"}]
        if missing or unwanted:
            raise CheckFailed(f"missing: {missing}; unwanted: {unwanted}")
        files = [p for p in self.bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        size = sum(p.stat().st_size for p in files)
        return f"{size / 2**20:.0f} MiB in {len(files)} files"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen desk bundle.")
    parser.add_argument("bundle", type=Path,
                        help="the one-folder bundle, e.g. dist/aifactories-desk")
    parser.add_argument("--offline", action="store_true",
                        help="check the first paint offline instead of on the demo federation")
    args = parser.parse_args(argv)
    exe = args.bundle / args.bundle.name
    if not exe.is_file():
        print(f"no executable at {exe}: run `make package` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="aifd-smoke-") as tmp:
        smoke = Smoke(args.bundle, Path(tmp))
        smoke.check("--version", smoke.version)
        smoke.check("-m app.demo --help", smoke.demo_entry)
        smoke.check("first refresh offline" if args.offline else "first refresh on the demo",
                    lambda: smoke.first_refresh(args.offline))
        smoke.check("bundle contents", smoke.contents)
    print(f"{smoke.passed} passed, {smoke.failed} failed")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
