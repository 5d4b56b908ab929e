"""Find capacity: partitions across the federation ranked by estimated start of a job.

``build_candidates`` and ``ranked_rows`` are plain Python (no Qt objects) and run on a
worker thread; ``FindCapacityModel`` is the table, recomputed when the job shape or the
sites' data change.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QColor

from app.domain import availability as av
from app.domain import start_estimate as se
from app.domain.capacity import Health
from app.domain.registry import Registry
from app.models.availability_model import LIVE, site_names
from app.models.overview import format_int, health_word, value
from app.models.table_model import Column, RecordTableModel, Row
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.site_state import SiteState
from app.services.tasks import TaskRunner

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: The verdicts of ``start_estimate.Verdict`` as shown (its ``label`` is English).
VERDICT_WORDS = {se.Verdict.FREE_NOW: QT_TRANSLATE_NOOP("FindCapacityModel", "free now"),
                 se.Verdict.QUEUED: QT_TRANSLATE_NOOP("FindCapacityModel", "queued"),
                 se.Verdict.NO_DATA: QT_TRANSLATE_NOOP("FindCapacityModel", "no data"),
                 se.Verdict.DOES_NOT_FIT: QT_TRANSLATE_NOOP("FindCapacityModel", "does not fit")}


def verdict_word(verdict: se.Verdict) -> str:
    return translate("FindCapacityModel", VERDICT_WORDS.get(verdict, str(verdict.label)))


def _problem(state: SiteState) -> str:
    if state.health in LIVE:
        return ""
    if state.health is Health.PENDING:
        if state.from_cache:
            return translate("FindCapacityModel", "no live answer yet (only cached data)")
        return translate("FindCapacityModel", "no live answer yet")
    return translate("FindCapacityModel", "site %1").replace("%1", health_word(state.health)) + (
        f" — {state.message}" if state.message else "")


def build_candidates(registry: Registry | None, states: Mapping[str, SiteState],
                     now: datetime) -> list[se.Candidate]:
    """One candidate per site × partition × GPU type; unreachable sites say so."""
    out: list[se.Candidate] = []
    for site_id, state in states.items():
        names = site_names(registry, site_id)
        reachable = state.health in LIVE and state.capacity is not None
        capacity = state.capacity
        if not reachable or capacity is None:
            rows = [r for r in capacity.rows if r.gpu_type] if capacity is not None else []
            keys = [(r.partition, r.gpu_type) for r in rows] or [
                ("", gtype) for gtype in names.models]
            for partition, gtype in keys or [("", "")]:
                out.append(se.Candidate(site_id, partition, gtype, av.model_family(gtype),
                                        None, reachable=False,
                                        problem=_problem(state)
                                        or translate("FindCapacityModel", "no data"),
                                        data_time=state.data_time))
            continue
        types_per_part: dict[str, int] = {}
        for r in capacity.rows:
            if r.gpu_type:
                types_per_part[r.partition] = types_per_part.get(r.partition, 0) + 1
        for cap in capacity.rows:
            if not cap.gpu_type or cap.gpus.total <= 0:
                continue
            node_gpus = names.gpus_per_node.get(cap.gpu_type)
            members = cap.nodes_total
            if members and cap.gpus.total % members == 0 and types_per_part[cap.partition] == 1:
                node_gpus = cap.gpus.total // members
            # A read carries only the user's own jobs, so when others' running jobs end is
            # not known here: the estimate uses the queue, turnover and Slurm's estimate.
            out.append(se.Candidate(
                site_id, cap.partition, cap.gpu_type, av.model_family(cap.gpu_type), cap,
                node_gpus=node_gpus, releases=None, reachable=True,
                data_time=state.data_time))
    return out


def access_for(registry: Registry | None, mode_id: str) -> se.AccessLimits | None:
    if registry is None or not mode_id:
        return None
    mode = next((m for m in registry.access_modes if m.id == mode_id), None)
    if mode is None:
        return None
    systems = [(s.id, str(value(s.name))) for s in registry.systems]
    return se.access_limits(mode.id, str(value(mode.name)),
                            value(mode.allocation) if mode.allocation else None,
                            value(mode.decision_time) if mode.decision_time else None, systems)


def ranked_rows(registry: Registry | None, states: Mapping[str, SiteState],
                shape: se.JobShape, now: datetime | None = None) -> list[dict[str, Any]]:
    """The table rows, soonest start first."""
    now = now or datetime.now(UTC)
    candidates = build_candidates(registry, states, now)
    access = access_for(registry, shape.access_mode)
    system_of = {s: site_names(registry, s).system_id or s for s in states}
    estimates = se.rank(candidates, shape, now, access, system_of)
    rows: list[dict[str, Any]] = []
    for i, est in enumerate(estimates, start=1):
        c = est.candidate
        names = site_names(registry, c.site_id)
        short, full = names.model(c.gpu_type) if c.gpu_type else ("—", "")
        cap = c.capacity
        rows.append({
            "rank": i, "verdict": est.verdict, "wait_s": est.wait_s, "start": est.start,
            "factory": names.factory, "factory_id": names.factory_id, "machine": names.machine,
            "system_id": names.system_id, "site_id": c.site_id, "partition": c.partition,
            "gpu_type": c.gpu_type, "gpu_model": short, "gpu_model_full": full,
            "why": est.why, "idle": cap.gpus.idle if cap else None,
            "queued": cap.pending_gpus if cap else None,
            "limit_min": cap.max_time_min if cap else None,
            "sbatch": se.sbatch_command(c.partition, c.gpu_type, shape)
            if est.verdict in (se.Verdict.FREE_NOW, se.Verdict.QUEUED) else "",
            "shape": shape,
        })
        rows[-1]["start_text"] = _start_text(rows[-1])
    return rows


def _start_text(row: Row) -> str:
    verdict = row["verdict"]
    if verdict is se.Verdict.FREE_NOW:
        return translate("FindCapacityModel", "now")
    if verdict is se.Verdict.QUEUED and row["wait_s"] is not None:
        return translate("FindCapacityModel", "in %1").replace(
            "%1", se.format_duration(row["wait_s"]))
    return verdict_word(verdict)


_VERDICT_COLOURS = {se.Verdict.FREE_NOW: "#1a7f37", se.Verdict.QUEUED: "#2f6fb5",
                    se.Verdict.NO_DATA: "#607d8b", se.Verdict.DOES_NOT_FIT: "#8a8a8a"}


def _start_tip(row: Row) -> str:
    if not isinstance(row.get("start"), datetime):
        return verdict_word(row["verdict"])
    start = QDateTime.fromSecsSinceEpoch(int(row["start"].timestamp()))
    return translate("FindCapacityModel", "estimated start: %1").replace(
        "%1", QLocale().toString(start, "ddd d MMM HH:mm"))


def _limit(v: Any) -> str:
    return translate("FindCapacityModel", "none") if v is None else se.format_limit(int(v))


FIND_COLUMNS = [
    Column("rank", "#", align_right=True),
    # the text depends on the whole row, so the model stores it as "start_text"
    Column("start_text", QT_TRANSLATE_NOOP("Column", "Estimated start"), sort_key=lambda r: (
        int(r["verdict"]), r["wait_s"] if r["wait_s"] is not None else 0.0),
        foreground=lambda r: QColor(_VERDICT_COLOURS[r["verdict"]]), tooltip=_start_tip),
    Column("factory", QT_TRANSLATE_NOOP("Column", "Factory")),
    Column("machine", QT_TRANSLATE_NOOP("Column", "Machine")),
    Column("partition", QT_TRANSLATE_NOOP("Column", "Partition")),
    Column("gpu_model", QT_TRANSLATE_NOOP("Column", "GPU model"),
           tooltip=lambda r: str(r.get("gpu_model_full") or "")),
    Column("idle", QT_TRANSLATE_NOOP("Column", "Free GPUs"), fmt=format_int,
           align_right=True),
    Column("queued", QT_TRANSLATE_NOOP("Column", "Queued GPUs"), fmt=format_int,
           align_right=True),
    Column("limit_min", QT_TRANSLATE_NOOP("Column", "Time limit"),
           fmt=_limit, sort_key=lambda r: r.get("limit_min")),
    Column("why", QT_TRANSLATE_NOOP("Column", "Why"), tooltip=lambda r: str(r.get("why") or "")),
]



def find_key(row: Row) -> tuple[str, str, str]:
    return (row["site_id"], row["partition"], row["gpu_type"])


class FindCapacityModel(RecordTableModel):
    """Partitions ranked by the estimated start of ``shape``, kept up to date.

    Signals:
        computed(): new rows are in (after a shape change or new site data).
    """

    computed = Signal()

    def __init__(self, store: Any, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(FIND_COLUMNS, key=find_key, parent=parent)
        self._store = store
        self._runner = runner
        self.registry: Registry | None = None
        self.shape = se.JobShape()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)  # coalesce a burst of site answers
        self._timer.timeout.connect(self.recompute)
        store.changed.connect(self._timer.start)

    def set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.recompute()

    def set_shape(self, shape: se.JobShape) -> None:
        self.shape = shape
        self.recompute()

    def recompute(self) -> None:
        registry, states, shape = self.registry, self._store.states(), self.shape
        self._runner.submit(lambda: ranked_rows(registry, states, shape),
                            on_result=self._show, key="find-capacity")

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.set_rows(rows)
        self.computed.emit()

    def models(self) -> list[str]:
        """GPU models known in the federation (registry and live data)."""
        found: set[str] = set()
        for state in self._store.states().values():
            if state.capacity is not None:
                found.update(av.model_family(t) for t, v in state.capacity.totals.items()
                             if v.total > 0)
        if self.registry is not None:
            for system in self.registry.systems:
                if system.operational:
                    found.update(av.model_family(p.gres_type) for p in system.partitions
                                 if p.operational and p.gres_type)
        return sorted(found)

    def simulated(self) -> bool:
        return any(s.simulated for s in self._store.states().values())

    def stop(self) -> None:
        self._timer.stop()
