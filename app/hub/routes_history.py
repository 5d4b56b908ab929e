"""``GET /v1/history``: availability samples of one site, per partition × GPU type.

The samples come from a ``HistorySource`` given to ``history_router`` (the demo passes
its simulated past; a production Hub would pass its recorded samples). Query:

* ``site`` (required), ``partition``, ``gpu_type``: what to return;
* ``since`` / ``until``: ISO 8601 or UNIX seconds (default: the last 24 hours);
* ``step``: seconds between samples, 60 … 86400 (default 300).

The answer is columnar (one array per quantity) and says whether it is simulated::

    {"site": "lumi-g", "simulated": true, "note": "...", "step": 300,
     "since": "...Z", "until": "...Z", "window_days": 30,
     "series": [{"partition": "standard-g", "gpu_type": "mi250x",
                 "ts": [...], "total": [...], "allocated": [...], "idle": [...],
                 "unavailable": [...], "pending_jobs": [...], "pending_gpus": [...]}]}

Timestamps with no sample (the site did not answer) are absent: gaps stay gaps.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Protocol

from fastapi import APIRouter, Query, Response

from app.hub.problems import Problem

MAX_POINTS = 50_000
DEFAULT_STEP_S = 300


class HistorySource(Protocol):
    """Where the Hub's history comes from."""

    simulated: bool
    window_s: int
    note: str

    def now(self) -> float: ...

    def sites(self) -> list[str]: ...

    def partitions(self, site_id: str) -> list[tuple[str, str]]: ...

    def series(self, site_id: str, since: float, until: float, step: int, *,
               partition: str | None = None,
               gpu_type: str | None = None) -> list[dict[str, Any]]: ...


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds").replace(
        "+00:00", "Z")


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def history_router(source: HistorySource) -> APIRouter:
    """A router serving ``source`` at ``GET /v1/history``."""
    router = APIRouter(prefix="/v1", tags=["history"])

    @router.get("/history", summary="Availability samples of one site per partition and "
                                    "GPU type (gaps where the site did not answer)")
    def history(
        response: Response,
        site: Annotated[str, Query(min_length=1, description="site id")],
        partition: Annotated[str | None, Query(description="only this partition")] = None,
        gpu_type: Annotated[str | None, Query(description="only this GRES type")] = None,
        since: Annotated[datetime | None, Query(
            description="start, ISO 8601 or UNIX seconds (default: 24 h before until)")] = None,
        until: Annotated[datetime | None, Query(
            description="end, ISO 8601 or UNIX seconds (default: now)")] = None,
        step: Annotated[int, Query(ge=60, le=86400,
                                   description="seconds between samples")] = DEFAULT_STEP_S,
    ) -> dict[str, Any]:
        if site not in source.sites():
            raise Problem(404, f"site: no history for site {site!r}", kind="unknown-site")
        parts = source.partitions(site)
        if partition and all(p != partition for p, _ in parts):
            raise Problem(404, f"partition: site {site!r} has no partition {partition!r}",
                          kind="unknown-partition")
        now = source.now()
        end = _aware(until).timestamp() if until is not None else now
        start = _aware(since).timestamp() if since is not None else end - 86400
        if start >= end:
            raise Problem(422, "since: must be before until", kind="validation",
                          extra={"errors": [{"field": "query.since",
                                             "message": "must be before until"}]})
        if (end - start) / step > MAX_POINTS:
            raise Problem(422, f"step: more than {MAX_POINTS} samples per series; use a "
                               "larger step or a shorter range", kind="validation",
                          extra={"errors": [{"field": "query.step",
                                             "message": "too many samples"}]})
        series = source.series(site, start, end, step, partition=partition,
                               gpu_type=gpu_type)
        response.headers["Cache-Control"] = "no-cache"
        oldest = now - source.window_s
        return {
            "site": site, "simulated": source.simulated, "note": source.note, "step": step,
            "since": _iso(max(start, oldest)), "until": _iso(min(end, now)),
            "window_days": round(timedelta(seconds=source.window_s).total_seconds() / 86400),
            "series": series,
        }

    return router
