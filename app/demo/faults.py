"""Faults a demo site can be told to show, so the desk's error handling can be seen.

=========== =============================================================================
mode        what a client sees at that site (every path under ``/sites/<id>/``)
=========== =============================================================================
slow        every answer is delayed (4 s by default), then normal
down        the connection is closed without any answer (like a dead host behind a
            load balancer): ``requests`` raises ``ConnectionError``
http500     HTTP 500 with a slurmrestd-style JSON ``errors`` body ("Unable to contact
            slurm controller (connect failure)") on every ``/slurm/`` path; the OpenAPI
            document is still served, as slurmrestd serves it without the controller
malformed   HTTP 200 whose JSON body is cut off half way (not parseable)
badversion  ``/openapi/v3`` lists only ``/slurm/v0.0.99/`` paths; every ``/slurm/`` path
            answers 404
=========== =============================================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class FaultMode(StrEnum):
    SLOW = "slow"
    DOWN = "down"
    HTTP500 = "http500"
    MALFORMED = "malformed"
    BADVERSION = "badversion"


MODES = tuple(m.value for m in FaultMode)


class FaultError(ValueError):
    """A fault specification that cannot be applied (unknown site or mode)."""


class FaultBook:
    """Current fault per site (none for most)."""

    def __init__(self, site_ids: Iterable[str], slow_seconds: float = 4.0) -> None:
        self._sites = frozenset(site_ids)
        self._faults: dict[str, FaultMode] = {}
        self.slow_seconds = slow_seconds

    def get(self, site_id: str) -> FaultMode | None:
        return self._faults.get(site_id)

    def set(self, site_id: str, mode: str | None) -> None:
        if site_id not in self._sites:
            raise FaultError(f"site_id: unknown site {site_id!r}")
        if mode is None or mode == "":
            self._faults.pop(site_id, None)
            return
        try:
            self._faults[site_id] = FaultMode(mode)
        except ValueError:
            raise FaultError(f"mode: unknown fault mode {mode!r} (one of {', '.join(MODES)})"
                             ) from None

    def apply_spec(self, spec: str) -> None:
        """Apply a ``SITE=MODE`` command-line specification."""
        site, sep, mode = spec.partition("=")
        if not sep or not site.strip():
            raise FaultError(f"--fault: expected SITE=MODE, got {spec!r}")
        self.set(site.strip(), mode.strip() or None)

    def as_list(self) -> list[dict[str, str]]:
        return [{"site_id": s, "mode": m.value} for s, m in sorted(self._faults.items())]
