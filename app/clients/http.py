"""Shared HTTP plumbing: one place for timeouts, retries with backoff and jitter, and
turning transport failures into domain errors."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.clients.errors import BadPayload, SiteUnreachable

if TYPE_CHECKING:
    import requests


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently an idempotent GET is retried."""

    attempts: int = 3
    base_delay: float = 0.25
    max_delay: float = 2.0
    retry_statuses: frozenset[int] = frozenset({502, 503, 504})

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Full-jitter exponential backoff for the given (0-based) attempt."""
        return rng() * min(self.max_delay, self.base_delay * float(1 << attempt))


NO_RETRY = RetryPolicy(attempts=1)

Timeout = float | tuple[float, float]


def request(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: Timeout,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    json_body: Any = None,
    retry: RetryPolicy = NO_RETRY,
    sleep: Callable[[float], None] = time.sleep,
) -> requests.Response:
    """Send one request; retry transport errors and 502/503/504 as the policy says.

    Only idempotent requests should pass a policy with more than one attempt.
    """
    import requests  # here, not at module level: the desk starts without it

    last_error: Exception | None = None
    for attempt in range(retry.attempts):
        try:
            # Never follow redirects: a site's token must not travel to another host.
            response = session.request(method, url, headers=dict(headers or {}), params=params,
                                       json=json_body, timeout=timeout, allow_redirects=False)
        except requests.Timeout as exc:
            last_error = SiteUnreachable(f"no answer from {_host(url)} within {_secs(timeout)} s")
            last_error.__cause__ = exc
        except requests.ConnectionError as exc:
            last_error = SiteUnreachable(f"cannot connect to {_host(url)}")
            last_error.__cause__ = exc
        else:
            if response.status_code not in retry.retry_statuses or attempt == retry.attempts - 1:
                return response
            last_error = None
        if attempt < retry.attempts - 1:
            sleep(retry.delay(attempt))
    assert last_error is not None
    raise last_error


def decode_json(response: requests.Response, what: str) -> Any:
    """The response body as JSON, or ``BadPayload`` saying what was wrong."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        snippet = response.content[:80].decode("utf-8", "replace")
        raise BadPayload(f"{what}: answer is not valid JSON ({exc.__class__.__name__}: "
                         f"{str(exc)[:80]}); it starts with {snippet!r}",
                         status=response.status_code) from None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.netloc or url


def _secs(timeout: Timeout) -> str:
    value = timeout[1] if isinstance(timeout, tuple) else timeout
    return f"{value:g}"
