"""Availability history for reports: samples per site, daily and hourly tables, a chart.

Plain Python over ``HistorySource.site_free_series`` (no pandas on this path: a week of
the demo federation is a few hundred thousand samples, which a loop reduces quickly).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    CancelToken,
    CellType,
    Chart,
    ChartKind,
    Column,
    Series,
    Table,
)
from app.services.reports.tables import Facts, short_label, site_names
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate

#: Line colours, one per machine (Tableau 10: distinct, readable on white and in grey).
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac")
#: At most this many points per line in a chart.
CHART_POINTS = 240

Samples = dict[str, list[tuple[datetime, int, int]]]


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def read_samples(inputs: ReportInputs, start: datetime, end: datetime,
                 sites: Iterable[str] | None = None) -> Samples:
    """Samples with ``start <= time < end`` per site (only ``sites`` when given)."""
    if inputs.history is None:
        return {}
    wanted = set(sites) if sites is not None else None
    out: Samples = {}
    for site, points in inputs.history.site_free_series(start).items():
        if wanted is not None and site not in wanted:
            continue
        kept = [p for p in points if start <= p[0] < end]
        if kept:
            out[site] = kept
    return out


@dataclass
class _Acc:
    n: int = 0
    idle_sum: int = 0
    idle_min: int = 0
    idle_max: int = 0
    total_max: int = 0
    share_sum: float = 0.0

    def add(self, idle: int, total: int) -> None:
        if self.n == 0:
            self.idle_min = self.idle_max = idle
        self.n += 1
        self.idle_sum += idle
        self.idle_min = min(self.idle_min, idle)
        self.idle_max = max(self.idle_max, idle)
        self.total_max = max(self.total_max, total)
        self.share_sum += idle / total if total else 0.0


def _group(samples: Samples, bucket: timedelta, cancel: CancelToken
           ) -> dict[tuple[str, datetime], _Acc]:
    out: dict[tuple[str, datetime], _Acc] = {}
    seconds = bucket.total_seconds()
    for site, points in samples.items():
        cancel.check()
        for when, idle, total in points:
            start = datetime.fromtimestamp(when.timestamp() // seconds * seconds, tz=UTC)
            acc = out.get((site, start))
            if acc is None:
                acc = out[(site, start)] = _Acc()
            acc.add(idle, total)
    return out


def daily_table(inputs: ReportInputs, facts: Facts, samples: Samples,
                cancel: CancelToken) -> Table:
    groups = _group(samples, timedelta(days=1), cancel)
    rows = []
    for (site, start), acc in groups.items():
        factory, machine = site_names(inputs, facts, site)
        rows.append((start.date(), factory or None, machine, acc.n, acc.idle_min,
                     round(acc.idle_sum / acc.n, 1), acc.idle_max, acc.total_max,
                     acc.share_sum / acc.n))
    rows.sort(key=lambda r: (r[0], str(r[1] or "").casefold(), str(r[2]).casefold()))
    columns = (
        Column("date", QT_TRANSLATE_NOOP("Report", "Date"), CellType.DATE, weight=0.8),
        Column("factory", QT_TRANSLATE_NOOP("Report", "Factory"), weight=0.9),
        Column("machine", QT_TRANSLATE_NOOP("Report", "Machine"), weight=1.6),
        Column("samples", QT_TRANSLATE_NOOP("Report", "Samples"), CellType.INT, weight=0.6),
        Column("min_free", QT_TRANSLATE_NOOP("Report", "Min free"), CellType.INT, weight=0.7),
        Column("mean_free", QT_TRANSLATE_NOOP("Report", "Mean free"), CellType.FLOAT, weight=0.7),
        Column("max_free", QT_TRANSLATE_NOOP("Report", "Max free"), CellType.INT, weight=0.7),
        Column("total", QT_TRANSLATE_NOOP("Report", "Total GPUs"), CellType.INT, weight=0.7),
        Column("free_share", QT_TRANSLATE_NOOP("Report", "Mean free share"), CellType.PERCENT,
               weight=0.8),
    )
    return Table(QT_TRANSLATE_NOOP("Report", "Daily"),
                 QT_TRANSLATE_NOOP("Report", "Daily availability"), columns, tuple(rows),
                 note=QT_TRANSLATE_NOOP("Report", "Per UTC day: free GPUs over the samples the "
                                                  "desk recorded that day."))


def hourly_table(inputs: ReportInputs, facts: Facts, samples: Samples,
                 cancel: CancelToken) -> Table:
    groups = _group(samples, timedelta(hours=1), cancel)
    rows = []
    for (site, start), acc in groups.items():
        factory, machine = site_names(inputs, facts, site)
        rows.append((start, factory or None, machine, site, acc.n, acc.idle_min,
                     round(acc.idle_sum / acc.n, 1), acc.idle_max, acc.total_max))
    rows.sort(key=lambda r: (r[0], str(r[1] or "").casefold(), str(r[2]).casefold()))
    columns = (
        Column("hour", QT_TRANSLATE_NOOP("Report", "Hour (UTC)"), CellType.DATETIME),
        Column("factory", QT_TRANSLATE_NOOP("Report", "Factory")),
        Column("machine", QT_TRANSLATE_NOOP("Report", "Machine")),
        Column("site_id", QT_TRANSLATE_NOOP("Report", "Site id")),
        Column("samples", QT_TRANSLATE_NOOP("Report", "Samples"), CellType.INT),
        Column("min_free", QT_TRANSLATE_NOOP("Report", "Min free"), CellType.INT),
        Column("mean_free", QT_TRANSLATE_NOOP("Report", "Mean free"), CellType.FLOAT),
        Column("max_free", QT_TRANSLATE_NOOP("Report", "Max free"), CellType.INT),
        Column("total", QT_TRANSLATE_NOOP("Report", "Total GPUs"), CellType.INT),
    )
    return Table(QT_TRANSLATE_NOOP("Report", "Hourly"),
                 QT_TRANSLATE_NOOP("Report", "Hourly availability"), columns, tuple(rows),
                 printed=False,
                 note=QT_TRANSLATE_NOOP("Report", "Per UTC hour and machine (in the CSV and XLSX "
                                                  "exports only)."))


def free_chart(inputs: ReportInputs, facts: Facts, samples: Samples, title: str,
               cancel: CancelToken) -> Chart | None:
    """Free GPUs over time, one line per machine, at most ``CHART_POINTS`` per line."""
    if not samples:
        return None
    first = min(p[0][0] for p in samples.values())
    last = max(p[-1][0] for p in samples.values())
    span = max((last - first).total_seconds(), 60.0)
    bucket = timedelta(seconds=max(60.0, span / CHART_POINTS))
    groups = _group(samples, bucket, cancel)
    half = bucket.total_seconds() / 2
    series = []
    for index, site in enumerate(sorted(samples, key=lambda s: site_names(inputs, facts, s))):
        points = sorted((start, acc) for (sid, start), acc in groups.items() if sid == site)
        _, machine = site_names(inputs, facts, site)
        series.append(Series(
            short_label(machine), tuple(start.timestamp() + half for start, _ in points),
            tuple(acc.idle_sum / acc.n for _, acc in points), PALETTE[index % len(PALETTE)]))
    return Chart(title, ChartKind.LINES, tuple(series),
                 x_label=QT_TRANSLATE_NOOP("Report", "Time (UTC)"),
                 y_label=QT_TRANSLATE_NOOP("Report", "Free GPUs"),
                 note=translate("Report", "Each point averages the samples of up to %1.")
                 .replace("%1", _span_text(bucket)))


def _span_text(bucket: timedelta) -> str:
    seconds = bucket.total_seconds()
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def span_of(samples: Mapping[str, Sequence[tuple[datetime, int, int]]]
            ) -> tuple[datetime | None, datetime | None]:
    if not samples:
        return None, None
    return (min(p[0][0] for p in samples.values()), max(p[-1][0] for p in samples.values()))
