"""GPU availability: sorting and filtering a 100,000-row jobs table, and 30-day history.

* Table: ``RecordTableModel`` + ``SortFilterProxy`` over 100,000 synthetic job rows;
  sort by a number, a text and a time column (both directions), filter by text (the first
  filter builds the search text once; later keystrokes reuse it) and by a predicate.
  Budget: each ≤ 100 ms.
* History: ``HistoryDb`` filled with 30 days of 5-minute samples of every partition of the
  demo federation (its simulated past); the 30-day query over every partition that the
  plots run (hourly buckets), and the whole plot load (query, gaps, stacks, heat map).
  Budget: ≤ 200 ms.

Figures are medians; a pure-Python sort of 100,000 integers is the baseline measured in
the same run (machine speed drifts between runs).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TABLE_ROWS = 100_000
TABLE_BUDGET_MS = 100.0
HISTORY_BUDGET_MS = 200.0
REPEATS = 5


def median_ms(fn: Callable[[], Any], repeats: int = REPEATS,
              setup: Callable[[], Any] | None = None) -> float:
    times = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def job_rows(n: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = datetime(2026, 11, 23, tzinfo=UTC)
    names = ("llama-sft", "train_vit", "bert-pretrain", "sdxl-finetune", "nemo-megatron",
             "vllm-bench", "alphafold2", "gromacs_md", "deepspeed-zero3", "whisper-ft")
    return [{
        "job_id": 4_000_000 + i, "name": f"{rng.choice(names)}-{i % 997}",
        "user": f"u{rng.randrange(3000):04d}", "account": f"aif{rng.randrange(200):03d}",
        "partition": rng.choice(("booster", "develbooster", "standard-g", "acc")),
        "state": rng.choice(("RUNNING", "PENDING", "PENDING", "COMPLETED")),
        "gpus": rng.choice((1, 2, 4, 8, 16, 32, 64, 256)), "nodes": rng.randrange(1, 64),
        "submitted": base - timedelta(seconds=rng.randrange(7 * 86400)),
        "limit_min": rng.choice((30, 60, 120, 720, 1440, 2880)),
    } for i in range(n)]


def bench_table() -> list[tuple[str, float, float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.models.table_model import Column, RecordTableModel, SortFilterProxy

    _app = QApplication.instance() or QApplication([])
    rows = job_rows(TABLE_ROWS)
    columns = [Column("job_id", "Job"), Column("name", "Name"), Column("user", "User"),
               Column("account", "Account"), Column("partition", "Partition"),
               Column("state", "State"), Column("gpus", "GPUs"), Column("nodes", "Nodes"),
               Column("submitted", "Submitted",
                      fmt=lambda v: v.strftime("%a %H:%M") if v else ""),
               Column("limit_min", "Limit")]
    model = RecordTableModel(columns, key=lambda r: r["job_id"])
    load = median_ms(lambda: model.set_rows(rows), repeats=1)
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    out: list[tuple[str, float, float]] = [("set 100,000 rows (model)", load, math_inf())]
    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

    def unsorted() -> None:
        proxy.sort(-1)

    for label, column in (("GPUs (number)", 6), ("user (text)", 2), ("submitted (time)", 8)):
        # first sort of a column computes its keys; then they are reused
        first = median_ms(lambda c=column: proxy.sort(c, asc), repeats=1, setup=unsorted)
        again = median_ms(lambda c=column: proxy.sort(c, desc))
        out.append((f"sort by {label}, first", first, TABLE_BUDGET_MS))
        out.append((f"sort by {label}, again", again, TABLE_BUDGET_MS))
    proxy.sort(6, desc)
    cold = median_ms(lambda: proxy.set_text("llama"), repeats=1)
    out.append(("filter 'llama' (first: builds search text)", cold, TABLE_BUDGET_MS))

    def reset_text() -> None:
        proxy.set_text("")

    warm = median_ms(lambda: proxy.set_text("u0042"), setup=reset_text)
    out.append(("filter 'u0042' (a keystroke)", warm, TABLE_BUDGET_MS))
    narrow = median_ms(lambda: proxy.set_text("u0042 pending"), setup=reset_text)
    out.append(("filter two words", narrow, TABLE_BUDGET_MS))
    clear = median_ms(lambda: proxy.set_text(""), setup=lambda: proxy.set_text("u0042"))
    out.append(("clear the filter", clear, TABLE_BUDGET_MS))

    def predicate_off() -> None:
        proxy.set_predicate(None)

    pred = median_ms(lambda: proxy.set_predicate(lambda r: r["gpus"] >= 64),
                     setup=predicate_off)
    out.append(("filter by predicate (GPUs ≥ 64)", pred, TABLE_BUDGET_MS))
    update = median_ms(lambda: model.set_rows([dict(r) for r in rows]), repeats=1)
    out.append(("live update, same keys (model + proxy)", update, math_inf()))
    return out


def math_inf() -> float:
    return float("inf")


def bench_history(tmp: Path) -> tuple[list[tuple[str, float, float]], str]:
    from app.demo.history_model import SimulatedHistory
    from app.demo.launcher import load_registry
    from app.demo.simulator import Federation
    from app.demo.spec import site_specs
    from app.domain.availability import HistorySample
    from app.models.availability_model import load_history
    from app.models.selection import Selection
    from app.services.history import HistoryDb

    now = datetime.now(UTC).replace(second=0, microsecond=0)
    t_now = now.timestamp()
    specs = site_specs(load_registry(None))
    federation = Federation(specs, 42, t_now)
    past = SimulatedHistory(federation, lambda: t_now)
    db = HistoryDb(tmp / "bench-history.sqlite3")
    since = t_now - 30 * 86400
    rows = 0
    partitions = 0
    fill_started = time.perf_counter()
    for site in past.sites():
        for series in past.series(site, since, t_now, 300):
            partitions += 1
            samples = [HistorySample(ts, site, series["partition"], series["gpu_type"], *vals)
                       for ts, *vals in zip(series["ts"], series["total"],
                                            series["allocated"], series["idle"],
                                            series["unavailable"], series["pending_jobs"],
                                            series["pending_gpus"], strict=True)]
            rows += db.insert_samples(samples)
    fill_s = time.perf_counter() - fill_started
    rollup_started = time.perf_counter()
    db.buckets(now - timedelta(hours=1), now, 3600)  # first use builds the hourly roll-up
    rollup_s = time.perf_counter() - rollup_started
    start, end = now - timedelta(days=30), now + timedelta(seconds=1)
    out = [
        ("30 d, every partition, hourly buckets (query)",
         median_ms(lambda: db.buckets(start, end, 3600)), HISTORY_BUDGET_MS),
        ("30 d, one site, hourly buckets (query)",
         median_ms(lambda: db.buckets(start, end, 3600, site="jupiter-booster")),
         HISTORY_BUDGET_MS),
        ("30 d, every partition, raw samples (export query)",
         median_ms(lambda: db.samples(start, end), repeats=3), math_inf()),
        ("30 d federation plot load (query + series + stacks + heat map)",
         median_ms(lambda: load_history(db, Selection(), 30 * 86400, now, UTC)),
         HISTORY_BUDGET_MS),
        ("24 h federation plot load (5-min buckets)",
         median_ms(lambda: load_history(db, Selection(), 86400, now, UTC)), HISTORY_BUDGET_MS),
    ]
    db.close()
    note = (f"{rows:,} samples: {partitions} partitions of {len(past.sites())} sites × 30 days "
            f"at 5 min (filled in {fill_s:.1f} s; hourly roll-up built once in "
            f"{rollup_s:.2f} s)")
    return out, note


def main(argv: list[str]) -> int:
    baseline_data = [random.random() for _ in range(TABLE_ROWS)]
    baseline = median_ms(lambda: sorted(baseline_data))
    print(f"baseline: Python sorted() of {TABLE_ROWS:,} floats: {baseline:.1f} ms")
    failed = False

    def report(title: str, figures: list[tuple[str, float, float]]) -> None:
        nonlocal failed
        print(f"\n{title}")
        for label, ms, budget in figures:
            verdict = "" if budget == math_inf() else (
                "ok" if ms <= budget else "OVER BUDGET")
            failed |= verdict == "OVER BUDGET"
            budget_text = "" if budget == math_inf() else f"(budget {budget:.0f} ms, "
            ratio = f"{ms / baseline:.1f}× baseline"
            tail = f"{budget_text}{ratio})" if budget_text else f"({ratio})"
            print(f"  {label:<62} {ms:8.1f} ms  {tail} {verdict}")

    report(f"jobs table, {TABLE_ROWS:,} rows (RecordTableModel + SortFilterProxy)",
           bench_table())
    with tempfile.TemporaryDirectory() as tmp:
        figures, note = bench_history(Path(tmp))
    report(f"availability history: {note}", figures)
    return 1 if failed and "--strict" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
