"""What one running Hub serves: the registry document and its site endpoints."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def _utc_now() -> str:
    return datetime.now(tz=UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class HubState:
    """The registry (plus ``sites``) and the Hub's identity; shared by the routers."""

    registry: dict[str, Any]
    sites: list[dict[str, Any]]
    version: str
    started_at: str = field(default_factory=_utc_now)
    _cached: tuple[bytes, str] | None = field(default=None, repr=False)

    def document(self) -> dict[str, Any]:
        doc = dict(self.registry)
        doc["sites"] = list(self.sites)
        return doc

    def registry_bytes(self) -> tuple[bytes, str]:
        """The served registry as JSON bytes and its strong ETag."""
        if self._cached is None:
            body = json.dumps(self.document(), ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")
            self._cached = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
        return self._cached

    def replace(self, registry: dict[str, Any] | None = None,
                sites: list[dict[str, Any]] | None = None) -> None:
        if registry is not None:
            self.registry = registry
        if sites is not None:
            self.sites = sites
        self._cached = None
