"""Launch → first painted window with cached data, against a bare PySide6 window.

Both are timed as whole processes (interpreter start included), ``runs`` times each, in
the same run; the figures are medians and the ratio desk / bare.
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
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return elapsed


def seed_cache(data_dir: Path, env: dict[str, str]) -> None:
    """One real run on the demo federation fills the cache the timed runs start from."""
    shot = data_dir / "seed.png"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--data-dir", str(data_dir),
         "--screenshot", str(shot)], env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"seeding the cache failed:\n{done.stderr[-2000:]}")


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 5
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        seed_cache(data_dir, env)
        desk_cmd = [sys.executable, "-m", "app", "--offline", "--data-dir", str(data_dir),
                    "--exit-after-paint"]
        bare_cmd = [sys.executable, "-c", BARE]
        desk, bare = [], []
        for _ in range(runs):
            bare.append(_time(bare_cmd, env))
            desk.append(_time(desk_cmd, env))
    d, b = statistics.median(desk), statistics.median(bare)
    print(f"startup: desk (offline, cached data) median {d:.3f} s over {runs} runs "
          f"[{', '.join(f'{x:.3f}' for x in desk)}]")
    print(f"startup: bare PySide6 window median {b:.3f} s "
          f"[{', '.join(f'{x:.3f}' for x in bare)}]")
    print(f"startup: ratio desk / bare = {d / b:.2f} (budget ≤ 2.0); desk budget ≤ 1.2 s")
    return 0
