"""Tokens in the OS keyring only (service = app id, user = site id).

When no secure backend exists (no Secret Service, a plaintext or null backend), tokens
are kept in memory for this run only and ``is_secure`` is False so the UI can say so.
Tokens are never logged and never written anywhere else.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from app import config

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def backend_is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    """False for the fail/null backends and any plaintext ``keyrings.alt`` store."""
    backends = getattr(backend, "backends", None)
    if backends is not None:  # ChainerBackend
        return any(backend_is_secure(b) for b in backends)
    module = type(backend).__module__
    return not module.startswith(_INSECURE_MODULES)


class SecretStore:
    """Per-site tokens; thread-safe (keyring calls may come from worker threads)."""

    def __init__(self, service: str = config.APP_ID,
                 backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.service = service
        self._chosen = backend
        self._session: dict[str, str] = {}
        self._lock = threading.RLock()

    @property
    def _backend(self) -> keyring.backend.KeyringBackend:
        """The keyring backend, looked up on first use (importing keyring is not free)."""
        with self._lock:
            if self._chosen is None:
                import keyring

                self._chosen = keyring.get_keyring()
            return self._chosen

    @property
    def is_secure(self) -> bool:
        return backend_is_secure(self._backend)

    @property
    def backend_name(self) -> str:
        """``SecretService.Keyring``, ``fail.Keyring``: which store, for people."""
        backend = type(self._backend)
        return f"{backend.__module__.rsplit('.', 1)[-1]}.{backend.__name__}"

    def get(self, site_id: str) -> str | None:
        with self._lock:
            if site_id in self._session:
                return self._session[site_id]
            if not self.is_secure:
                return None
            try:
                return self._backend.get_password(self.service, site_id)
            except _keyring_error() as exc:
                log.warning("could not read the token of %s from the keyring: %s",
                            site_id, exc.__class__.__name__)
                return None

    def set(self, site_id: str, token: str) -> bool:
        """Store a token; returns True when it went to the keyring, False if session-only."""
        with self._lock:
            if self.is_secure:
                try:
                    self._backend.set_password(self.service, site_id, token)
                    self._session.pop(site_id, None)
                    return True
                except _keyring_error() as exc:
                    log.warning("could not store the token of %s in the keyring (%s); "
                                "keeping it for this session only", site_id,
                                exc.__class__.__name__)
            self._session[site_id] = token
            return False

    def delete(self, site_id: str) -> None:
        with self._lock:
            self._session.pop(site_id, None)
            if self.is_secure:
                try:
                    self._backend.delete_password(self.service, site_id)
                except _keyring_error() as exc:
                    log.info("no keyring entry removed for %s (%s)", site_id,
                             exc.__class__.__name__)


def _keyring_error() -> type[Exception]:
    import keyring.errors

    return keyring.errors.KeyringError
