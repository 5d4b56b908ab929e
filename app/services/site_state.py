"""Per-site state the desk shows: health, message, last good read and its age."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.clients.errors import (
    AuthFailed,
    BadPayload,
    ClientError,
    ServerError,
    SiteUnreachable,
    UnsupportedApiVersion,
)
from app.domain.capacity import Capacity, Health
from app.services.site_fetch import SiteRead

#: A read slower than this marks the site degraded ("slow") even though it answered.
SLOW_READ_S = 3.0


@dataclass(frozen=True)
class SiteState:
    """What the desk knows of one site right now."""

    site_id: str
    health: Health = Health.PENDING
    message: str = ""
    read: SiteRead | None = None
    capacity: Capacity | None = None
    data_time: datetime | None = None
    from_cache: bool = False
    simulated: bool = False
    failures: int = 0

    def age_s(self, now: datetime | None = None) -> float | None:
        if self.data_time is None:
            return None
        return ((now or datetime.now(UTC)) - self.data_time).total_seconds()

    def succeeded(self, read: SiteRead) -> SiteState:
        slow = read.elapsed_s > SLOW_READ_S
        return replace(
            self, health=Health.DEGRADED if slow else Health.OK,
            message=f"slow: answered in {read.elapsed_s:.1f} s" if slow else "",
            read=read, capacity=read.capacity, data_time=read.fetched_at,
            from_cache=False, failures=0,
        )

    def failed(self, error: BaseException) -> SiteState:
        return replace(self, health=health_for(error), message=describe(error),
                       failures=self.failures + 1)


def health_for(error: BaseException) -> Health:
    if isinstance(error, AuthFailed):
        return Health.AUTH_FAILED
    if isinstance(error, UnsupportedApiVersion):
        return Health.UNSUPPORTED
    if isinstance(error, SiteUnreachable):
        return Health.UNREACHABLE
    if isinstance(error, BadPayload | ServerError):
        return Health.DEGRADED
    return Health.DEGRADED


def describe(error: BaseException) -> str:
    """A sentence for people; never includes a token (clients never put one in)."""
    if isinstance(error, ClientError):
        return error.detail
    return f"unexpected error while reading the site: {error.__class__.__name__}: {error}"
