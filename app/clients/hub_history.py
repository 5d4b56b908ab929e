"""Client of the Hub's ``GET /v1/history`` (availability samples), over ``requests``.

A function rather than a ``HubClient`` method so that it can live beside the Hub client
without changing it: it takes the same injected session and base URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.clients import http
from app.clients.errors import AuthFailed, BadPayload, NotFound, ServerError
from app.domain.availability import HistorySample

if TYPE_CHECKING:
    import requests

_COLUMNS = ("ts", "total", "allocated", "idle", "unavailable", "pending_jobs", "pending_gpus")


@dataclass(frozen=True)
class HistoryAnswer:
    """What the Hub sent for one site."""

    site: str
    simulated: bool
    step: int
    note: str
    samples: tuple[HistorySample, ...]


def _problem(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        return str(body.get("detail") or body.get("title") or "")
    return ""


def _int_list(series: Mapping[str, Any], key: str, where: str) -> list[int]:
    values = series.get(key)
    if not isinstance(values, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise BadPayload(f"history: {where}.{key} must be a list of integers")
    return values


def parse_history(doc: Any, site: str) -> HistoryAnswer:
    """A ``/v1/history`` document as samples; ``BadPayload`` names the first bad field."""
    if not isinstance(doc, dict):
        raise BadPayload("history: expected a JSON object")
    series = doc.get("series")
    if not isinstance(series, list):
        raise BadPayload("history: series must be a list")
    step = doc.get("step")
    if not isinstance(step, int) or isinstance(step, bool) or step <= 0:
        raise BadPayload("history: step must be a positive integer")
    samples: list[HistorySample] = []
    for i, item in enumerate(series):
        where = f"series[{i}]"
        if not isinstance(item, dict):
            raise BadPayload(f"history: {where} must be an object")
        partition, gpu_type = item.get("partition"), item.get("gpu_type")
        if not isinstance(partition, str) or not partition:
            raise BadPayload(f"history: {where}.partition must be a non-empty string")
        if not isinstance(gpu_type, str):
            raise BadPayload(f"history: {where}.gpu_type must be a string")
        cols = [_int_list(item, key, where) for key in _COLUMNS]
        if len({len(c) for c in cols}) != 1:
            raise BadPayload(f"history: {where} columns differ in length")
        for ts, total, alloc, idle, unavail, pjobs, pgpus in zip(*cols, strict=True):
            samples.append(HistorySample(ts, site, partition, gpu_type, total, alloc, idle,
                                         unavail, pjobs, pgpus))
    return HistoryAnswer(site=site, simulated=bool(doc.get("simulated", False)), step=step,
                         note=str(doc.get("note") or ""), samples=tuple(samples))


def fetch_history(session: requests.Session, base_url: str, *, site: str, since: datetime,
                  until: datetime, step: int = 300, partition: str | None = None,
                  gpu_type: str | None = None,
                  timeout: http.Timeout = (3.05, 60.0)) -> HistoryAnswer:
    """Samples of ``site`` between ``since`` and ``until``.

    Raises ``NotFound`` when the Hub has no history (or does not know the site),
    ``AuthFailed``, ``ServerError``, ``SiteUnreachable`` or ``BadPayload``.
    """
    params = {"site": site, "since": str(int(since.timestamp())),
              "until": str(int(until.timestamp())), "step": str(step)}
    if partition:
        params["partition"] = partition
    if gpu_type:
        params["gpu_type"] = gpu_type
    response = http.request(session, "GET", base_url.rstrip("/") + "/v1/history",
                            timeout=timeout, params=params, retry=http.RetryPolicy())
    if response.status_code == 200:
        return parse_history(http.decode_json(response, "history"), site)
    problem = _problem(response)
    if response.status_code in (401, 403):
        raise AuthFailed("history: the Hub refused the request", server_message=problem,
                         status=response.status_code)
    if response.status_code == 404:
        raise NotFound(f"history: the Hub has no history for {site}", server_message=problem,
                       status=404)
    raise ServerError(f"history: the Hub answered HTTP {response.status_code}",
                      server_message=problem, status=response.status_code)
