"""Compress node names into Slurm host lists (``nid[005000-005003,005007]``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def _ranges(numbers: list[int], width: int) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:]:
        if n == prev + 1:
            prev = n
            continue
        parts.append(f"{start:0{width}d}" if start == prev
                     else f"{start:0{width}d}-{prev:0{width}d}")
        start = prev = n
    parts.append(f"{start:0{width}d}" if start == prev
                 else f"{start:0{width}d}-{prev:0{width}d}")
    return ",".join(parts)


def compress(names: Iterable[str]) -> str:
    """A Slurm host list for ``names`` (kept in the order groups first appear)."""
    groups: dict[tuple[str, int], list[int]] = {}
    plain: list[str] = []
    order: list[tuple[str, int] | str] = []
    for name in names:
        match = _TRAILING_NUMBER.match(name)
        if not match:
            if name not in plain:
                plain.append(name)
                order.append(name)
            continue
        key = (match.group(1), len(match.group(2)))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(int(match.group(2)))
    out: list[str] = []
    for item in order:
        if isinstance(item, str):
            out.append(item)
            continue
        prefix, width = item
        numbers = sorted(set(groups[item]))
        if len(numbers) == 1:
            out.append(f"{prefix}{numbers[0]:0{width}d}")
        else:
            out.append(f"{prefix}[{_ranges(numbers, width)}]")
    return ",".join(out)


def index_list(indices: Iterable[int]) -> str:
    """GPU index list as Slurm prints it in ``IDX:`` (``0-1,3``)."""
    numbers = sorted(set(indices))
    return _ranges(numbers, 0) if numbers else "N/A"
