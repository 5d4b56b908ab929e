"""Hub API v1 triage: the single point of contact's shared inbox (``/v1/triage``).

``build_router(store)`` serves a :class:`TriageStore` (SQLite); ``demo_router(...)`` adds
seeded, deterministic demo requests that keep arriving while the demo runs.
"""

from app.hub.triage.router import build_router, demo_router
from app.hub.triage.store import TriageStore

__all__ = ["TriageStore", "build_router", "demo_router"]
