"""``GET /v1/support-centres``: the support-centre directory, optionally filtered.

Serves the ``support_centres`` of the Hub's registry document (NCCs, one-stop shops,
antennas, TEFs) as they are, with four optional filters that combine with AND:

* ``country`` — ISO 3166 code; matches a centre's own country and a TEF's node countries
  (``EU`` finds the EU-wide TEFs);
* ``service`` — a service id (``ai_training``…);
* ``sector`` — a sector tag or free text (``health``, ``agri-food``); matches the centre's
  sector tags or, failing that, words of its sectors;
* ``language`` — ISO 639-1 code (``de``).

A bad or unknown parameter is a ``400`` problem document naming it (``errors[].field`` is
``query.<name>``). Answers carry a strong ``ETag``; a matching ``If-None-Match`` gets 304.
Entries that do not follow the schema are still served (the desk shows them with warnings);
they only stop matching the filters they cannot answer.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from fastapi import APIRouter, Request, Response

from app.domain.directory import SERVICES, fold, load_entries, normalise_sector
from app.hub.problems import Problem
from app.hub.state import HubState

router = APIRouter(prefix="/v1", tags=["support"])

FILTERS = ("country", "service", "sector", "language")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2}$")

_PROBLEM = {"content": {"application/problem+json": {"schema": {
    "type": "object", "required": ["type", "title", "status", "detail"],
    "properties": {"type": {"type": "string"}, "title": {"type": "string"},
                   "status": {"type": "integer"}, "detail": {"type": "string"},
                   "errors": {"type": "array", "items": {"type": "object", "properties": {
                       "field": {"type": "string"}, "message": {"type": "string"}}}}}}}}}
_ANSWER = {"content": {"application/json": {"schema": {
    "type": "object", "required": ["as_of", "count", "filters", "support_centres"],
    "properties": {
        "as_of": {"type": ["string", "null"], "description": "date of the reference data"},
        "count": {"type": "integer"},
        "filters": {"type": "object", "additionalProperties": {"type": "string"}},
        "support_centres": {"type": "array", "items": {"type": "object"},
                            "description": "centres as in support_centres.schema.json"},
    }}}}}
_PARAMETERS = [
    {"name": "country", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "ISO 3166 alpha-2 code; also matches TEF node countries"},
    {"name": "service", "in": "query", "required": False,
     "schema": {"type": "string", "enum": list(SERVICES)}},
    {"name": "sector", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "sector tag (health, manufacturing, agrifood…) or free text"},
    {"name": "language", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "ISO 639-1 code"},
]


def _state(request: Request) -> HubState:
    state: HubState = request.app.state.hub
    return state


def _bad(name: str, message: str) -> Problem:
    return Problem(400, f"query.{name}: {message}", kind="bad-parameter",
                   title="Bad query parameter",
                   extra={"errors": [{"field": f"query.{name}", "message": message}]})


def read_filters(params: Any) -> dict[str, str]:
    """The filters of a query string, checked; raises a 400 :class:`Problem` naming the
    first bad or unknown parameter."""
    for name in params:
        if name not in FILTERS:
            raise _bad(name, f"unknown parameter; use {', '.join(FILTERS)}")
    filters: dict[str, str] = {}
    for name in FILTERS:
        values = params.getlist(name)
        if not values:
            continue
        if len(values) > 1:
            raise _bad(name, "given more than once")
        value = values[0].strip()
        if not value:
            raise _bad(name, "may not be empty")
        if len(value) > 100:
            raise _bad(name, "longer than 100 characters")
        if name == "country":
            if not _COUNTRY.match(value):
                raise _bad(name, f"{value!r} is not a two-letter country code (ISO 3166)")
            value = value.upper()
        elif name == "language":
            if not _LANGUAGE.match(value):
                raise _bad(name, f"{value!r} is not a two-letter language code (ISO 639-1)")
            value = value.lower()
        elif name == "service" and value not in SERVICES:
            raise _bad(name, f"{value!r} is not a service; use one of {', '.join(SERVICES)}")
        filters[name] = value
    return filters


def select(items: list[Any], filters: dict[str, str]) -> list[Any]:
    """The served centres that pass every filter (in their served order)."""
    if not filters:
        return list(items)
    entries = load_entries(items)
    tag = normalise_sector(filters["sector"]) if "sector" in filters else None
    words = fold(filters.get("sector", "")).split()
    out = []
    for raw, entry in zip(items, entries, strict=True):
        if "country" in filters and filters["country"] not in entry.countries:
            continue
        if "service" in filters and filters["service"] not in entry.services:
            continue
        if "language" in filters and filters["language"] not in entry.languages:
            continue
        if "sector" in filters:
            text = fold(" ".join(entry.sectors))
            if not ((tag is not None and tag in entry.sector_tags)
                    or (words and all(w in text for w in words))):
                continue
        out.append(raw)
    return out


@router.get("/support-centres",
            summary="The support-centre directory: NCCs, one-stop shops, antennas, TEFs",
            response_class=Response,
            responses={200: {"description": "the matching centres", **_ANSWER},
                       304: {"description": "unchanged since the ETag given"},
                       400: {"description": "a bad or unknown query parameter", **_PROBLEM}},
            openapi_extra={"parameters": _PARAMETERS})
async def support_centres(request: Request) -> Response:
    filters = read_filters(request.query_params)
    document = _state(request).registry
    items = document.get("support_centres")
    if not isinstance(items, list):
        items = []
    as_of = document.get("as_of")
    body = json.dumps({"as_of": as_of if isinstance(as_of, str) else None,
                       "count": 0, "filters": filters, "support_centres": []}
                      | _answer(select(items, filters)),
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if etag in _etags(request.headers.get("if-none-match", "")):
        return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)


def _answer(selected: list[Any]) -> dict[str, Any]:
    return {"count": len(selected), "support_centres": selected}


def _etags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}
