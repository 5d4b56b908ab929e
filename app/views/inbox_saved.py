"""Saved views of the inbox: named sets of filters, built-in ones and the user's own.

A view is a plain dict of filter values (``state``, ``need``, ``country``, ``sla``,
``mine``, ``flagged``, ``q``). The user's views are UI state, kept in the desk's
QSettings under ``inbox/saved_views`` as JSON; built-in views cannot be deleted.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

OPEN = "new,triaged,assigned,in_progress"
KEY = "inbox/saved_views"
log = logging.getLogger(__name__)
FIELDS = ("state", "need", "country", "sla", "mine", "flagged", "q")


def builtin_views() -> list[tuple[str, dict[str, Any]]]:
    """The views every desk has, best first."""
    translate = QCoreApplication.translate
    return [(translate("InboxSavedViews", "Open requests"), {"state": OPEN}),
            (translate("InboxSavedViews", "My open requests"), {"state": OPEN, "mine": True}),
            (translate("InboxSavedViews", "New, not yet triaged"), {"state": "new"}),
            (translate("InboxSavedViews", "Overdue (open, older than 72 h)"),
             {"state": OPEN, "sla": "breach"}),
            (translate("InboxSavedViews", "Flagged applications"),
             {"state": OPEN, "flagged": True}),
            (translate("InboxSavedViews", "Legal questions"), {"state": OPEN, "need": "legal"}),
            (translate("InboxSavedViews", "Everything"), {})]


def clean(spec: Any) -> dict[str, Any]:
    """Only the known filter fields of ``spec``, with sane types (bad input → dropped)."""
    if not isinstance(spec, dict):
        return {}
    out: dict[str, Any] = {}
    for name in FIELDS:
        value = spec.get(name)
        if name in ("mine", "flagged"):
            if value is True:
                out[name] = True
        elif isinstance(value, str) and value:
            out[name] = value[:200]
    return out


class SavedViews:
    """The user's saved views in ``settings`` (None: this session only)."""

    def __init__(self, settings: QSettings | None) -> None:
        self._settings = settings
        self._views: dict[str, dict[str, Any]] = {}
        raw = settings.value(KEY, "") if settings is not None else ""
        try:
            loaded = json.loads(str(raw)) if raw else {}
        except ValueError as exc:
            log.warning("saved inbox views are not readable (%s); starting without them", exc)
            loaded = {}
        if isinstance(loaded, dict):
            self._views = {str(k)[:80]: clean(v) for k, v in loaded.items()}

    def names(self) -> list[str]:
        return sorted(self._views, key=str.casefold)

    def get(self, name: str) -> dict[str, Any] | None:
        spec = self._views.get(name)
        return dict(spec) if spec is not None else None

    def save(self, name: str, spec: dict[str, Any]) -> None:
        self._views[name.strip()[:80]] = clean(spec)
        self._write()

    def delete(self, name: str) -> bool:
        if self._views.pop(name, None) is None:
            return False
        self._write()
        return True

    def _write(self) -> None:
        if self._settings is not None:
            self._settings.setValue(KEY, json.dumps(self._views, ensure_ascii=False))
            self._settings.sync()
