"""``/v1/triage``: the shared inbox of the single point of contact.

* ``GET /v1/triage/requests`` — one page (``limit``/``offset``), filtered (``state``,
  ``country``, ``sector``, ``need``, ``assignee``, ``target_factory``, ``support_centre``;
  comma lists allowed; ``q`` searches the text) and sorted (``sort=-created_at,state``);
* ``POST /v1/triage/requests`` — a new request (201, ``ETag``, ``Location``);
* ``GET /v1/triage/requests/{id}`` — with ``ETag`` (the version counter, ``"7"``);
* ``PATCH /v1/triage/requests/{id}`` — needs ``If-Match``: none → 428, stale → 412 with
  the current request in the problem (``current``), a forbidden state change → 409;
* ``POST /v1/triage/requests/{id}/notes``, ``GET /v1/triage/requests/{id}/history``;
* ``GET /v1/triage/stats`` — open requests per factory, centre and state.

Who acted comes from the ``X-Hub-User`` header. Bad input is a 400/422 problem naming
the field (``query.sort``, ``body.country``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from app.domain.triage import STATES, allowed_transitions
from app.hub.problems import Problem
from app.hub.triage.models import NoteCreate, RequestCreate, RequestPatch
from app.hub.triage.store import (
    FILTERS,
    SORTABLE,
    BadTransition,
    NotFound,
    StaleVersion,
    TriageStore,
)

Clock = Callable[[], float]
#: SQLite's integer range: a larger id or offset is a 422, not a 500.
_MAX_INT = 2**63 - 1
RequestId = Annotated[int, Path(ge=1, le=_MAX_INT, description="the request's id")]
_NOT_NULL = ("organisation", "country", "sector", "need", "gpu_hours", "language",
             "description", "contact", "state")
_PROBLEM = {"description": "problem details (RFC 9457)",
            "content": {"application/problem+json": {"schema": {"type": "object"}}}}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _PROBLEM, 404: _PROBLEM, 409: _PROBLEM, 412: _PROBLEM, 422: _PROBLEM, 428: _PROBLEM}


def _etag(doc: dict[str, Any]) -> str:
    return f'"{doc["version"]}"'


def _field_problem(status: int, field: str, message: str, *, kind: str) -> Problem:
    return Problem(status, f"{field}: {message}", kind=kind,
                   title="Bad query parameter" if status == 400 else "Invalid request",
                   extra={"errors": [{"field": field, "message": message}]})


def _parse_if_match(value: str) -> int | None:
    """The version an ``If-Match`` names (None for ``*``); raises a 400 problem."""
    value = value.strip()
    if value == "*":
        return None
    tag = value.split(",")[0].strip()
    tag = tag.removeprefix("W/").strip('"')
    if not tag.isdigit():
        raise _field_problem(400, "header.If-Match", f"{value!r} is not an ETag of this Hub",
                             kind="bad-header")
    return int(tag)


def _sort(value: str | None) -> list[tuple[str, bool]]:
    if not value:
        return [("created_at", True)]
    out = []
    for part in value.split(","):
        part = part.strip()
        desc = part.startswith("-")
        key = part.lstrip("-+")
        if key not in SORTABLE:
            raise _field_problem(400, "query.sort",
                                 f"cannot sort by {key!r}; use {', '.join(SORTABLE)}",
                                 kind="bad-parameter")
        out.append((key, desc))
    return out


def _check_filter(name: str, value: str) -> str:
    values = [v.strip() for v in value.split(",") if v.strip()]
    if not values:
        raise _field_problem(400, f"query.{name}", "may not be empty", kind="bad-parameter")
    if name == "state":
        for v in values:
            if v not in STATES:
                raise _field_problem(400, "query.state",
                                     f"{v!r} is not a state; use {', '.join(STATES)}",
                                     kind="bad-parameter")
    if name == "country":
        values = [v.upper() for v in values]
        for v in values:
            if len(v) != 2 or not v.isalpha() or not v.isascii():
                raise _field_problem(400, "query.country",
                                     f"{v!r} is not a two-letter country code (ISO 3166)",
                                     kind="bad-parameter")
    return ",".join(values)


def _known_ids(request: Request, section: str) -> set[str] | None:
    hub = getattr(request.app.state, "hub", None)
    items = hub.registry.get(section) if hub is not None else None
    if not isinstance(items, list):
        return None
    return {str(i.get("id")) for i in items if isinstance(i, dict)}


def _check_refs(request: Request, changes: dict[str, Any]) -> None:
    for name, section in (("target_factory", "factories"),
                          ("support_centre", "support_centres")):
        value = changes.get(name)
        known = _known_ids(request, section)
        if value is not None and known is not None and value not in known:
            raise _field_problem(422, f"body.{name}", f"{value!r} is not in the registry",
                                 kind="validation")


def build_router(store: TriageStore, *, clock: Clock = time.time,
                 before: Callable[[], None] | None = None) -> APIRouter:
    """The triage routes over ``store``; ``before`` runs first on every call (the demo
    uses it to let new requests arrive)."""

    def _tick() -> None:
        if before is not None:
            before()

    router = APIRouter(prefix="/v1/triage", tags=["triage"], responses=_ERRORS,
                       dependencies=[Depends(_tick)])

    def _get(request_id: int) -> dict[str, Any]:
        try:
            return store.get(request_id)
        except NotFound:
            raise Problem(404, f"path.id: no triage request {request_id}",
                          kind="not-found") from None

    @router.get("/requests", summary="One page of triage requests")
    def list_requests(
        request: Request,
        q: Annotated[str | None, Query(max_length=200)] = None,
        sort: Annotated[str | None, Query(max_length=200,
                                          description="keys, '-' for descending")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=_MAX_INT)] = 0,
        state: Annotated[str | None, Query(max_length=200)] = None,
        country: Annotated[str | None, Query(max_length=200)] = None,
        sector: Annotated[str | None, Query(max_length=200)] = None,
        need: Annotated[str | None, Query(max_length=200)] = None,
        assignee: Annotated[str | None, Query(max_length=200)] = None,
        target_factory: Annotated[str | None, Query(max_length=200)] = None,
        support_centre: Annotated[str | None, Query(max_length=200)] = None,
    ) -> dict[str, Any]:
        known = {"q", "sort", "limit", "offset", *FILTERS}
        for name in request.query_params:
            if name not in known:
                raise _field_problem(400, f"query.{name}", "unknown parameter",
                                     kind="bad-parameter")
        given = {"state": state, "country": country, "sector": sector, "need": need,
                 "assignee": assignee, "target_factory": target_factory,
                 "support_centre": support_centre}
        filters = {k: _check_filter(k, v) for k, v in given.items() if v is not None}
        items, total = store.query(filters, q=q.strip() if q else None, sort=_sort(sort),
                                   limit=limit, offset=offset)
        following = offset + len(items)
        return {"items": items, "total": total, "limit": limit, "offset": offset,
                "next_offset": following if following < total else None}

    @router.post("/requests", status_code=201, summary="File a new request")
    def create_request(body: RequestCreate, response: Response,
                       x_hub_user: Annotated[str, Header(max_length=100)] = "anonymous",
                       ) -> dict[str, Any]:
        doc = store.create(body.model_dump(), who=x_hub_user, now=clock())
        response.headers["ETag"] = _etag(doc)
        response.headers["Location"] = f"/v1/triage/requests/{doc['id']}"
        return doc

    @router.get("/requests/{id}", summary="One triage request")
    def get_request(id: RequestId, response: Response,
                    if_none_match: Annotated[str | None, Header()] = None) -> Any:
        doc = _get(id)
        if if_none_match is not None and if_none_match.strip() == _etag(doc):
            return Response(status_code=304, headers={"ETag": _etag(doc)})
        response.headers["ETag"] = _etag(doc)
        return doc

    @router.patch("/requests/{id}", summary="Change a request (needs If-Match)")
    def patch_request(request: Request, id: RequestId,
                      body: RequestPatch, response: Response,
                      if_match: Annotated[str | None, Header()] = None,
                      x_hub_user: Annotated[str, Header(max_length=100)] = "anonymous",
                      ) -> dict[str, Any]:
        _get(id)
        if if_match is None:
            raise Problem(428, "header.If-Match: required; GET the request for its ETag",
                          kind="precondition-required",
                          extra={"errors": [{"field": "header.If-Match",
                                             "message": "required"}]})
        expected = _parse_if_match(if_match)
        changes = {k: getattr(body, k) for k in body.model_fields_set}
        for name in _NOT_NULL:
            if name in changes and changes[name] is None:
                raise _field_problem(422, f"body.{name}", "may not be null",
                                     kind="validation")
        _check_refs(request, changes)
        try:
            doc = store.update(id, changes, who=x_hub_user, now=clock(),
                               expected_version=expected)
        except StaleVersion as exc:
            raise Problem(412, f"header.If-Match: the request changed meanwhile (now "
                          f"version {exc.current['version']})", kind="stale-version",
                          title="Precondition Failed",
                          extra={"current": exc.current},
                          headers={"ETag": _etag(exc.current)}) from None
        except BadTransition as exc:
            allowed = sorted(allowed_transitions(exc.old))
            raise Problem(409, f"body.state: {exc.old} → {exc.new} is not allowed; from "
                          f"{exc.old} go to {', '.join(allowed) or 'nothing'}",
                          kind="bad-transition", title="Transition not allowed",
                          extra={"transition": {"from": exc.old, "to": exc.new},
                                 "allowed": allowed,
                                 "errors": [{"field": "body.state",
                                             "message": f"{exc.old} → {exc.new}"}]}
                          ) from None
        response.headers["ETag"] = _etag(doc)
        return doc

    @router.post("/requests/{id}/notes", status_code=201, summary="Add a note")
    def add_note(id: RequestId, body: NoteCreate, response: Response,
                 x_hub_user: Annotated[str, Header(max_length=100)] = "anonymous",
                 ) -> dict[str, Any]:
        _get(id)
        doc = store.add_note(id, body.text, who=x_hub_user, now=clock())
        response.headers["ETag"] = _etag(doc)
        return doc

    @router.get("/requests/{id}/history", summary="The audit trail of a request")
    def history(id: RequestId) -> dict[str, Any]:
        _get(id)
        return {"id": id, "history": store.history(id)}

    @router.get("/stats", summary="Open requests per factory, support centre and state")
    def stats() -> dict[str, Any]:
        by_state = {s: store.query({"state": s}, limit=1)[1] for s in STATES}
        return {"open_by_factory": store.open_counts("target_factory"),
                "open_by_centre": store.open_counts("support_centre"),
                "by_state": by_state, "total": store.count()}

    return router


def demo_router(registry_doc: dict[str, Any], *, seed: int, wall_clock: Clock = time.time,
                interval_s: float = 180.0, initial: int = 40) -> APIRouter:
    """Triage over an in-memory store seeded with ``initial`` demo requests; a new one
    arrives every ``interval_s`` of wall time (generated when the Hub is next asked)."""
    from app.hub.triage.demo import DemoArrivals

    store = TriageStore(":memory:")
    arrivals = DemoArrivals(store, registry_doc, seed=seed, clock=wall_clock,
                            interval_s=interval_s, initial=initial)
    return build_router(store, clock=wall_clock, before=arrivals.catch_up)
