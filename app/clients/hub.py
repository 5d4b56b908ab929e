"""Client of the Hub API v1 (registry, health, demo credentials) over ``requests``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.clients import http
from app.clients.errors import AuthFailed, BadPayload, NotFound, ServerError

if TYPE_CHECKING:
    import requests


@dataclass(frozen=True)
class DemoCredential:
    """A demo site's published user and token (the demo is open by design)."""

    site_id: str
    user: str
    token: str = field(repr=False)


class HubClient:
    """Typed access to one Hub; plain Python, used from worker threads."""

    def __init__(self, session: requests.Session, base_url: str, *,
                 timeout: http.Timeout = (3.05, 15.0)) -> None:
        self._session = session
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._retry = http.RetryPolicy()

    def _get(self, path: str, what: str) -> Any:
        response = http.request(self._session, "GET", self.base_url + path,
                                timeout=self._timeout, retry=self._retry)
        if response.status_code == 200:
            return http.decode_json(response, what)
        problem = ""
        try:
            body = response.json()
            if isinstance(body, dict):
                problem = str(body.get("detail") or body.get("title") or "")
        except ValueError:
            problem = response.text[:200]
        if response.status_code in (401, 403):
            raise AuthFailed(f"{what}: the Hub refused the request", server_message=problem,
                             status=response.status_code)
        if response.status_code == 404:
            raise NotFound(f"{what}: not found on the Hub", server_message=problem, status=404)
        raise ServerError(f"{what}: the Hub answered HTTP {response.status_code}",
                          server_message=problem, status=response.status_code)

    def health(self) -> dict[str, Any]:
        doc = self._get("/v1/health", "hub health")
        if not isinstance(doc, dict):
            raise BadPayload("hub health: expected a JSON object")
        return doc

    def registry(self) -> dict[str, Any]:
        """The registry document as served (validated by ``app.domain.registry``)."""
        doc = self._get("/v1/registry", "registry")
        if not isinstance(doc, dict):
            raise BadPayload("registry: expected a JSON object")
        return doc

    def demo_credentials(self) -> list[DemoCredential]:
        doc = self._get("/v1/demo/credentials", "demo credentials")
        items = doc.get("credentials") if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise BadPayload("demo credentials: expected a list")
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not all(
                isinstance(item.get(k), str) for k in ("site_id", "user", "token")
            ):
                raise BadPayload(f"demo credentials[{i}]: needs string site_id, user and token")
            out.append(DemoCredential(item["site_id"], item["user"], item["token"]))
        return out
