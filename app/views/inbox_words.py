"""The coded fields of a triage request (state, SLA, need, sector) as words of the person's
language, for every place that shows a request's values outside the inbox table."""

from __future__ import annotations

from typing import Any

from app.models.inbox_model import need_text, sector_text, sla_text, state_text

CODE_WORDS = {"sla": sla_text, "state": state_text, "need": need_text, "sector": sector_text}


def shown_value(field: str, value: Any) -> Any:
    """``value`` of ``field`` as people read it (codes become words; the rest unchanged)."""
    if field in CODE_WORDS and value not in (None, ""):
        return CODE_WORDS[field](str(value))
    return value
