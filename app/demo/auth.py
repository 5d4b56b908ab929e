"""JWT tokens of the simulated sites: HS256, claims ``{"exp", "iat", "sun"}`` like Slurm's.

Each site signs with its own random key made at start-up, so a token works only at the
site it was minted for and only for this run of the demo. Verification follows what a
real slurmrestd v0.0.42 does with ``rest_auth/jwt``: no credentials at all is a 401 with a
text body; a token that fails (bad signature, expired, wrong user) is an authentication
error on the endpoints that reach the controller.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

#: Lifespan of a published demo token.
TOKEN_LIFESPAN_S = 24 * 3600
#: A published token is re-minted when it has less than this left.
REMINT_MARGIN_S = 12 * 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_HEADER = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())


class AuthResult(Enum):
    """Outcome of checking a request's credentials."""

    OK = "ok"
    MISSING = "missing"  # no credentials at all → 401 "Authentication failure"
    REJECTED = "rejected"  # bad signature, expired, malformed, wrong user → 511 / 1007


@dataclass(frozen=True)
class Identity:
    result: AuthResult
    user: str = ""


class TokenSigner:
    """Mints and checks the HS256 tokens of one site."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else secrets.token_bytes(32)
        self._cache: dict[str, tuple[str, int] | None] = {}

    def mint(self, user: str, now: float, lifespan: int = TOKEN_LIFESPAN_S) -> str:
        iat = int(now)
        payload = _b64(json.dumps({"exp": iat + lifespan, "iat": iat, "sun": user},
                                  separators=(",", ":")).encode())
        signing_input = f"{_HEADER}.{payload}".encode("ascii")
        signature = _b64(hmac.new(self._key, signing_input, hashlib.sha256).digest())
        return f"{_HEADER}.{payload}.{signature}"

    def _decode(self, token: str) -> tuple[str, int] | None:
        """``(user, exp)`` of a correctly signed token, else ``None`` (cached per token)."""
        if token in self._cache:
            return self._cache[token]
        result: tuple[str, int] | None = None
        parts = token.split(".")
        if len(parts) == 3:
            try:
                expected = hmac.new(self._key, f"{parts[0]}.{parts[1]}".encode("ascii"),
                                    hashlib.sha256).digest()
                if hmac.compare_digest(expected, _unb64(parts[2])):
                    header = json.loads(_unb64(parts[0]))
                    claims = json.loads(_unb64(parts[1]))
                    if (isinstance(header, dict) and header.get("alg") == "HS256"
                            and isinstance(claims, dict)
                            and isinstance(claims.get("sun"), str)
                            and isinstance(claims.get("exp"), int)):
                        result = (claims["sun"], claims["exp"])
            except (ValueError, UnicodeError):
                result = None
        if len(self._cache) > 1024:
            self._cache.clear()
        self._cache[token] = result
        return result

    def verify(self, token: str, now: float, user: str | None = None) -> Identity:
        decoded = self._decode(token)
        if decoded is None:
            return Identity(AuthResult.REJECTED)
        sun, exp = decoded
        if now >= exp or (user is not None and user != sun):
            return Identity(AuthResult.REJECTED, sun)
        return Identity(AuthResult.OK, sun)

    def check_headers(self, headers: Mapping[str, str], now: float) -> Identity:
        """Check ``X-SLURM-USER-NAME`` + ``X-SLURM-USER-TOKEN`` or ``Authorization: Bearer``.

        ``headers`` must be case-insensitive (Starlette's are).
        """
        token = headers.get("x-slurm-user-token")
        user = headers.get("x-slurm-user-name")
        if not token:
            authorization = headers.get("authorization", "")
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() == "bearer" and value.strip():
                token = value.strip()
        if not token:
            return Identity(AuthResult.MISSING)
        return self.verify(token, now, user or None)


@dataclass
class PublishedToken:
    """The demo user's current token at one site."""

    site_id: str
    user: str
    token: str
    expires_at: int


class CredentialBook:
    """The open demo credentials of every site, re-minted before they run out."""

    def __init__(self, signers: Mapping[str, TokenSigner], user: str = "demo") -> None:
        self._signers = dict(signers)
        self.user = user
        self._current: dict[str, PublishedToken] = {}

    def signer(self, site_id: str) -> TokenSigner:
        return self._signers[site_id]

    def current(self, now: float) -> list[PublishedToken]:
        out = []
        for site_id, signer in self._signers.items():
            published = self._current.get(site_id)
            if published is None or published.expires_at - now < REMINT_MARGIN_S:
                token = signer.mint(self.user, now)
                published = PublishedToken(site_id, self.user, token,
                                           int(now) + TOKEN_LIFESPAN_S)
                self._current[site_id] = published
            out.append(published)
        return out
