"""The Hub API v1 application (FastAPI).

``create_app`` builds the app from a registry document and the site endpoints; further
routers (support centres, history, triage, the demo's admin routes) are passed in and
share the ``HubState`` on ``app.state.hub``. Every error is an RFC 9457 problem document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, FastAPI

from app import __version__
from app.hub import problems, routes_registry
from app.hub.state import HubState

API_TITLE = "AI Factories Hub API"
API_VERSION = "1.0.0"


def create_app(registry_doc: dict[str, Any], *, sites: list[dict[str, Any]],
               routers: Sequence[APIRouter] = (), version: str = __version__) -> FastAPI:
    """A Hub serving ``registry_doc`` (with ``sites`` added) under ``/v1``."""
    app = FastAPI(title=API_TITLE, version=API_VERSION, docs_url="/v1/docs",
                  redoc_url=None, openapi_url="/v1/openapi.json")
    app.state.hub = HubState(registry=registry_doc, sites=list(sites), version=version)
    problems.install(app)
    app.include_router(routes_registry.router)
    for router in routers:
        app.include_router(router)
    return app
