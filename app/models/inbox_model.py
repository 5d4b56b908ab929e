"""The triage queue as a table: one row per request, with its age and SLA level.

Age is shown as text ("3 d 4 h") and the SLA level as a word ("Overdue", "Due soon"),
with colour only as a second cue. Also: the CSV export of the rows as shown
(formula-injection safe).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.domain.directory import SECTORS
from app.domain.triage import STATE_LABELS, TriageRequest, age_text, parse_hub_time, sla_level
from app.models.directory_labels import word
from app.models.table_model import Column, RecordTableModel, Row
from app.services.preferences import QT_TRANSLATE_NOOP

#: The SLA levels in English (the CSV export); ``sla_text`` gives them in the UI language.
SLA_TEXT = {"ok": QT_TRANSLATE_NOOP("InboxModel", "On time"),
            "warn": QT_TRANSLATE_NOOP("InboxModel", "Due soon"),
            "breach": QT_TRANSLATE_NOOP("InboxModel", "Overdue"),
            "closed": QT_TRANSLATE_NOOP("InboxModel", "Closed")}
#: A sign before the word, so the level reads without colour too.
SLA_MARK = {"ok": "✓", "warn": "⚠", "breach": "✖", "closed": "–"}
_SLA_COLOUR = {"warn": QColor("#9a6700"), "breach": QColor("#b42318")}
_SLA_RANK = {"breach": 0, "warn": 1, "ok": 2, "closed": 3}


def parse_time(text: str) -> float:
    """Epoch seconds of a Hub time (0 when it is not one: such a request sorts oldest)."""
    when = parse_hub_time(text)
    return when.timestamp() if when is not None else 0.0


def inbox_row(request: TriageRequest, now: float) -> dict[str, Any]:
    created = parse_time(request.created_at)
    age_s = max(0.0, now - created)
    sla = sla_level(age_s / 3600.0, request.state)
    return {
        "id": request.id, "age": age_text(age_s), "age_s": age_s, "sla": sla,
        "state": request.state, "organisation": request.organisation,
        "country": request.country, "sector": request.sector, "need": request.need,
        "gpu": (f"{request.gpu_type or 'any'} × {request.gpu_hours:,} h"
                if request.need == "compute" else ""),
        "access_mode": request.access_mode or "", "language": request.language,
        "assignee": request.assignee or "", "target": request.target_factory or "",
        "centre": request.support_centre or "",
        "flags": "; ".join(request.flags), "flag_count": len(request.flags),
        "request": request,
    }


#: The request states as lupdate must see them (``STATE_LABELS`` of the domain, in English).
STATE_WORDS = (QT_TRANSLATE_NOOP("InboxModel", "New"), QT_TRANSLATE_NOOP("InboxModel", "Triaged"),
               QT_TRANSLATE_NOOP("InboxModel", "Assigned"),
               QT_TRANSLATE_NOOP("InboxModel", "In progress"),
               QT_TRANSLATE_NOOP("InboxModel", "Resolved"),
               QT_TRANSLATE_NOOP("InboxModel", "Declined"))


#: What a caller needs, as lupdate must see it (``NEEDS`` of the domain holds the codes).
NEED_WORDS = {"compute": QT_TRANSLATE_NOOP("InboxModel", "compute"),
              "support": QT_TRANSLATE_NOOP("InboxModel", "support"),
              "training": QT_TRANSLATE_NOOP("InboxModel", "training"),
              "legal": QT_TRANSLATE_NOOP("InboxModel", "legal")}


def need_text(need: str) -> str:
    """A need (``compute``…) as a word in the person's language."""
    return QCoreApplication.translate("InboxModel", NEED_WORDS.get(need, need))


def sector_text(sector: str) -> str:
    """A sector tag (``life_sciences``) as its label in the person's language."""
    return word(SECTORS[sector][0]) if sector in SECTORS else sector


def state_text(state: str) -> str:
    """A request state as a word in the person's language."""
    return QCoreApplication.translate("InboxModel", STATE_LABELS.get(state, state))


