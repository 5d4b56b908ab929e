"""Rows of "My jobs": one per job of mine at any connected site, kept live.

Also the site names every job view uses (machine name from the registry, else the id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QColor

from app.domain.job_rules import format_time_limit
from app.domain.job_tracking import JobKey, Phase, TrackedJob
from app.domain.registry import Registry
from app.models.table_model import Column, RecordTableModel, Row
from app.services.preferences import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PHASE_COLOURS = {
    Phase.SUBMITTING: "#607d8b", Phase.SUBMITTED: "#1565c0", Phase.NOT_SENT: "#8a5300",
    Phase.PENDING: "#8a5300", Phase.RUNNING: "#1a7f37", Phase.SUSPENDED: "#8a5300",
    Phase.COMPLETED: "#37474f", Phase.CANCELLED: "#6d4c41", Phase.FAILED: "#c62828",
    Phase.TIMEOUT: "#c62828", Phase.UNKNOWN: "#607d8b",
}
_PHASE_ORDER = {p: i for i, p in enumerate(
    (Phase.RUNNING, Phase.PENDING, Phase.SUBMITTED, Phase.SUBMITTING, Phase.SUSPENDED,
     Phase.NOT_SENT, Phase.FAILED, Phase.TIMEOUT, Phase.CANCELLED, Phase.COMPLETED,
     Phase.UNKNOWN))}


def site_label(registry: Registry | None, site_id: str) -> str:
    """The machine's name for a site id (``LUMI-G``), or the id itself."""
    if registry is None:
        return site_id
    site = next((s for s in registry.sites if s.site_id == site_id), None)
    system = registry.system(site.system_id if site else site_id)
    if system is None:
        return site_id
    return str(getattr(system.name, "value", system.name))


