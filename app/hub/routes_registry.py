"""``GET /v1/health`` and ``GET /v1/registry``.

The registry document is serialised once; answers carry a strong ``ETag`` and a matching
``If-None-Match`` gets ``304 Not Modified``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.hub.state import HubState

router = APIRouter(prefix="/v1", tags=["registry"])


def _state(request: Request) -> HubState:
    state: HubState = request.app.state.hub
    return state


@router.get("/health", summary="Liveness and version of the Hub")
async def health(request: Request) -> dict[str, str]:
    state = _state(request)
    return {"status": "ok", "version": state.version, "started_at": state.started_at}


@router.get("/registry", summary="Factories, antennas, systems, access modes, support "
                                 "centres and the site endpoints")
async def registry(request: Request) -> Response:
    state = _state(request)
    body, etag = state.registry_bytes()
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if etag in _etags(request.headers.get("if-none-match", "")):
        return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)


def _etags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}
