"""Client of the Hub's triage inbox (``/v1/triage``), with optimistic concurrency.

Plain Python over an injected ``requests.Session``, used from worker threads. ``patch``
sends ``If-Match``; a stale write raises :class:`TriageConflict` carrying the server's
current request (and so its version), a forbidden state change :class:`TransitionRefused`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.clients import http
from app.clients.errors import AuthFailed, BadPayload, ClientError, NotFound, ServerError
from app.domain.triage import TriageRequest, request_from_json

if TYPE_CHECKING:
    import requests

PATH = "/v1/triage"


class TriageConflict(ClientError):
    """412: someone changed the request first; ``current`` is the server's version."""

    def __init__(self, message: str, current: TriageRequest) -> None:
        super().__init__(message, status=412)
        self.current = current


class TransitionRefused(ServerError):
    """409: the state change is not allowed from the request's current state."""


class InvalidInput(ServerError):
    """400/422: the Hub named the field it refused (``field``)."""

    def __init__(self, message: str, *, field: str, server_message: str, status: int):
        super().__init__(message, server_message=server_message, status=status)
        self.field = field


@dataclass(frozen=True)
class TriagePage:
    items: list[TriageRequest]
    total: int
    limit: int
    offset: int
    next_offset: int | None


@dataclass(frozen=True)
class AuditEntry:
    who: str
    at: str
    action: str
    changes: dict[str, Any]
    version: int


class HubTriageClient:
    """Typed access to one Hub's triage inbox, acting as ``user`` (``X-Hub-User``)."""

    def __init__(self, session: requests.Session, base_url: str, *, user: str,
                 timeout: http.Timeout = (3.05, 15.0)) -> None:
        self._session = session
        self.base_url = base_url.rstrip("/")
        self.user = user
        self._timeout = timeout

    def _call(self, method: str, path: str, what: str, *, ok: tuple[int, ...] = (200,),
              params: Mapping[str, str] | None = None, body: Any = None,
              headers: Mapping[str, str] | None = None) -> Any:
        sent = {"X-Hub-User": self.user, **(headers or {})}
        response = http.request(self._session, method, self.base_url + PATH + path,
                                timeout=self._timeout, headers=sent, params=params,
                                json_body=body,
                                retry=http.RetryPolicy() if method == "GET" else http.NO_RETRY)
        if response.status_code in ok:
            return http.decode_json(response, what)
        problem = _problem(response)
        detail = str(problem.get("detail") or problem.get("title") or "")
        status = response.status_code
        if status == 412 and isinstance(problem.get("current"), dict):
            raise TriageConflict(f"{what}: changed by someone else meanwhile",
                                 request_from_json(problem["current"]))
        if status == 409:
            raise TransitionRefused(f"{what}: {detail}", server_message=detail, status=409)
        if status in (400, 422):
            errors = problem.get("errors")
            field = ""
            if isinstance(errors, list) and errors and isinstance(errors[0], dict):
                field = str(errors[0].get("field") or "")
            raise InvalidInput(f"{what}: {detail}", field=field, server_message=detail,
                               status=status)
        if status in (401, 403):
            raise AuthFailed(f"{what}: the Hub refused the request", server_message=detail,
                             status=status)
        if status == 404:
            raise NotFound(f"{what}: not found on the Hub", server_message=detail, status=404)
        raise ServerError(f"{what}: the Hub answered HTTP {status}", server_message=detail,
                          status=status)

    def page(self, *, filters: Mapping[str, str] | None = None, q: str | None = None,
             sort: str | None = None, limit: int = 50, offset: int = 0) -> TriagePage:
        params = {k: v for k, v in (filters or {}).items() if v}
        if q:
            params["q"] = q
        if sort:
            params["sort"] = sort
        params["limit"] = str(limit)
        params["offset"] = str(offset)
        doc = self._call("GET", "/requests", "triage requests", params=params)
        if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
            raise BadPayload("triage requests: expected an object with an 'items' list")
        nxt = doc.get("next_offset")
        return TriagePage(items=[request_from_json(i) for i in doc["items"]],
                          total=int(doc.get("total") or 0), limit=int(doc.get("limit") or 0),
                          offset=int(doc.get("offset") or 0),
                          next_offset=nxt if isinstance(nxt, int) else None)

    def list_all(self, *, filters: Mapping[str, str] | None = None, q: str | None = None,
                 sort: str | None = None, page_size: int = 200,
                 max_items: int = 5000) -> list[TriageRequest]:
        out: list[TriageRequest] = []
        offset: int | None = 0
        while offset is not None and len(out) < max_items:
            page = self.page(filters=filters, q=q, sort=sort, limit=page_size, offset=offset)
            out.extend(page.items)
            offset = page.next_offset
        return out

    def get(self, request_id: int) -> TriageRequest:
        return request_from_json(self._call("GET", f"/requests/{request_id}",
                                            f"triage request {request_id}"))

    def create(self, fields: Mapping[str, Any]) -> TriageRequest:
        return request_from_json(self._call("POST", "/requests", "new triage request",
                                            ok=(201,), body=dict(fields)))

    def patch(self, request_id: int, changes: Mapping[str, Any], *,
              version: int) -> TriageRequest:
        """Change fields if the request is still at ``version``; else TriageConflict."""
        return request_from_json(self._call(
            "PATCH", f"/requests/{request_id}", f"triage request {request_id}",
            body=dict(changes), headers={"If-Match": f'"{version}"'}))

    def add_note(self, request_id: int, text: str) -> TriageRequest:
        return request_from_json(self._call("POST", f"/requests/{request_id}/notes",
                                            f"note on request {request_id}", ok=(201,),
                                            body={"text": text}))

    def history(self, request_id: int) -> list[AuditEntry]:
        doc = self._call("GET", f"/requests/{request_id}/history",
                         f"history of request {request_id}")
        items = doc.get("history") if isinstance(doc, dict) else None
        if not isinstance(items, list):
            raise BadPayload("triage history: expected a 'history' list")
        return [AuditEntry(str(h.get("who")), str(h.get("at")), str(h.get("action")),
                           dict(h.get("changes") or {}), int(h.get("version") or 0))
                for h in items if isinstance(h, dict)]

    def stats(self) -> dict[str, Any]:
        doc = self._call("GET", "/stats", "triage stats")
        if not isinstance(doc, dict):
            raise BadPayload("triage stats: expected an object")
        return doc


def _problem(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {"detail": response.text[:200]}
    return body if isinstance(body, dict) else {}
