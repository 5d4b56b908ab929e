"""Helpers shared by the Slurm REST parsers of every API version."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from app.clients.errors import BadPayload

JsonDict = dict[str, Any]


def number(value: Any) -> int | None:
    """An int from a flat number or a v0.0.40+ ``{set, infinite, number}`` struct.

    Unset or infinite values give ``None``; so do Slurm's NO_VAL sentinels.
    """
    if isinstance(value, Mapping):
        if not value.get("set", False) or value.get("infinite", False):
            return None
        value = value.get("number")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        ivalue = int(value)
        if ivalue in (4294967294, 4294967295, -1, -2) or ivalue >= 2**63 - 2:
            return None
        return ivalue
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def count(value: Any) -> int:
    """A non-negative count (CPUs, MB of memory); unset, infinite or NO_VAL give 0.

    Flat ints take a fast path: the node parsers call this for every node of a site.
    """
    if type(value) is int and 0 <= value < 4294967294:
        return value
    return max(number(value) or 0, 0)


def memory_limit(value: Any) -> int | None:
    """A partition's MaxMemPerNode in MB; Slurm's 0 (UNLIMITED), unset or infinite → ``None``.

    A limit per CPU (the MEM_PER_CPU flag bit) is not a limit per node: ``None`` too.
    """
    return number(value) or None


def timestamp(value: Any) -> datetime | None:
    """A UTC datetime from epoch seconds (flat or struct); 0 / unset → ``None``."""
    seconds = number(value)
    if not seconds:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def listing(doc: Any, key: str, what: str) -> list[JsonDict]:
    """``doc[key]`` as a list of objects, or ``BadPayload`` naming what was wrong."""
    if not isinstance(doc, Mapping):
        raise BadPayload(f"{what}: expected a JSON object, got {type(doc).__name__}")
    items = doc.get(key)
    if not isinstance(items, list):
        raise BadPayload(f"{what}: field '{key}' is missing or not a list")
    bad = next((i for i, item in enumerate(items) if not isinstance(item, Mapping)), None)
    if bad is not None:
        raise BadPayload(f"{what}: {key}[{bad}] is not an object")
    return items


def messages(doc: Any, key: str) -> list[str]:
    """Human text of the ``errors`` / ``warnings`` entries of an answer."""
    if not isinstance(doc, Mapping):
        return []
    out: list[str] = []
    for entry in doc.get(key) or []:
        if isinstance(entry, Mapping):
            parts = [text(entry.get("error")), text(entry.get("description"))]
            msg = ": ".join(p for p in parts if p and p != "Unspecified error") or text(
                entry.get("error")
            )
            if msg:
                out.append(msg)
        elif isinstance(entry, str) and entry:
            out.append(entry)
    return out


def error_numbers(doc: Any) -> set[int]:
    if not isinstance(doc, Mapping):
        return set()
    numbers: set[int] = set()
    for entry in doc.get("errors") or []:
        if isinstance(entry, Mapping):
            for key in ("error_number", "error_code", "errno"):
                if isinstance(entry.get(key), int):
                    numbers.add(entry[key])
    return numbers


def state_list(value: Any) -> list[str]:
    """State words from a list (v0.0.40+) or a string (v0.0.38), upper-cased."""
    if isinstance(value, list):
        return [str(v).upper() for v in value if v]
    if isinstance(value, str) and value:
        return [part.upper() for part in value.replace("+", " ").split()]
    return []
