"""A fake HTTP transport for ``requests`` — the only fake the unit tests use."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter

Handler = Callable[[requests.PreparedRequest], tuple[int, Any]]


class FakeTransport(BaseAdapter):
    """Answers requests from a table of ``(method, path) -> (status, body)``."""

    def __init__(self) -> None:
        super().__init__()
        self.routes: dict[tuple[str, str], Handler | tuple[int, Any]] = {}
        self.requests: list[requests.PreparedRequest] = []

    def add(self, method: str, path: str, status: int, body: Any) -> None:
        self.routes[(method, path)] = (status, body)

    def send(self, request, **kwargs):  # type: ignore[override]
        self.requests.append(request)
        path = urlsplit(request.url).path
        route = self.routes.get((request.method, path))
        status, body = (404, {"errors": [{"error": "no route"}]}) if route is None else (
            route(request) if callable(route) else route)
        response = requests.Response()
        response.status_code = status
        response.url = request.url
        response.request = request
        if isinstance(body, bytes):
            response._content = body
        elif isinstance(body, str):
            response._content = body.encode()
        else:
            response._content = json.dumps(body).encode()
        return response

    def close(self) -> None:
        pass


def session_with(transport: FakeTransport) -> requests.Session:
    session = requests.Session()
    session.mount("http://", transport)
    session.mount("https://", transport)
    return session
