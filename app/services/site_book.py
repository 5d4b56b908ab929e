"""Sites a person connected by hand (URL and user; the token lives in the keyring).

Kept as a small JSON file in the data directory, written atomically.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectedSite:
    site_id: str
    name: str
    url: str
    user: str


def site_id_for(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return f"user-{slug or 'site'}"


def check_url(url: str) -> str:
    """An error sentence for an unusable slurmrestd URL, or '' when it is fine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return "the URL must start with https:// (or http:// for a site on this computer)"
    if not parts.hostname:
        return "the URL has no host name"
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        return "plain http is only allowed for this computer; use https:// for a remote site"
    return ""


class SiteBook:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[ConnectedSite]:
        if not self.path.exists():
            return []
        try:
            items = json.loads(self.path.read_text("utf-8"))
            return [ConnectedSite(**item) for item in items]
        except (ValueError, TypeError) as exc:
            log.error("the list of connected sites in %s could not be read: %s",
                      self.path.name, exc)
            return []

    def save(self, sites: list[ConnectedSite]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(s) for s in sites], indent=1, ensure_ascii=False),
                       "utf-8")
        tmp.replace(self.path)

    def upsert(self, site: ConnectedSite) -> None:
        sites = [s for s in self.load() if s.site_id != site.site_id]
        self.save([*sites, site])

    def remove(self, site_id: str) -> None:
        self.save([s for s in self.load() if s.site_id != site_id])
