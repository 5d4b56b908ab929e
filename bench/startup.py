"""Launch → first painted window with cached data, against a bare PySide6 window.

Both are timed from the launch of the process (interpreter start included) to the line
each prints at its first paint (the desk: the first paint of the overview showing data),
``runs`` times each, in the same run; the figures are medians and the ratio desk / bare.
The whole process (including quitting, which for the desk means saving its window state
and stopping its threads) is reported too, but is not what the budget is about.

Both launch as installed: an installer compiles the desk's modules to bytecode once (as
PySide6's are), so the desk's bytecode is compiled once here too, into a temporary cache
outside the source tree, even where ``PYTHONDONTWRITEBYTECODE`` is set. ``--source``
times the desk compiling every module from source at each launch instead.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
w = QMainWindow(); t = QTableView(); w.setCentralWidget(t); w.resize(1280, 760)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the first-paint line, and to the end of the process."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    painted = None
    assert process.stdout is not None
    for line in process.stdout:
        if painted is None and line.startswith("first-paint"):
            painted = time.perf_counter() - start
    _out, err = process.communicate(timeout=120)
    whole = time.perf_counter() - start
    if process.returncode != 0 or painted is None:
        raise SystemExit(f"{' '.join(cmd)} failed (no first paint or exit code "
                         f"{process.returncode}):\n{err[-2000:]}")
    return painted, whole


def seed_cache(data_dir: Path, env: dict[str, str]) -> None:
    """One real run on the demo federation fills the cache the timed runs start from."""
    shot = data_dir / "seed.png"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--data-dir", str(data_dir),
         "--screenshot", str(shot)], env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"seeding the cache failed:\n{done.stderr[-2000:]}")


def compile_once(env: dict[str, str], cache: Path) -> dict[str, str]:
    """The environment of a launch as installed: the desk's bytecode compiled once."""
    env = dict(env, PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = Path(__file__).resolve().parent.parent / "app"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=env,
                   check=True, capture_output=True, timeout=300)
    return env


def main(argv: list[str]) -> int:
    source = "--source" in argv
    numbers = [a for a in argv if a != "--source"]
    runs = int(numbers[0]) if numbers else 5
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        seed_cache(data_dir, env)
        if not source:
            env = compile_once(env, Path(tmp) / "bytecode")
        desk_cmd = [sys.executable, "-m", "app", "--offline", "--data-dir", str(data_dir),
                    "--exit-after-paint"]
        bare_cmd = [sys.executable, "-c", BARE]
        desk, bare = [], []
        for cmd in (bare_cmd, desk_cmd):  # untimed: fills the bytecode cache, warms the disk
            _time(cmd, env)
        for _ in range(runs):
            bare.append(_time(bare_cmd, env))
            desk.append(_time(desk_cmd, env))
    d, b = statistics.median(x for x, _ in desk), statistics.median(x for x, _ in bare)
    dw, bw = statistics.median(x for _, x in desk), statistics.median(x for _, x in bare)
    how = "compiled from source at each launch" if source else "bytecode compiled once"
    print(f"startup: desk (offline, cached data, {how}) to first paint median {d:.3f} s "
          f"over {runs} runs [{', '.join(f'{x:.3f}' for x, _ in desk)}]")
    print(f"startup: bare PySide6 window to first paint median {b:.3f} s "
          f"[{', '.join(f'{x:.3f}' for x, _ in bare)}]")
    print(f"startup: ratio desk / bare = {d / b:.2f} (budget ≤ 2.0); desk budget ≤ 1.2 s")
    print(f"startup: whole process (launch to exit) desk {dw:.3f} s, bare {bw:.3f} s, "
          f"ratio {dw / bw:.2f}")
    return 0