def sla_text(level: str) -> str:
    """The SLA level as a word in the person's language (the level itself when unknown)."""
    return QCoreApplication.translate("InboxModel", SLA_TEXT[level]) if level in SLA_TEXT \
        else level


def _sla_colour(row: Row) -> Any:
    return _SLA_COLOUR.get(str(row.get("sla")))


COLUMNS = (
    Column("id", "#", align_right=True),
    Column("age", QT_TRANSLATE_NOOP("Column", "Age"), sort_key=lambda r: r["age_s"],
           align_right=True, foreground=_sla_colour),
    Column("sla", QT_TRANSLATE_NOOP("Column", "SLA"), fmt=lambda v: f"{SLA_MARK.get(str(v), '')} "
                                       f"{sla_text(str(v))}".strip(),
           sort_key=lambda r: _SLA_RANK.get(str(r["sla"]), 9), foreground=_sla_colour,
           tooltip=lambda r: QCoreApplication.translate(
               "InboxModel", "open requests: due soon after 24 h, overdue after 72 h")),
    Column("state", QT_TRANSLATE_NOOP("Column", "State"), fmt=lambda v: state_text(str(v))),
    Column("flag_count", QT_TRANSLATE_NOOP("Column", "Flags"), fmt=lambda v: f"⚑ {v}" if v else "",
           align_right=True, tooltip=lambda r: str(r.get("flags") or ""),
           foreground=lambda r: _SLA_COLOUR["breach"] if r.get("flag_count") else None),
    Column("organisation", QT_TRANSLATE_NOOP("Column", "Organisation")),
    Column("country", QT_TRANSLATE_NOOP("Column", "Country")),
    Column("sector", QT_TRANSLATE_NOOP("Column", "Sector"), fmt=lambda v: sector_text(str(v))),
    Column("need", QT_TRANSLATE_NOOP("Column", "Need"), fmt=lambda v: need_text(str(v))),
    Column("gpu", QT_TRANSLATE_NOOP("Column", "GPU demand")),
    Column("assignee", QT_TRANSLATE_NOOP("Column", "Assignee")),
    Column("target", QT_TRANSLATE_NOOP("Column", "Factory")),
    Column("centre", QT_TRANSLATE_NOOP("Column", "Support centre")),
)

EXPORT_KEYS = ("id", "age", "sla", "state", "organisation", "country", "sector", "need",
               "gpu", "access_mode", "language", "assignee", "target", "centre", "flags")


class InboxModel(RecordTableModel):
    """Rows of :func:`inbox_row`, keyed by request id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, key=lambda r: r["id"], parent=parent)
        self._requests: list[TriageRequest] = []

    def set_requests(self, requests: Sequence[TriageRequest], now: float | None = None) -> None:
        self._requests = list(requests)
        stamp = datetime.now(tz=UTC).timestamp() if now is None else now
        self.set_rows([inbox_row(r, stamp) for r in self._requests])

    def update_request(self, request: TriageRequest, now: float | None = None) -> None:
        """Replace one request (after an edit); appends when it is new."""
        others = [r for r in self._requests if r.id != request.id]
        index = next((i for i, r in enumerate(self._requests) if r.id == request.id), None)
        if index is None:
            others.insert(0, request)
        else:
            others.insert(index, request)
        self.set_requests(others, now)

    def request(self, request_id: int) -> TriageRequest | None:
        return next((r for r in self._requests if r.id == request_id), None)


def _safe(value: Any) -> str:
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r|%":
        return "'" + text
    return text


def rows_to_csv(rows: Sequence[Row]) -> str:
    """CSV of ``rows`` (keys ``EXPORT_KEYS``); cells that a spreadsheet would run as a
    formula (``=``, ``+``, ``-``, ``@``, tab, CR…) are prefixed with ``'``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_KEYS)
    for row in rows:
        writer.writerow([_safe(SLA_TEXT.get(str(row.get(k)), row.get(k)) if k == "sla"
                               else row.get(k)) for k in EXPORT_KEYS])
    return out.getvalue()
