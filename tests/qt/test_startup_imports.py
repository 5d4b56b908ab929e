"""The desk's core services load without the HTTP stack or multiprocessing.

They are on the path to the first painted window (which shows cached data); ``requests``
and the worker pool are imported when the first site is read, off the UI thread.
"""

from __future__ import annotations

import os
import subprocess
import sys

CORE = ("app.services.site_state", "app.services.site_fetch", "app.services.snapshot_store",
        "app.services.poller", "app.services.fetch_workers", "app.services.federation",
        "app.models.overview", "app.views.overview_view",
        # the whole desk as `python -m app` builds it, every feature included
        "app.application", "app.features.availability", "app.features.jobs",
        "app.features.triage")
DEFERRED = ("requests", "urllib3", "multiprocessing", "concurrent.futures.process",
            "app.clients.slurm", "app.clients.hub")


def test_core_modules_import_without_http_or_worker_pool() -> None:
    code = ("import sys\n"
            + "".join(f"import {m}\n" for m in CORE)
            + f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"imported at start-up: {done.stdout.strip()}"

