"""Read what a JWT says about itself (expiry, subject) without verifying it.

The desk never trusts these claims for security; it only uses them to warn a person
before a token runs out.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True)
class TokenClaims:
    expires_at: datetime | None
    subject: str

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and now >= self.expires_at

    def expires_within(self, now: datetime, window: timedelta) -> bool:
        return self.expires_at is not None and now + window >= self.expires_at


def claims(token: str) -> TokenClaims | None:
    """Claims of a JWT, or ``None`` when the text is not a readable JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict):
        return None
    exp = payload.get("exp")
    expires = datetime.fromtimestamp(exp, tz=UTC) if isinstance(exp, int | float) else None
    subject = payload.get("sun") or payload.get("sub") or ""
    return TokenClaims(expires_at=expires, subject=str(subject))
