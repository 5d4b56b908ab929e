"""Client of the Hub's ``GET /v1/support-centres`` (the support-centre directory).

Plain Python over an injected ``requests.Session``, used from worker threads. The centres
come back as served: the directory's tolerant loader (``app.domain.directory``) reads
them one by one, so a bad entry costs a warning, not the whole answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.clients import http
from app.clients.errors import AuthFailed, BadPayload, NotFound, ServerError

if TYPE_CHECKING:
    import requests

PATH = "/v1/support-centres"


@dataclass(frozen=True)
class SupportCentresAnswer:
    """What the Hub answered: the centres (raw), the date of the data and the filters."""

    centres: list[Any]
    as_of: str | None
    filters: dict[str, str] = field(default_factory=dict)


def fetch_support_centres(session: requests.Session, base_url: str, *,
                          country: str | None = None, service: str | None = None,
                          sector: str | None = None, language: str | None = None,
                          timeout: http.Timeout = (3.05, 15.0)) -> SupportCentresAnswer:
    """The Hub's support centres, optionally filtered (filters combine with AND).

    Raises ``SiteUnreachable``, ``NotFound`` (a Hub without the directory), ``AuthFailed``,
    ``ServerError`` (with the problem's ``detail``, e.g. a bad parameter) or ``BadPayload``.
    """
    params = {name: value for name, value in (("country", country), ("service", service),
                                              ("sector", sector), ("language", language))
              if value}
    url = base_url.rstrip("/") + PATH
    response = http.request(session, "GET", url, timeout=timeout, params=params or None,
                            retry=http.RetryPolicy())
    what = "support centres"
    if response.status_code != 200:
        problem = _problem_detail(response)
        if response.status_code in (401, 403):
            raise AuthFailed(f"{what}: the Hub refused the request", server_message=problem,
                             status=response.status_code)
        if response.status_code == 404:
            raise NotFound(f"{what}: this Hub has no support-centre directory",
                           server_message=problem, status=404)
        raise ServerError(f"{what}: the Hub answered HTTP {response.status_code}",
                          server_message=problem, status=response.status_code)
    doc = http.decode_json(response, what)
    if not isinstance(doc, dict) or not isinstance(doc.get("support_centres"), list):
        raise BadPayload(f"{what}: expected an object with a 'support_centres' list")
    as_of = doc.get("as_of")
    filters = doc.get("filters")
    return SupportCentresAnswer(
        centres=list(doc["support_centres"]),
        as_of=as_of if isinstance(as_of, str) else None,
        filters={str(k): str(v) for k, v in filters.items()} if isinstance(filters, dict)
        else {})


def _problem_detail(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        return str(body.get("detail") or body.get("title") or "")
    return ""