def format_duration(seconds: float | None) -> str:
    """``01:05:09``, ``2-03:00:00``: Slurm's notation, like the time limit beside it."""
    if seconds is None:
        return "—"
    total = int(max(0, seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{days}-{clock}" if days else clock


def _when(value: Any, now: datetime | None = None) -> str:
    if not isinstance(value, datetime):
        return "—"
    local = value.astimezone()
    if now is not None and local.date() == now.astimezone().date():
        return f"{local:%H:%M}"
    return f"{local:%d %b %H:%M}"


def job_row(job: TrackedJob, label: str, now: datetime) -> dict[str, Any]:
    elapsed = job.elapsed_s(now)
    limit = job.time_limit_min
    start_note = ""
    if job.phase is Phase.PENDING and job.start_time is not None:
        start_note = "estimate"
    elif job.phase in (Phase.RUNNING, Phase.SUSPENDED) or job.phase.finished:
        start_note = "started" if job.start_time is not None else ""
    row: dict[str, Any] = {
        "key": job.key, "site_id": job.site_id, "site": label, "job_id": job.job_id,
        "name": job.name, "phase": job.phase, "state": job.state or job.phase.value,
        "reason": job.reason or (job.message.splitlines()[0] if job.message else ""),
        "partition": job.partition, "gpus": job.gpus,
        "gpu_types": ", ".join(job.gpu_types), "elapsed_s": elapsed,
        "limit_min": limit,
        "elapsed_text": f"{format_duration(elapsed)} / "
                        f"{format_time_limit(limit) if limit is not None else '—'}",
        "start": job.start_time if job.phase is not Phase.SUBMITTED else None,
        "start_note": start_note, "submitted": job.submit_time, "listed": job.listed,
        "submission_id": job.submission_id, "warnings": job.warnings,
        "message": job.message, "now": now,
    }
    row["start_text"] = _start_text(row)
    row["submitted_text"] = _when(job.submit_time, now)
    return row


def _state_tip(row: Row) -> str:
    lines = [str(row["state"])]
    if row.get("reason"):
        lines.append(translate("MyJobsModel", "reason: %1").replace("%1", str(row["reason"])))
    if not row.get("listed", True):
        lines.append(translate("MyJobsModel", "no longer listed by the site (last state seen)"))
    for note in row.get("warnings") or ():
        lines.append(translate("MyJobsModel", "site said: %1").replace("%1", str(note)))
    if row.get("submission_id"):
        lines.append(translate("MyJobsModel", "submission %1").replace(
            "%1", f"aifd:{row['submission_id']}"))
    return "\n".join(lines)


def _start_text(row: Row) -> str:
    text = _when(row.get("start"), row.get("now"))
    if text == "—":
        return text
    if row.get("start_note") != "estimate":
        return text
    return translate("MyJobsModel", "%1 (estimate)").replace("%1", text)


MY_JOB_COLUMNS = [
    Column("site", QT_TRANSLATE_NOOP("Column", "Site")),
    Column("job_id", QT_TRANSLATE_NOOP("Column", "Job"),
           fmt=lambda v: "—" if v is None else str(v), align_right=True),
    Column("name", QT_TRANSLATE_NOOP("Column", "Name")),
    Column("state", QT_TRANSLATE_NOOP("Column", "State"),
           fmt=lambda v: str(v).lower() if v else "",
           sort_key=lambda r: _PHASE_ORDER.get(r["phase"], 99), tooltip=_state_tip,
           foreground=lambda r: QColor(PHASE_COLOURS.get(r["phase"], "#607d8b"))),
    Column("reason", QT_TRANSLATE_NOOP("Column", "Reason"),
           tooltip=lambda r: str(r.get("message") or r.get("reason"))),
    Column("partition", QT_TRANSLATE_NOOP("Column", "Partition")),
    Column("gpus", QT_TRANSLATE_NOOP("Column", "GPUs"),
           fmt=lambda v: str(v) if v else "—", align_right=True,
           tooltip=lambda r: str(r.get("gpu_types") or "")),
    Column("elapsed_text", QT_TRANSLATE_NOOP("Column", "Elapsed / limit"), align_right=True,
           sort_key=lambda r: r.get("elapsed_s")),
    Column("start_text", QT_TRANSLATE_NOOP("Column", "Start"),
           sort_key=lambda r: r.get("start"),
           tooltip=lambda r: translate("MyJobsModel", "the scheduler's start estimate")
           if r.get("start_note") == "estimate" else ""),
    Column("submitted_text", QT_TRANSLATE_NOOP("Column", "Submitted"),
           sort_key=lambda r: r.get("submitted")),
]


def my_job_rows(jobs: Iterable[TrackedJob], label: Callable[[str], str],
                now: datetime) -> list[dict[str, Any]]:
    rows = [job_row(j, label(j.site_id), now) for j in jobs]
    rows.sort(key=lambda r: (_PHASE_ORDER.get(r["phase"], 99),
                             -(r["submitted"].timestamp() if r["submitted"] else 0)))
    return rows


class MyJobsModel(RecordTableModel):
    """The "My jobs" table over a ``MyJobs`` service; elapsed times move every 5 s."""

    def __init__(self, jobs: Any, parent: QObject | None = None) -> None:
        super().__init__(MY_JOB_COLUMNS, key=lambda r: r["key"], parent=parent)
        self._service = jobs
        self.registry: Registry | None = None
        self._clock = QTimer(self)
        self._clock.setInterval(5000)
        self._clock.timeout.connect(self.rebuild)
        jobs.changed.connect(self.rebuild)

    def set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.rebuild()

    def label(self, site_id: str) -> str:
        return site_label(self.registry, site_id)

    def rebuild(self) -> None:
        self.set_rows(my_job_rows(self._service.jobs(), self.label, datetime.now(UTC)))

    def start(self) -> None:
        self._clock.start()
        self.rebuild()

    def stop(self) -> None:
        self._clock.stop()

    def key_at(self, row: int) -> JobKey:
        key: JobKey = self.row_at(row)["key"]
        return key
